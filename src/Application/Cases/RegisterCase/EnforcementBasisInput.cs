namespace Enforcement.Application.Cases.RegisterCase;

/// <summary>The title being enforced, as entered.</summary>
public sealed record EnforcementBasisInput(string? Issuer, string? DocumentNumber, DateOnly? EffectiveOn);
