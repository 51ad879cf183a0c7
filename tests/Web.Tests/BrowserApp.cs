using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Enforcement.Web.Tests;

/// <summary>The browser tests share one host and one Chromium, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "browser";
}

/// <summary>
/// The whole application on a free port with a fresh SQLite file and the demo users, and one headless Chromium
/// (Debian's, launched by path: the bundled browser download is not reachable). Screenshots go to artifacts/screenshots.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "enforcement-e2e", Guid.NewGuid().ToString("N"));
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = default!;

    /// <summary>Today at the court (UTC+8), the day the pages default to.</summary>
    public static DateOnly CourtToday => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    public static string ScreenshotDirectory { get; } = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        if (Tests.Browser.ExecutablePath is not { } chromium)
        {
            return;
        }

        Directory.CreateDirectory(_directory);
        Directory.CreateDirectory(ScreenshotDirectory);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:Enforcement", $"Data Source={Path.Combine(_directory, "enforcement.db")}");
            builder.UseSetting("Database:SeedDemoData", "true");
            builder.UseSetting("Auth:KeysPath", Path.Combine(_directory, "keys"));
            builder.UseSetting("Auth:LoginsPerMinute", "1000");
            builder.UseSetting("Outbox:PollSeconds", "1");
        });
        _factory.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');

        // Generous waits: CI runs these beside other suites on two cores, where a page's first render can take seconds.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage", "--lang=zh-CN"],
        });
    }

    /// <summary>A new browser context at 1280×800 with its console errors collected.</summary>
    public async Task<(IPage Page, List<string> ConsoleErrors)> NewPageAsync(int width = 1280, int height = 800)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        return (page, errors);
    }

    /// <summary>Calls the HTTP API as a demo user, to set up what a persona's path starts from.</summary>
    public async Task<JsonElement> ApiAsync(string user, HttpMethod method, string path, object? body = null)
    {
        using var http = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        var login = await http.PostAsJsonAsync("/api/auth/login", new { userName = user, password = $"{user}-demo-2026" });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"{method} {path} answered {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }

        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS to clean up with the temp folder.
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Enforcement.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? AppContext.BaseDirectory;
    }
}
