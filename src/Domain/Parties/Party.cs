using System.Text.RegularExpressions;
using Enforcement.Domain.Common;

namespace Enforcement.Domain.Parties;

/// <summary>
/// A party to a case or an order. A natural person may carry a resident ID; any other kind may carry a
/// unified social credit code. Both are checked when the party is created and stay valid after that.
/// </summary>
public sealed partial class Party
{
    public const int MaxNameLength = 100;

    /// <summary>The most applicants, or respondents, one case or order names: a record, not a register of a crowd.</summary>
    public const int MaxPerSide = 50;

    private Party()
    {
    }

    public PartyKind Kind { get; private init; }

    public string Name { get; private init; } = "";

    /// <summary>Resident ID (GB 11643); natural persons only.</summary>
    public string? IdNumber { get; private init; }

    /// <summary>Unified social credit code (GB 32100); organisations only.</summary>
    public string? CreditCode { get; private init; }

    public string? Phone { get; private init; }

    /// <summary>
    /// Refuses two parties of one record (a case, a preservation order) that carry the same ID number or credit code,
    /// whichever side each is on: each party is a different person or body (422 <c>{codePrefix}.parties.duplicate</c>).
    /// </summary>
    public static void EnsureDistinct(string codePrefix, IEnumerable<(string Side, Party Party)> parties)
    {
        ArgumentNullException.ThrowIfNull(parties);
        var identified = parties.Where(p => (p.Party.IdNumber ?? p.Party.CreditCode) is not null).ToList();
        var twice = identified.SelectMany((first, i) => identified.Skip(i + 1).Where(second => first.Party.SameAs(second.Party)).Select(second => (first, second)));
        foreach (var (first, second) in twice.Take(1))
        {
            throw new DomainException(
                $"{codePrefix}.parties.duplicate",
                $"{first.Side} {first.Party.Name} and {second.Side} {second.Party.Name} carry the same ID number or credit code; each party is a different person or body.");
        }
    }

    /// <summary>
    /// The same person or body as <paramref name="other"/>: by ID number or credit code where both records carry one
    /// (two different numbers are two parties, whatever the name), else by kind and name.
    /// </summary>
    public bool SameAs(Party other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (IdNumber is not null && other.IdNumber is not null)
        {
            return string.Equals(IdNumber, other.IdNumber, StringComparison.OrdinalIgnoreCase);
        }

        if (CreditCode is not null && other.CreditCode is not null)
        {
            return string.Equals(CreditCode, other.CreditCode, StringComparison.OrdinalIgnoreCase);
        }

        return Kind == other.Kind && Name == other.Name;
    }

    public static Party Create(PartyKind kind, string name, string? idNumber = null, string? creditCode = null, string? phone = null)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("party.kind.invalid", $"Unknown party kind {kind}.");
        }

        name = name?.Trim() ?? "";
        if (name.Length is 0 or > MaxNameLength)
        {
            throw new DomainException("party.name.invalid", $"A party needs a name of 1 to {MaxNameLength} characters.");
        }

        idNumber = Blank(idNumber);
        creditCode = Blank(creditCode);
        phone = Blank(phone);

        if (idNumber is not null && !kind.IsNaturalPerson())
        {
            throw new DomainException("party.id_number.not_allowed", "Only a natural person has a resident ID number.");
        }

        if (creditCode is not null && kind.IsNaturalPerson())
        {
            throw new DomainException("party.credit_code.not_allowed", "A natural person has no unified social credit code.");
        }

        if (phone is not null && !IsValidPhone(phone))
        {
            throw new DomainException("party.phone.invalid", $"'{phone}' is not a phone number.");
        }

        return new Party
        {
            Kind = kind,
            Name = name,
            IdNumber = idNumber is null ? null : ResidentId.Parse(idNumber).Value,
            CreditCode = creditCode is null ? null : Parties.CreditCode.Parse(creditCode).Value,
            Phone = phone,
        };
    }

    /// <summary>An equal party for another case or order to own.</summary>
    public Party Copy() => new() { Kind = Kind, Name = Name, IdNumber = IdNumber, CreditCode = CreditCode, Phone = Phone };

    /// <summary>A mobile number (11 digits starting 1) or a landline with area code, e.g. 0731-84567890.</summary>
    public static bool IsValidPhone(string phone) => PhonePattern().IsMatch(phone.Trim());

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // [0-9], not \d: \d also matches full-width and other scripts' digits (１３８…), which would store and match a number
    // in two spellings. They are refused, as in an ID number.
    [GeneratedRegex(@"^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})$")]
    private static partial Regex PhonePattern();
}
