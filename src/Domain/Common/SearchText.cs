using System.Globalization;
using System.Text;

namespace Enforcement.Domain.Common;

/// <summary>
/// How text is matched by search, defined once so that every database engine behaves alike: Latin letters match
/// whatever their case and accents (Zhang, ZHANG, Zhāng), full-width ASCII matches half-width (（２０２５） and (2025)),
/// and Chinese characters match exactly. Searchable columns store the normalized text; the term is normalized the
/// same way and matched with a plain LIKE, so no engine's collation is involved.
/// </summary>
public static class SearchText
{
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
}
