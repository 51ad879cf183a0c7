using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Enforcement.Application.Auditing;

namespace Enforcement.Application.Exports;

/// <summary>The file types a list downloads as.</summary>
public enum ExportFormat
{
    /// <summary>An Excel workbook, one sheet per table.</summary>
    Xlsx,

    /// <summary>Comma-separated values in UTF-8 with a byte-order mark, so that Excel opens the Chinese text correctly.</summary>
    Csv,
}

/// <summary>
/// A download: a file name (without extension) and its sheets. The rows are read lazily, straight from the database,
/// so that an export of any size is written in constant memory.
/// </summary>
public sealed record ExportWorkbook(string FileName, IReadOnlyList<ExportSheet> Sheets);

/// <summary>
/// One table: its Chinese headings and its rows. A cell is text, a whole number or an amount in yuan; dates are already
/// text as yyyy-MM-dd (<see cref="ExportCells.Date"/>), so that every reader sees the same.
/// </summary>
public sealed record ExportSheet(string Name, IReadOnlyList<string> Headings, IAsyncEnumerable<object?[]> Rows)
{
    /// <summary>A sheet of rows already in memory (a report's few lines).</summary>
    public static ExportSheet Of<T>(string name, IReadOnlyList<string> headings, IEnumerable<T> items, Func<T, object?[]> cells) =>
        new(name, headings, items.Select(cells).ToAsyncEnumerable());
}

/// <summary>Cell values as the court reads them.</summary>
public static class ExportCells
{
    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>Several names or numbers in one cell, separated by the Chinese semicolon.</summary>
    public static string List(IEnumerable<string?> values) => string.Join("；", values.Where(v => !string.IsNullOrEmpty(v)));
}

/// <summary>Writes the audit row of an export: who downloaded what, with which filters, and whether personal data was shown.</summary>
public static partial class ExportAudit
{
    public const string Action = "Export";

    public static Task WriteAsync(
        this IAuditTrail audit, string entityType, string what, ExportFormat format, object? filter, bool personalDataShown, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audit);
        var filters = Describe(filter);
        var summary = $"Exported {what} as .{format.ToString().ToLowerInvariant()}"
                      + (filters.Length == 0 ? "" : $"; filters: {filters}")
                      + (personalDataShown ? "; personal data shown" : "; personal data masked");
        return audit.WriteNowAsync(Action, entityType, null, summary, AuditOutcome.Succeeded, cancellationToken); // the entry cuts it to its column
    }

    /// <summary>The filters that were set, as <c>name=value</c> pairs.</summary>
    public static string Describe(object? filter) =>
        filter is null
            ? ""
            : string.Join(", ", filter.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Select(p => (p.Name, Value: p.GetValue(filter)))
                .Where(p => p.Value is not null)
                .Select(p => $"{char.ToLowerInvariant(p.Name[0])}{p.Name[1..]}={Format(p.Value)}"));

    private static string? Format(object? value) => value switch
    {
        DateOnly date => ExportCells.Date(date),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        // A search for an ID, phone or account number is masked as the lists mask it: the audit trail's readers
        // (administrators among them) may not read personal data.
        string text => LongNumber().Replace(text, m => Security.Masking.IdNumber(m.Value)!),
        _ => value?.ToString(),
    };

    /// <summary>Seven digits or more (an ID, phone or account number), with an ID's check character.</summary>
    [GeneratedRegex(@"\d{7,}[Xx]?")]
    private static partial Regex LongNumber();
}
