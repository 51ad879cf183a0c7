using System.Globalization;

namespace Enforcement.Api.Endpoints;

/// <summary>Small HTTP helpers shared by the endpoint classes.</summary>
internal static class Http
{
    /// <summary>The strong ETag for an aggregate version: <c>"3"</c>.</summary>
    public static string ETag(int version) => string.Create(CultureInfo.InvariantCulture, $"\"{version}\"");

    public static void SetETag(this HttpContext context, int version) => context.Response.Headers.ETag = ETag(version);
}
