namespace Enforcement.Api.Hosting;

/// <summary>Settings of the API host that are read before it is built, checked at once (sections <c>Auth</c>, <c>Http</c>, <c>OpenApi</c>).</summary>
public sealed class HostSettings
{
    public int AccessTokenMinutes { get; init; } = 15;

    public int RefreshTokenDays { get; init; } = 7;

    public int LoginsPerMinute { get; init; } = 10;

    /// <summary>Serve <c>/openapi</c> and <c>/scalar</c>: on in Development, off elsewhere unless switched on.</summary>
    public bool ApiDocs { get; init; }

    /// <summary>Whether an HTTPS endpoint is configured: then HTTP is redirected and HSTS is sent.</summary>
    public bool Https { get; init; }

    public static HostSettings Read(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var urls = configuration["urls"] ?? configuration["ASPNETCORE_URLS"] ?? "";
        var kestrelHttps = configuration.GetSection("Kestrel:Endpoints").GetChildren()
            .Any(endpoint => endpoint["Url"]?.StartsWith("https:", StringComparison.OrdinalIgnoreCase) == true);
        return new HostSettings
        {
            AccessTokenMinutes = configuration.GetValue("Auth:AccessTokenMinutes", 15),
            RefreshTokenDays = configuration.GetValue("Auth:RefreshTokenDays", 7),
            LoginsPerMinute = configuration.GetValue("Auth:LoginsPerMinute", 10),
            ApiDocs = configuration.GetValue("OpenApi:Enabled", environment.IsDevelopment()),
            Https = kestrelHttps || urls.Contains("https://", StringComparison.OrdinalIgnoreCase),
        };
    }

    public IEnumerable<string> Problems() =>
        Infrastructure.Hosting.OptionsValidation.Range("Auth:AccessTokenMinutes", AccessTokenMinutes, 1, 1440)
            .Concat(Infrastructure.Hosting.OptionsValidation.Range("Auth:RefreshTokenDays", RefreshTokenDays, 1, 90))
            .Concat(Infrastructure.Hosting.OptionsValidation.Range("Auth:LoginsPerMinute", LoginsPerMinute, 1, 1_000_000));
}
