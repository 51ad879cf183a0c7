using System.Net;
using System.Text.Json;
using Enforcement.Application.Security;

namespace Enforcement.Api.Tests;

/// <summary>
/// Prompts before enforcement over HTTP. The court's today is Monday 2025-06-16: a judgment effective Thursday 06-05
/// with 10 days to perform is due Sunday 06-15, moved to Monday 06-16, and is overdue from 06-17.
/// </summary>
public sealed class PreEnforcementApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static int _sequence;
    private readonly HttpClient _coordinator = factory.ClientFor(Roles.Coordinator);
    private readonly HttpClient _officer = factory.ClientFor(Roles.Officer);
    private readonly HttpClient _leader = factory.ClientFor(Roles.Leader);

    [Fact]
    public async Task A_prompt_counts_its_performance_deadline_and_only_the_centres_staff_open_it()
    {
        var body = Judgment("2025-06-05");
        await CasesApiTests.ShouldBeProblem(await factory.ClientFor(Roles.Reception).PostJsonAsync("/api/prompts", body), HttpStatusCode.Forbidden, "auth.forbidden");
        (await factory.ClientFor(Roles.Leader).PostJsonAsync("/api/prompts", body)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var prompt = await OpenAsync(_officer, body);
        prompt.GetProperty("performanceDueOn").GetString().ShouldBe("2025-06-16");
        prompt.GetProperty("daysLeft").GetInt32().ShouldBe(0);
        prompt.GetProperty("overdue").GetBoolean().ShouldBeFalse();
        prompt.GetProperty("court").GetString().ShouldBe("湖南省汨罗市人民法院");
        prompt.GetProperty("performanceDays").GetInt32().ShouldBe(10);
        prompt.GetProperty("respondents")[0].GetProperty("idNumber").GetString().ShouldBe("430681199001011230");

        await CasesApiTests.ShouldBeProblem(await _coordinator.PostJsonAsync("/api/prompts", body), HttpStatusCode.Conflict, "prompt.duplicate_judgment");
        var ascii = Judgment("2025-06-05");
        ascii["documentNumber"] = ((string)body["documentNumber"]!).Replace('（', '(').Replace('）', ')');
        await CasesApiTests.ShouldBeProblem(await _coordinator.PostJsonAsync("/api/prompts", ascii), HttpStatusCode.Conflict, "prompt.duplicate_judgment");
    }

    [Theory]
    [InlineData("effectiveOn", "2025-06-17")]
    [InlineData("amount", 0)]
    [InlineData("performanceDays", 366)]
    [InlineData("documentNumber", "不是案号")]
    public async Task Bad_judgment_fields_are_400(string field, object value)
    {
        var body = Judgment("2025-06-05");
        body[field] = value;
        var response = await _coordinator.PostJsonAsync("/api/prompts", body);
        await CasesApiTests.ShouldBeProblem(response, HttpStatusCode.BadRequest, "validation.failed");
    }

    [Fact]
    public async Task The_worklist_lists_prompts_past_their_deadline_with_no_outcome_oldest_deadline_first()
    {
        var late = Id(await OpenAsync(_coordinator, Judgment("2025-05-20"))); // due 05-30
        var later = Id(await OpenAsync(_coordinator, Judgment("2025-06-03"))); // due 06-13
        var onTime = Id(await OpenAsync(_coordinator, Judgment("2025-06-05"))); // due today
        var done = Id(await OpenAsync(_coordinator, Judgment("2025-05-21")));
        await OkAsync(_coordinator, $"/api/prompts/{done}/outcome", new { outcome = "PerformedInFull", outcomeOn = "2025-06-10" });

        var list = await (await _leader.GetAsync("/api/prompts?overdue=true&pageSize=100")).ReadJsonAsync();
        var ids = list.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ToList();
        ids.ShouldContain(late);
        ids.ShouldContain(later);
        ids.ShouldNotContain(onTime);
        ids.ShouldNotContain(done);
        ids.IndexOf(late).ShouldBeLessThan(ids.IndexOf(later));
        list.GetProperty("items")[0].GetProperty("overdue").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task A_prompt_goes_from_notice_and_contacts_through_a_part_payment_to_the_creditors_application_which_the_case_shows()
    {
        var judgment = Judgment("2025-06-05");
        var id = Id(await OpenAsync(_officer, judgment));
        await OkAsync(_officer, $"/api/prompts/{id}/notice", new { channel = "ElectronicService", sentOn = "2025-06-06" });
        await RefusedAsync(_officer, $"/api/prompts/{id}/notice", new { channel = "Post" }, HttpStatusCode.Conflict, "prompt.notice.already_sent");
        await RefusedAsync(_officer, $"/api/prompts/{id}/contacts", new { channel = "Phone", contactPerson = "刘建华", contactedOn = "2025-06-04" },
            HttpStatusCode.BadRequest, "prompt.contacted_on.too_early");
        await OkAsync(_officer, $"/api/prompts/{id}/contacts", new { channel = "Phone", contactPerson = "刘建华", note = "称月底前筹款", contactedOn = "2025-06-10" });
        var part = await OkAsync(_officer, $"/api/prompts/{id}/outcome", new { outcome = "PerformedInPart", paidAmount = 30_000m, outcomeOn = "2025-06-12" });
        part.GetProperty("paidAmount").GetDecimal().ShouldBe(30_000m);
        await RefusedAsync(_officer, $"/api/prompts/{id}/outcome", new { outcome = "PerformedInPart", paidAmount = 86_000m }, HttpStatusCode.BadRequest, "prompt.paid_amount.not_partial");
        await RefusedAsync(_officer, $"/api/prompts/{id}/outcome", new { outcome = "EnforcementApplied", caseNumber = "（2025）湘0681执99998号" },
            (HttpStatusCode)422, "prompt.case.not_registered");

        // A case on another judgment is not the creditor's application on this one.
        var elsewhere = $"（2025）湘0681执{7000 + Interlocked.Increment(ref _sequence)}号";
        (await _coordinator.PostJsonAsync("/api/cases", Requests.RegisterCase(elsewhere, filedOn: "2025-06-16"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        await RefusedAsync(_officer, $"/api/prompts/{id}/outcome", new { outcome = "EnforcementApplied", caseNumber = elsewhere }, (HttpStatusCode)422, "prompt.case.different_title");

        var number = $"（2025）湘0681执{7000 + Interlocked.Increment(ref _sequence)}号";
        var register = Requests.RegisterCase(number, filedOn: "2025-06-16");
        register["basis"] = new { issuer = "汨罗市人民法院", documentNumber = ((string)judgment["documentNumber"]!).Replace('（', '(').Replace('）', ')'), effectiveOn = "2025-06-05" };
        var registered = await _coordinator.PostJsonAsync("/api/cases", register);
        var caseId = (await registered.ReadJsonAsync()).GetProperty("id").GetGuid();
        var applied = await OkAsync(_officer, $"/api/prompts/{id}/outcome", new { outcome = "EnforcementApplied", caseNumber = number.Replace('（', '(').Replace('）', ')') });
        applied.GetProperty("caseId").GetGuid().ShouldBe(caseId);
        applied.GetProperty("outcome").GetString().ShouldBe("EnforcementApplied");
        await RefusedAsync(_officer, $"/api/prompts/{id}/contacts", new { channel = "Phone", contactPerson = "刘建华" }, (HttpStatusCode)422, "prompt.outcome.final");

        var other = Id(await OpenAsync(_officer, Judgment("2025-06-06")));
        await RefusedAsync(_officer, $"/api/prompts/{other}/outcome", new { outcome = "EnforcementApplied", caseNumber = number }, HttpStatusCode.Conflict, "prompt.case.already_linked");

        var timeline = await (await _leader.GetAsync($"/api/cases/{caseId}/timeline")).ReadJsonAsync();
        var line = timeline.EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "PrePerformancePrompt");
        line.GetProperty("summary").GetString()!.ShouldContain("notice sent 2025-06-06");
        line.GetProperty("summary").GetString()!.ShouldContain("¥30,000.00 paid before enforcement");
        (await (await factory.ClientFor(Roles.Reception).GetAsync($"/api/cases/{caseId}/timeline")).ReadJsonAsync()).EnumerateArray()
            .ShouldNotContain(e => e.GetProperty("kind").GetString() == "PrePerformancePrompt"); // reception reads no prompts
    }

    [Fact]
    public async Task A_deadline_in_a_year_without_a_holiday_list_says_so_and_an_enforcement_number_is_no_judgment()
    {
        var old = Judgment("2023-09-20");
        old["documentNumber"] = $"（2023）湘0681民初{Interlocked.Increment(ref _sequence)}号";
        var prompt = await OpenAsync(_coordinator, old);
        prompt.GetProperty("performanceDueOn").GetString().ShouldBe("2023-10-02"); // weekends only: 2023 has no list
        prompt.GetProperty("deadlineAssumesWeekendsOnly").GetBoolean().ShouldBeTrue();
        (await OpenAsync(_coordinator, Judgment("2025-06-05"))).GetProperty("deadlineAssumesWeekendsOnly").GetBoolean().ShouldBeFalse();

        var enforcement = Judgment("2025-06-05");
        enforcement["documentNumber"] = "（2025）湘0681执8011号";
        await RefusedAsync(_coordinator, "/api/prompts", enforcement, HttpStatusCode.BadRequest, "prompt.document_number.not_a_judgment");
    }

    [Fact]
    public async Task An_outcome_carries_only_its_own_fields()
    {
        var id = Id(await OpenAsync(_coordinator, Judgment("2025-06-05")));
        await RefusedAsync(_coordinator, $"/api/prompts/{id}/outcome", new { outcome = "PerformedInFull", paidAmount = 5m }, HttpStatusCode.BadRequest, "validation.failed");
        await RefusedAsync(_coordinator, $"/api/prompts/{id}/outcome", new { outcome = "Settled", plan = "分期" }, HttpStatusCode.BadRequest, "validation.failed");
        await RefusedAsync(_coordinator, $"/api/prompts/{id}/outcome", new { outcome = "Forgotten" }, HttpStatusCode.BadRequest, "request.malformed");
        var other = Id(await OpenAsync(_coordinator, Judgment("2025-06-06")));
        await OkAsync(_coordinator, $"/api/prompts/{other}/outcome", new { outcome = "PerformedInFull", instalments = Array.Empty<object>(), plan = "" });
        var settled = await OkAsync(_coordinator, $"/api/prompts/{id}/outcome", new
        {
            outcome = "Settled", plan = "分两期：6月30日前付4万元，7月31日前付余款",
            instalments = new[] { new { dueOn = "2025-06-30", amount = 40_000m }, new { dueOn = "2025-07-31", amount = 46_000m } },
        });
        settled.GetProperty("instalments").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task The_voluntary_performance_rate_counts_judgments_that_took_effect_in_the_range_with_its_numerator_and_denominator()
    {
        // In a range of its own (March 2025), so that the other tests' prompts do not count.
        var full1 = Id(await OpenAsync(_coordinator, Judgment("2025-03-03")));
        var full2 = Id(await OpenAsync(_coordinator, Judgment("2025-03-31")));
        var part = Id(await OpenAsync(_coordinator, Judgment("2025-03-15")));
        await OpenAsync(_coordinator, Judgment("2025-03-20"));
        var outside = Id(await OpenAsync(_coordinator, Judgment("2025-04-01")));
        foreach (var id in new[] { full1, full2, outside })
        {
            await OkAsync(_coordinator, $"/api/prompts/{id}/outcome", new { outcome = "PerformedInFull", outcomeOn = "2025-04-10" });
        }

        await OkAsync(_coordinator, $"/api/prompts/{part}/outcome", new { outcome = "PerformedInPart", paidAmount = 1_000m, outcomeOn = "2025-04-10" });

        var rate = await (await _leader.GetAsync("/api/prompts/voluntary-performance-rate?from=2025-03-01&to=2025-03-31")).ReadJsonAsync();
        rate.GetProperty("numerator").GetInt32().ShouldBe(2);
        rate.GetProperty("denominator").GetInt32().ShouldBe(4);
        rate.GetProperty("rate").GetDecimal().ShouldBe(0.5m);
        rate.GetProperty("performedInPart").GetInt32().ShouldBe(1);
        rate.GetProperty("noOutcome").GetInt32().ShouldBe(1);

        var empty = await (await _leader.GetAsync("/api/prompts/voluntary-performance-rate?from=2020-01-01&to=2020-12-31")).ReadJsonAsync();
        empty.GetProperty("denominator").GetInt32().ShouldBe(0);
        empty.GetProperty("rate").ValueKind.ShouldBe(JsonValueKind.Null);
        await CasesApiTests.ShouldBeProblem(await _leader.GetAsync("/api/prompts/voluntary-performance-rate?from=2025-04-01&to=2025-03-01"),
            HttpStatusCode.BadRequest, "validation.failed");
        (await factory.ClientFor(Roles.Reception).GetAsync("/api/prompts/voluntary-performance-rate")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Reading_a_prompt_shows_the_parties_and_a_search_finds_it_by_a_name_fragment()
    {
        var body = Judgment("2025-06-05");
        var id = Id(await OpenAsync(_coordinator, body));
        var read = await _leader.GetAsync($"/api/prompts/{id}");
        read.StatusCode.ShouldBe(HttpStatusCode.OK);
        read.Headers.ETag!.Tag.ShouldBe("\"1\"");
        var found = await (await _officer.GetAsync("/api/prompts?q=" + Uri.EscapeDataString("鑫达") + "&pageSize=100")).ReadJsonAsync();
        found.GetProperty("items").EnumerateArray().ShouldContain(p => p.GetProperty("id").GetGuid() == id);
        (await _leader.GetAsync($"/api/prompts/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static Dictionary<string, object?> Judgment(string effectiveOn) => new()
    {
        ["documentNumber"] = $"（2025）湘0681民初{3000 + Interlocked.Increment(ref _sequence)}号",
        ["effectiveOn"] = effectiveOn,
        ["amount"] = 86_000m,
        ["applicants"] = new[] { Requests.Party("Enterprise", "汨罗市鑫达建材有限公司", creditCode: "91350100M000100Y43") },
        ["respondents"] = new[] { Requests.Party("NaturalPerson", "刘建华", idNumber: "430681199001011230", phone: "13973012345") },
    };

    private static Guid Id(JsonElement record) => record.GetProperty("id").GetGuid();

    private static async Task<JsonElement> OpenAsync(HttpClient client, Dictionary<string, object?> body)
    {
        var response = await client.PostJsonAsync("/api/prompts", body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    internal static async Task<JsonElement> OkAsync(HttpClient client, string url, object body)
    {
        var response = await client.PostJsonAsync(url, body);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    /// <summary>
    /// The refusal with its code. A 400 that names a domain rule (not <c>validation.failed</c> or <c>request.malformed</c>)
    /// is a validation problem whose <c>rule</c> is that code.
    /// </summary>
    internal static async Task<JsonElement> RefusedAsync(HttpClient client, string url, object body, HttpStatusCode status, string code)
    {
        var response = await client.PostJsonAsync(url, body);
        if (status == HttpStatusCode.BadRequest && code is not ("validation.failed" or "request.malformed"))
        {
            var problem = await CasesApiTests.ShouldBeProblem(response, status, "validation.failed");
            problem.GetProperty("rule").GetString().ShouldBe(code);
            return problem;
        }

        return await CasesApiTests.ShouldBeProblem(response, status, code);
    }
}
