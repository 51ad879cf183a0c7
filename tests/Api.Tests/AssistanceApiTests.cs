using System.Net;
using System.Text.Json;
using Enforcement.Application.Security;
using static Enforcement.Api.Tests.PreEnforcementApiTests;

namespace Enforcement.Api.Tests;

/// <summary>
/// Assistance requests over HTTP. The court's today is Monday 2025-06-16: a request sent today is due 7 working days
/// later, Wednesday 06-25; one sent Monday 06-02 (a Dragon Boat Festival holiday, 05-31 to 06-02) counts from it and is
/// due Wednesday 06-11, so it is overdue today.
/// </summary>
public sealed class AssistanceApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static int _sequence;
    private readonly HttpClient _coordinator = factory.ClientFor(Roles.Coordinator);
    private readonly HttpClient _officer = factory.ClientFor(Roles.Officer);
    private readonly HttpClient _leader = factory.ClientFor(Roles.Leader);

    [Fact]
    public async Task A_request_is_due_seven_working_days_after_sending_and_flagged_once_overdue()
    {
        var caseId = await CaseAsync("2025-05-26");
        var unit = await UnitAsync("汨罗市公安局", "PublicSecurity");
        var today = await SendAsync(_coordinator, caseId, unit, null);
        today.GetProperty("replyDueOn").GetString().ShouldBe("2025-06-25");
        today.GetProperty("overdue").GetBoolean().ShouldBeFalse();
        today.GetProperty("daysLeft").GetInt32().ShouldBe(9);

        var old = await SendAsync(_coordinator, caseId, unit, "2025-06-02");
        old.GetProperty("replyDueOn").GetString().ShouldBe("2025-06-11");
        old.GetProperty("overdue").GetBoolean().ShouldBeTrue();

        var overdue = await (await _leader.GetAsync("/api/assistance-requests?overdue=true&pageSize=100")).ReadJsonAsync();
        var ids = overdue.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ToList();
        ids.ShouldContain(old.GetProperty("id").GetGuid());
        ids.ShouldNotContain(today.GetProperty("id").GetGuid());

        var timeline = await (await _leader.GetAsync($"/api/cases/{caseId}/timeline")).ReadJsonAsync();
        timeline.EnumerateArray().Count(e => e.GetProperty("kind").GetString() == "Assistance").ShouldBe(2);
    }

    [Fact]
    public async Task A_case_timeline_shows_its_assistance_requests_only_to_those_who_may_read_them()
    {
        var caseId = await CaseAsync("2025-05-26");
        await SendAsync(_coordinator, caseId, await UnitAsync("汨罗市不动产登记中心", "Registry"), "2025-06-02", "RegisterSeal");
        async Task<int> AssistanceLines(HttpClient reader) =>
            (await (await reader.GetAsync($"/api/cases/{caseId}/timeline")).ReadJsonAsync()).EnumerateArray().Count(e => e.GetProperty("kind").GetString() == "Assistance");

        (await AssistanceLines(_leader)).ShouldBe(1);
        (await AssistanceLines(_officer)).ShouldBe(1); // unassigned: the officer may work it
        // Reception reads cases, not assistance requests: "a seal request was sent to the registry" is not for a petition desk.
        (await AssistanceLines(factory.ClientFor(Roles.Reception))).ShouldBe(0);

        var staff = await factory.ClientFor(Roles.Admin).PostJsonAsync("/api/staff", new { name = "邓志刚", position = "执行员", unit = "EnforcementBureau" });
        await OkAsync(_coordinator, $"/api/cases/{caseId}/assignments", new { staffId = (await staff.ReadJsonAsync()).GetProperty("id").GetGuid(), assignedOn = "2025-06-03" });
        (await AssistanceLines(_officer)).ShouldBe(0); // another officer's case: its requests are not theirs to read
        (await AssistanceLines(_coordinator)).ShouldBe(1);
    }

    [Fact]
    public async Task A_reply_that_found_property_records_the_freeze_on_the_case_in_the_same_change()
    {
        var caseId = await CaseAsync("2025-06-03");
        var bank = await UnitAsync("中国农业银行汨罗支行", "Bank");
        var request = await SendAsync(_coordinator, caseId, bank, "2025-06-05", "ReportProperty");
        var id = request.GetProperty("id").GetGuid();

        await RefusedAsync(_coordinator, $"/api/assistance-requests/{id}/reply",
            new { result = "NothingFound", reply = "未查到", measure = new { kind = "Freeze" } }, HttpStatusCode.BadRequest, "validation.failed");
        await RefusedAsync(_coordinator, $"/api/assistance-requests/{id}/reply",
            new { result = "PropertyFound", reply = "有存款", measure = new { kind = "Auction" } }, HttpStatusCode.BadRequest, "validation.failed");
        await RefusedAsync(_coordinator, $"/api/assistance-requests/{id}/reply",
            new { result = "Done", reply = "已办理", repliedOn = "2025-06-04" }, HttpStatusCode.BadRequest, "assistance.replied_on.too_early");

        var replied = await OkAsync(_coordinator, $"/api/assistance-requests/{id}/reply", new
        {
            result = "PropertyFound", reply = "被执行人在我行账户存款52,300元，已协助冻结", repliedOn = "2025-06-12",
            measure = new { kind = "Freeze", amount = 52_300m, asset = "农业银行汨罗支行账户" },
        });
        replied.GetProperty("answeredOnTime").GetBoolean().ShouldBeTrue(); // due 06-16
        replied.GetProperty("replyDays").GetInt32().ShouldBe(7);
        var measureId = replied.GetProperty("measureId").GetGuid();
        await RefusedAsync(_coordinator, $"/api/assistance-requests/{id}/reply", new { result = "Done", reply = "再次" }, HttpStatusCode.Conflict, "assistance.already_replied");

        var measures = await (await _leader.GetAsync($"/api/cases/{caseId}/measures")).ReadJsonAsync();
        var freeze = measures.EnumerateArray().Single(m => m.GetProperty("id").GetGuid() == measureId);
        freeze.GetProperty("kind").GetString().ShouldBe("Freeze");
        freeze.GetProperty("takenOn").GetString().ShouldBe("2025-06-12");
    }

    [Fact]
    public async Task Per_unit_figures_show_sent_answered_on_time_overdue_and_average_reply_days()
    {
        var caseId = await CaseAsync("2025-01-02");
        var registry = await UnitAsync("汨罗市不动产登记中心", "Registry");
        // In February 2025, a range of its own: due 7 working days later.
        var onTime = await SendAsync(_coordinator, caseId, registry, "2025-02-10"); // due 02-19
        var late = await SendAsync(_coordinator, caseId, registry, "2025-02-11"); // due 02-20
        await SendAsync(_coordinator, caseId, registry, "2025-02-12"); // due 02-21, never answered
        await OkAsync(_coordinator, $"/api/assistance-requests/{onTime.GetProperty("id").GetGuid()}/reply", new { result = "Done", reply = "已办理查封登记", repliedOn = "2025-02-19" });
        await OkAsync(_coordinator, $"/api/assistance-requests/{late.GetProperty("id").GetGuid()}/reply", new { result = "NothingFound", reply = "名下无不动产", repliedOn = "2025-02-25" });

        var figures = await (await _leader.GetAsync("/api/assistance-requests/units?from=2025-02-01&to=2025-02-28")).ReadJsonAsync();
        var row = figures.EnumerateArray().Single(u => u.GetProperty("unitId").GetGuid() == registry);
        row.GetProperty("sent").GetInt32().ShouldBe(3);
        row.GetProperty("answered").GetInt32().ShouldBe(2);
        row.GetProperty("answeredOnTime").GetInt32().ShouldBe(1);
        row.GetProperty("overdueOpen").GetInt32().ShouldBe(1);
        row.GetProperty("onTimeRate").GetDecimal().ShouldBe(0.3333m);
        row.GetProperty("averageReplyDays").GetDecimal().ShouldBe(11.5m); // 9 and 14 days

        var none = await (await _leader.GetAsync("/api/assistance-requests/units?from=2025-03-01&to=2025-03-31")).ReadJsonAsync();
        none.EnumerateArray().ShouldNotContain(u => u.GetProperty("unitId").GetGuid() == registry);
    }

    [Fact]
    public async Task An_officer_sends_requests_only_from_cases_they_may_work_and_reception_reads_none()
    {
        var caseId = await CaseAsync("2025-06-03", handler: Roles.Coordinator);
        var unit = await UnitAsync("汨罗市市场监督管理局", "GovernmentDepartment");
        await RefusedAsync(_officer, "/api/assistance-requests", Body(caseId, unit, null, "ReportProperty"), HttpStatusCode.Forbidden, "assistance.not_your_case");
        var sent = await SendAsync(_coordinator, caseId, unit, null);
        (await _officer.GetAsync($"/api/assistance-requests/{sent.GetProperty("id").GetGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var officersFigures = await (await _officer.GetAsync("/api/assistance-requests/units")).ReadJsonAsync();
        officersFigures.EnumerateArray().ShouldNotContain(u => u.GetProperty("unitId").GetGuid() == unit);
        (await factory.ClientFor(Roles.Reception).GetAsync("/api/assistance-requests")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await RefusedAsync(_coordinator, "/api/assistance-requests", Body(caseId, Guid.NewGuid(), null, "Other"), (HttpStatusCode)422, "assistance.unit.not_found");
        await RefusedAsync(_coordinator, "/api/assistance-requests", Body(caseId, unit, "2025-06-02", "Other"), HttpStatusCode.BadRequest, "assistance.sent_on.too_early");
        await RefusedAsync(_coordinator, "/api/assistance-requests", Body(caseId, unit, "2025-06-17", "Other"), HttpStatusCode.BadRequest, "validation.failed");
    }

    [Fact]
    public async Task After_终本_the_debtor_is_still_searched_for_until_the_case_is_resumed_as_执恢()
    {
        var caseId = await CaseAsync("2025-01-06");
        foreach (var (kind, day) in new[] { ("EnforcementNotice", "01-08"), ("AssetReportOrder", "01-08"), ("OnlineAssetInquiry", "01-09"), ("ConsumptionRestriction", "01-10") })
        {
            await OkAsync(_coordinator, $"/api/cases/{caseId}/measures", new
            {
                kind, takenOn = $"2025-{day}", description = "执行措施", inquiryResult = kind == "OnlineAssetInquiry" ? "NoAssets" : null,
            });
        }

        await OkAsync(_coordinator, $"/api/cases/{caseId}/closure", new { mode = "TerminatedThisRound", closedOn = "2025-04-08", note = "经查控未发现可供执行财产" });
        var unit = await UnitAsync("汨罗市公安局", "GovernmentDepartment");
        await SendAsync(_coordinator, caseId, unit, null, "LocateDebtor");

        var resumption = await _coordinator.PostJsonAsync($"/api/cases/{caseId}/resumptions",
            new { caseNumber = $"（2025）湘0681执恢{700 + Interlocked.Increment(ref _sequence)}号", filedOn = "2025-06-16" });
        resumption.StatusCode.ShouldBe(HttpStatusCode.Created, await resumption.Content.ReadAsStringAsync());
        var refused = await RefusedAsync(_coordinator, "/api/assistance-requests", Body(caseId, unit, null, "LocateDebtor"), (HttpStatusCode)422, "assistance.case.closed");
        refused.GetProperty("detail").GetString()!.ShouldContain("执恢");
    }

    private static Dictionary<string, object?> Body(Guid caseId, Guid unitId, string? sentOn, string type) => new()
    {
        ["caseId"] = caseId, ["unitId"] = unitId, ["type"] = type, ["sentOn"] = sentOn,
        ["documentNumber"] = $"（2025）湘0681执协{Interlocked.Increment(ref _sequence)}号", ["content"] = "请协助查询被执行人陈海涛名下财产并冻结",
    };

    private async Task<JsonElement> SendAsync(HttpClient client, Guid caseId, Guid unitId, string? sentOn, string type = "LocateDebtor")
    {
        var response = await client.PostJsonAsync("/api/assistance-requests", Body(caseId, unitId, sentOn, type));
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    private async Task<Guid> UnitAsync(string name, string kind)
    {
        var response = await _coordinator.PostJsonAsync("/api/linked-units", new Dictionary<string, object?>
        {
            ["kind"] = kind, ["fullName"] = $"{name}{Interlocked.Increment(ref _sequence)}", ["contactPerson"] = "刘建军", ["contactPhone"] = "13907301234",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync()).GetProperty("id").GetGuid();
    }

    private async Task<Guid> CaseAsync(string filedOn, string? handler = null)
    {
        var number = $"（2025）湘0681执{9000 + Interlocked.Increment(ref _sequence)}号";
        var register = Requests.RegisterCase(number, filedOn);
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
