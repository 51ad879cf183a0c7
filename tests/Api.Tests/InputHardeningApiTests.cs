using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Enforcement.Api.ErrorHandling;
using Enforcement.Application.Security;

namespace Enforcement.Api.Tests;

/// <summary>Issue #10 items 1 and 2: hostile and implausible input is a 4xx problem with a stable code, never a 500.</summary>
public sealed class InputHardeningApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static int _sequence = 8100;

    private HttpClient Client => factory.ClientFor(Roles.Coordinator);

    [Theory]
    [InlineData("application/json; charset=utf-7")]
    [InlineData("application/json; charset=bogus")]
    [InlineData("application/json; charset=gb2312")]
    public async Task A_body_in_another_charset_is_415_even_on_login(string contentType)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"userName":"admin","password":"x"}"""));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var login = await factory.CreateClient().PostAsync("/api/auth/login", content);
        var register = await Client.PostAsync("/api/cases", content);

        await CasesApiTests.ShouldBeProblem(login, HttpStatusCode.UnsupportedMediaType, "request.unsupported_media_type");
        await CasesApiTests.ShouldBeProblem(register, HttpStatusCode.UnsupportedMediaType, "request.unsupported_media_type");
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=UTF-8")]
    [InlineData("application/json; charset=\"utf-8\"")]
    [InlineData("application/json; charset=utf8")]
    [InlineData("application/json; charset=us-ascii")]
    [InlineData("application/json")]
    public async Task A_utf8_body_is_read(string contentType)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(Requests.RegisterCase(NextNumber()))));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        (await Client.PostAsync("/api/cases", content)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task An_address_or_headers_too_large_are_a_problem_with_a_code_not_an_empty_answer()
    {
        await CasesApiTests.ShouldBeProblem(await Client.GetAsync("/api/cases?q=" + new string('a', RequestGuardMiddleware.MaxTargetLength)), (HttpStatusCode)414, "request.uri_too_long");
        // Measured as sent: 1,000 escaped characters in the path are 9,000 characters, though the path reads 1,000.
        var escaped = await CasesApiTests.ShouldBeProblem(
            await Client.GetAsync("/api/cases/" + string.Concat(Enumerable.Repeat("%E5%AF%8C", 1_000))), (HttpStatusCode)414, "request.uri_too_long");
        escaped.GetProperty("instance").GetString()!.Length.ShouldBeLessThan(600); // the answer does not repeat the whole address

        using var large = new HttpRequestMessage(HttpMethod.Get, "/api/cases");
        large.Headers.TryAddWithoutValidation("X-Padding", new string('x', RequestGuardMiddleware.MaxHeaderBytes));
        await CasesApiTests.ShouldBeProblem(await Client.SendAsync(large), (HttpStatusCode)431, "request.headers_too_large");

        using var many = new HttpRequestMessage(HttpMethod.Get, "/api/cases");
        for (var i = 0; i <= RequestGuardMiddleware.MaxHeaderCount; i++)
        {
            many.Headers.TryAddWithoutValidation($"X-Field-{i}", "1");
        }

        await CasesApiTests.ShouldBeProblem(await Client.SendAsync(many), (HttpStatusCode)431, "request.headers_too_large");

        using var repeated = new HttpRequestMessage(HttpMethod.Get, "/api/cases");
        repeated.Headers.TryAddWithoutValidation("X-Field", Enumerable.Repeat("1", RequestGuardMiddleware.MaxHeaderCount + 1));
        var body = await CasesApiTests.ShouldBeProblem(await Client.SendAsync(repeated), (HttpStatusCode)431, "request.headers_too_large");
        body.GetProperty("type").GetString().ShouldBe("https://www.rfc-editor.org/rfc/rfc6585#section-5");

        // The server takes addresses up to 256 KB so that the guard can answer them; the log line keeps 512 characters.
        Enforcement.Api.Hosting.RequestLoggingMiddleware.Shortened("/api/cases/" + new string('a', 100_000)).ShouldEndWith("… (100011 characters)");
        Enforcement.Api.Hosting.RequestLoggingMiddleware.Shortened("/api/cases").ShouldBe("/api/cases");
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415_with_a_code_and_a_detail()
    {
        using var content = new StringContent("caseNumber=1", Encoding.UTF8, "text/plain");
        var body = await CasesApiTests.ShouldBeProblem(await Client.PostAsync("/api/cases", content), HttpStatusCode.UnsupportedMediaType, "request.unsupported_media_type");
        body.GetProperty("detail").GetString()!.ShouldContain("application/json");
    }

    [Fact]
    public async Task A_missing_body_is_400_without_the_frameworks_words()
    {
        var body = await CasesApiTests.ShouldBeProblem(
            await Client.PostAsync("/api/cases", new StringContent("", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest, "request.malformed");
        body.ToString().ShouldNotContain("Implicit body");
        body.ToString().ShouldNotContain("Service");
    }

    [Fact]
    public async Task An_unbindable_query_value_is_400_naming_the_parameter_only()
    {
        var body = await CasesApiTests.ShouldBeProblem(await Client.GetAsync("/api/cases?page=abc"), HttpStatusCode.BadRequest, "request.malformed");
        body.GetProperty("errors").TryGetProperty("page", out _).ShouldBeTrue();
        body.ToString().ShouldNotContain("Failed to bind");
        body.ToString().ShouldNotContain("Int32");
    }

    [Theory]
    [InlineData("/api/cases?page=2147483647")]
    [InlineData("/api/cases?page=0")]
    [InlineData("/api/cases?pageSize=-1")]
    [InlineData("/api/users?page=0")]
    [InlineData("/api/users?pageSize=-1")]
    [InlineData("/api/staff?page=100001")]
    [InlineData("/api/preservation/orders?page=2147483647")]
    [InlineData("/api/audit?page=-3")]
    public async Task A_page_out_of_range_is_400_on_every_list(string url)
    {
        var client = url.StartsWith("/api/users", StringComparison.Ordinal) || url.StartsWith("/api/audit", StringComparison.Ordinal)
            ? factory.ClientFor(Roles.Admin) : Client;
        var body = await CasesApiTests.ShouldBeProblem(await client.GetAsync(url), HttpStatusCode.BadRequest, "validation.failed");
        body.GetProperty("errors").EnumerateObject().Single().Name.ShouldStartWith("page");
    }

    [Theory]
    [InlineData("/api/audit?to=9999-12-31", "to")]
    [InlineData("/api/audit?from=0001-01-01", "from")]
    [InlineData("/api/cases?filedFrom=1949-09-30", "filedFrom")]
    public async Task A_query_date_outside_the_plausible_range_is_400(string url, string field)
    {
        var body = await CasesApiTests.ShouldBeProblem(await factory.ClientFor(Roles.Leader).GetAsync(url), HttpStatusCode.BadRequest, "validation.failed");
        body.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
    }

    [Theory]
    [InlineData("/api/audit?from=1949-10-01&to=2099-12-31")]
    [InlineData("/api/cases?filedFrom=1949-10-01&filedTo=2099-12-31")]
    public async Task The_first_and_last_plausible_dates_are_accepted(string url) =>
        (await factory.ClientFor(Roles.Leader).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);

    [Theory]
    [InlineData("filedOn", "1949-09-30")]
    [InlineData("filedOn", "0001-01-01")]
    [InlineData("basis.effectiveOn", "9999-12-31")]
    [InlineData("basis.effectiveOn", "2100-01-01")]
    public async Task A_legal_date_outside_the_plausible_range_is_400_on_its_field(string field, string date)
    {
        var request = Requests.RegisterCase(NextNumber());
        if (field == "filedOn")
        {
            request["filedOn"] = date;
        }
        else
        {
            request["basis"] = new Dictionary<string, object?>
            {
                ["issuer"] = "汨罗市人民法院", ["documentNumber"] = "（2025）湘0681民初321号", ["effectiveOn"] = "2025-05-20",
                [field["basis.".Length..]] = date,
            };
        }

        var body = await CasesApiTests.ShouldBeProblem(await Client.PostJsonAsync("/api/cases", request), HttpStatusCode.BadRequest, "validation.failed");
        body.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
    }

    [Theory]
    [InlineData("陈\0海涛", "applicants[0].name")]
    [InlineData("陈海涛\u001b[31m", "applicants[0].name")]
    [InlineData("陈海\u0085涛", "applicants[0].name")]
    [InlineData("陈海涛\n", "applicants[0].name")]
    [InlineData("\u202E涛海陈", "applicants[0].name")]
    [InlineData("陈\u2066海涛", "applicants[0].name")]
    [InlineData("陈\u200B海涛", "applicants[0].name")]
    [InlineData("陈\u200D海涛", "applicants[0].name")]
    [InlineData("陈\uFEFF海涛", "applicants[0].name")]
    [InlineData("陈\u00AD海涛", "applicants[0].name")]
    [InlineData("陈\u180E海涛", "applicants[0].name")]
    [InlineData("陈\uFFFE海涛", "applicants[0].name")]
    public async Task A_name_with_a_control_bidi_or_zero_width_character_is_400(string name, string field)
    {
        var request = Requests.RegisterCase(NextNumber());
        request["applicants"] = new[] { Requests.Party("NaturalPerson", name, idNumber: "11010519491231002X") };
        var body = await CasesApiTests.ShouldBeProblem(await Client.PostJsonAsync("/api/cases", request), HttpStatusCode.BadRequest, "validation.failed");
        body.GetProperty("errors").GetProperty(field)[0].GetString()!.ShouldContain("U+");
    }

    [Theory]
    [InlineData("拖欠\0工程款")]
    [InlineData("拖欠工程款\u0007")]
    [InlineData("拖欠\u202E工程款")]
    public async Task Free_text_with_a_control_or_bidi_character_is_400(string summary)
    {
        var request = Requests.RegisterCase(NextNumber());
        request["summary"] = summary;
        var body = await CasesApiTests.ShouldBeProblem(await Client.PostJsonAsync("/api/cases", request), HttpStatusCode.BadRequest, "validation.failed");
        body.GetProperty("errors").TryGetProperty("summary", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Free_text_keeps_its_newlines_and_tabs()
    {
        var request = Requests.RegisterCase(NextNumber());
        request["summary"] = "建设工程施工合同纠纷：\r\n\t一、拖欠工程款；\n\t二、违约金。";
        var created = await (await Client.PostJsonAsync("/api/cases", request)).ReadJsonAsync();
        created.GetProperty("summary").GetString().ShouldBe("建设工程施工合同纠纷：\r\n\t一、拖欠工程款；\n\t二、违约金。");
    }

    [Theory]
    [InlineData("""{"kind":"NaturalPerson","name":"陈海涛","idNumber":"11010519491231002X"}""", HttpStatusCode.Created)]
    [InlineData("""{"kind":0,"name":"陈海涛","idNumber":"11010519491231002X"}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"kind":5,"name":"陈海涛","idNumber":"11010519491231002X"}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"kind":"1","name":"陈海涛","idNumber":"11010519491231002X"}""", HttpStatusCode.BadRequest)]
    public async Task An_enum_in_a_body_is_its_name_only(string party, HttpStatusCode expected)
    {
        var json = System.Text.Json.JsonSerializer.Serialize(Requests.RegisterCase(NextNumber()), ApiFactory.Json);
        var start = json.IndexOf("\"respondents\":[", StringComparison.Ordinal) + "\"respondents\":[".Length;
        json = json[..start] + party + json[json.IndexOf(']', start)..];
        var response = await Client.PostAsync("/api/cases", new StringContent(json, Encoding.UTF8, "application/json"));
        if (expected == HttpStatusCode.Created)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Created);
        }
        else
        {
            var body = await CasesApiTests.ShouldBeProblem(response, expected, "request.malformed");
            body.GetProperty("errors").TryGetProperty("respondents[0].kind", out _).ShouldBeTrue();
        }
    }

    [Theory]
    [InlineData("status=1")]
    [InlineData("status=0")]
    [InlineData("status=Filed,Closed")]
    [InlineData("caseType=99")]
    [InlineData("Status=2")]
    public async Task An_enum_in_a_query_is_its_name_only(string query)
    {
        var body = await CasesApiTests.ShouldBeProblem(await Client.GetAsync("/api/cases?" + query), HttpStatusCode.BadRequest, "request.malformed");
        body.GetProperty("errors").EnumerateObject().Single().Name.ShouldBe(query.Split('=')[0].ToLowerInvariant() == "status" ? "status" : "caseType");
    }

    [Theory]
    [InlineData("status=Filed", HttpStatusCode.OK)]
    [InlineData("status=Closed&caseType=ResumedEnforcement", HttpStatusCode.OK)]
    [InlineData("status=filed", HttpStatusCode.BadRequest)]
    [InlineData("status=", HttpStatusCode.BadRequest)]
    public async Task An_enum_in_a_query_is_read_by_its_exact_name(string query, HttpStatusCode expected) =>
        (await Client.GetAsync("/api/cases?" + query)).StatusCode.ShouldBe(expected);

    [Theory]
    [InlineData("abc", HttpStatusCode.BadRequest)]
    [InlineData("1", HttpStatusCode.BadRequest)]
    [InlineData("\"x", HttpStatusCode.BadRequest)]
    [InlineData("\"1\" \"2\"", HttpStatusCode.BadRequest)]
    [InlineData("\"1\", \"2\"", HttpStatusCode.BadRequest)] // two versions: which one was read?
    [InlineData("\"x\"", HttpStatusCode.PreconditionFailed)] // an entity tag, but no version of ours
    [InlineData("\"-1\"", HttpStatusCode.PreconditionFailed)]
    [InlineData("\"99999999999999999999\"", HttpStatusCode.PreconditionFailed)]
    [InlineData("W/\"1\"", HttpStatusCode.PreconditionFailed)]
    [InlineData("\"2\"", HttpStatusCode.PreconditionFailed)]
    [InlineData("\"1\"", HttpStatusCode.OK)]
    [InlineData("\"abc\", \"1\"", HttpStatusCode.OK)] // a list matches when one of its tags does
    [InlineData(", \"1\" ,", HttpStatusCode.OK)] // empty list elements count for nothing
    [InlineData("\"01\"", HttpStatusCode.PreconditionFailed)] // compared strongly: not the ETag "1"
    [InlineData("*", HttpStatusCode.OK)]
    public async Task If_match_is_a_strong_etag_or_star(string ifMatch, HttpStatusCode expected)
    {
        var created = await (await Client.PostJsonAsync("/api/cases", Requests.RegisterCase(NextNumber()))).ReadJsonAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{created.GetProperty("id").GetGuid()}/payments")
        {
            Content = new StringContent("""{"amount":100,"paidOn":"2025-06-10","source":"Voluntary"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);

        var response = await Client.SendAsync(request);

        response.StatusCode.ShouldBe(expected);
        if (expected == HttpStatusCode.BadRequest)
        {
            var body = await CasesApiTests.ShouldBeProblem(response, expected, "request.malformed");
            body.GetProperty("errors").TryGetProperty("If-Match", out _).ShouldBeTrue();
        }

        if (ifMatch.StartsWith("W/", StringComparison.Ordinal))
        {
            var body = await CasesApiTests.ShouldBeProblem(response, expected, "concurrency.stale_version");
            body.GetProperty("detail").GetString()!.ShouldContain("weak entity tag never matches");
        }
    }

    [Fact]
    public async Task Lists_in_a_body_have_a_ceiling_so_one_record_cannot_be_made_to_weigh_megabytes()
    {
        var crowd = Requests.RegisterCase(NextNumber());
        crowd["respondents"] = Enumerable.Range(1, Domain.Parties.Party.MaxPerSide + 1).Select(i => Requests.Party("Enterprise", $"汨罗市第{i}建材经营部")).ToArray();
        var refused = await CasesApiTests.ShouldBeProblem(await Client.PostJsonAsync("/api/cases", crowd), HttpStatusCode.BadRequest, "validation.failed");
        refused.GetProperty("errors").TryGetProperty("respondents", out _).ShouldBeTrue();

        var id = (await (await Client.PostJsonAsync("/api/cases", Requests.RegisterCase(NextNumber()))).ReadJsonAsync()).GetProperty("id").GetGuid();
        object Plan(int count) => new
        {
            agreedOn = "2025-06-05",
            terms = "被执行人按月分期支付",
            instalments = Enumerable.Range(0, count).Select(i => new { dueOn = new DateOnly(2025, 7, 1).AddMonths(i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), amount = 100m }).ToArray(),
        };
        var tooLong = await CasesApiTests.ShouldBeProblem(await Client.PostJsonAsync($"/api/cases/{id}/settlement", Plan(Domain.Cases.EnforcementCase.MaxInstalments + 1)), HttpStatusCode.BadRequest, "validation.failed");
        tooLong.GetProperty("errors").GetProperty("instalments")[0].GetString().ShouldBe("A plan has at most 120 instalments.");
        (await Client.PostJsonAsync($"/api/cases/{id}/settlement", Plan(Domain.Cases.EnforcementCase.MaxInstalments))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("""{"amount":1,"amount":2,"paidOn":"2025-06-10","source":"Voluntary"}""")]
    [InlineData("""{"amount":3,"Amount":5,"paidOn":"2025-06-10","source":"Voluntary"}""")]
    public async Task A_field_given_twice_is_400_and_nothing_is_recorded(string body)
    {
        var created = await (await Client.PostJsonAsync("/api/cases", Requests.RegisterCase(NextNumber()))).ReadJsonAsync();
        var id = created.GetProperty("id").GetGuid();
        var response = await Client.PostAsync($"/api/cases/{id}/payments", new StringContent(body, Encoding.UTF8, "application/json"));
        await CasesApiTests.ShouldBeProblem(response, HttpStatusCode.BadRequest, "request.malformed");
        (await (await Client.GetAsync($"/api/cases/{id}")).ReadJsonAsync()).GetProperty("recoveredAmount").GetDecimal().ShouldBe(0m);
    }

    [Theory]
    [InlineData("""{"amount":"100","paidOn":"2025-06-10","source":"Voluntary"}""", "amount")]
    [InlineData("""{"amount":100,"paidOn":20250610,"source":"Voluntary"}""", "paidOn")]
    [InlineData("""{"amount":100,"paidOn":"2025-06-10","source":["Voluntary"]}""", "source")]
    public async Task A_value_of_the_wrong_json_type_is_400_on_its_field(string body, string field)
    {
        var created = await (await Client.PostJsonAsync("/api/cases", Requests.RegisterCase(NextNumber()))).ReadJsonAsync();
        var response = await Client.PostAsync($"/api/cases/{created.GetProperty("id").GetGuid()}/payments", new StringContent(body, Encoding.UTF8, "application/json"));
        var problem = await CasesApiTests.ShouldBeProblem(response, HttpStatusCode.BadRequest, "request.malformed");
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
    }

    [Theory]
    [InlineData("filedFrom=11/20", "filedFrom")]
    [InlineData("filedFrom=2025/06/01", "filedFrom")]
    [InlineData("filedTo=%202025-06-01", "filedTo")]
    [InlineData("status=Filed&status=Closed", "status")]
    [InlineData("filedFrom=2025-06-01&filedFrom=2025-06-02", "filedFrom")]
    [InlineData("page=1&page=2", "page")]
    public async Task A_query_date_is_yyyy_MM_dd_and_a_parameter_is_given_once(string query, string field)
    {
        var body = await CasesApiTests.ShouldBeProblem(await Client.GetAsync("/api/cases?" + query), HttpStatusCode.BadRequest, "request.malformed");
        body.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
    }

    private static string NextNumber() => $"（2025）湘0681执{Interlocked.Increment(ref _sequence)}号";
}
