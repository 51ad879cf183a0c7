using Enforcement.Application.Common;
using Enforcement.Domain.Parties;

namespace Enforcement.Web.Services;

/// <summary>A party as a form edits it; a natural person has an ID number, any other party a credit code.</summary>
public sealed class PartyForm
{
    public PartyKind? Kind { get; set; } = PartyKind.Enterprise;

    public string? Name { get; set; }

    public string? IdNumber { get; set; }

    public string? CreditCode { get; set; }

    public string? Phone { get; set; }

    public bool IsPerson => Kind == PartyKind.NaturalPerson;

    public PartyInput ToInput() => new(Kind, Name?.Trim(),
        IsPerson ? Display.Typed(IdNumber) : null, IsPerson ? null : Display.Typed(CreditCode), Display.Typed(Phone));
}
