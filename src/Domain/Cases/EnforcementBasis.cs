using Enforcement.Domain.Common;

namespace Enforcement.Domain.Cases;

/// <summary>The title being enforced (执行依据): issuing body, document number and effective date.</summary>
public sealed record EnforcementBasis
{
    public const int MaxLength = 200;

    private EnforcementBasis(string issuer, string documentNumber, DateOnly effectiveOn)
    {
        Issuer = issuer;
        DocumentNumber = documentNumber;
        EffectiveOn = effectiveOn;
    }

    public string Issuer { get; private init; }

    public string DocumentNumber { get; private init; }

    public DateOnly EffectiveOn { get; private init; }

    public static EnforcementBasis Create(string issuer, string documentNumber, DateOnly effectiveOn)
    {
        issuer = issuer?.Trim() ?? "";
        documentNumber = documentNumber is null ? "" : CaseNumber.NormaliseTitle(documentNumber);
        if (issuer.Length is 0 or > MaxLength || documentNumber.Length is 0 or > MaxLength)
        {
            throw new DomainException("case.basis.invalid", "The enforcement basis needs an issuer and a document number.");
        }

        return new EnforcementBasis(issuer, documentNumber, effectiveOn);
    }
}
