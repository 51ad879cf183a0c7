using System.Diagnostics;
using System.Globalization;
using Enforcement.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Benchmarks;

/// <summary>
/// What <c>bench/run</c> needs besides the API: a generated database with the request lists its load scripts read,
/// and the same-shaped SQLite reference the write rate is compared with.
/// </summary>
public static class LoadFixtures
{
    /// <summary>
    /// The database of <paramref name="cases"/> cases at <paramref name="path"/> (generated unless there), and beside it
    /// <c>ids.txt</c> (500 case ids for the detail reads), <c>names.txt</c> (300 different party-name fragments of two to
    /// four characters) and <c>numbers.txt</c> (case numbers for the exact lookup), named after <paramref name="fixtures"/>.
    /// <paramref name="path"/> is a SQLite file or a PostgreSQL connection string.
    /// </summary>
    public static async Task SeedAsync(string path, int cases, string fixtures)
    {
        await ScaleDatabase.EnsureAsync(path, cases, Console.Out);
        await using var services = ScaleDatabase.Services(path);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        var random = new Random(20261129);
        var sample = await db.Cases.AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Id, c.Number, c.SearchText })
            .Skip(random.Next(0, Math.Max(1, cases - 2_000))).Take(2_000).ToListAsync();
        var folder = Path.GetDirectoryName(fixtures)!;
        var prefix = Path.GetFileNameWithoutExtension(fixtures);
        await File.WriteAllLinesAsync(Path.Combine(folder, prefix + ".ids.txt"), sample.Take(500).Select(c => c.Id.ToString()));
        await File.WriteAllLinesAsync(Path.Combine(folder, prefix + ".numbers.txt"), sample.Take(500).Select(c => Uri.EscapeDataString(c.Number.Value)));

        // Party-name fragments as a clerk types them: a trade name, a trade name with its trade, or a person's name.
        var fragments = sample.SelectMany(c => c.SearchText.Split('|').Skip(1))
            .Select(name => Fragment(name, random)).Where(f => f.Length >= 2).Distinct(StringComparer.Ordinal).Take(300).ToList();
        await File.WriteAllLinesAsync(Path.Combine(folder, prefix + ".names.txt"), fragments.Select(Uri.EscapeDataString));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{cases:N0} cases at {path}; {fragments.Count} name fragments, e.g. {string.Join("、", fragments.Take(5))}"));
    }

    private static string Fragment(string name, Random random)
    {
        foreach (var place in new[] { "汨罗市", "岳阳市", "湖南", "长沙市", "平江县", "湘阴县", "屈原管理区" })
        {
            if (name.StartsWith(place, StringComparison.Ordinal) && name.Length > place.Length + 2)
            {
                var rest = name[place.Length..];
                return rest[..Math.Min(rest.Length, random.Next(2, 5))];
            }
        }

        return name.Length <= 3 ? name : name[..random.Next(2, 4)];
    }

    /// <summary>
    /// The write rate of SQLite itself, for the transaction a registration writes (the case, two parties, a timeline
    /// line, an audit row, an outbox message and the fragment index's row with its FTS5 entry), through the same driver,
    /// in WAL mode at synchronous=FULL as the API runs, one connection, prepared statements: transactions per second.
    /// </summary>
    public static double Reference(string path, TimeSpan duration)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }

        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Execute(connection, """
            PRAGMA journal_mode=WAL;
            CREATE TABLE Cases (Id TEXT PRIMARY KEY, Number TEXT NOT NULL UNIQUE, FiledOn TEXT, Status TEXT, Deadline TEXT, Claimed INTEGER, SearchText TEXT, Summary TEXT, Version INTEGER);
            CREATE INDEX IX_Cases_Status_FiledOn ON Cases (Status, FiledOn, Id);
            CREATE INDEX IX_Cases_Deadline ON Cases (Deadline);
            CREATE TABLE Parties (Id INTEGER PRIMARY KEY, CaseId TEXT, Role TEXT, Kind TEXT, Name TEXT, Code TEXT, Phone TEXT);
            CREATE INDEX IX_Parties_Name ON Parties (Name);
            CREATE TABLE Timeline (Id INTEGER PRIMARY KEY, CaseId TEXT, OccurredOn TEXT, Text TEXT);
            CREATE INDEX IX_Timeline_Case ON Timeline (CaseId, OccurredOn);
            CREATE TABLE Audit (Id INTEGER PRIMARY KEY, AtUtc TEXT, UserName TEXT, Action TEXT, EntityId TEXT, Summary TEXT);
            CREATE INDEX IX_Audit_At ON Audit (AtUtc);
            CREATE TABLE Outbox (Id TEXT PRIMARY KEY, Type TEXT, Payload TEXT, NextAttemptAtUtc TEXT);
            CREATE TABLE SearchEntries (Id INTEGER PRIMARY KEY AUTOINCREMENT, CaseId TEXT NOT NULL UNIQUE, Grams TEXT NOT NULL);
            CREATE VIRTUAL TABLE Grams USING fts5(Grams, content='SearchEntries', content_rowid='Id', columnsize=0);
            CREATE TRIGGER SearchEntries_Inserted AFTER INSERT ON SearchEntries BEGIN INSERT INTO Grams(rowid, Grams) VALUES (new.Id, new.Grams); END;
            """);
        using var insertCase = Prepare(connection, "INSERT INTO Cases VALUES ($id, $number, '2026-11-30', 'Filed', '2027-05-31', 32050050, $search, '买卖合同纠纷，被执行人未按判决支付货款。', 1)");
        using var insertParty = Prepare(connection, "INSERT INTO Parties (CaseId, Role, Kind, Name, Code, Phone) VALUES ($id, $role, 'Enterprise', '湖南楚天建设工程有限公司', '91350100M000100Y43', '0730-5212345')");
        using var insertLine = Prepare(connection, "INSERT INTO Timeline (CaseId, OccurredOn, Text) VALUES ($id, '2026-11-30', '立案 Registered: （2026）湘0681执1号')");
        using var insertAudit = Prepare(connection, "INSERT INTO Audit (AtUtc, UserName, Action, EntityId, Summary) VALUES ('2026-11-30T01:00:00Z', 'officer', 'RegisterCase', $id, '立案 Registered: （2026）湘0681执1号，申请执行人湖南楚天建设工程有限公司')");
        using var insertOutbox = Prepare(connection, "INSERT INTO Outbox VALUES ($id, 'CaseRegistered', '{\"caseId\":\"00000000-0000-0000-0000-000000000000\",\"number\":\"（2026）湘0681执1号\"}', '2026-11-30T01:00:00Z')");
        using var insertEntry = Prepare(connection, "INSERT INTO SearchEntries (CaseId, Grams) VALUES ($id, $grams)");
        var search = "(2026)湘0681执1号|湖南楚天建设工程有限公司|汨罗市宏远建材有限公司";
        var grams = Domain.Common.SearchText.IndexedTokens(search);
        var watch = Stopwatch.StartNew();
        var count = 0;
        while (watch.Elapsed < duration)
        {
            using var transaction = connection.BeginTransaction();
            var id = Guid.NewGuid().ToString();
            Run(insertCase, transaction, ("$id", id), ("$number", string.Create(CultureInfo.InvariantCulture, $"（2026）湘0681执{count + 1}号")), ("$search", search));
            Run(insertParty, transaction, ("$id", id), ("$role", "Applicant"));
            Run(insertParty, transaction, ("$id", id), ("$role", "Respondent"));
            Run(insertLine, transaction, ("$id", id));
            Run(insertAudit, transaction, ("$id", id));
            Run(insertOutbox, transaction, ("$id", id));
            Run(insertEntry, transaction, ("$id", id), ("$grams", grams));
            transaction.Commit();
            count++;
        }

        return count / watch.Elapsed.TotalSeconds;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private static void Run(SqliteCommand command, SqliteTransaction transaction, params (string Name, string Value)[] values)
    {
        command.Transaction = transaction;
        command.Parameters.Clear();
        foreach (var (name, value) in values)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }
}
