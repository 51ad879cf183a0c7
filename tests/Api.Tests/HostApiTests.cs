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
