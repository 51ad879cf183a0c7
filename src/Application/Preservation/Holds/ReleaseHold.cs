using System.Text.Json.Serialization;
using Enforcement.Application.Common.Workflows;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Preservation;
using FluentValidation;

namespace Enforcement.Application.Preservation.Holds;

/// <summary>Releases (解除) a seal, seizure or freeze, with a date and a reason; one implementation for orders and cases.</summary>
public abstract record ReleaseHoldCommand(DateOnly? ReleasedOn, string? Reason) : AggregateCommand
{
    [JsonIgnore]
    public Guid MeasureId { get; init; }

    public void ApplyTo(IHoldsAssets owner, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(owner);
        owner.ReleaseHold(MeasureId, ReleasedOn!.Value, Reason, context);
    }
}

public abstract class ReleaseHoldValidator<TCommand> : AbstractValidator<TCommand>
    where TCommand : ReleaseHoldCommand
{
    protected ReleaseHoldValidator()
    {
        RuleFor(c => c.ReleasedOn).NotNull();
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(PreservationOrder.MaxTextLength);
    }
}
