using System.Net;
using System.Text;
using System.Text.Json;
using Enforcement.Application.Security;

namespace Enforcement.Api.Tests;

public sealed class CasesApiTests : IClassFixture<ApiFactory>
{
    private readonly ApiFactory _factory;
    private readonly HttpClient _client;

    public CasesApiTests(ApiFactory factory)
    {
        _factory = factory;
        _client = factory.ClientFor(Roles.Coordinator);
    }

    [Fact]
    public async Task Registering_a_case_is_201_with_location_etag_and_the_detail()
    {
        var response = await _client.PostJsonAsync("/api/cases", Requests.RegisterCase("(2025)湘0681执501号"));

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await response.ReadJsonAsync();
        var id = body.GetProperty("id").GetGuid();
        response.Headers.Location!.ToString().ShouldBe($"/api/cases/{id}");
        response.Headers.ETag!.Tag.ShouldBe("\"1\"");
        body.GetProperty("caseNumber").GetString().ShouldBe("（2025）湘0681执501号");
        body.GetProperty("caseType").GetString().ShouldBe("FirstEnforcement");
        body.GetProperty("filedOn").GetString().ShouldBe("2025-06-03");
        body.GetProperty("status").GetString().ShouldBe("Filed");
        body.GetProperty("enterpriseRelated").GetBoolean().ShouldBeTrue();
        body.GetProperty("publicBodyDebtor").GetBoolean().ShouldBeFalse();
        body.GetProperty("claimedAmount").GetDecimal().ShouldBe(320500.50m);
        body.GetProperty("recoveredAmount").GetDecimal().ShouldBe(0m);
        body.GetProperty("deadline").GetString().ShouldBe("2025-12-03");
        body.GetProperty("daysRemaining").GetInt32().ShouldBe(170);
        body.GetProperty("applicants")[0].GetProperty("name").GetString().ShouldBe("湖南楚天建设工程有限公司");
        body.GetProperty("respondents")[0].GetProperty("idNumber").GetString().ShouldBe("11010519491231002X");
        body.GetProperty("version").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task A_registered_case_reads_back_with_an_etag()
    {
        var created = await (await _client.PostJsonAsync("/api/cases", Requests.RegisterCase("（2025）湘0681执502号"))).ReadJsonAsync();
        var id = created.GetProperty("id").GetGuid();

        var response = await _client.GetAsync($"/api/cases/{id}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.ETag!.Tag.ShouldBe("\"1\"");
        var body = await response.ReadJsonAsync();
        body.GetProperty("caseNumber").GetString().ShouldBe("（2025）湘0681执502号");
        body.GetProperty("basis").GetProperty("documentNumber").GetString().ShouldBe("（2025）湘0681民初321号");
        body.GetProperty("summary").GetString().ShouldBe("建设工程施工合同纠纷，拖欠工程款。");
    }

    [Fact]
    public async Task An_unknown_case_is_404_with_a_code()
    {
        var response = await _client.GetAsync($"/api/cases/{Guid.NewGuid()}");
        await ShouldBeProblem(response, HttpStatusCode.NotFound, "case.not_found");
    }

    [Theory]
    [InlineData("（2025）湘0681执503号")]
    [InlineData("(2025)湘0681执503号")]
    public async Task Registering_the_same_number_twice_is_409_in_either_parenthesis_style(string second)
    {
        var number = second.Replace("503", "503" + (second[0] == '(' ? "1" : "2"), StringComparison.Ordinal);
        var first = number.Replace('(', '（').Replace(')', '）');
        (await _client.PostJsonAsync("/api/cases", Requests.RegisterCase(first))).StatusCode.ShouldBe(HttpStatusCode.Created);

        var response = await _client.PostJsonAsync("/api/cases", Requests.RegisterCase(number));

        await ShouldBeProblem(response, HttpStatusCode.Conflict, "case.duplicate_number");
    }

    [Fact]
    public async Task A_malformed_case_number_is_400_on_its_field()
    {
        var body = await ShouldBeProblem(
            await _client.PostJsonAsync("/api/cases", Requests.RegisterCase("（2025）湘0681民初1号")), HttpStatusCode.BadRequest, "validation.failed");
        body.GetProperty("errors").GetProperty("caseNumber").GetArrayLength().ShouldBe(1);
    }

    [Theory]
    [InlineData("（2025）湘0681执504号", "110105194912310021")] // wrong check character
    [InlineData("（2025）湘0681执5041号", "430681199902301235")] // right check character, but born on 1999-02-30
    [InlineData("（2025）湘0681执5042号", "430681202506170012")] // born 2025-06-17, the day after the tests' today
    public async Task A_bad_id_checksum_or_birth_date_is_400_on_the_party_field(string number, string idNumber)
    {
        var request = Requests.RegisterCase(number);
        request["respondents"] = new[] { Requests.Party("NaturalPerson", "陈海涛", idNumber: idNumber) };
        var body = await ShouldBeProblem(await _client.PostJsonAsync("/api/cases", request), HttpStatusCode.BadRequest, "validation.failed");
        body.GetProperty("errors").TryGetProperty("respondents[0].idNumber", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task A_respondent_born_today_is_registered()
    {
        var request = Requests.RegisterCase("（2025）湘0681执5043号");
        request["respondents"] = new[] { Requests.Party("NaturalPerson", "陈小宝", idNumber: "430681202506160017") }; // the tests' today, 2025-06-16
        (await _client.PostJsonAsync("/api/cases", request)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_bad_credit_code_checksum_is_400_on_the_party_field()
    {
        var request = Requests.RegisterCase("（2025）湘0681执505号");
        request["applicants"] = new[] { Requests.Party("Enterprise", "湖南佳禾食品有限公司", creditCode: "91350100M000100Y44") };
        var body = await ShouldBeProblem(await _client.PostJsonAsync("/api/cases", request), HttpStatusCode.BadRequest, "validation.failed");
        body.GetProperty("errors").TryGetProperty("applicants[0].creditCode", out _).ShouldBeTrue();
    }

    [Theory]
    [InlineData("applicants", "[]", "applicants")]
    [InlineData("claimedAmount", "0", "claimedAmount")]
    [InlineData("claimedAmount", "-5", "claimedAmount")]
    [InlineData("claimedAmount", "100.125", "claimedAmount")]
    [InlineData("filedOn", "\"2025-06-17\"", "filedOn")]
    public async Task Invalid_fields_are_400_with_errors_per_field(string field, string json, string errorKey)
    {
        var request = Requests.RegisterCase("（2025）湘0681执506号");
        request[field] = JsonDocument.Parse(json).RootElement;
        var body = await ShouldBeProblem(await _client.PostJsonAsync("/api/cases", request), HttpStatusCode.BadRequest, "validation.failed");
        body.GetProperty("errors").TryGetProperty(errorKey, out _).ShouldBeTrue();
    }

    [Fact]
    public async Task An_unknown_party_kind_is_400_naming_the_field()
    {
        var request = Requests.RegisterCase("（2025）湘0681执507号");
        request["applicants"] = new[] { Requests.Party("Alien", "某某") };
        var body = await ShouldBeProblem(await _client.PostJsonAsync("/api/cases", request), HttpStatusCode.BadRequest, "request.malformed");
        body.GetProperty("errors").TryGetProperty("applicants[0].kind", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem_not_a_500()
    {
        using var content = new StringContent("{ \"caseNumber\": ", Encoding.UTF8, "application/json");
        var body = await ShouldBeProblem(await _client.PostAsync("/api/cases", content), HttpStatusCode.BadRequest, "request.malformed");
        body.ToString().ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Nothing_is_stored_when_registration_is_refused()
    {
        var request = Requests.RegisterCase("（2025）湘0681执508号");
        request["claimedAmount"] = 0;
        (await _client.PostJsonAsync("/api/cases", request)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var list = await (await _client.GetAsync("/api/cases?number=（2025）湘0681执508号")).ReadJsonAsync();
        list.GetProperty("total").GetInt32().ShouldBe(0);
    }

    internal static async Task<JsonElement> ShouldBeProblem(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        response.StatusCode.ShouldBe(status);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var body = await response.ReadJsonAsync();
        body.GetProperty("code").GetString().ShouldBe(code);
        body.GetProperty("status").GetInt32().ShouldBe((int)status);
        body.TryGetProperty("traceId", out _).ShouldBeTrue();
        return body;
    }
}
