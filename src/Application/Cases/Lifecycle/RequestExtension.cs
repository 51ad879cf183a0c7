using Enforcement.Application.Common;
using Enforcement.Application.Common.Workflows;
using Enforcement.Domain.Cases;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;

namespace Enforcement.Application.Cases.Lifecycle;

/// <summary>Asks to extend the case limit; accepted only within the last 5 days before the deadline.</summary>
public sealed record RequestExtensionCommand([MultilineText] string? Reason) : AggregateCommand, ICommand<CaseDetailDto>;

public sealed class RequestExtensionValidator : AbstractValidator<RequestExtensionCommand>
{
    public RequestExtensionValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(EnforcementCase.MaxTextLength);
}

public sealed class RequestExtensionHandler(CaseWorkflow workflow, IOptions<CaseClockOptions> options)
    : ICommandHandler<RequestExtensionCommand, CaseDetailDto>
{
    public ValueTask<CaseDetailDto> Handle(RequestExtensionCommand command, CancellationToken cancellationToken) =>
        workflow.ChangeAsync(command, (c, context) => c.RequestExtension(command.Reason, options.Value.ExtensionMonths, context), cancellationToken);
}
