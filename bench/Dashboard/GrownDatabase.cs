using System.Globalization;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Microsoft.Data.Sqlite;

namespace Enforcement.Benchmarks;

/// <summary>
/// The bulk path, for benchmark set-up only: a SQLite file of a million cases made from a generated one by copying its
/// cases in SQL, where generating each through the domain would take hours on two cores. Each copy is a case of the
/// source with its rows (parties, measures, payments, pauses, timeline…) under new ids, a new number (the sequence plus
/// a million per pass) and its search text and fragment-index row rewritten for that number. The copies keep their
/// source's dates, amounts, statuses and party names; petitions, debts and key cases are not copied, and a copied
/// 执恢 case does not point to an original.
/// </summary>
public static class GrownDatabase
{
    /// <summary>Tables whose rows belong to one case through <c>CaseId</c>.</summary>
    private static readonly string[] CaseTables =
    [
        "CaseApplicants", "CaseRespondents", "CaseAssignments", "CaseMeasures", "CasePauses", "CaseExtensions", "CasePayments",
        "CaseTimeline", "CaseUnitLinks", "CaseCorrections", "CaseSettlementInstalments",
    ];

    /// <summary>
    /// The first character of a copy's ids, one per pass: generated ids are version-7 GUIDs, which begin with 0 until
    /// the year 2112, so a copy's ids never meet the generated ones or another pass's.
    /// </summary>
    private const string Prefixes = "FEDCBA987654321";

    /// <summary>Columns that hold the id of a copied row, so the copy holds the copied row's new id.</summary>
    private static readonly HashSet<string> CopiedIds = ["Id", "RecordId", "MeasureId"];

    /// <summary>Copies <paramref name="from"/> to <paramref name="to"/> and adds copies of its cases until it holds <paramref name="size"/>.</summary>
    /// <remarks>The copy is grown under a temporary name and renamed when complete, so an interrupted run leaves no half-grown file.</remarks>
    public static async Task GrowAsync(string from, string to, int size, TextWriter log)
    {
        var partial = to + ".partial";
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(partial + suffix);
        }

        File.Copy(from, partial);
        if (File.Exists(from + "-wal"))
        {
            File.Copy(from + "-wal", partial + "-wal");
        }

