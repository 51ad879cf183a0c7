using Enforcement.Domain.Common;

namespace Enforcement.Application.Common;

/// <summary>Builds SQL LIKE patterns, with <see cref="Escape"/> as the escape character; the evaluator passes the pattern as a parameter.</summary>
public static class Like
{
    /// <summary>The escape character of every pattern built here.</summary>
    public const string Escape = @"\";

    /// <summary>Escapes <c>%</c>, <c>_</c> and <c>\</c> so that user text matches literally.</summary>
    private static string EscapeText(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal);

    /// <summary>
    /// The pattern that finds <paramref name="fragment"/> anywhere in a column normalized by <see cref="SearchText"/>:
    /// the one definition of fragment search for every list.
    /// </summary>
    public static string Containing(string fragment) => "%" + EscapeText(SearchText.Normalize(fragment.Trim())) + "%";
}
