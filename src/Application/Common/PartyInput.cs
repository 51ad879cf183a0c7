using Enforcement.Domain.Parties;

namespace Enforcement.Application.Common;

/// <summary>A party as entered: <c>{ kind, name, idNumber?, creditCode?, phone? }</c>.</summary>
public sealed record PartyInput(PartyKind? Kind, string? Name, string? IdNumber = null, string? CreditCode = null, string? Phone = null) : IPartyFields
{
    public Party ToParty() => Party.Create(Kind!.Value, Name!, IdNumber, CreditCode, Phone);
}

/// <summary>The fields that identify a party, as entered; one validator checks them wherever they appear.</summary>
public interface IPartyFields
{
    PartyKind? Kind { get; }

    string? Name { get; }

    string? IdNumber { get; }

    string? CreditCode { get; }

    string? Phone { get; }
}
