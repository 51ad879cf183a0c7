using System.Text.Json.Serialization;
using Enforcement.Application.Common.Workflows;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Preservation;
using FluentValidation;

namespace Enforcement.Application.Preservation.Holds;

/// <summary>
/// Renews (续行) a seal, seizure or freeze, on or before its expiry, until <c>until</c> or for the full maximum again.
/// One implementation for holds on preservation orders and on cases; each owner has its own command for its own detail.
/// </summary>
public abstract record RenewHoldCommand(DateOnly? RenewedOn, DateOnly? Until) : AggregateCommand
{
    [JsonIgnore]
    public Guid MeasureId { get; init; }

    public void ApplyTo(IHoldsAssets owner, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(owner);
        owner.RenewHold(MeasureId, RenewedOn!.Value, Until, context);
    }
}

public abstract class RenewHoldValidator<TCommand> : AbstractValidator<TCommand>
    where TCommand : RenewHoldCommand
{
    protected RenewHoldValidator() => RuleFor(c => c.RenewedOn).NotNull();
}
