using System.Diagnostics;
using System.Net;
using Enforcement.Api.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Enforcement.Api.Tests;

/// <summary>Issue #10 item 6: what changes outside Development, and how the host starts and stops.</summary>
public sealed class ProductionModeTests
{
    [Fact]
    public async Task The_api_documents_are_not_served_unless_switched_on()
    {
        using var factory = new ApiFactory { Settings = new Dictionary<string, string> { ["OpenApi:Enabled"] = "false" } };
        var client = factory.CreateClient();
        (await client.GetAsync("/openapi/v1.json")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/scalar")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("Development", null, true)]
    [InlineData("Production", null, false)]
    [InlineData("Production", "true", true)]
    [InlineData("Development", "false", false)]
    public void Api_documents_default_to_on_in_development_only(string environment, string? setting, bool served)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["OpenApi:Enabled"] = setting }).Build();
        HostSettings.Read(configuration, new Environment(environment)).ApiDocs.ShouldBe(served);
    }

    [Theory]
    [InlineData("http://+:8080", null, false)]
    [InlineData("https://+:8443;http://+:8080", null, true)]
    [InlineData(null, "https://0.0.0.0:443", true)]
    [InlineData(null, "http://0.0.0.0:80", false)]
    public void Https_redirection_and_hsts_follow_a_configured_https_endpoint(string? urls, string? kestrelUrl, bool https)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["urls"] = urls,
            ["Kestrel:Endpoints:Main:Url"] = kestrelUrl,
        }).Build();
        HostSettings.Read(configuration, new Environment("Production")).Https.ShouldBe(https);
    }

    [Fact]
    public async Task Create_admin_under_the_development_profile_seeds_no_demo_users_or_data()
    {
        using var folder = new TempFolder();
        var (exit, _, error) = await RunApiAsync(folder, ["create-admin", "chen.admin"], "a-long-secret-password\n", new()
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Database__SeedDemoData"] = "true",
        });

        exit.ShouldBe(0, error);
        await using var db = new SqliteConnection($"Data Source={folder.Database}");
        await db.OpenAsync();
        (await ScalarAsync(db, "SELECT group_concat(UserName) FROM AspNetUsers")).ShouldBe("chen.admin");
        (await ScalarAsync(db, "SELECT count(*) FROM Cases")).ShouldBe(0L);
        (await ScalarAsync(db, "SELECT count(*) FROM Staff")).ShouldBe(0L);
    }

    [Theory]
    [InlineData("Court__TimeZone", "Mars/Olympus_Mons", "Court:TimeZone")]
    [InlineData("Auth__AccessTokenMinutes", "0", "Auth:AccessTokenMinutes")]
    [InlineData("Auth__AccessTokenMinutes", "soon", "Auth:AccessTokenMinutes")]
    [InlineData("Outbox__MaxAttempts", "-1", "Outbox:MaxAttempts")]
    [InlineData("ForwardedHeaders__KnownProxies__0", "not-an-ip", "ForwardedHeaders:KnownProxies")]
    public async Task A_setting_that_cannot_work_stops_the_start_with_one_line_naming_it(string variable, string value, string named)
    {
        using var folder = new TempFolder();
        var (exit, _, error) = await RunApiAsync(folder, ["--urls", "http://127.0.0.1:0"], "", new() { [variable] = value });

        exit.ShouldBe(3);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldHaveSingleItem().ShouldStartWith("Configuration error: ");
        lines[0].ShouldContain(named);
        error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Each_request_is_logged_with_its_status_and_duration_without_the_query()
    {
        var logs = new CapturingLoggerProvider();
        using var factory = new LoggingApiFactory(logs);
        await factory.CreateClient().GetAsync("/api/cases?q=陈海涛");

        var line = logs.Lines.Where(l => l.Contains("/api/cases", StringComparison.Ordinal)).ShouldHaveSingleItem();
        line.ShouldContain("GET /api/cases answered 401 in ");
        line.ShouldEndWith(" ms");
        line.ShouldNotContain("陈海涛");
    }

    private static async Task<object?> ScalarAsync(SqliteConnection db, string sql)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    /// <summary>Runs the built API as an operator would, in <paramref name="folder"/>, and waits for it to exit.</summary>
    private static async Task<(int Exit, string Output, string Error)> RunApiAsync(
        TempFolder folder, string[] arguments, string input, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Enforcement.Api.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Enforcement"] = $"Data Source={folder.Database}";
        start.Environment["Auth__KeysPath"] = Path.Combine(folder.Path, "keys");
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output, await error);
    }

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "enforcement-process", Guid.NewGuid().ToString("N"));

        public string Database => System.IO.Path.Combine(Path, "enforcement.db");

        public TempFolder() => Directory.CreateDirectory(Path);

        public void Dispose()
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(Path, recursive: true);
        }
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "Enforcement.Api";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }

    private sealed class LoggingApiFactory(CapturingLoggerProvider logs) : ApiFactory
    {
        protected override void AddServices(IServiceCollection services) =>
            services.AddLogging(logging => logging.AddProvider(logs).AddFilter<CapturingLoggerProvider>("Enforcement.Api.Hosting", LogLevel.Information));
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> _lines = new();

        public IReadOnlyList<string> Lines => [.. _lines];

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, System.Collections.Concurrent.ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (category.StartsWith("Enforcement.Api.Hosting", StringComparison.Ordinal))
                {
                    lines.Enqueue(formatter(state, exception));
                }
            }
        }
    }
}
