using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Microsoft.Net.Http.Headers;

namespace Enforcement.Api.ErrorHandling;

/// <summary>A request the API cannot read: answered with 400 <c>request.malformed</c>, naming the part at fault.</summary>
public sealed class MalformedRequestException(string field, string message, int status = StatusCodes.Status400BadRequest)
    : Exception(message)
{
    public string Field { get; } = field;

    public int Status { get; } = status;
}

/// <summary>
/// Checks what model binding would take too loosely, before an endpoint runs:
/// <list type="bullet">
/// <item>a body must be JSON in UTF-8: any spelling of UTF-8 (<c>utf8</c>, <c>"utf-8"</c>) is read as UTF-8, any other
/// charset is 415 rather than a failure deep in the reader;</item>
/// <item>an enum in the query string must be one of its names (binding alone would take <c>status=1</c>);</item>
/// <item>a date in the query string must be <c>yyyy-MM-dd</c> (binding alone would take <c>11/20</c>);</item>
/// <item>a query parameter the endpoint reads is given at most once (binding alone would join or pick).</item>
/// </list>
/// </summary>
internal sealed class RequestGuardMiddleware(RequestDelegate next)
{
    /// <summary>The longest address (path and query) answered; a longer one is 414 with a problem body.</summary>
    public const int MaxTargetLength = 8 * 1024;

    /// <summary>The most header bytes (names and values) answered; more is 431 with a problem body.</summary>
    public const int MaxHeaderBytes = 32 * 1024;

    /// <summary>The most header fields answered; more is 431 with a problem body.</summary>
    public const int MaxHeaderCount = 100;

    /// <summary>
    /// Kestrel's own limits, set above the guard's so that the guard, not Kestrel, answers an address or headers too
    /// large: Kestrel's own answer has no body. Beyond these, Kestrel still closes the request with an empty 414 or 431.
    /// </summary>
    public const int ServerLineLimit = 256 * 1024, ServerHeaderLimit = 256 * 1024, ServerHeaderCountLimit = 1_000;

    private static readonly ConcurrentDictionary<Endpoint, QueryParameter[]> QueryParameters = new();

    public Task InvokeAsync(HttpContext context)
    {
        CheckSize(context.Request);
        NormalizeCharset(context.Request);
        if (context.GetEndpoint() is { } endpoint && context.Request.Query.Count > 0)
        {
            foreach (var (name, type, names) in QueryParameters.GetOrAdd(endpoint, Learn))
            {
                var values = context.Request.Query[name];
                if (values.Count > 1)
                {
                    throw new MalformedRequestException(name, $"Give '{name}' once.");
                }

                if (values.Count == 0 || string.IsNullOrEmpty(values[0]))
                {
                    continue;
                }

                var value = values[0]!;
                if (names.Length > 0 && !names.Contains(value, StringComparer.Ordinal))
                {
                    throw new MalformedRequestException(name, $"'{value}' is not one of: {string.Join(", ", names)}.");
                }

                if (type == typeof(DateOnly) && !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                {
                    throw new MalformedRequestException(name, "A date is written yyyy-MM-dd, such as 2025-06-16.");
                }

                if (!Parses(type, value))
                {
                    throw new MalformedRequestException(name, $"'{value}' is not a {FriendlyName(type)}.");
                }
            }
        }

        return next(context);
    }

    private static void CheckSize(HttpRequest request)
    {
        // As sent: the path is otherwise read decoded (%41 as A), so an escaped address would pass at a third of its size.
        var target = request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget;
        var length = string.IsNullOrEmpty(target) ? request.Path.ToUriComponent().Length + (request.QueryString.Value?.Length ?? 0) : target.Length;
        if (length > MaxTargetLength)
        {
            throw new MalformedRequestException("uri", $"The address is longer than {MaxTargetLength} characters.", StatusCodes.Status414UriTooLong);
        }

        // Fields, not names: one name sent 500 times is 500 fields.
        var headers = request.Headers;
        if (headers.Sum(h => h.Value.Count) > MaxHeaderCount)
        {
            throw new MalformedRequestException("headers", $"The request has more than {MaxHeaderCount} header fields.", StatusCodes.Status431RequestHeaderFieldsTooLarge);
        }

        var bytes = 0L;
        foreach (var (name, values) in headers)
        {
            bytes += name.Length;
            foreach (var value in values)
            {
                bytes += value?.Length ?? 0;
            }
        }

        if (bytes > MaxHeaderBytes)
        {
            throw new MalformedRequestException("headers", $"The request's headers are larger than {MaxHeaderBytes / 1024} KB.", StatusCodes.Status431RequestHeaderFieldsTooLarge);
        }
    }

    private static void NormalizeCharset(HttpRequest request)
    {
        if (request.ContentType is not { Length: > 0 } contentType
            || !MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !mediaType.Charset.HasValue)
        {
            return;
        }

        var charset = mediaType.Charset.Value!.Trim('"', ' ');
        if (charset.ToUpperInvariant() is not ("UTF-8" or "UTF8" or "US-ASCII"))
        {
            throw new MalformedRequestException("Content-Type",
                $"The body must be UTF-8 JSON; charset '{charset}' is not supported.", StatusCodes.Status415UnsupportedMediaType);
        }

        // ASCII is UTF-8 too; the reader is told the one spelling it knows.
        request.ContentType = $"{mediaType.MediaType}; charset=utf-8";
    }

    /// <summary>Whether a value of a primitive the guard knows reads as its type (enums and dates are checked above).</summary>
    private static bool Parses(Type type, string value) => type switch
    {
        _ when type == typeof(int) => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
        _ when type == typeof(long) => long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
        _ when type == typeof(decimal) => decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _),
        _ when type == typeof(bool) => bool.TryParse(value, out _),
        _ when type == typeof(Guid) => Guid.TryParse(value, out _),
        _ => true,
    };

