using Enforcement.Application.Common;
using Enforcement.Application.Preservation.Holds;
using Mediator;

namespace Enforcement.Application.Cases.Lifecycle;

/// <summary>Releases (解除) a seal, seizure or freeze on the case, also on a closed case.</summary>
public sealed record ReleaseCaseMeasureCommand(DateOnly? ReleasedOn, [MultilineText] string? Reason) : ReleaseHoldCommand(ReleasedOn, Reason), ICommand<CaseDetailDto>;

public sealed class ReleaseCaseMeasureValidator : ReleaseHoldValidator<ReleaseCaseMeasureCommand>;

public sealed class ReleaseCaseMeasureHandler(CaseWorkflow workflow) : ICommandHandler<ReleaseCaseMeasureCommand, CaseDetailDto>
{
    public ValueTask<CaseDetailDto> Handle(ReleaseCaseMeasureCommand command, CancellationToken cancellationToken) =>
        workflow.ChangeAsync(command, command.ApplyTo, cancellationToken);
}
