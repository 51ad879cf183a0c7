using System.Diagnostics.CodeAnalysis;
using Enforcement.Domain.Common;

namespace Enforcement.Domain.Parties;

/// <summary>Unified social credit code (统一社会信用代码), GB 32100: 17 characters and a check character.</summary>
public sealed record CreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private CreditCode(string value) => Value = value;

    public string Value { get; }

    public static CreditCode Parse(string text) =>
        TryParse(text, out var code)
            ? code
            : throw new DomainException("party.credit_code.invalid", $"'{text}' is not a valid unified social credit code (GB 32100).");

    public static bool TryParse(string? text, [NotNullWhen(true)] out CreditCode? code)
    {
        code = null;
        var value = text?.Trim().ToUpperInvariant();
        if (value is not { Length: 18 } || !value.All(c => Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            return false;
        }

        if (value[17] != CheckCharacter(value))
        {
            return false;
        }

        code = new CreditCode(value);
        return true;
    }

    /// <summary>The check character for the first 17 characters of <paramref name="body"/>.</summary>
    public static char CheckCharacter(string body)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(body[i], StringComparison.Ordinal) * Weights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }

    public override string ToString() => Value;
}
