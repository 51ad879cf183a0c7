using Enforcement.Application.Abstractions;
using Enforcement.Application.Common;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Parties;
using FluentValidation;

namespace Enforcement.Application.Cases.RegisterCase;

public sealed class RegisterCaseValidator : AbstractValidator<RegisterCaseCommand>
{
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
            .Must(date => date <= clock.Today).WithMessage("The filing date cannot be in the future.").WithErrorCode("case.filed_on.future");

        RuleFor(c => c.Basis).NotNull().SetValidator(new EnforcementBasisValidator()!);
        RuleFor(c => c.Basis!.EffectiveOn)
            .Must((command, effectiveOn) => effectiveOn <= command.FiledOn)
            .When(c => c.Basis?.EffectiveOn is not null && c.FiledOn is not null)
            .WithMessage("The title must be effective on or before the filing date.").WithErrorCode("case.basis.effective_after_filing");

        RuleFor(c => c.ClaimedAmount).MustBeAmount();

        RuleFor(c => c.Applicants).NotEmpty().WithMessage("A case needs at least one applicant.");
        RuleFor(c => c.Applicants!.Count).LessThanOrEqualTo(Party.MaxPerSide).When(c => c.Applicants is not null).OverridePropertyName("applicants");
        RuleForEach(c => c.Applicants).NotNull().SetValidator(new PartyInputValidator(clock));
        RuleFor(c => c.Respondents).NotEmpty().WithMessage("A case needs at least one respondent.");
        RuleFor(c => c.Respondents!.Count).LessThanOrEqualTo(Party.MaxPerSide).When(c => c.Respondents is not null).OverridePropertyName("respondents");
        RuleForEach(c => c.Respondents).NotNull().SetValidator(new PartyInputValidator(clock));

        RuleFor(c => c.Summary).MaximumLength(EnforcementCase.MaxSummaryLength);
    }
}
