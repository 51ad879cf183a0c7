using System.Collections;
using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Enforcement.Api.Security;
using Enforcement.Application.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Enforcement.Api.Tests;

/// <summary>
/// Issue #10 item 8: every endpoint the app maps, found in its endpoint data source, receives generated bad input
/// (wrong types, nulls, sizes, unicode, charsets, route ids, query strings, headers) as a user its policy admits.
/// No answer may be a 5xx, and every 4xx must be a problem with a stable <c>code</c>.
/// </summary>
public sealed class FuzzApiTests(ApiFactory factory, ITestOutputHelper output) : IClassFixture<ApiFactory>
{
    private static readonly string[] BadScalars =
    [
        "null", "0", "-1", "2147483648", "1e400", "79228162514264337593543950336", "-79228162514264337593543950335", "0.001",
        "true", "[]", "{}", "\"\"", "\" \"", "\"\\u0000\"", "\"陈\\u202e海涛\"", "\"9999-12-31\"", "\"0001-01-01\"",
        "\"2025-02-29\"", "\"2024-02-29\"", "\"2025-13-01\"", "\"abc\"", "\"00000000-0000-0000-0000-000000000000\"", "\"1\"",
        "\"" + new string('执', 5000) + "\"", "[null]", "[{}]", "[1,2,3]", "{\"a\":{\"b\":{\"c\":[]}}}",
    ];

    private static readonly string[] BadBodies =
    [
        "", "null", "[]", "0", "\"text\"", "{", "{}}", "{\"a\":", "\u0000", "{\"x\":1}", new string('[', 2000) + new string(']', 2000),
        "{\"" + new string('k', 10_000) + "\":1}", "{\"reason\":\"\\ud800\",\"name\":\"\\udfff陈\"}",
    ];

    private static readonly string[] BadQueryValues =
    [
        "abc", "-1", "0", "2147483648", "99999999999999999999", "%00", "a%00b", "9999-12-31", "0001-01-01", "2025-02-30", "%E2%80%AE",
        "1,2", "Filed,Closed", "%FF%FE", new string('x', 3000), "", "true", "null", "%27%20OR%201=1--",
    ];

    private static readonly string[] BadRouteValues =
    [
        "not-a-guid", "00000000-0000-0000-0000-000000000000", "0197f2a4-5c1e-7d3a-9b2f-4e8a1c6d2b10", "%01", "..%2F..%2Fetc", "-1", "1e9",
        new string('a', 500), "%E2%80%AE",
    ];

    private readonly List<string> _failures = [];
    private int _sent;

    [Fact]
    public async Task No_input_to_any_endpoint_answers_5xx_and_every_4xx_has_a_code()
    {
        var ids = await SeedAsync();
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is { HttpMethods.Count: > 0 })
            .ToList();
        endpoints.Count.ShouldBeGreaterThan(40);

