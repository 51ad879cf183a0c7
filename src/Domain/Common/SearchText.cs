using System.Globalization;
using System.Text;

namespace Enforcement.Domain.Common;

/// <summary>
/// How text is matched by search, defined once so that every database engine behaves alike: Latin letters match
/// whatever their case and accents (Zhang, ZHANG, Zhāng), full-width ASCII matches half-width (（２０２５） and (2025)),
/// and Chinese characters match exactly; a control character is a space. Searchable columns store the normalized text; the term is normalized the
/// same way and matched with a plain LIKE, so no engine's collation is involved.
/// </summary>
public static class SearchText
{
    /// <summary>The longest search column; a text beyond it (a case with very many parties) is cut, so the last names are not found.</summary>
    public const int MaxLength = 4000;

    /// <summary>The search column's value: the normalized text of the parts, cut to <see cref="MaxLength"/>.</summary>
    public static string Column(string text) => InputText.Clip(Normalize(text), MaxLength);

    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = new StringBuilder(text.Length);
        foreach (var original in text)
        {
            var ch = original switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(original - 0xFEE0), // full-width ASCII
                '\u3000' => ' ', // ideographic space
                < ' ' or '\u007F' => ' ', // control characters: stored text has none (and PostgreSQL refuses NUL in text)
                _ => original,
            };

            if (ch < '\u0250' || ch is >= '\u1E00' and <= '\u1EFF')
            {
                // Latin: drop the accents that a decomposition separates, then fold the case.
                foreach (var part in ch.ToString().Normalize(NormalizationForm.FormD))
                {
                    if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
                    {
                        normalized.Append(char.ToLowerInvariant(part));
                    }
                }
            }
            else
            {
                normalized.Append(ch);
            }
        }

        return normalized.ToString();
    }

    /// <summary>
    /// The words of normalized text (runs of letters and digits) as overlapping pairs of characters, for an index of
    /// fragments: "湖南湘江" gives 湖南, 南湘, 湘江. A fragment of two or more characters is inside a word exactly when its
    /// pairs appear one after another, so a two-character Chinese name is found where a trigram index could not find it.
    /// A one-character word gives no pair; punctuation and spaces separate words.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Bigrams(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var words = new List<IReadOnlyList<string>>();
        var word = new List<Rune>();
        foreach (var rune in normalized.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                word.Add(rune);
                continue;
            }

            AddPairs(word, words);
        }

        AddPairs(word, words);
        return words;
    }

    /// <summary>
    /// The text an index stores for <paramref name="normalized"/>: every word's pairs, then its number tokens
    /// (<see cref="NumberTokens"/>), space-separated.
    /// </summary>
    public static string IndexedTokens(string normalized) =>
        string.Join(' ', Bigrams(normalized).SelectMany(pairs => pairs).Concat(NumberTokens(normalized)));

    /// <summary>The shortest run of digits that has number tokens: shorter ones are found by their pairs alone.</summary>
    public const int NumberTokenMinDigits = 3;

    /// <summary>The longest number token; a longer run of digits is indexed by all its substrings up to this length.</summary>
    public const int NumberTokenMaxDigits = 8;

    /// <summary>
    /// The number tokens of <paramref name="normalized"/>: for every run of at least <see cref="NumberTokenMinDigits"/>
    /// digits, each of its substrings of 3 to <see cref="NumberTokenMaxDigits"/> digits, as "n" and the digits
    /// ("1234" gives n123, n234, n1234). A fragment's run of digits lies inside a run of the text, so it is one of them
    /// (cut to the longest length): 执1234 is one lookup of n1234, where its pairs 12, 23, 34 are in most case numbers.
    /// </summary>
    public static IReadOnlyList<string> NumberTokens(string normalized)
    {
        var tokens = new List<string>();
        foreach (var run in DigitRuns(normalized))
        {
            for (var length = NumberTokenMinDigits; length <= Math.Min(run.Length, NumberTokenMaxDigits); length++)
            {
                for (var start = 0; start + length <= run.Length; start++)
                {
                    tokens.Add(NumberToken(run.Substring(start, length)));
                }
            }
        }

        return tokens.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// What the index is asked for a fragment: each word's pairs, which must stand one after another, and one number token
    /// for each of the fragment's runs of at least <see cref="NumberTokenMinDigits"/> digits (its first
    /// <see cref="NumberTokenMaxDigits"/> digits when longer), which must be among the row's tokens.
    /// </summary>
    public static IndexTerms Terms(string normalized) =>
        new(Bigrams(normalized),
            DigitRuns(normalized).Select(run => NumberToken(run.Length > NumberTokenMaxDigits ? run[..NumberTokenMaxDigits] : run))
                .Distinct(StringComparer.Ordinal).ToList());

    private static string NumberToken(string digits) => "n" + digits;

    /// <summary>The runs of ASCII digits (full-width ones are normalized to them) of at least <see cref="NumberTokenMinDigits"/>.</summary>
    private static IEnumerable<string> DigitRuns(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var start = -1;
        for (var i = 0; i <= normalized.Length; i++)
        {
            var digit = i < normalized.Length && char.IsAsciiDigit(normalized[i]);
            if (digit && start < 0)
            {
                start = i;
            }
            else if (!digit && start >= 0)
            {
                if (i - start >= NumberTokenMinDigits)
                {
                    yield return normalized[start..i];
                }

                start = -1;
            }
        }
    }

    private static void AddPairs(List<Rune> word, List<IReadOnlyList<string>> words)
    {
        if (word.Count >= 2)
        {
            var pairs = new string[word.Count - 1];
            for (var i = 0; i < pairs.Length; i++)
            {
                pairs[i] = word[i].ToString() + word[i + 1].ToString();
            }

            words.Add(pairs);
        }

        word.Clear();
    }
}
