using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Enforcement.Api.Tests;

/// <summary>The real API on its own SQLite file, with the court clock fixed at 2025-06-16 09:00 Beijing time.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "enforcement-tests", Guid.NewGuid().ToString("N"));

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 6, 16, 1, 0, 0, TimeSpan.Zero));

    public string DatabasePath => Path.Combine(_directory, "enforcement.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Enforcement", $"Data Source={DatabasePath}");
        builder.UseSetting("Database:SeedDemoData", "false");
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Time)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
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