        foreach (var endpoint in endpoints)
        {
            var method = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods[0];
            var template = endpoint.RoutePattern.RawText!;
            var client = ClientFor(endpoint);
            var url = Fill(template, ids);
            var bodyType = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;

            // Route values.
            foreach (var parameter in endpoint.RoutePattern.Parameters)
            {
                foreach (var bad in BadRouteValues)
                {
                    await SendAsync(client, method, Fill(template, ids, (parameter.Name, bad)), bodyType is null ? null : "{}");
                }
            }

            // Query strings: every parameter the handler binds, and some it does not.
            foreach (var name in QueryNames(endpoint).Append("page").Append("unknown"))
            {
                foreach (var bad in BadQueryValues)
                {
                    await SendAsync(client, method, $"{url}?{name}={bad}", bodyType is null ? null : "{}");
                }

                await SendAsync(client, method, $"{url}?{name}=1&{name}=2", bodyType is null ? null : "{}");
            }

            if (bodyType is null)
            {
                await SendAsync(client, method, url, null);
                continue;
            }

            // Whole bodies, charsets and media types, and stale or malformed versions.
            foreach (var body in BadBodies)
            {
                await SendAsync(client, method, url, body);
            }

            foreach (var contentType in new[]
                     {
                         "application/json; charset=utf-7", "application/json; charset=bogus", "text/plain", "application/xml",
                         "application/json; charset=utf-16", "application/json; charset=utf8", "application/json; charset=\"utf-8\"",
                         "application/json; charset=", "application/json; charset=\"\"", "application/json;;",
                     })
            {
                await SendAsync(client, method, url, "{}", contentType);
            }

            var valid = Example(bodyType, 0);
            foreach (var ifMatch in new[] { "garbage", "W/\"1\"", "\"99999999999\"", "\"-1\"", "\"1\", \"2\"" })
            {
                await SendAsync(client, method, url, valid.ToJsonString(), ifMatch: ifMatch);
            }

            // One field at a time, every bad value, at every depth of the body.
            foreach (var (path, _) in Fields(valid, ""))
            {
                foreach (var bad in BadScalars)
                {
                    var mutated = valid.DeepClone().AsObject();
                    Set(mutated, path, JsonNode.Parse(bad));
                    await SendAsync(client, method, url, mutated.ToJsonString());
                }
            }
        }

