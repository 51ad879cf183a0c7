using Enforcement.Application.Common;
using Enforcement.Application.Preservation.Holds;
using Mediator;

namespace Enforcement.Application.Preservation;

/// <summary>Releases (解除) a measure of the order.</summary>
public sealed record ReleasePreservationMeasureCommand(DateOnly? ReleasedOn, [MultilineText] string? Reason)
    : ReleaseHoldCommand(ReleasedOn, Reason), ICommand<PreservationOrderDto>;

public sealed class ReleasePreservationMeasureValidator : ReleaseHoldValidator<ReleasePreservationMeasureCommand>;

public sealed class ReleasePreservationMeasureHandler(PreservationWorkflow workflow) : ICommandHandler<ReleasePreservationMeasureCommand, PreservationOrderDto>
{
    public ValueTask<PreservationOrderDto> Handle(ReleasePreservationMeasureCommand command, CancellationToken cancellationToken) =>
        workflow.ChangeAsync(command, command.ApplyTo, cancellationToken);
}
