using Microsoft.AspNetCore.Http.Features;

namespace Enforcement.Api.Security;

public sealed class HttpLimitsOptions
{
    public const string SectionName = "Http";

    /// <summary>Largest request body accepted, in bytes.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1_048_576;

    /// <summary>Origins allowed to call the API from a browser; none by default.</summary>
    public string[] CorsOrigins { get; set; } = [];

    public IEnumerable<string> Problems() =>
        Infrastructure.Hosting.OptionsValidation.Range("Http:MaxRequestBodyBytes", MaxRequestBodyBytes, 1024, 104_857_600);
}

internal static class HttpHardening
{
    /// <summary>Security headers on every response; the API's own responses also forbid framing and scripts.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                if (context.Request.Path.StartsWithSegments("/api"))
                {
                    headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
                    headers.CacheControl = "no-store";
                }

                return Task.CompletedTask;
            });
            await next();
        });

    /// <summary>Refuses a body larger than the limit with 413, before anything reads it.</summary>
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app, long maxBytes) =>
        app.Use(async (context, next) =>
        {
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = maxBytes;
            }

            if (context.Request.ContentLength > maxBytes)
            {
                throw new BadHttpRequestException("The request body is too large.", StatusCodes.Status413PayloadTooLarge);
            }

            await next();
        });
}

/// <summary>
/// The reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed (section
/// <c>ForwardedHeaders</c>). With none configured the headers are ignored, so a client cannot choose its own address;
/// with the proxy listed, the login rate limit and the audit trail see the real client behind it.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string SectionName = "ForwardedHeaders";

    /// <summary>Addresses of trusted proxies, such as <c>10.0.0.5</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies, such as <c>10.0.0.0/24</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];

    public bool Enabled => KnownProxies.Length > 0 || KnownNetworks.Length > 0;

    /// <summary>Throws <see cref="FormatException"/> naming the first address or network that does not parse.</summary>
    public void Check()
    {
        foreach (var proxy in KnownProxies.Where(p => !System.Net.IPAddress.TryParse(p, out _)))
        {
            throw new FormatException($"ForwardedHeaders:KnownProxies '{proxy}' is not an IP address.");
        }

        foreach (var network in KnownNetworks.Where(n => !System.Net.IPNetwork.TryParse(n, out _)))
        {
            throw new FormatException($"ForwardedHeaders:KnownNetworks '{network}' is not a network such as 10.0.0.0/24.");
        }
    }

    public void Apply(Microsoft.AspNetCore.Builder.ForwardedHeadersOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto;
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in KnownProxies)
        {
            options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
        }

        foreach (var network in KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
    }
}
