using Enforcement.Domain.Cases;
using FluentValidation;

namespace Enforcement.Application.Cases.RegisterCase;

public sealed class EnforcementBasisValidator : AbstractValidator<EnforcementBasisInput>
{
    public EnforcementBasisValidator()
    {
        RuleFor(b => b.Issuer).NotEmpty().MaximumLength(EnforcementBasis.MaxLength);
        RuleFor(b => b.DocumentNumber).NotEmpty().MaximumLength(EnforcementBasis.MaxLength);
        RuleFor(b => b.EffectiveOn).NotNull();
    }
}
