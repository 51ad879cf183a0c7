using System.Net;
using System.Text.Json;
using Enforcement.Application.Dashboard;
using Enforcement.Application.Security;
using Microsoft.Extensions.DependencyInjection;
using static Enforcement.Api.Tests.PreEnforcementApiTests;

namespace Enforcement.Api.Tests;

/// <summary>
/// The dashboard and the worklist over rows made here, each figure counted by hand. The court's today is Monday
/// 2025-06-16. The database is this class's own, so every count is exact.
/// </summary>
public sealed class DashboardApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static int _sequence;
    private readonly HttpClient _coordinator = factory.ClientFor(Roles.Coordinator);
    private readonly HttpClient _officer = factory.ClientFor(Roles.Officer);
    private readonly HttpClient _leader = factory.ClientFor(Roles.Leader);

    [Fact]
    public async Task Each_figure_counts_its_rows_and_a_range_excludes_the_rows_outside_it()
    {
        // Filed: two in January, one in March (执), one 执保 in May; closed: the January ones, in February and April.
        var jan1 = await CaseAsync("2025-01-06", 100_000m, handler: Roles.Officer);
        var jan2 = await CaseAsync("2025-01-20", 300_000m, handler: Roles.Officer);
        await CaseAsync("2025-03-03", 50_000m);
        await CaseAsync("2025-05-05", 20_000m, type: "执保");
        // 12,000 above the claim (interest for late performance) is surplus, not recovery of the claim: the rate counts 100,000 of it.
        await OkAsync(_officer, $"/api/cases/{jan1}/payments", new { amount = 112_000m, paidOn = "2025-02-10", source = "Voluntary", note = "主动履行，含迟延履行期间利息" });
        await OkAsync(_officer, $"/api/cases/{jan1}/closure", new { mode = "FullyPerformed", closedOn = "2025-02-14", note = "执行完毕" });
        await OkAsync(_officer, $"/api/cases/{jan2}/payments", new { amount = 60_000m, paidOn = "2025-04-01", source = "Voluntary", note = "部分履行" });
        await OkAsync(_officer, $"/api/cases/{jan2}/closure", new { mode = "Withdrawn", closedOn = "2025-04-08", note = "申请人撤回申请" });

        var year = await DashboardAsync("from=2025-01-01&to=2025-06-16");
        Figure(year, "intake").GetProperty("numerator").GetDecimal().ShouldBe(4);
        year.GetProperty("intakeByType").EnumerateArray().Single(t => t.GetProperty("caseType").GetString() == "PreservationEnforcement")
            .GetProperty("count").GetInt32().ShouldBe(1);
        var actual = Figure(year, "closure.actual_enforcement_rate");
        actual.GetProperty("numerator").GetDecimal().ShouldBe(1);
        actual.GetProperty("denominator").GetDecimal().ShouldBe(2);
        actual.GetProperty("rate").GetDecimal().ShouldBe(0.5m);
        var recovery = Figure(year, "closure.recovery_rate");
        recovery.GetProperty("numerator").GetDecimal().ShouldBe(160_000m);
        recovery.GetProperty("denominator").GetDecimal().ShouldBe(400_000m);
        recovery.GetProperty("rate").GetDecimal().ShouldBe(0.4m);
        var withinLimit = Figure(year, "closure.within_limit_rate");
        withinLimit.GetProperty("rate").GetDecimal().ShouldBe(1m);
        withinLimit.GetProperty("target").GetDecimal().ShouldBe(0.9m);
        withinLimit.GetProperty("meetsTarget").GetBoolean().ShouldBeTrue();

        // March to June: the January filings and the February closure fall outside.
        var spring = await DashboardAsync("from=2025-03-01&to=2025-06-16");
        Figure(spring, "intake").GetProperty("numerator").GetDecimal().ShouldBe(2);
        var springActual = Figure(spring, "closure.actual_enforcement_rate");
        springActual.GetProperty("numerator").GetDecimal().ShouldBe(0);
        springActual.GetProperty("denominator").GetDecimal().ShouldBe(1);
        Figure(spring, "closure.recovery_rate").GetProperty("rate").GetDecimal().ShouldBe(0.2m); // 60,000 ÷ 300,000
        Figure(spring, "closure.actual_enforcement_rate").GetProperty("link").GetString()
            .ShouldBe("/api/cases?status=Closed&closedFrom=2025-03-01&closedTo=2025-06-16&closureMode=FullyPerformed");

        // The link lists the rows the figure counts.
        var listed = await (await _leader.GetAsync(Figure(year, "closure.actual_enforcement_rate").GetProperty("link").GetString())).ReadJsonAsync();
        listed.GetProperty("total").GetInt32().ShouldBe(1);
        listed.GetProperty("items")[0].GetProperty("id").GetGuid().ShouldBe(jan1);

        // Trend: 12 months ending June 2025; February closed one performed case, April one withdrawn.
        var trend = year.GetProperty("trend").EnumerateArray().ToList();
        trend.Count.ShouldBe(12);
        trend[0].GetProperty("month").GetString().ShouldBe("2024-07");
        var february = trend.Single(m => m.GetProperty("month").GetString() == "2025-02");
        february.GetProperty("closed").GetInt32().ShouldBe(1);
        february.GetProperty("actualEnforcementRate").GetDecimal().ShouldBe(1m);
        trend.Single(m => m.GetProperty("month").GetString() == "2025-04").GetProperty("recoveryRate").GetDecimal().ShouldBe(0.2m);
        trend.Single(m => m.GetProperty("month").GetString() == "2025-03").GetProperty("actualEnforcementRate").ValueKind.ShouldBe(JsonValueKind.Null);

        // The trend's last month ends with `to`, as the range's figures do: to 04-07 leaves out the closure of 04-08.
        var early = await DashboardAsync("from=2025-01-01&to=2025-04-07");
        var earlyApril = early.GetProperty("trend").EnumerateArray().Last();
        earlyApril.GetProperty("month").GetString().ShouldBe("2025-04");
        earlyApril.GetProperty("closed").GetInt32().ShouldBe(0);
        earlyApril.GetProperty("recoveryRate").ValueKind.ShouldBe(JsonValueKind.Null);
        Figure(early, "closure.recovery_rate").GetProperty("denominator").GetDecimal().ShouldBe(100_000m);
        var april8 = (await DashboardAsync("from=2025-01-01&to=2025-04-08")).GetProperty("trend").EnumerateArray().Last();
        april8.GetProperty("closed").GetInt32().ShouldBe(1);

        // Key cases and overdue orders are states as of today.
        var keyCase = await OkCreatedAsync(_leader, "/api/key-cases", new { caseId = await CaseAsync("2025-06-02", 10_000m, handler: Roles.Officer), reason = "Other", reasonText = "测试" });
        var overdueCase = keyCase.GetProperty("caseId").GetGuid();
        await OkCreatedAsync(_leader, "/api/supervision-orders", new { subjectKind = "Case", subjectId = overdueCase, instruction = "限期报告", issuedOn = "2025-06-05", dueOn = "2025-06-13" });
        await OkCreatedAsync(_leader, "/api/supervision-orders", new { subjectKind = "Case", subjectId = overdueCase, instruction = "下周报告", dueOn = "2025-06-20" });
        // A key case whose case has since closed is no longer an open key case.
        var closedKey = await CaseAsync("2025-06-03", 20_000m, handler: Roles.Officer);
        await OkCreatedAsync(_leader, "/api/key-cases", new { caseId = closedKey, reason = "SocialImpact", reasonText = "群体性纠纷" });
        await OkAsync(_officer, $"/api/cases/{closedKey}/closure", new { mode = "Withdrawn", closedOn = "2025-06-16", note = "申请执行人撤回执行申请" });
        var now = await DashboardAsync("");
        var keyOpen = Figure(now, "key_cases.open");
        keyOpen.GetProperty("numerator").GetDecimal().ShouldBe(1);
        var keyCases = await (await _leader.GetAsync(keyOpen.GetProperty("link").GetString())).ReadJsonAsync();
        keyCases.GetProperty("items").EnumerateArray().Select(k => k.GetProperty("caseId").GetGuid()).ShouldBe([overdueCase]);
        Figure(now, "supervision.overdue").GetProperty("numerator").GetDecimal().ShouldBe(1);
        now.GetProperty("from").GetString().ShouldBe("2025-01-01");
        now.GetProperty("to").GetString().ShouldBe("2025-06-16");
    }

    [Fact]
    public async Task The_lapsed_holds_figure_counts_the_list_it_links_to()
    {
        // A freeze ordered only until 06-10, not renewed: lost on 06-11 (today is 06-16). A second, released in time, is not.
        var caseId = await CaseAsync("2025-06-02", 50_000m, handler: Roles.Officer);
        await OkAsync(_officer, $"/api/cases/{caseId}/measures", new
        {
            kind = "Freeze", takenOn = "2025-06-04", description = "冻结被执行人农商银行账户", assetKind = "BankDeposit", until = "2025-06-10",
        });
        await OkAsync(_officer, $"/api/cases/{caseId}/measures", new
        {
            kind = "Freeze", takenOn = "2025-06-04", description = "冻结被执行人支付宝账户", assetKind = "BankDeposit", until = "2025-06-12",
        });
        var measures = (await (await _leader.GetAsync($"/api/cases/{caseId}/measures")).ReadJsonAsync()).EnumerateArray().ToList();
        var lostId = measures.Single(m => m.GetProperty("description").GetString() == "冻结被执行人农商银行账户").GetProperty("id").GetGuid();
        var releasedId = measures.Single(m => m.GetProperty("description").GetString() == "冻结被执行人支付宝账户").GetProperty("id").GetGuid();
        await OkAsync(_officer, $"/api/cases/{caseId}/measures/{releasedId}/release", new { releasedOn = "2025-06-12", reason = "被执行人已提供担保" });

        var figure = Figure(await DashboardAsync("from=2025-06-01&to=2025-06-16"), "preservation.lapsed");
        figure.GetProperty("link").GetString().ShouldBe("/api/preservation/measures/lapsed?from=2025-06-01&to=2025-06-16");
        var listed = await (await _leader.GetAsync(figure.GetProperty("link").GetString() + "&pageSize=100")).ReadJsonAsync();
        listed.GetProperty("total").GetInt32().ShouldBe(figure.GetProperty("numerator").GetInt32());
        var ids = listed.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("measureId").GetGuid()).ToList();
        ids.ShouldContain(lostId);
        ids.ShouldNotContain(releasedId);
        listed.GetProperty("items").EnumerateArray().Single(m => m.GetProperty("measureId").GetGuid() == lostId).GetProperty("expiresOn").GetString().ShouldBe("2025-06-10");
        (await DashboardAsync("from=2025-06-11&to=2025-06-16")).GetProperty("figures").EnumerateArray()
            .Single(f => f.GetProperty("key").GetString() == "preservation.lapsed").GetProperty("numerator").GetDecimal().ShouldBe(figure.GetProperty("numerator").GetDecimal() - 1);
    }

    [Fact]
    public async Task The_default_dashboard_is_computed_once_the_host_has_started_so_the_first_leader_reads_it_at_once()
    {
        using var fresh = new ApiFactory();
        var snapshots = fresh.Services.GetRequiredService<DashboardSnapshots>();
        var today = new DateOnly(2025, 6, 16);
        DashboardDto? warm = null;
        for (var attempt = 0; attempt < 100 && warm is null; attempt++)
        {
            try
            {
                // A read that finds no snapshot fails here, and stores nothing.
                warm = await snapshots.GetAsync(new DateOnly(2025, 1, 1), today, today, _ => throw new TimeoutException("not computed yet"), CancellationToken.None);
            }
            catch (TimeoutException)
            {
                await Task.Delay(100);
            }
        }

        warm.ShouldNotBeNull("the warm-up computes this year's dashboard after the start");
        warm.From.ShouldBe(new DateOnly(2025, 1, 1));
        warm.Figures.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Only_leaders_and_coordinators_read_the_dashboard_and_a_reversed_range_is_refused()
    {
        (await _coordinator.GetAsync("/api/dashboard")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _officer.GetAsync("/api/dashboard")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.ClientFor(Roles.Reception).GetAsync("/api/dashboard")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await CasesApiTests.ShouldBeProblem(await _leader.GetAsync("/api/dashboard?from=2025-06-01&to=2025-05-01"), HttpStatusCode.BadRequest, "validation.failed");
        await CasesApiTests.ShouldBeProblem(await _leader.GetAsync("/api/dashboard?from=2025-02-30"), HttpStatusCode.BadRequest, "request.malformed");
    }

    [Fact]
    public async Task The_worklist_shows_each_kind_to_its_reader_overdue_first()
    {
        // A case of the officer's, filed 2025-06-12: first steps due 3 days after assignment (06-12 → 06-15, a Sunday,
        // so the 16th), the limit on 12-12 (outside 30 days, inside 200).
        var mine = await CaseAsync("2025-06-12", 80_000m, handler: Roles.Officer);
        var unassigned = await CaseAsync("2025-06-13", 30_000m);
        var order = await OkCreatedAsync(_leader, "/api/supervision-orders", new { subjectKind = "Case", subjectId = mine, instruction = "请报告", dueOn = "2025-06-18" });

        var officer = await WorklistAsync(_officer, "");
        var firstSteps = officer.Single(i => i.GetProperty("kind").GetString() == "CaseFirstSteps" && i.GetProperty("subjectId").GetGuid() == mine);
        firstSteps.GetProperty("link").GetString().ShouldBe($"/api/cases/{mine}");
        var supervision = officer.Single(i => i.GetProperty("kind").GetString() == "SupervisionOrder" && i.GetProperty("subjectId").GetGuid() == order.GetProperty("id").GetGuid());
        supervision.GetProperty("dueOn").GetString().ShouldBe("2025-06-18");
        supervision.GetProperty("daysLeft").GetInt32().ShouldBe(2);
        officer.ShouldNotContain(i => i.GetProperty("kind").GetString() == "CaseDeadline" && i.GetProperty("subjectId").GetGuid() == mine);
        (await WorklistAsync(_officer, "?withinDays=200")).ShouldContain(i => i.GetProperty("kind").GetString() == "CaseDeadline" && i.GetProperty("subjectId").GetGuid() == mine);

        var coordinator = await WorklistAsync(_coordinator, "");
        coordinator.ShouldContain(i => i.GetProperty("kind").GetString() == "CaseAssignment" && i.GetProperty("subjectId").GetGuid() == unassigned);
        coordinator.ShouldNotContain(i => i.GetProperty("kind").GetString() == "SupervisionOrder" && i.GetProperty("subjectId").GetGuid() == order.GetProperty("id").GetGuid());

        var id = order.GetProperty("id").GetGuid();
        await OkAsync(_officer, $"/api/supervision-orders/{id}/reports", new { progress = "已发出执行通知书" });
        var leader = await WorklistAsync(_leader, "");
        leader.ShouldContain(i => i.GetProperty("kind").GetString() == "SupervisionReport" && i.GetProperty("subjectId").GetGuid() == id);
        (await WorklistAsync(_officer, "")).ShouldNotContain(i => i.GetProperty("kind").GetString() == "SupervisionOrder" && i.GetProperty("subjectId").GetGuid() == id);

        var key = await OkCreatedAsync(_leader, "/api/key-cases", new { caseId = mine, reason = "LargeAmount", reasonText = "标的额大" });
        (await WorklistAsync(_leader, "")).ShouldContain(i => i.GetProperty("kind").GetString() == "KeyCase" && i.GetProperty("subjectId").GetGuid() == key.GetProperty("id").GetGuid());

        // Overdue first, then by due date.
        var dates = (await WorklistAsync(_coordinator, "?withinDays=366")).Select(i => i.GetProperty("dueOn").GetString()).ToList();
        dates.ShouldBe(dates.Order(StringComparer.Ordinal).ToList());
        await CasesApiTests.ShouldBeProblem(await _officer.GetAsync("/api/me/worklist?withinDays=-1"), HttpStatusCode.BadRequest, "validation.failed");
    }

    private async Task<List<JsonElement>> WorklistAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/me/worklist{query}{(query.Length == 0 ? "?" : "&")}pageSize=100");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync()).GetProperty("items").EnumerateArray().ToList();
    }

    [Theory]
    [InlineData("to=1949-10-01", "1949-10-01")] // 1 January 1949 lies before any date the API accepts
    [InlineData("to=1949-12-31", "1949-10-01")]
    [InlineData("to=1950-03-01", "1950-01-01")]
    public async Task The_default_start_of_a_range_is_the_1st_of_January_never_before_the_earliest_date_accepted(string query, string from) =>
        (await DashboardAsync(query)).GetProperty("from").GetString().ShouldBe(from);

    private async Task<JsonElement> DashboardAsync(string query)
    {
        var response = await _leader.GetAsync($"/api/dashboard?{query}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    internal static JsonElement Figure(JsonElement dashboard, string key) =>
        dashboard.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("key").GetString() == key);

    private static async Task<JsonElement> OkCreatedAsync(HttpClient client, string url, object body)
    {
        var response = await client.PostJsonAsync(url, body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    private async Task<Guid> CaseAsync(string filedOn, decimal claimed, string? handler = null, string type = "执")
    {
        var number = $"（2025）湘0681{type}{8000 + Interlocked.Increment(ref _sequence)}号";
        var register = Requests.RegisterCase(number, filedOn);
        register["claimedAmount"] = claimed;
        register["basis"] = new { issuer = "汨罗市人民法院", documentNumber = "（2024）湘0681民初321号", effectiveOn = "2024-12-02" };
        var response = await _coordinator.PostJsonAsync("/api/cases", register);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await response.ReadJsonAsync()).GetProperty("id").GetGuid();
        if (handler is not null)
        {
            await OkAsync(_coordinator, $"/api/cases/{id}/assignments", new { staffId = factory.StaffIdOf(handler), assignedOn = filedOn });
        }

        return id;
    }
}