        var started = DateTime.UtcNow;
        await GrowInPlaceAsync(partial, size, log);
        File.Delete(partial + "-shm");
        File.Move(partial, to, overwrite: true);
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Grew {from} to {size:N0} cases in {(DateTime.UtcNow - started).TotalSeconds:N0} s at {to}"));
    }

    private static async Task GrowInPlaceAsync(string path, int size, TextWriter log)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Foreign Keys=False;Pooling=False");
        await connection.OpenAsync();
        await ExecuteAsync(connection, "PRAGMA synchronous = OFF; PRAGMA cache_size = -2000000; PRAGMA temp_store = MEMORY;");
        var originals = await CountAsync(connection, "SELECT COUNT(*) FROM \"Cases\" WHERE substr(\"Id\", 1, 1) = '0'");
        var count = await CountAsync(connection, "SELECT COUNT(*) FROM \"Cases\"");
        for (var pass = 0; count < size; pass++)
        {
            var copies = Math.Min(size - count, originals);
            if (pass == Prefixes.Length)
            {
                throw new InvalidOperationException($"Growing {originals:N0} generated cases to {size:N0} takes more than {Prefixes.Length} copies; generate more first.");
            }

            await CopyAsync(connection, Prefixes[pass], (pass + 1) * 1_000_000, copies);
            count += copies;
            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  copied {copies:N0} cases (pass {pass + 1}): {count:N0} in all"));
        }

        await ExecuteAsync(connection, "ANALYZE;");
        await ExecuteAsync(connection, "PRAGMA journal_mode = DELETE;"); // everything in the one file that is renamed
    }

    private static async Task CopyAsync(SqliteConnection connection, char prefix, int sequenceOffset, int copies)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await ExecuteAsync(connection, "DROP TABLE IF EXISTS temp.\"CopyMap\"; CREATE TEMP TABLE \"CopyMap\" (\"Old\" TEXT PRIMARY KEY, \"New\" TEXT, \"Number\" TEXT, \"Search\" TEXT, \"Grams\" TEXT);");

        var sources = new List<(string Id, string Number, string Search)>(copies);
        await using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT \"Id\", \"CaseNumber\", \"SearchText\" FROM \"Cases\" WHERE substr(\"Id\", 1, 1) = '0' ORDER BY rowid LIMIT $n";
            read.Parameters.AddWithValue("$n", copies);
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                sources.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        await using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO temp.\"CopyMap\" VALUES ($old, $new, $number, $search, $grams)";
            var (old, @new, number, search, grams) = (insert.Parameters.Add("$old", SqliteType.Text), insert.Parameters.Add("$new", SqliteType.Text),
                insert.Parameters.Add("$number", SqliteType.Text), insert.Parameters.Add("$search", SqliteType.Text), insert.Parameters.Add("$grams", SqliteType.Text));
            foreach (var source in sources)
            {
                var parsed = CaseNumber.Parse(source.Number);
                var copy = CaseNumber.Parse(string.Create(CultureInfo.InvariantCulture, $"（{parsed.Year}）{parsed.CourtCode}{parsed.TypeCode}{parsed.Sequence + sequenceOffset}号"));
                var text = source.Search.Replace(SearchText.Normalize(parsed.Value), SearchText.Normalize(copy.Value), StringComparison.Ordinal);
                (old.Value, @new.Value, number.Value, search.Value, grams.Value) = (source.Id, prefix + source.Id[1..], copy.Value, text, SearchText.IndexedTokens(text));
                await insert.ExecuteNonQueryAsync();
            }
        }

        string NewId(string column) => $"CASE WHEN t.\"{column}\" IS NULL THEN NULL ELSE '{prefix}' || substr(t.\"{column}\", 2) END";
        await CopyTableAsync(connection, "Cases", "m.\"Old\" = t.\"Id\"", column => column switch
        {
            "Id" => "m.\"New\"",
            "CaseNumber" => "m.\"Number\"",
            "SearchText" => "m.\"Search\"",
            "OriginalCaseId" or "OriginalCaseNumber" or "ResumedAsCaseId" or "ResumedAsCaseNumber" => "NULL",
            _ => null,
        });
        foreach (var table in CaseTables)
        {
            await CopyTableAsync(connection, table, "m.\"Old\" = t.\"CaseId\"", column => column == "CaseId" ? "m.\"New\"" : CopiedIds.Contains(column) ? NewId(column) : null);
        }

        await ExecuteAsync(connection, "INSERT INTO \"CaseSearchEntries\" (\"CaseId\", \"Grams\", \"Text\", \"FiledOn\") SELECT m.\"New\", m.\"Grams\", m.\"Search\", c.\"FiledOn\" FROM temp.\"CopyMap\" AS m JOIN \"Cases\" AS c ON c.\"Id\" = m.\"Old\";");
        await transaction.CommitAsync();
    }

    /// <summary>
    /// Copies the rows of <paramref name="table"/> that belong to a copied case: each column as it is, or as
    /// <paramref name="rewrite"/> gives it; a whole-number key is left to the table to assign.
    /// </summary>
    private static async Task CopyTableAsync(SqliteConnection connection, string table, string join, Func<string, string?> rewrite)
    {
        var columns = new List<(string Name, string Type, bool Key)>();
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = $"SELECT name, type, pk FROM pragma_table_info('{table}')";
            await using var reader = await info.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1), reader.GetInt32(2) > 0));
            }
        }

        var copied = columns.Where(c => !(c.Key && c.Type == "INTEGER")).ToList();
        var names = string.Join(", ", copied.Select(c => $"\"{c.Name}\""));
        var values = string.Join(", ", copied.Select(c => rewrite(c.Name) ?? $"t.\"{c.Name}\""));
        await ExecuteAsync(connection, $"INSERT INTO \"{table}\" ({names}) SELECT {values} FROM \"{table}\" AS t JOIN temp.\"CopyMap\" AS m ON {join};");
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<int> CountAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
