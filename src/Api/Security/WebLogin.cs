using System.Net;
using Enforcement.Api.Hosting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics;

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
        options.Events.OnRedirectToLogin = context =>
        {
            // Relative, so that a forged Host header cannot send the browser to another site.
            var target = new Uri(context.RedirectUri, UriKind.RelativeOrAbsolute);
            context.Response.Redirect(target.IsAbsoluteUri ? target.PathAndQuery : context.RedirectUri);
            return Task.CompletedTask;
        };
        options.Events.OnRedirectToAccessDenied = context =>
        {
            // A page the role may not use answers 403 with a short Chinese page, not a redirect.
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync(StatusPage("403 无权访问 Forbidden", $"您的角色不能使用此页面（{context.Request.Path.Value}）。"));
        };
    };

    /// <summary>A short page in Chinese for a browser that asked for a page it cannot have (403, 404, 405).</summary>
    public static string StatusPage(string title, string message) => $$"""
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8"><title>{{WebUtility.HtmlEncode(title)}}</title>
        <link rel="icon" type="image/svg+xml" href="/_content/Enforcement.Web/favicon.svg">
        <link href="/_content/Enforcement.Web/app.css" rel="stylesheet"></head>
        <body><main class="login"><section class="login-card" role="alert">
        <h1>{{WebUtility.HtmlEncode(title)}}</h1>
        <p class="login-sub">{{WebUtility.HtmlEncode(message)}}</p>
        <p><a href="/">返回首页 Home</a></p>
        </section></main></body></html>
        """;

    /// <summary>
    /// Empty error answers: a browser asking for a page outside <c>/api</c> gets a Chinese page; everything else the
    /// usual problem details with a stable code.
    /// </summary>
    public static async Task StatusCodePageAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        if (IsBrowserPage(http) && http.Response.StatusCode is StatusCodes.Status404NotFound or StatusCodes.Status405MethodNotAllowed)
        {
            await WriteStatusPageAsync(http, http.Response.StatusCode, http.Response.StatusCode == StatusCodes.Status404NotFound
                ? StatusPage("404 页面不存在 Not found", $"没有这个页面（{http.Request.Path.Value}）。")
                : StatusPage("405 不支持的操作", "此页面不能这样打开。"));
            return;
        }

        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext { HttpContext = http });
    }

    /// <summary>A page a browser asked for (not the API): its errors are answered as a Chinese page, not a problem.</summary>
    public static bool IsBrowserPage(HttpContext http) =>
        !http.Request.Path.StartsWithSegments("/api") && http.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    /// <summary>Answers a browser's page with <paramref name="status"/> and a <see cref="StatusPage"/>.</summary>
    public static Task WriteStatusPageAsync(HttpContext http, int status, string page)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/html; charset=utf-8";
        return http.Response.WriteAsync(page, http.RequestAborted);
    }
}