        output.WriteLine($"{_sent} requests to {endpoints.Count} endpoints");
        _sent.ShouldBeGreaterThan(3000);
        _failures.ShouldBeEmpty(string.Join("\n", _failures.GroupBy(f => f[..Math.Min(f.Length, 60)]).Select(g => $"{g.Count()}× {g.First()}").Take(40)));
    }

    private async Task SendAsync(HttpClient client, string method, string url, string? body, string contentType = "application/json", string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        _sent++;
        using var response = await client.SendAsync(request);
        var status = (int)response.StatusCode;
        var where = $"{method} {url[..Math.Min(url.Length, 120)]} body {body?[..Math.Min(body.Length, 120)]} ({contentType})";
        if (status >= 500)
        {
            _failures.Add($"{status} for {where}: {await response.Content.ReadAsStringAsync()}");
            return;
        }

        if (status >= 400)
        {
            var text = await response.Content.ReadAsStringAsync();
            if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                _failures.Add($"{status} without a problem for {where}");
                return;
            }

            using var problem = JsonDocument.Parse(text);
            if (!problem.RootElement.TryGetProperty("code", out var code) || string.IsNullOrEmpty(code.GetString()))
            {
                _failures.Add($"{status} without a code for {where}: {text}");
            }
            else if (text.Contains("   at ", StringComparison.Ordinal) || text.Contains("Exception", StringComparison.Ordinal))
            {
                _failures.Add($"{status} leaks internals for {where}: {text}");
            }
        }
    }

    /// <summary>A case and a preservation order to aim the record routes at, so that bodies reach the rules.</summary>
    private async Task<Dictionary<string, string>> SeedAsync()
    {
        var coordinator = factory.ClientFor(Roles.Coordinator);
        var created = await (await coordinator.PostJsonAsync("/api/cases", Requests.RegisterCase("（2025）湘0681执9901号"))).ReadJsonAsync();
        return new Dictionary<string, string>
        {
            ["/api/cases/{id"] = created.GetProperty("id").GetString()!,
        };
    }

    private HttpClient ClientFor(RouteEndpoint endpoint)
    {
        if (endpoint.RoutePattern.RawText == "/api/auth/logout" || endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return factory.CreateClient(); // logging out the shared users would end their sessions
        }

        var policy = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).FirstOrDefault(p => p is not null);
        return factory.ClientFor(policy switch
        {
            Policies.ExtensionDecide or Policies.CaseReopen or Policies.AuditRead => Roles.Leader,
            Policies.StaffManage or Policies.UserManage or Policies.OutboxManage => Roles.Admin,
            _ => Roles.Coordinator,
        });
    }

    private static string Fill(string template, Dictionary<string, string> ids, (string Name, string Value)? bad = null)
    {
        var url = template;
        foreach (var (prefix, id) in ids)
        {
            if (url.StartsWith(prefix, StringComparison.Ordinal))
            {
                url = url.Replace("{id:guid}", id, StringComparison.Ordinal).Replace("{id}", id, StringComparison.Ordinal);
            }
        }

        return System.Text.RegularExpressions.Regex.Replace(url, @"\{(?<name>[A-Za-z]+)(:[a-z]+)?\}", match =>
            bad is { } b && b.Name == match.Groups["name"].Value ? b.Value
            : match.Groups["name"].Value == "outcome" ? "performed"
            : Guid.NewGuid().ToString());
    }

    private static IEnumerable<string> QueryNames(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<MethodInfo>()?.GetParameters()
            .SelectMany(p => p.IsDefined(typeof(AsParametersAttribute)) ? p.ParameterType.GetProperties().Select(x => x.Name) : [p.Name!])
            .Where(n => n is not ("id" or "sender" or "ct" or "http" or "command" or "request"))
            .Select(n => JsonNamingPolicy.CamelCase.ConvertName(n)) ?? [];

    /// <summary>A plausible body for <paramref name="type"/>, field by field, to mutate one field at a time.</summary>
    private static JsonObject Example(Type type, int depth)
    {
        var result = new JsonObject();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.CanRead && !p.IsDefined(typeof(JsonIgnoreAttribute)) && p.GetIndexParameters().Length == 0))
        {
            result[JsonNamingPolicy.CamelCase.ConvertName(property.Name)] = Value(property.PropertyType, property.Name, depth);
        }

        return result;
    }

    private static JsonNode? Value(Type type, string name, int depth)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return name.Contains("Number", StringComparison.Ordinal) ? "（2025）湘0681执9902号" : "陈海涛";
        }

        if (type == typeof(DateOnly))
        {
            return "2025-06-10";
        }

        if (type == typeof(DateTimeOffset) || type == typeof(DateTime))
        {
            return "2025-06-10T10:00:00+08:00";
        }

        if (type == typeof(decimal) || type == typeof(int) || type == typeof(long) || type == typeof(double))
        {
            return 100;
        }

        if (type == typeof(bool))
        {
            return true;
        }

        if (type == typeof(Guid))
        {
            return Guid.NewGuid().ToString();
        }

        if (type.IsEnum)
        {
            return Enum.GetNames(type)[0];
        }

        if (depth < 3 && type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type))
        {
            var element = type.IsArray ? type.GetElementType()! : type.GetGenericArguments().FirstOrDefault() ?? typeof(string);
            return new JsonArray(Value(element, name, depth + 1));
        }

        return depth < 3 && type.IsClass ? Example(type, depth + 1) : null;
    }

    /// <summary>Every field of a body, by its path (<c>applicants.0.name</c>).</summary>
    private static IEnumerable<(string Path, JsonNode? Node)> Fields(JsonNode? node, string prefix)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    var path = prefix.Length == 0 ? key : $"{prefix}.{key}";
                    yield return (path, child);
                    foreach (var nested in Fields(child, path))
                    {
                        yield return nested;
                    }
                }

                break;
            case JsonArray array when array.Count > 0:
                foreach (var nested in Fields(array[0], $"{prefix}.0"))
                {
                    yield return nested;
                }

                break;
        }
    }

    private static void Set(JsonObject root, string path, JsonNode? value)
    {
        var segments = path.Split('.');
        JsonNode current = root;
        foreach (var segment in segments[..^1])
        {
            current = int.TryParse(segment, out var index) ? current.AsArray()[index]! : current[segment]!;
        }

        if (int.TryParse(segments[^1], out var last))
        {
            current.AsArray()[last] = value;
        }
        else
        {
            current[segments[^1]] = value;
        }
    }
}
