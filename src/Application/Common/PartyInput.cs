using Enforcement.Domain.Parties;

namespace Enforcement.Application.Common;

/// <summary>A party as entered: <c>{ kind, name, idNumber?, creditCode?, phone? }</c>.</summary>
public sealed record PartyInput(PartyKind? Kind, string? Name, string? IdNumber = null, string? CreditCode = null, string? Phone = null)
{
    public Party ToParty() => Party.Create(Kind!.Value, Name!, IdNumber, CreditCode, Phone);
}
