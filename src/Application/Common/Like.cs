using Enforcement.Domain.Common;

namespace Enforcement.Application.Common;

/// <summary>Builds SQL LIKE patterns; the evaluator uses <c>\</c> as the escape character and passes the pattern as a parameter.</summary>
public static class Like
{
    /// <summary>Escapes <c>%</c>, <c>_</c> and <c>\</c> so that user text matches literally.</summary>
    private static string Escape(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal);

    /// <summary>
    /// The pattern that finds <paramref name="fragment"/> anywhere in a column normalized by <see cref="SearchText"/>:
    /// the one definition of fragment search for every list.
    /// </summary>
    public static string Containing(string fragment) => "%" + Escape(SearchText.Normalize(fragment.Trim())) + "%";
}
