using Enforcement.Application.Abstractions;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.Parties;
using FluentValidation;

namespace Enforcement.Application.Cases.RegisterCase;

public sealed class RegisterCaseValidator : AbstractValidator<RegisterCaseCommand>
{
    /// <summary>Ten thousand billion yuan: far above any claim, far below where fen overflow a long.</summary>
    public const decimal MaxAmount = 10_000_000_000_000m;

    public RegisterCaseValidator(ICourtClock clock)
    {
        RuleFor(c => c.CaseNumber)
            .NotEmpty()
            .Custom((text, context) =>
            {
                if (string.IsNullOrWhiteSpace(text))
                {
                    return;
                }

                if (!CaseNumber.TryParse(text, out var number, out var error))
                {
                    context.AddFailure(error);
                }
                else if (!number.IsEnforcement)
                {
                    context.AddFailure($"{number} is a preservation review (财保) number, not an enforcement case number.");
                }
            });

        RuleFor(c => c.FiledOn)
            .NotNull()
            .Must(date => date <= clock.Today).WithMessage("The filing date cannot be in the future.");

        RuleFor(c => c.Basis).NotNull().SetValidator(new EnforcementBasisValidator()!);
        RuleFor(c => c.Basis!.EffectiveOn)
            .Must((command, effectiveOn) => effectiveOn <= command.FiledOn)
            .When(c => c.Basis?.EffectiveOn is not null && c.FiledOn is not null)
            .WithMessage("The title must be effective on or before the filing date.");

        RuleFor(c => c.ClaimedAmount).MustBeAmount();

        RuleFor(c => c.Applicants).NotEmpty().WithMessage("A case needs at least one applicant.");
        RuleForEach(c => c.Applicants).NotNull().SetValidator(new PartyInputValidator());
        RuleFor(c => c.Respondents).NotEmpty().WithMessage("A case needs at least one respondent.");
        RuleForEach(c => c.Respondents).NotNull().SetValidator(new PartyInputValidator());

        RuleFor(c => c.Summary).MaximumLength(EnforcementCase.MaxSummaryLength);
    }
}

public sealed class EnforcementBasisValidator : AbstractValidator<EnforcementBasisInput>
{
    public EnforcementBasisValidator()
    {
        RuleFor(b => b.Issuer).NotEmpty().MaximumLength(EnforcementBasis.MaxLength);
        RuleFor(b => b.DocumentNumber).NotEmpty().MaximumLength(EnforcementBasis.MaxLength);
        RuleFor(b => b.EffectiveOn).NotNull();
    }
}

public sealed class PartyInputValidator : AbstractValidator<PartyInput>
{
    public PartyInputValidator()
    {
        RuleFor(p => p.Kind).NotNull().IsInEnum();
        RuleFor(p => p.Name).NotEmpty().MaximumLength(Party.MaxNameLength);

        RuleFor(p => p.IdNumber)
            .Must(id => ResidentId.TryParse(id, out _))
            .WithMessage("'{PropertyValue}' is not a valid resident ID number (GB 11643 checksum).")
            .When(p => !string.IsNullOrWhiteSpace(p.IdNumber));
        RuleFor(p => p.IdNumber)
            .Empty().WithMessage("Only a natural person has a resident ID number.")
            .When(p => p.Kind is not null and not PartyKind.NaturalPerson);

        RuleFor(p => p.CreditCode)
            .Must(code => CreditCode.TryParse(code, out _))
            .WithMessage("'{PropertyValue}' is not a valid unified social credit code (GB 32100 checksum).")
            .When(p => !string.IsNullOrWhiteSpace(p.CreditCode));
        RuleFor(p => p.CreditCode)
            .Empty().WithMessage("A natural person has no unified social credit code.")
            .When(p => p.Kind is PartyKind.NaturalPerson);

        RuleFor(p => p.Phone)
            .Must(phone => Party.IsValidPhone(phone!))
            .WithMessage("'{PropertyValue}' is not a mobile or landline number.")
            .When(p => !string.IsNullOrWhiteSpace(p.Phone));
    }
}

public static class AmountRules
{
    /// <summary>A positive yuan amount with at most two decimals.</summary>
    public static IRuleBuilderOptions<T, decimal?> MustBeAmount<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.NotNull()
            .GreaterThan(0m).WithMessage("The amount must be positive.")
            .LessThan(RegisterCaseValidator.MaxAmount).WithMessage("The amount is implausibly large.")
            .Must(amount => amount is null || Money.HasAtMostTwoDecimals(amount.Value))
            .WithMessage("The amount has more than two decimals.");
}
