using System.Diagnostics;

namespace Enforcement.Api.Hosting;

/// <summary>
/// One log line per request: method, path (never the query string, which can hold a party's name), status and
/// duration. With <c>Logging:Console:FormatterName=json</c> each line is a JSON object with these as fields.
/// </summary>
internal sealed partial class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            LogRequest(context.Request.Method, Shortened(context.Request.Path.Value ?? ""), context.Response.StatusCode,
                Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 1));
        }
    }

    /// <summary>The path as logged: a refused address may be 256 KB, which one log line should not repeat.</summary>
    internal static string Shortened(string path) => path.Length <= MaxLoggedPath ? path : $"{path[..MaxLoggedPath]}… ({path.Length} characters)";

    private const int MaxLoggedPath = 512;

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "HTTP {Method} {Path} answered {StatusCode} in {ElapsedMilliseconds} ms")]
    private partial void LogRequest(string method, string path, int statusCode, double elapsedMilliseconds);
}
