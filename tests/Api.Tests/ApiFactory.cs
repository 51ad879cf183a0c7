using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Enforcement.Application.Security;
using Enforcement.Domain.Staff;
using Enforcement.Infrastructure.Identity;
using Enforcement.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Enforcement.Api.Tests;

/// <summary>The real API on its own SQLite file, with the court clock fixed at 2025-06-16 09:00 Beijing time.</summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "enforcement-tests", Guid.NewGuid().ToString("N"));

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 6, 16, 1, 0, 0, TimeSpan.Zero));

    public string DatabasePath => Path.Combine(_directory, "enforcement.db");

    /// <summary>The PostgreSQL database this host runs on when the run names a server; otherwise it runs on SQLite.</summary>
    public string? PostgresDatabase { get; } = Enforcement.Tests.Shared.PostgresTestServer.ConnectionString is null ? null : Enforcement.Tests.Shared.PostgresTestServer.NewDatabase();

    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _tokens = new();

    /// <summary>Seed the Development demo data and demo users.</summary>
    protected virtual bool SeedDemoData => false;

    /// <summary>Logins per minute allowed per client; high, so that only the rate-limit test meets the limit.</summary>
    public int LoginsPerMinute { get; init; } = 10_000;

    /// <summary>Further configuration, as <c>Section:Key</c> pairs.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>The address every request comes from (the test server gives none), as a reverse proxy would be.</summary>
    public System.Net.IPAddress? RemoteAddress { get; init; }

    /// <summary>The staff record each role's test user is linked to.</summary>
    public static readonly IReadOnlyDictionary<string, (string Name, string Position, CourtUnit Unit)?> StaffFor = new Dictionary<string, (string, string, CourtUnit)?>
    {
        [Roles.Officer] = ("陈志刚", "执行员", CourtUnit.EnforcementBureau),
        [Roles.Coordinator] = ("周敏", "执源治理中心主任", CourtUnit.GovernanceCenter),
        [Roles.Reception] = ("孙桂芳", "信访接待员", CourtUnit.PetitionOffice),
        [Roles.Leader] = ("黄德明", "副院长", CourtUnit.CourtLeadership),
        [Roles.Admin] = null,
    };

    protected sealed override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Enforcement", PostgresDatabase ?? $"Data Source={DatabasePath}");
        builder.UseSetting("Database:Provider", PostgresDatabase is null ? "Sqlite" : "Postgres");
        builder.UseSetting("Database:SeedDemoData", SeedDemoData ? "true" : "false");
        builder.UseSetting("Auth:KeysPath", Path.Combine(_directory, "keys"));
        builder.UseSetting("Auth:LoginsPerMinute", LoginsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Outbox:DispatchInBackground", "false");
        builder.UseSetting("Tasks:PlanInBackground", "false");
        builder.UseSetting("OpenApi:Enabled", "true");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            if (RemoteAddress is { } address)
            {
                services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter>(new RemoteAddressFilter(address));
            }

            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Time));
            AddServices(services);
        });
    }

    /// <summary>Services a test adds to the host, e.g. a domain-event handler.</summary>
    protected virtual void AddServices(IServiceCollection services)
    {
    }

    public const string TestPassword = "correct-horse-battery";

    /// <summary>A client logged in as the test user of <paramref name="role"/> (created on first use, linked to its staff record).</summary>
    public HttpClient ClientFor(string role)
    {
        var token = _tokens.GetOrAdd(role, r => new Lazy<Task<string>>(() => LoginAsNewUserAsync(r))).Value.GetAwaiter().GetResult();
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The staff id of the test user of <paramref name="role"/>.</summary>
    public Guid StaffIdOf(string role)
    {
        ClientFor(role);
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        return db.Users.Single(u => u.UserName == role.ToLowerInvariant() + "-test").StaffId!.Value;
    }

    /// <summary>Creates a user with <paramref name="roles"/> (and a new staff record when given) and returns its id.</summary>
    public async Task<string> CreateUserAsync(string userName, string password, string[] roles, (string Name, string Position, CourtUnit Unit)? staff = null)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        Guid? staffId = null;
        if (staff is { } s)
        {
            var member = StaffMember.Create(s.Name, s.Position, s.Unit);
            db.Staff.Add(member);
            await db.SaveChangesAsync();
            staffId = member.Id;
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = userName, StaffId = staffId, LockoutEnabled = true };
        (await users.CreateAsync(user, password)).Succeeded.ShouldBeTrue();
        (await users.AddToRolesAsync(user, roles)).Succeeded.ShouldBeTrue();
        return user.Id;
    }

    public async Task<HttpResponseMessage> LoginAsync(string userName, string password) =>
        await CreateClient().PostAsJsonAsync("/api/auth/login", new { userName, password });

    public async Task<string> TokenAsync(string userName, string password)
    {
        var response = await LoginAsync(userName, password);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        return (await response.ReadJsonAsync()).GetProperty("accessToken").GetString()!;
    }

    private async Task<string> LoginAsNewUserAsync(string role)
    {
        var userName = role.ToLowerInvariant() + "-test";
        await CreateUserAsync(userName, TestPassword, [role], StaffFor[role]);
        return await TokenAsync(userName, TestPassword);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (PostgresDatabase is not null)
        {
            Enforcement.Tests.Shared.PostgresTestServer.Drop(PostgresDatabase);
        }

        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}

internal sealed class RemoteAddressFilter(System.Net.IPAddress address) : Microsoft.AspNetCore.Hosting.IStartupFilter
{
    public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
    {
        app.Use(following => context =>
        {
            context.Connection.RemoteIpAddress = address;
            return following(context);
        });
        next(app);
    };
}

public static class Requests
{
    public static object Party(string kind, string name, string? idNumber = null, string? creditCode = null, string? phone = null) =>
        new { kind, name, idNumber, creditCode, phone };

    public static Dictionary<string, object?> RegisterCase(string caseNumber = "（2025）湘0681执1234号", string filedOn = "2025-06-03") => new()
    {
        ["caseNumber"] = caseNumber,
        ["filedOn"] = filedOn,
        ["nonLitigation"] = false,
        ["basis"] = new { issuer = "汨罗市人民法院", documentNumber = "（2025）湘0681民初321号", effectiveOn = "2025-05-20" },
        ["claimedAmount"] = 320500.50m,
        ["applicants"] = new[] { Party("Enterprise", "湖南楚天建设工程有限公司", creditCode: "91350100M000100Y43", phone: "0730-5212345") },
        ["respondents"] = new[] { Party("NaturalPerson", "陈海涛", idNumber: "11010519491231002X", phone: "13973012345") },
        ["summary"] = "建设工程施工合同纠纷，拖欠工程款。",
    };

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(url, body, ApiFactory.Json);
}