    private static string FriendlyName(Type type) =>
        type == typeof(bool) ? "true or false" : type == typeof(Guid) ? "an id" : type == typeof(decimal) ? "number" : "whole number";

    /// <summary>
    /// The query parameters an endpoint binds, by camelCase name: an API handler's, including those of an
    /// <c>[AsParameters]</c> record, and a web page's <c>[SupplyParameterFromQuery]</c> properties, which the page
    /// would otherwise fail to read (a 500) when a value does not parse.
    /// </summary>
    private static QueryParameter[] Learn(Endpoint endpoint)
    {
        IEnumerable<(string Name, Type Type)> bound =
            endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Components.Endpoints.ComponentTypeMetadata>() is { } page
                ? page.Type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                    .Select(p => (Property: p, Query: p.GetCustomAttribute<Microsoft.AspNetCore.Components.SupplyParameterFromQueryAttribute>()))
                    .Where(p => p.Query is not null)
                    .Select(p => (p.Query!.Name ?? p.Property.Name, p.Property.PropertyType))
                : endpoint.Metadata.GetMetadata<MethodInfo>() is { } method
                    ? method.GetParameters().SelectMany(parameter => parameter.IsDefined(typeof(AsParametersAttribute))
                        ? parameter.ParameterType.GetProperties().Select(p => (p.Name, p.PropertyType))
                        : [(parameter.Name!, parameter.ParameterType)])
                    : [];

        return [.. bound
            .Select(p => (p.Name, Type: Nullable.GetUnderlyingType(p.Type) ?? p.Type))
            .Where(p => p.Type.IsEnum || p.Type.IsPrimitive || p.Type == typeof(string) || p.Type == typeof(DateOnly) || p.Type == typeof(decimal) || p.Type == typeof(Guid))
            .Where(p => p.Name is not "id")
            .Select(p => new QueryParameter(char.ToLowerInvariant(p.Name[0]) + p.Name[1..], p.Type, p.Type.IsEnum ? Enum.GetNames(p.Type) : []))];
    }

    /// <summary>A query parameter by its camelCase name, with its enum's names (none for another type).</summary>
    private sealed record QueryParameter(string Name, Type Type, string[] EnumNames);
}

internal static class RequestGuards
{
    public static IApplicationBuilder UseRequestGuards(this IApplicationBuilder app) => app.UseMiddleware<RequestGuardMiddleware>();
}
