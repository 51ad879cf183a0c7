using Enforcement.Application.Preservation.Holds;
using Mediator;

namespace Enforcement.Application.Preservation;

/// <summary>Renews (续行) a measure of the order before it expires, until a date or for the full maximum again.</summary>
public sealed record RenewPreservationMeasureCommand(DateOnly? RenewedOn, DateOnly? Until = null)
    : RenewHoldCommand(RenewedOn, Until), ICommand<PreservationOrderDto>;

public sealed class RenewPreservationMeasureValidator : RenewHoldValidator<RenewPreservationMeasureCommand>;

public sealed class RenewPreservationMeasureHandler(PreservationWorkflow workflow) : ICommandHandler<RenewPreservationMeasureCommand, PreservationOrderDto>
{
    public ValueTask<PreservationOrderDto> Handle(RenewPreservationMeasureCommand command, CancellationToken cancellationToken) =>
        workflow.ChangeAsync(command, command.ApplyTo, cancellationToken);
}
