using System.Net;
using System.Text.Json;
using Enforcement.Application.Security;

namespace Enforcement.Api.Tests;

/// <summary>Legal rules of the case lifecycle over HTTP, with dates counted by hand. The court's today is 2025-06-16.</summary>
public sealed class CaseRulesApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static int _sequence = 8100;
    private readonly HttpClient _client = factory.ClientFor(Roles.Coordinator);

    [Fact]
    public async Task A_case_numbered_in_another_year_than_its_filing_is_422()
    {
        var request = Requests.RegisterCase("（2024）湘0681执8001号", "2025-01-02");
        request["basis"] = new { issuer = "汨罗市人民法院", documentNumber = "（2024）湘0681民初99号", effectiveOn = "2024-12-20" };
        var response = await _client.PostJsonAsync("/api/cases", request);
        await CasesApiTests.ShouldBeProblem(response, (HttpStatusCode)422, "case.number.year_mismatch");
    }

    [Fact]
    public async Task A_resumption_filed_before_the_zhongben_closure_is_422_and_the_next_valid_one_is_accepted()
    {
        // Filed 2025-01-06: more than three months have passed from 2025-04-07.
        var id = await RegisterAsync("2025-01-06");
        foreach (var (kind, on) in new[] { ("EnforcementNotice", "2025-01-10"), ("AssetReportOrder", "2025-01-10"), ("OnlineAssetInquiry", "2025-01-12"), ("ConsumptionRestriction", "2025-01-15") })
        {
            await OkAsync($"/api/cases/{id}/measures", new { kind, takenOn = on, description = kind, inquiryResult = kind == "OnlineAssetInquiry" ? "NoAssets" : null });
        }

        await OkAsync($"/api/cases/{id}/closure", new { mode = "TerminatedThisRound", closedOn = "2025-04-08", note = "无可供执行财产" });
        var early = await _client.PostJsonAsync($"/api/cases/{id}/resumptions", new { caseNumber = "（2025）湘0681执恢8101号", filedOn = "2025-04-07" });
        await CasesApiTests.ShouldBeProblem(early, (HttpStatusCode)422, "case.resumption.before_event");

        var resumed = await _client.PostJsonAsync($"/api/cases/{id}/resumptions", new { caseNumber = "（2025）湘0681执恢8101号", filedOn = "2025-04-08" });
        resumed.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task The_re_inquiry_worklist_drops_a_zhongben_case_once_its_five_years_have_passed()
    {
        // Closed 2020-06-16: the duty ends 2025-06-16, today. Closed 2020-06-15: it ended yesterday.
        var lastDay = await TerminatedAsync("2020-01-06", "2020-06-16");
        var over = await TerminatedAsync("2020-01-06", "2020-06-15");
        var listed = (await (await _client.GetAsync("/api/cases?due=reinquiryDue&pageSize=100")).ReadJsonAsync())
            .GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        listed.ShouldContain(lastDay);
        listed.ShouldNotContain(over);

        var detail = await (await _client.GetAsync($"/api/cases/{over}")).ReadJsonAsync();
        detail.GetProperty("reinquiryEndsOn").GetString().ShouldBe("2025-06-15");
        detail.GetProperty("reinquiryDue").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task The_re_inquiry_worklist_is_read_by_its_due_date_page_after_page()
    {
        // 终本 closures of 2024-12-02, 2024-06-10 and 2024-09-10: re-inquiries due 2025-06-02, 2024-12-10 and 2025-03-10.
        var latest = await TerminatedAsync("2024-01-08", "2024-12-02");
        var earliest = await TerminatedAsync("2024-01-08", "2024-06-10");
        var middle = await TerminatedAsync("2024-01-08", "2024-09-10");

        var rows = new List<(Guid Id, string Due)>();
        string? after = null;
        do
        {
            var page = await (await _client.GetAsync("/api/cases?due=reinquiryDue&pageSize=1" + (after is null ? "" : "&after=" + after))).ReadJsonAsync();
            rows.AddRange(page.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("id").GetGuid(), i.GetProperty("nextReinquiryDueOn").GetString()!)));
            after = page.GetProperty("next").GetString();
            after?.ShouldStartWith("r");
        }
        while (after is not null && rows.Count < 200);

        rows.Select(r => r.Due).ToList().ShouldBe(rows.Select(r => r.Due).Order(StringComparer.Ordinal).ToList(), customMessage: "the most overdue re-inquiry first");
        rows.Select(r => r.Id).Where(id => id == latest || id == earliest || id == middle).ShouldBe([earliest, middle, latest]);
        rows.Single(r => r.Id == earliest).Due.ShouldBe("2024-12-10");
        rows.Select(r => r.Id).Distinct().Count().ShouldBe(rows.Count);

        var explicitSort = await (await _client.GetAsync("/api/cases?due=reinquiryDue&sort=reinquiryDueOn&pageSize=100")).ReadJsonAsync();
        explicitSort.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldBe(rows.Select(r => r.Id));
    }

    [Theory]
    [InlineData("/api/cases?sort=reinquiryDueOn")] // only the re-inquiry worklist has that date on every row
    [InlineData("/api/cases?due=overdue&sort=reinquiryDueOn")]
    [InlineData("/api/cases?due=reinquiryDue&after=d20250616.00000000000000000000000000000000")] // a deadline cursor
    [InlineData("/api/cases?due=overdue&after=f20250616.00000000000000000000000000000000")] // the worklist is read by deadline
    public async Task A_sort_or_cursor_the_list_does_not_have_is_a_400_problem(string url) =>
        await CasesApiTests.ShouldBeProblem(await _client.GetAsync(url), HttpStatusCode.BadRequest, "validation.failed");

    [Fact]
    public async Task Fully_performed_counts_only_the_payments_dated_on_or_before_the_closure()
    {
        var id = await RegisterAsync("2025-06-03"); // claim 320,500.50
        await OkAsync($"/api/cases/{id}/payments", new { amount = 300_000m, paidOn = "2025-06-05", source = "Deduction" });
        await OkAsync($"/api/cases/{id}/payments", new { amount = 20_500.50m, paidOn = "2025-06-12", source = "Voluntary" });

        var early = await _client.PostJsonAsync($"/api/cases/{id}/closure", new { mode = "FullyPerformed", closedOn = "2025-06-10", note = "执行完毕" });
        var problem = await CasesApiTests.ShouldBeProblem(early, (HttpStatusCode)422, "case.closure.not_fully_performed");
        problem.GetProperty("unmet").EnumerateArray().Select(u => u.GetString()).ShouldBe(["payments_by_the_closure_cover_the_claim_or_a_settlement_was_performed"]);

        (await OkAsync($"/api/cases/{id}/closure", new { mode = "FullyPerformed", closedOn = "2025-06-12", note = "执行完毕" }))
            .GetProperty("status").GetString().ShouldBe("Closed");
    }

    [Fact]
    public async Task Zhongben_is_refused_while_the_assets_an_inquiry_found_are_left_untouched()
    {
        var id = await RegisterAsync("2025-01-06");
        foreach (var kind in new[] { "EnforcementNotice", "AssetReportOrder", "ConsumptionRestriction" })
        {
            await OkAsync($"/api/cases/{id}/measures", new { kind, takenOn = "2025-01-10", description = kind });
        }

        await OkAsync($"/api/cases/{id}/measures", new { kind = "OnlineAssetInquiry", takenOn = "2025-01-12", description = "网络查控：发现车辆", inquiryResult = "AssetsFound" });
        var refused = await _client.PostJsonAsync($"/api/cases/{id}/closure", new { mode = "TerminatedThisRound", closedOn = "2025-04-08", note = "终本" });
        var problem = await CasesApiTests.ShouldBeProblem(refused, (HttpStatusCode)422, "case.closure.conditions_unmet");
        problem.GetProperty("unmet").EnumerateArray().Select(u => u.GetString()).ShouldBe(["assets_found_were_dealt_with"]);

        await OkAsync($"/api/cases/{id}/measures", new { kind = "AssetNotDisposable", takenOn = "2025-03-01", description = "车辆系报废车辆，无处置价值" });
        (await OkAsync($"/api/cases/{id}/closure", new { mode = "TerminatedThisRound", closedOn = "2025-04-08", note = "终本" }))
            .GetProperty("closure").GetProperty("mode").GetString().ShouldBe("TerminatedThisRound");
    }

    [Fact]
    public async Task Unknown_measures_and_extension_requests_inside_a_case_are_404()
    {
        var id = await RegisterAsync("2025-06-03");
        await CasesApiTests.ShouldBeProblem(
            await _client.PostJsonAsync($"/api/cases/{id}/measures/{Guid.NewGuid()}/renewals", new { renewedOn = "2025-06-10" }), HttpStatusCode.NotFound, "case.measure.not_found");
        await CasesApiTests.ShouldBeProblem(
            await _client.PostJsonAsync($"/api/cases/{id}/measures/{Guid.NewGuid()}/release", new { releasedOn = "2025-06-10", reason = "误录" }), HttpStatusCode.NotFound, "case.measure.not_found");
        await CasesApiTests.ShouldBeProblem(
            await factory.ClientFor(Roles.Leader).PostJsonAsync($"/api/cases/{id}/extensions/{Guid.NewGuid()}/decision", new { approve = true }),
            HttpStatusCode.NotFound, "case.extension.not_found");
    }

    [Fact]
    public async Task Settlement_dates_are_refused_in_settlement_terms()
    {
        var id = await RegisterAsync("2025-06-03");
        object Agreement(string on) => new { agreedOn = on, terms = "分两期付清", instalments = new[] { new { dueOn = "2025-07-01", amount = 50_000m } } };
        await CasesApiTests.ShouldBeProblem(await _client.PostJsonAsync($"/api/cases/{id}/settlement", Agreement("2025-06-17")), (HttpStatusCode)422, "case.settlement.in_future");
        await CasesApiTests.ShouldBeProblem(await _client.PostJsonAsync($"/api/cases/{id}/settlement", Agreement("2025-06-02")), (HttpStatusCode)422, "case.settlement.before_filing");

        await OkAsync($"/api/cases/{id}/settlement", Agreement("2025-06-10"));
        await CasesApiTests.ShouldBeProblem(
            await _client.PostJsonAsync($"/api/cases/{id}/settlement/breached", new { on = "2025-06-09" }), (HttpStatusCode)422, "case.settlement.before_agreement");
    }

    /// <summary>A case filed on <paramref name="filedOn"/> that meets the 终本 conditions and is closed so on <paramref name="closedOn"/>.</summary>
    private async Task<Guid> TerminatedAsync(string filedOn, string closedOn)
    {
        var id = await RegisterAsync(filedOn);
        foreach (var kind in new[] { "EnforcementNotice", "AssetReportOrder", "OnlineAssetInquiry", "ConsumptionRestriction" })
        {
            await OkAsync($"/api/cases/{id}/measures", new { kind, takenOn = filedOn, description = kind, inquiryResult = kind == "OnlineAssetInquiry" ? "NoAssets" : null });
        }

        await OkAsync($"/api/cases/{id}/closure", new { mode = "TerminatedThisRound", closedOn, note = "无可供执行财产" });
        return id;
    }

    private async Task<Guid> RegisterAsync(string filedOn)
    {
        var request = Requests.RegisterCase($"（{filedOn[..4]}）湘0681执{Interlocked.Increment(ref _sequence)}号", filedOn);
        request["basis"] = new { issuer = "汨罗市人民法院", documentNumber = "（2019）湘0681民初99号", effectiveOn = "2019-12-20" };
        var response = await _client.PostJsonAsync("/api/cases", request);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync()).GetProperty("id").GetGuid();
    }

    private async Task<JsonElement> OkAsync(string url, object body)
    {
        var response = await _client.PostJsonAsync(url, body);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }
}
