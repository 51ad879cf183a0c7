using Enforcement.Application.Common;
using Enforcement.Application.Common.Workflows;
using Enforcement.Domain.Cases;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Cases.Lifecycle;

/// <summary>Stops the statutory clock: suspension (中止), public-notice service, deferral, request for instructions or coordination.</summary>
public sealed record StartPauseCommand(PauseKind? Kind, DateOnly? StartedOn, [MultilineText] string? Reason) : AggregateCommand, ICommand<CaseDetailDto>;

public sealed class StartPauseValidator : AbstractValidator<StartPauseCommand>
{
    public StartPauseValidator()
    {
        RuleFor(c => c.Kind).NotNull().IsInEnum();
        RuleFor(c => c.StartedOn).NotNull();
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(EnforcementCase.MaxTextLength);
    }
}

public sealed class StartPauseHandler(CaseWorkflow workflow) : ICommandHandler<StartPauseCommand, CaseDetailDto>
{
    public ValueTask<CaseDetailDto> Handle(StartPauseCommand command, CancellationToken cancellationToken) =>
        workflow.ChangeAsync(command, (c, context) => c.Pause(command.Kind!.Value, command.StartedOn!.Value, command.Reason, context), cancellationToken);
}
