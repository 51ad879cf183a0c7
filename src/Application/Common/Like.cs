namespace Enforcement.Application.Common;

/// <summary>Builds SQL LIKE patterns; the evaluator uses <c>\</c> as the escape character.</summary>
public static class Like
{
    /// <summary>Escapes <c>%</c>, <c>_</c> and <c>\</c> so that user text matches literally.</summary>
    public static string Escape(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal);
}
