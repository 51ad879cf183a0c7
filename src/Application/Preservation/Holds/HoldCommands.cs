using Enforcement.Application.Common;
using System.Text.Json.Serialization;
using Enforcement.Application.Common.Workflows;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Preservation;
using FluentValidation;

namespace Enforcement.Application.Preservation.Holds;

/// <summary>
/// A change to one seal, seizure or freeze. One implementation serves holds on preservation orders and on cases
/// (<see cref="IHoldsAssets"/>); each owner declares its own command only to return its own detail.
/// </summary>
public abstract record HoldCommand : AggregateCommand
{
    [JsonIgnore]
    public Guid MeasureId { get; init; }

    /// <summary>Applies the change to the owner of the hold; the workflow passes it as the change.</summary>
    public void ApplyTo(IHoldsAssets owner, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(owner);
        Apply(owner, context);
    }

    protected abstract void Apply(IHoldsAssets owner, ChangeContext context);
}

/// <summary>Renews (续行) a hold, on or before its expiry, until <c>until</c> or for the full maximum again.</summary>
public abstract record RenewHoldCommand(DateOnly? RenewedOn, DateOnly? Until) : HoldCommand
{
    protected override void Apply(IHoldsAssets owner, ChangeContext context) => owner.RenewHold(MeasureId, RenewedOn!.Value, Until, context);
}

/// <summary>Releases (解除) a hold, with a date and a reason.</summary>
public abstract record ReleaseHoldCommand(DateOnly? ReleasedOn, [MultilineText] string? Reason) : HoldCommand
{
    protected override void Apply(IHoldsAssets owner, ChangeContext context) => owner.ReleaseHold(MeasureId, ReleasedOn!.Value, Reason, context);
}

public abstract class RenewHoldValidator<TCommand> : AbstractValidator<TCommand>
    where TCommand : RenewHoldCommand
{
    protected RenewHoldValidator() => RuleFor(c => c.RenewedOn).NotNull();
}

public abstract class ReleaseHoldValidator<TCommand> : AbstractValidator<TCommand>
    where TCommand : ReleaseHoldCommand
{
    protected ReleaseHoldValidator()
    {
        RuleFor(c => c.ReleasedOn).NotNull();
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(AssetHold.MaxReasonLength);
    }
}
