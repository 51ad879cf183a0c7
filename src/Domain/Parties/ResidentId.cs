using System.Diagnostics.CodeAnalysis;
using Enforcement.Domain.Common;

namespace Enforcement.Domain.Parties;

/// <summary>
/// Resident identity number (居民身份证号码), GB 11643: a 6-digit area code, the birth date as yyyyMMdd, a 3-digit
/// sequence and a check character. The birth date must be a real day, not before 1880 (the validators, which know the
/// court's today, refuse one still to come).
/// </summary>
public sealed record ResidentId
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    private ResidentId(string value) => Value = value;

    public string Value { get; }

    /// <summary>The birth date the number carries (positions 7 to 14).</summary>
    public DateOnly BornOn => DateOnly.ParseExact(Value.AsSpan(6, 8), "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);

    public static ResidentId Parse(string text) =>
        TryParse(text, out var id)
            ? id
            : throw new DomainException("party.id_number.invalid", $"'{text}' is not a valid resident ID number (GB 11643: check character and birth date).");

    public static bool TryParse(string? text, [NotNullWhen(true)] out ResidentId? id)
    {
        id = null;
        var value = text?.Trim().ToUpperInvariant();
        if (value is not { Length: 18 } || !value[..17].All(char.IsAsciiDigit))
        {
            return false;
        }

        if (value[17] != CheckCharacter(value) || !PlausibleArea(value.AsSpan(0, 6)) || !PlausibleBirthDate(value.AsSpan(6, 8)))
        {
            return false;
        }

        id = new ResidentId(value);
        return true;
    }

    /// <summary>
    /// The area code (GB/T 2260) starts with a province's two digits (11–15, 21–23, 31–37, 41–46, 50–54, 61–65; 71
    /// Taiwan; 81, 82, 83: the residence permits of Hong Kong, Macao and Taiwan residents, whose area is 810000,
    /// 820000, 830000) and, on the mainland, names a place within it (not 0000). A foreign permanent resident's card
    /// (2023) starts with 9, then the issuing province.
    /// </summary>
    private static bool PlausibleArea(ReadOnlySpan<char> area)
    {
        static int Two(ReadOnlySpan<char> digits) => ((digits[0] - '0') * 10) + (digits[1] - '0');
        static bool IsProvince(int code) => code is >= 11 and <= 15 or >= 21 and <= 23 or >= 31 and <= 37 or >= 41 and <= 46 or >= 50 and <= 54 or >= 61 and <= 65 or 71;

        // 9: a foreign permanent resident's ID card (2023), then the issuing province and a nationality code.
        if (area[0] == '9')
        {
            return IsProvince(Two(area[1..]));
        }

        var province = Two(area);
        return province is >= 81 and <= 83 || (IsProvince(province) && area[2..].ContainsAnyExcept('0'));
    }

    /// <summary>A real calendar day (19990230 and 19000229 are not), from 1880 on.</summary>
    private static bool PlausibleBirthDate(ReadOnlySpan<char> yyyyMMdd) =>
        DateOnly.TryParseExact(yyyyMMdd, "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var born)
        && born.Year >= 1880;

    /// <summary>The check character for the first 17 digits of <paramref name="digits"/>.</summary>
    public static char CheckCharacter(string digits)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (digits[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    public override string ToString() => Value;
}
