using System.Collections.Concurrent;
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
/// <item>a body must be JSON in UTF-8 (an unknown or other charset is 415, not a failure deep in the reader);</item>
/// <item>an enum in the query string must be one of its names (binding alone would take <c>status=1</c>
/// or <c>status=Filed,Closed</c>, a number the contract never promised).</item>
/// </list>
/// </summary>
internal sealed class RequestGuardMiddleware(RequestDelegate next)
{
    private static readonly ConcurrentDictionary<Endpoint, (string Name, Type Enum)[]> EnumQueries = new();

    public Task InvokeAsync(HttpContext context)
    {
        CheckCharset(context.Request);
        if (context.GetEndpoint() is { } endpoint && context.Request.Query.Count > 0)
        {
            foreach (var (name, type) in EnumQueries.GetOrAdd(endpoint, LearnEnumQueries))
            {
                foreach (var value in context.Request.Query[name])
                {
                    if (!string.IsNullOrEmpty(value) && !Enum.GetNames(type).Contains(value, StringComparer.Ordinal))
                    {
                        throw new MalformedRequestException(name, $"'{value}' is not one of: {string.Join(", ", Enum.GetNames(type))}.");
                    }
                }
            }
        }

        return next(context);
    }

    private static void CheckCharset(HttpRequest request)
    {
        if (request.ContentType is not { Length: > 0 } contentType
            || !MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !mediaType.Charset.HasValue)
        {
            return;
        }

        var charset = mediaType.Charset.Value!.Trim('"');
        if (!charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase)
            && !charset.Equals("us-ascii", StringComparison.OrdinalIgnoreCase))
        {
            throw new MalformedRequestException("Content-Type",
                $"The body must be UTF-8 JSON; charset '{charset}' is not supported.", StatusCodes.Status415UnsupportedMediaType);
        }
    }

    /// <summary>The query parameters of an endpoint's handler whose type is an enum, including those of an <c>[AsParameters]</c> record.</summary>
    private static (string Name, Type Enum)[] LearnEnumQueries(Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<MethodInfo>() is not { } method)
        {
            return [];
        }

        return [.. method.GetParameters().SelectMany(parameter => parameter.IsDefined(typeof(AsParametersAttribute))
                ? parameter.ParameterType.GetProperties().Select(p => (p.Name, p.PropertyType))
                : [(parameter.Name!, parameter.ParameterType)])
            .Select(p => (p.Item1, Type: Nullable.GetUnderlyingType(p.Item2) ?? p.Item2))
            .Where(p => p.Type.IsEnum)
            .Select(p => (char.ToLowerInvariant(p.Item1[0]) + p.Item1[1..], p.Type))];
    }
}

internal static class RequestGuards
{
    public static IApplicationBuilder UseRequestGuards(this IApplicationBuilder app) => app.UseMiddleware<RequestGuardMiddleware>();
}
