using System.Net;
using Enforcement.Api.Hosting;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Enforcement.Api.Security;

/// <summary>The pages' login cookie: the Identity application cookie, with answers a browser understands.</summary>
internal static class WebLogin
{
    /// <summary>The default scheme, which forwards to the bearer token for <c>/api</c> and to the cookie elsewhere.</summary>
    public const string Scheme = "BearerOrCookie";

    /// <summary>A working day: the cookie expires after 8 hours without a request, and with the login session.</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromHours(8);

    public static Action<CookieAuthenticationOptions> Configure(HostSettings settings) => options =>
    {
        options.Cookie.Name = "enforcement.login";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = settings.Https ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = IdleTimeout;
        options.SlidingExpiration = true;
        options.LoginPath = "/login";
        options.Events.OnRedirectToAccessDenied = context =>
        {
            // A page the role may not use answers 403 with a short Chinese page, not a redirect.
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync(ForbiddenPage(context.Request.Path));
        };
    };

    private static string ForbiddenPage(PathString path) => $$"""
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8"><title>403 无权访问</title>
        <link href="/_content/Enforcement.Web/app.css" rel="stylesheet"></head>
        <body><main class="login"><section class="login-card" role="alert">
        <h1>403 无权访问 Forbidden</h1>
        <p class="login-sub">您的角色不能使用此页面（{{WebUtility.HtmlEncode(path.Value)}}）。</p>
        <p><a href="/">返回首页 Home</a></p>
        </section></main></body></html>
        """;
}
