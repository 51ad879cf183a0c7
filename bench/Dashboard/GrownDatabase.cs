using System.Data.Common;
using System.Globalization;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Enforcement.Benchmarks;

/// <summary>
/// The bulk path, for benchmark set-up only: a database of a million cases made from a generated one by copying its
/// cases in SQL, where generating each through the domain would take hours on two cores. Each copy is a case of the
/// source with its rows (parties, measures, payments, pauses, timeline…) under new ids, a new number (the sequence plus
/// a million per pass) and its search text and fragment-index row rewritten for that number. The copies keep their
/// source's dates, amounts, statuses and party names; petitions, debts and key cases are not copied, and a copied
/// 执恢 case does not point to an original. The same copy runs on a SQLite file and on a PostgreSQL database
/// (<see cref="ScaleDatabase.IsPostgres"/>): only the few statements in <see cref="Dialect"/> differ.
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

    /// <summary>
    /// Copies <paramref name="from"/> to <paramref name="to"/> (two SQLite paths, or two PostgreSQL connection strings)
    /// and adds copies of its cases until it holds <paramref name="size"/>.
    /// </summary>
    /// <remarks>The copy is grown under a temporary name and renamed when complete, so an interrupted run leaves no half-grown database.</remarks>
    public static async Task GrowAsync(string from, string to, int size, TextWriter log)
    {
        var started = DateTime.UtcNow;
        var dialect = ScaleDatabase.IsPostgres(from) ? (Dialect)new PostgresDialect() : new SqliteDialect();
        var partial = await dialect.CopyAsync(from, to);
        await using (var connection = dialect.Connect(partial))
        {
            await connection.OpenAsync();
            await GrowInPlaceAsync(connection, dialect, size, log);
        }

        await dialect.RenameAsync(partial, to);
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Grew {from} to {size:N0} cases in {(DateTime.UtcNow - started).TotalSeconds:N0} s at {to}"));
    }

    private static async Task GrowInPlaceAsync(DbConnection connection, Dialect dialect, int size, TextWriter log)
    {
        await ExecuteAsync(connection, dialect.BulkSettings);
        var generated = dialect.FirstCharacter("\"Id\"") + " = '0'";
        var originals = await CountAsync(connection, $"SELECT COUNT(*) FROM \"Cases\" WHERE {generated}");
        var count = await CountAsync(connection, "SELECT COUNT(*) FROM \"Cases\"");
        for (var pass = 0; count < size; pass++)
        {
            var copies = Math.Min(size - count, originals);
            if (pass == Prefixes.Length)
            {
                throw new InvalidOperationException($"Growing {originals:N0} generated cases to {size:N0} takes more than {Prefixes.Length} copies; generate more first.");
            }

            var watch = System.Diagnostics.Stopwatch.StartNew();
            await CopyAsync(connection, dialect, generated, Prefixes[pass], (pass + 1) * 1_000_000, copies);
            count += copies;
            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  copied {copies:N0} cases (pass {pass + 1}, {watch.Elapsed.TotalSeconds:N0} s): {count:N0} in all"));
        }

        await ExecuteAsync(connection, dialect.Finish);
    }

    private static async Task CopyAsync(DbConnection connection, Dialect dialect, string generated, char prefix, int sequenceOffset, int copies)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        await ExecuteAsync(connection, $"DROP TABLE IF EXISTS \"CopyMap\"; CREATE TEMP TABLE \"CopyMap\" (\"Old\" {dialect.IdType} PRIMARY KEY, \"New\" {dialect.IdType}, \"Number\" TEXT, \"Search\" TEXT, \"Grams\" TEXT);");

        var sources = new List<(string Id, string Number, string Search)>(copies);
        await using (var read = connection.CreateCommand())
        {
            read.CommandText = $"SELECT \"Id\", \"CaseNumber\", \"SearchText\" FROM \"Cases\" WHERE {generated} ORDER BY \"Id\" LIMIT {copies.ToString(CultureInfo.InvariantCulture)}";
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                sources.Add((Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!, reader.GetString(1), reader.GetString(2)));
            }
        }

        await dialect.InsertMapAsync(connection, sources.Select(source =>
        {
            var parsed = CaseNumber.Parse(source.Number);
            var copy = CaseNumber.Parse(string.Create(CultureInfo.InvariantCulture, $"（{parsed.Year}）{parsed.CourtCode}{parsed.TypeCode}{parsed.Sequence + sequenceOffset}号"));
            var text = source.Search.Replace(SearchText.Normalize(parsed.Value), SearchText.Normalize(copy.Value), StringComparison.Ordinal);
            return new MapRow(source.Id, prefix + source.Id[1..], copy.Value, text, SearchText.IndexedTokens(text));
        }));

        await CopyTableAsync(connection, dialect, "Cases", "m.\"Old\" = t.\"Id\"", column => column.Name switch
        {
            "Id" => "m.\"New\"",
            "CaseNumber" => "m.\"Number\"",
            "SearchText" => "m.\"Search\"",
            "OriginalCaseId" or "OriginalCaseNumber" or "ResumedAsCaseId" or "ResumedAsCaseNumber" => "NULL",
            _ => null,
        });
        foreach (var table in CaseTables)
        {
            await CopyTableAsync(connection, dialect, table, "m.\"Old\" = t.\"CaseId\"",
                column => column.Name == "CaseId" ? "m.\"New\"" : CopiedIds.Contains(column.Name) ? dialect.NewId($"t.\"{column.Name}\"", column.Type, prefix) : null);
        }

        await ExecuteAsync(connection, "INSERT INTO \"CaseSearchEntries\" (\"CaseId\", \"Grams\", \"Text\", \"FiledOn\") SELECT m.\"New\", m.\"Grams\", m.\"Search\", c.\"FiledOn\" FROM \"CopyMap\" AS m JOIN \"Cases\" AS c ON c.\"Id\" = m.\"Old\";");
        await transaction.CommitAsync();
    }

    /// <summary>
    /// Copies the rows of <paramref name="table"/> that belong to a copied case: each column as it is, or as
    /// <paramref name="rewrite"/> gives it; a key the table assigns itself (a whole number) is left to the table.
    /// </summary>
    private static async Task CopyTableAsync(DbConnection connection, Dialect dialect, string table, string join, Func<Column, string?> rewrite)
    {
        var columns = new List<Column>();
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = dialect.Columns(table);
            await using var reader = await info.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add(new Column(reader.GetString(0), reader.GetString(1), reader.GetBoolean(2)));
            }
        }

        var copied = columns.Where(c => !c.Assigned).ToList();
        var names = string.Join(", ", copied.Select(c => $"\"{c.Name}\""));
        var values = string.Join(", ", copied.Select(c => rewrite(c) ?? $"t.\"{c.Name}\""));
        await ExecuteAsync(connection, $"INSERT INTO \"{table}\" ({names}) SELECT {values} FROM \"{table}\" AS t JOIN \"CopyMap\" AS m ON {join};");
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<int> CountAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        return Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private sealed record MapRow(string Old, string New, string Number, string Search, string Grams);

    /// <summary>A column of a copied table; <c>Assigned</c> for a key the table gives each new row.</summary>
    private sealed record Column(string Name, string Type, bool Assigned);

    /// <summary>What differs between the engines: the copy of the whole database, ids, the table's columns, the bulk settings.</summary>
    private abstract class Dialect
    {
        /// <summary>Copies the source database under a temporary name, and returns where it is.</summary>
        public abstract Task<string> CopyAsync(string from, string to);

        public abstract Task RenameAsync(string partial, string to);

        public abstract DbConnection Connect(string database);

        public abstract string BulkSettings { get; }

        public abstract string Finish { get; }

        public abstract string IdType { get; }

        public abstract string FirstCharacter(string column);

        /// <summary>The id in <paramref name="column"/> with its first character replaced by <paramref name="prefix"/>; NULL stays NULL.</summary>
        public abstract string NewId(string column, string type, char prefix);

        /// <summary>A query of the table's columns: name, type, and whether the table assigns it.</summary>
        public abstract string Columns(string table);

        public abstract Task InsertMapAsync(DbConnection connection, IEnumerable<MapRow> rows);
    }

    private sealed class SqliteDialect : Dialect
    {
        public override string BulkSettings => "PRAGMA synchronous = OFF; PRAGMA cache_size = -2000000; PRAGMA temp_store = MEMORY;";

        public override string Finish => "ANALYZE; PRAGMA journal_mode = DELETE;"; // everything in the one file that is renamed

        public override string IdType => "TEXT";

        public override Task<string> CopyAsync(string from, string to)
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

            return Task.FromResult(partial);
        }

        public override Task RenameAsync(string partial, string to)
        {
            SqliteConnection.ClearAllPools();
            File.Delete(partial + "-shm");
            File.Move(partial, to, overwrite: true);
            return Task.CompletedTask;
        }

        public override DbConnection Connect(string database) => new SqliteConnection($"Data Source={database};Foreign Keys=False;Pooling=False");

        public override string FirstCharacter(string column) => $"substr({column}, 1, 1)";

        public override string NewId(string column, string type, char prefix) => $"CASE WHEN {column} IS NULL THEN NULL ELSE '{prefix}' || substr({column}, 2) END";

        public override string Columns(string table) => $"SELECT name, type, pk > 0 AND type = 'INTEGER' FROM pragma_table_info('{table}')";

        public override async Task InsertMapAsync(DbConnection connection, IEnumerable<MapRow> rows)
        {
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO \"CopyMap\" VALUES (@old, @new, @number, @search, @grams)";
            var parameters = new[] { "@old", "@new", "@number", "@search", "@grams" }.Select(name =>
            {
                var parameter = insert.CreateParameter();
                parameter.ParameterName = name;
                insert.Parameters.Add(parameter);
                return parameter;
            }).ToArray();
            foreach (var row in rows)
            {
                (parameters[0].Value, parameters[1].Value, parameters[2].Value, parameters[3].Value, parameters[4].Value) = (row.Old, row.New, row.Number, row.Search, row.Grams);
                await insert.ExecuteNonQueryAsync();
            }
        }
    }

    private sealed class PostgresDialect : Dialect
    {
        public override string BulkSettings => "SET synchronous_commit = off;";

        /// <summary>
        /// The statistics, and the visibility map that lets an index-only scan skip the table's rows, as autovacuum
        /// would leave them on a server that has run a while.
        /// </summary>
        public override string Finish => "VACUUM (ANALYZE);";

        public override string IdType => "uuid";

        public override async Task<string> CopyAsync(string from, string to)
        {
            var partial = new NpgsqlConnectionStringBuilder(to) { Database = Name(to) + "_partial" }.ToString();
            NpgsqlConnection.ClearAllPools();
            await ServerAsync(to, $"DROP DATABASE IF EXISTS \"{Name(partial)}\" WITH (FORCE)", $"CREATE DATABASE \"{Name(partial)}\" TEMPLATE \"{Name(from)}\"");
            return partial;
        }

        public override async Task RenameAsync(string partial, string to)
        {
            NpgsqlConnection.ClearAllPools();
            await ServerAsync(to, $"DROP DATABASE IF EXISTS \"{Name(to)}\" WITH (FORCE)", $"ALTER DATABASE \"{Name(partial)}\" RENAME TO \"{Name(to)}\"");
        }

        public override DbConnection Connect(string database) => new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database) { Pooling = false }.ToString());

        public override string FirstCharacter(string column) => $"left({column}::text, 1)";

        public override string NewId(string column, string type, char prefix) =>
            type == "uuid" ? $"overlay({column}::text placing '{char.ToLowerInvariant(prefix)}' from 1 for 1)::uuid" : $"overlay({column} placing '{prefix}' from 1 for 1)";

        public override string Columns(string table) =>
            $"SELECT column_name::text, data_type::text, is_identity = 'YES' OR is_generated = 'ALWAYS' FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = '{table}' ORDER BY ordinal_position";

        public override async Task InsertMapAsync(DbConnection connection, IEnumerable<MapRow> rows)
        {
            await using var import = await ((NpgsqlConnection)connection).BeginBinaryImportAsync("COPY \"CopyMap\" (\"Old\", \"New\", \"Number\", \"Search\", \"Grams\") FROM STDIN (FORMAT BINARY)");
            foreach (var row in rows)
            {
                await import.StartRowAsync();
                await import.WriteAsync(Guid.Parse(row.Old), NpgsqlTypes.NpgsqlDbType.Uuid);
                await import.WriteAsync(Guid.Parse(row.New), NpgsqlTypes.NpgsqlDbType.Uuid);
                await import.WriteAsync(row.Number, NpgsqlTypes.NpgsqlDbType.Text);
                await import.WriteAsync(row.Search, NpgsqlTypes.NpgsqlDbType.Text);
                await import.WriteAsync(row.Grams, NpgsqlTypes.NpgsqlDbType.Text);
            }

            await import.CompleteAsync();
        }

        private static string Name(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString).Database!;

        /// <summary>Runs statements against the server's maintenance database (a database cannot be copied or renamed from inside itself).</summary>
        private static async Task ServerAsync(string any, params string[] statements)
        {
            await using var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(any) { Database = "postgres", Pooling = false }.ToString());
            await server.OpenAsync();
            foreach (var statement in statements)
            {
                await ExecuteAsync(server, statement);
            }
        }
    }
}
