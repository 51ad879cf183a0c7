using Enforcement.Domain.Cases;

namespace Enforcement.Domain.Preservation;

/// <summary>An aggregate whose measures hold assets for a limited period: a preservation order, an enforcement case.</summary>
public interface IHoldsAssets
{
    /// <summary>Renews (续行) the hold of measure <paramref name="measureId"/> until <paramref name="until"/>, or for the full maximum.</summary>
    HoldRenewal RenewHold(Guid measureId, DateOnly renewedOn, DateOnly? until, ChangeContext context);

    /// <summary>Releases (解除) the hold of measure <paramref name="measureId"/>.</summary>
    void ReleaseHold(Guid measureId, DateOnly releasedOn, string? reason, ChangeContext context);
}
