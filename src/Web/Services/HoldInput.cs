namespace Enforcement.Web.Services;

/// <summary>What the hold form collects: the day of the renewal or release, the new expiry, the reason for a release.</summary>
public sealed record HoldInput(DateOnly? On, DateOnly? Until, string? Reason);
