using Enforcement.Application.Common;
using Enforcement.Application.Common.Workflows;
using Enforcement.Domain.Preservation;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Preservation;

/// <summary>Voids a mistakenly recorded suit; it is kept among the order's corrections.</summary>
public sealed record VoidLawsuitCommand([MultilineText] string? Reason) : AggregateCommand, ICommand<PreservationOrderDto>;

public sealed class VoidLawsuitValidator : AbstractValidator<VoidLawsuitCommand>
{
    public VoidLawsuitValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(PreservationOrder.MaxTextLength);
}

public sealed class VoidLawsuitHandler(PreservationWorkflow workflow) : ICommandHandler<VoidLawsuitCommand, PreservationOrderDto>
{
    public ValueTask<PreservationOrderDto> Handle(VoidLawsuitCommand command, CancellationToken cancellationToken) =>
        workflow.ChangeAsync(command, (order, context) => order.VoidLawsuit(command.Reason, context), cancellationToken);
}
