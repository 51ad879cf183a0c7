using System.Data;
using System.Globalization;
using CsvHelper;
using Enforcement.Application.Exports;
using Enforcement.Domain.Common;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using MiniExcelLibs;

namespace Enforcement.Api.Endpoints;

/// <summary>
/// Writes an <see cref="ExportWorkbook"/> as .xlsx (MiniExcel) or .csv (CsvHelper, UTF-8 with a byte-order mark). The
/// rows stream from the database into a temporary file, so that memory stays constant however many rows there are and
/// a failure part-way sends a problem response instead of half a file; the file is then sent and deleted.
/// </summary>
public static class ExportFile
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string RoutePattern = "export.{format}";

    /// <summary>The format named by the route's extension: <c>xlsx</c> or <c>csv</c>, in any case; anything else is 400 <c>export.format</c>.</summary>
    public static ExportFormat Format(string? extension) => extension?.ToLowerInvariant() switch
    {
        "xlsx" => ExportFormat.Xlsx,
        "csv" => ExportFormat.Csv,
        _ => throw new DomainInputException("export.format", "format", $"'{extension}' is not an export format: use .xlsx or .csv."),
    };

    /// <summary>Sends the export query built for the route's format, and returns the file to download.</summary>
    public static async Task<FileStreamHttpResult> SendAsync(ISender sender, string? extension, Func<ExportFormat, IQuery<ExportWorkbook>> query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(query);
        var format = Format(extension);
        var workbook = await sender.Send(query(format), ct);
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        try
        {
            await (format == ExportFormat.Xlsx ? WriteXlsxAsync(workbook, file, ct) : WriteCsvAsync(workbook, file, ct));
            file.Position = 0;
            var extensionName = format == ExportFormat.Xlsx ? "xlsx" : "csv";
            return TypedResults.File(file, format == ExportFormat.Xlsx ? XlsxContentType : CsvContentType, $"{workbook.FileName}.{extensionName}");
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    public static RouteHandlerBuilder DescribedAsExport(this RouteHandlerBuilder builder) =>
        builder.Produces(StatusCodes.Status200OK, contentType: XlsxContentType)
            .Produces(StatusCodes.Status200OK, contentType: CsvContentType)
            .ProducesValidationProblem();

    private static async Task WriteXlsxAsync(ExportWorkbook workbook, Stream file, CancellationToken ct)
    {
        var sheets = new Dictionary<string, object>();
        foreach (var sheet in workbook.Sheets)
        {
            sheets[sheet.Name] = await XlsxRowsAsync(sheet, ct);
        }

        await file.SaveAsAsync(sheets, cancellationToken: ct);
    }

    /// <summary>MiniExcel takes the headings from the first row; a sheet without rows is an empty table, so that it keeps its headings.</summary>
    private static async Task<object> XlsxRowsAsync(ExportSheet sheet, CancellationToken ct)
    {
        var rows = sheet.Rows.GetAsyncEnumerator(ct);
        if (await rows.MoveNextAsync())
        {
            return Keyed(rows, sheet.Headings);
        }

        await rows.DisposeAsync();
        var empty = new DataTable(sheet.Name) { Locale = CultureInfo.InvariantCulture };
        foreach (var heading in sheet.Headings)
        {
            empty.Columns.Add(heading);
        }

        return empty;
    }

    private static async IAsyncEnumerable<IDictionary<string, object?>> Keyed(IAsyncEnumerator<object?[]> rows, IReadOnlyList<string> headings)
    {
        await using (rows)
        {
            do
            {
                var cells = rows.Current;
                var row = new Dictionary<string, object?>(headings.Count);
                for (var i = 0; i < headings.Count; i++)
                {
                    row[headings[i]] = i < cells.Length ? cells[i] : null;
                }

                yield return row;
            }
            while (await rows.MoveNextAsync());
        }
    }

    /// <summary>
    /// The sheets one after the other, each under a line with its name when there are several. Text that a spreadsheet
    /// would run as a formula (starting with = + - @, a tab or CR: hostile petition text, say) is escaped with an
    /// apostrophe; numbers are written as they are.
    /// </summary>
    private static async Task WriteCsvAsync(ExportWorkbook workbook, Stream file, CancellationToken ct)
    {
        var options = new CsvWriterOptions { WriteByteOrderMark = true, Injection = CsvInjection.Escape, ValidateFieldCount = false };
        await using var csv = CsvWriter.Create(file, options, leaveOpen: true);
        foreach (var sheet in workbook.Sheets)
        {
            if (workbook.Sheets.Count > 1)
            {
                csv.WriteField(sheet.Name);
                await csv.EndRecordAsync(ct);
            }

            foreach (var heading in sheet.Headings)
            {
                csv.WriteField(heading);
            }

            await csv.EndRecordAsync(ct);
            await foreach (var cells in sheet.Rows.WithCancellation(ct))
            {
                foreach (var cell in cells)
                {
                    csv.WriteField(cell);
                }

                await csv.EndRecordAsync(ct);
            }
        }

        await csv.FlushAsync(ct);
    }
}
