using Npgsql;

namespace Enforcement.Tests.Shared;

/// <summary>
/// The PostgreSQL server a test run uses instead of SQLite, named by the environment variable
/// <c>ENFORCEMENT_TEST_POSTGRES</c> (a connection string to its maintenance database; <c>.ci/postgres</c> starts one).
/// Each test database is created fresh under a unique name and dropped afterwards.
/// </summary>
public static class PostgresTestServer
{
    public const string Variable = "ENFORCEMENT_TEST_POSTGRES";

    /// <summary>The server's connection string, or <see langword="null"/> when the run is on SQLite.</summary>
    public static string? ConnectionString { get; } = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>A connection string to a new database on the server, which the migrations create.</summary>
    public static string NewDatabase() => new NpgsqlConnectionStringBuilder(ConnectionString)
    {
        Database = "enforcement_test_" + Guid.NewGuid().ToString("N"),
        // Tests open many short hosts; a small pool per database keeps the server's connection count low.
        MaxPoolSize = 20,
    }.ToString();

    /// <summary>Drops the database, ending its open sessions.</summary>
    public static void Drop(string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database;
        using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        using var server = new NpgsqlConnection(ConnectionString);
        server.Open();
        using var command = server.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)";
        command.ExecuteNonQuery();
    }
}
