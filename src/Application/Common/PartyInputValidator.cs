using Enforcement.Application.Abstractions;
using Enforcement.Domain.Parties;
using FluentValidation;

namespace Enforcement.Application.Common;

public sealed class PartyInputValidator(ICourtClock clock) : PartyFieldsValidator<PartyInput>(clock);

/// <summary>The checks of a party's fields, wherever they are entered: on a case, an order, a petition.</summary>
public class PartyFieldsValidator<T> : AbstractValidator<T>
    where T : IPartyFields
{
    public PartyFieldsValidator(ICourtClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        RuleFor(p => p.Kind).NotNull().IsInEnum();
        RuleFor(p => p.Name).NotEmpty().MaximumLength(Party.MaxNameLength);

        RuleFor(p => p.IdNumber)
            .Must(id => ResidentId.TryParse(id, out _))
            .WithMessage("'{PropertyValue}' is not a valid resident ID number (GB 11643: check character and birth date).").WithErrorCode("party.id_number.invalid")
            .When(p => !string.IsNullOrWhiteSpace(p.IdNumber));
        RuleFor(p => p.IdNumber)
            .Must(id => !ResidentId.TryParse(id, out var resident) || resident.BornOn <= clock.Today)
            .WithMessage("The birth date in '{PropertyValue}' is still to come.").WithErrorCode("party.id_number.invalid")
            .When(p => !string.IsNullOrWhiteSpace(p.IdNumber));
        RuleFor(p => p.IdNumber)
            .Empty().WithMessage("Only a natural person has a resident ID number.").WithErrorCode("party.id_number.not_allowed")
            .When(p => p.Kind is not null and not PartyKind.NaturalPerson);

        RuleFor(p => p.CreditCode)
            .Must(code => CreditCode.TryParse(code, out _))
            .WithMessage("'{PropertyValue}' is not a valid unified social credit code (GB 32100 checksum).").WithErrorCode("party.credit_code.invalid")
            .When(p => !string.IsNullOrWhiteSpace(p.CreditCode));
        RuleFor(p => p.CreditCode)
            .Empty().WithMessage("A natural person has no unified social credit code.").WithErrorCode("party.credit_code.not_allowed")
            .When(p => p.Kind is PartyKind.NaturalPerson);

        RuleFor(p => p.Phone)
            .Must(phone => Party.IsValidPhone(phone!))
            .WithMessage("'{PropertyValue}' is not a mobile or landline number.").WithErrorCode("party.phone.invalid")
            .When(p => !string.IsNullOrWhiteSpace(p.Phone));
    }
}
