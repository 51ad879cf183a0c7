using System.Net;
using Enforcement.Application.Security;

namespace Enforcement.Api.Tests;

public sealed class HostApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.ClientFor(Roles.Coordinator);

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_healthy(string url)
    {
        var response = await _client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task The_database_is_created_where_the_connection_string_points()
    {
        (await _client.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
        if (factory.PostgresDatabase is { } postgres)
        {
            await using var connection = new Npgsql.NpgsqlConnection(postgres);
            await connection.OpenAsync(); // the migrations created the database
            return;
        }

        File.Exists(factory.DatabasePath).ShouldBeTrue();
    }

    [Fact]
    public async Task The_openapi_document_describes_the_case_endpoints()
    {
        var response = await _client.GetAsync("/openapi/v1.json");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var document = await response.ReadJsonAsync();
        var paths = document.GetProperty("paths");
        paths.TryGetProperty("/api/cases", out var cases).ShouldBeTrue();
        cases.GetProperty("post").GetProperty("summary").GetString().ShouldNotBeNullOrWhiteSpace();
        paths.TryGetProperty("/api/cases/{id}", out _).ShouldBeTrue();
        document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString().ShouldBe("bearer");
    }

    [Fact]
    public async Task The_openapi_document_names_every_answer_header_and_example()
    {
        var text = await (await _client.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync();

        // .ci/run lints this very document with spectral and redocly.
        if (Environment.GetEnvironmentVariable("OPENAPI_OUT") is { Length: > 0 } file)
        {
            await File.WriteAllTextAsync(file, text);
        }

        var document = System.Text.Json.JsonDocument.Parse(text).RootElement;
        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Path: path.Name, Method: op.Name, Op: op.Value))).ToList();
        operations.Count.ShouldBeGreaterThan(40);
        foreach (var (path, method, op) in operations)
        {
            var responses = op.GetProperty("responses");
            responses.TryGetProperty("500", out _).ShouldBeTrue($"{method} {path} has no 500");
            op.GetProperty("description").GetString().ShouldNotBeNullOrWhiteSpace($"{method} {path} has no description");
            var anonymous = path is "/api/auth/login" or "/api/auth/refresh" || !path.StartsWith("/api/", StringComparison.Ordinal);
            if (!anonymous)
            {
                responses.TryGetProperty("401", out _).ShouldBeTrue($"{method} {path} has no 401");
                responses.TryGetProperty("403", out _).ShouldBeTrue($"{method} {path} has no 403");
            }

            if (op.TryGetProperty("requestBody", out var body))
            {
                body.GetProperty("content").GetProperty("application/json").TryGetProperty("example", out _).ShouldBeTrue($"{method} {path} has no example");
                responses.TryGetProperty("413", out _).ShouldBeTrue();
                responses.TryGetProperty("415", out _).ShouldBeTrue();
            }

            foreach (var parameter in op.TryGetProperty("parameters", out var parameters) ? parameters.EnumerateArray() : default)
            {
                parameter.GetProperty("description").GetString().ShouldNotBeNullOrWhiteSpace();
                if (parameter.GetProperty("in").GetString() == "query")
                {
                    char.IsLower(parameter.GetProperty("name").GetString()![0]).ShouldBeTrue($"{method} {path} has query {parameter.GetProperty("name")}");
                }
            }

            if (responses.TryGetProperty("412", out _))
            {
                op.GetProperty("parameters").EnumerateArray().ShouldContain(p => p.GetProperty("name").GetString() == "If-Match");
            }
        }

        var register = document.GetProperty("paths").GetProperty("/api/cases").GetProperty("post");
        register.GetProperty("responses").GetProperty("201").GetProperty("headers").TryGetProperty("Location", out _).ShouldBeTrue();
        register.GetProperty("responses").GetProperty("201").GetProperty("headers").TryGetProperty("ETag", out _).ShouldBeTrue();
        register.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example")
            .GetProperty("caseNumber").GetString().ShouldBe("（2025）湘0681执1234号");
        document.GetProperty("paths").GetProperty("/api/auth/login").GetProperty("post").GetProperty("responses").GetProperty("429")
            .GetProperty("headers").TryGetProperty("Retry-After", out _).ShouldBeTrue();
        var problem = document.GetProperty("components").GetProperty("schemas").GetProperty("ProblemDetails").GetProperty("properties");
        foreach (var field in new[] { "code", "traceId", "errors" })
        {
            problem.TryGetProperty(field, out _).ShouldBeTrue();
        }
    }

    [Fact]
    public async Task Request_schemas_mark_what_the_validators_require_as_required_and_non_nullable()
    {
        var schemas = (await (await _client.GetAsync("/openapi/v1.json")).ReadJsonAsync()).GetProperty("components").GetProperty("schemas");
        static string[] Required(System.Text.Json.JsonElement schema) =>
            schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal).ToArray();

        var register = schemas.GetProperty("RegisterCaseCommand");
        Required(register).ShouldBe(["applicants", "basis", "caseNumber", "claimedAmount", "filedOn", "respondents"]);
        var properties = register.GetProperty("properties");
        properties.GetProperty("caseNumber").GetProperty("type").GetString().ShouldBe("string");
        properties.GetProperty("filedOn").GetProperty("type").GetString().ShouldBe("string");
        properties.GetProperty("basis").GetProperty("$ref").GetString().ShouldBe("#/components/schemas/EnforcementBasisInput");
        properties.GetProperty("summary").GetProperty("type").EnumerateArray().Select(t => t.GetString()).ShouldContain("null");

        Required(schemas.GetProperty("PartyInput")).ShouldBe(["kind", "name"]);
        Required(schemas.GetProperty("PetitionerInput")).ShouldBe(["kind", "name"]); // its rules come from an included validator
        Required(schemas.GetProperty("CloseCaseCommand")).ShouldBe(["closedOn", "mode", "note"]);
        Required(schemas.GetProperty("InstalmentInput")).ShouldBe(["amount", "dueOn"]);
        schemas.GetProperty("RecordMeasureCommand").GetProperty("required").EnumerateArray().Select(e => e.GetString())
            .ShouldNotContain("inquiryResult"); // required only for an online inquiry
        foreach (var enumName in new[] { "CaseStatus", "PartyKind", "ClosureMode", "AssetKind", "MeasureKind", "PauseKind", "PaymentSource" })
        {
            schemas.GetProperty(enumName).GetProperty("type").GetString().ShouldBe("string");
            schemas.GetProperty(enumName).GetProperty("enum").EnumerateArray().ShouldAllBe(v => v.ValueKind == System.Text.Json.JsonValueKind.String);
        }

        schemas.GetProperty("RecordMeasureCommand").GetProperty("properties").GetProperty("kind").GetProperty("$ref").GetString()
            .ShouldBe("#/components/schemas/MeasureKind");

        // Responses are left as generated: a field that is always present may still be null.
        schemas.GetProperty("OutboxMessageDto").GetProperty("properties").GetProperty("lastError").GetProperty("type").EnumerateArray()
            .Select(t => t.GetString()).ShouldContain("null");
    }

    [Fact]
    public async Task The_scalar_ui_is_served()
    {
        var response = await _client.GetAsync("/scalar");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
    }

    [Fact]
    public async Task An_unknown_route_is_a_404_problem() =>
        await CasesApiTests.ShouldBeProblem(await _client.GetAsync("/api/nothing-here"), HttpStatusCode.NotFound, "route.not_found");
}
