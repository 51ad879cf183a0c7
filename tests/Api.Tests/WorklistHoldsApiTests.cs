using System.Net;
using System.Text.Json;
using Enforcement.Application.Security;
using static Enforcement.Api.Tests.PreEnforcementApiTests;

namespace Enforcement.Api.Tests;

/// <summary>
/// Whose worklist shows a live hold: the handler's (on their cases, closed ones too), else the coordinator's. The court's
/// today is Monday 2025-06-16.
/// </summary>
public sealed class WorklistHoldsApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static int _sequence;
    private readonly HttpClient _coordinator = factory.ClientFor(Roles.Coordinator);
    private readonly HttpClient _officer = factory.ClientFor(Roles.Officer);

    [Fact]
    public async Task A_paused_case_stays_on_its_handlers_worklist_with_the_deadline_its_page_gives_today()
    {
        // Filed Monday 2025-06-02: 6 months end on Tuesday 12-02. Paused since 06-10, 6 days to today (06-16): Monday 12-08.
        var paused = await CaseAsync("2025-06-02", 45_000m, handler: Roles.Officer);
        (await _officer.PostJsonAsync($"/api/cases/{paused}/pauses", new { kind = "Suspension", startedOn = "2025-06-10", reason = "被执行人申请破产，裁定中止执行" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var worklist = await (await _officer.GetAsync("/api/me/worklist?withinDays=200&pageSize=100")).ReadJsonAsync();
        var item = worklist.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("kind").GetString() == "CaseDeadline" && i.GetProperty("subjectId").GetGuid() == paused);
        item.GetProperty("dueOn").GetString().ShouldBe("2025-12-08");
        item.GetProperty("daysLeft").GetInt32().ShouldBe(175);
        item.GetProperty("title").GetString()!.ShouldContain("中止中");
        (await (await _officer.GetAsync($"/api/cases/{paused}")).ReadJsonAsync()).GetProperty("deadline").GetString().ShouldBe("2025-12-08");
    }

    [Fact]
    public async Task Every_live_hold_is_on_a_worklist_a_closed_cases_with_its_handler_an_unassigned_cases_with_the_coordinator()
    {
        // Today is 2025-06-16. The officer's case keeps a freeze to 07-01 after it closes.
        var closed = await CaseAsync("2025-06-02", 50_000m, handler: Roles.Officer);
        await OkAsync(_officer, $"/api/cases/{closed}/measures", new
        {
            kind = "Freeze", takenOn = "2025-06-04", description = "冻结被执行人建设银行账户", assetKind = "BankDeposit", until = "2025-07-01",
        });
        await OkAsync(_officer, $"/api/cases/{closed}/closure", new { mode = "Withdrawn", closedOn = "2025-06-16", note = "申请执行人撤回执行申请" });

        // A case with no handler yet holds a house to 07-02: the coordinator's to watch, with the orders' holds.
        var unassigned = await CaseAsync("2025-06-03", 40_000m);
        await OkAsync(_coordinator, $"/api/cases/{unassigned}/measures", new
        {
            kind = "Seal", takenOn = "2025-06-05", description = "查封被执行人名下汨罗市归义镇房产", assetKind = "Immovable", until = "2025-07-02",
        });

        var officer = await WorklistAsync(_officer);
        officer.ShouldContain(i => i.GetProperty("kind").GetString() == "PreservationExpiry" && i.GetProperty("subjectId").GetGuid() == closed
                                   && i.GetProperty("dueOn").GetString() == "2025-07-01");
        // Withdrawn, the case renews nothing (RenewHold refuses): the hold is to be released, not renewed.
        officer.ShouldNotContain(i => i.GetProperty("kind").GetString() == "PreservationRenewalRequest" && i.GetProperty("subjectId").GetGuid() == closed);
        officer.ShouldNotContain(i => i.GetProperty("subjectId").GetGuid() == unassigned);

        var coordinator = await WorklistAsync(_coordinator);
        var seal = coordinator.Single(i => i.GetProperty("kind").GetString() == "PreservationExpiry" && i.GetProperty("subjectId").GetGuid() == unassigned);
        seal.GetProperty("dueOn").GetString().ShouldBe("2025-07-02");
        seal.GetProperty("link").GetString().ShouldBe($"/api/cases/{unassigned}");
        coordinator.ShouldContain(i => i.GetProperty("kind").GetString() == "PreservationRenewalRequest" && i.GetProperty("subjectId").GetGuid() == unassigned
                                       && i.GetProperty("dueOn").GetString() == "2025-06-25");
        coordinator.ShouldNotContain(i => i.GetProperty("subjectId").GetGuid() == closed);
    }

    [Fact]
    public async Task A_hold_on_a_case_closed_without_a_handler_is_the_coordinators_to_release_not_to_renew()
    {
        var withdrawn = await CaseAsync("2025-06-03", 30_000m);
        await OkAsync(_coordinator, $"/api/cases/{withdrawn}/measures", new
        {
            kind = "Freeze", takenOn = "2025-06-05", description = "冻结被执行人农业银行账户", assetKind = "BankDeposit", until = "2025-07-03",
        });
        await OkAsync(_coordinator, $"/api/cases/{withdrawn}/closure", new { mode = "Withdrawn", closedOn = "2025-06-16", note = "申请执行人撤回执行申请" });

        var coordinator = await WorklistAsync(_coordinator);
        coordinator.ShouldContain(i => i.GetProperty("kind").GetString() == "PreservationExpiry" && i.GetProperty("subjectId").GetGuid() == withdrawn
                                       && i.GetProperty("dueOn").GetString() == "2025-07-03");
        coordinator.ShouldNotContain(i => i.GetProperty("kind").GetString() == "PreservationRenewalRequest" && i.GetProperty("subjectId").GetGuid() == withdrawn);
        var expiring = await (await _coordinator.GetAsync("/api/preservation/measures/expiring?pageSize=100")).ReadJsonAsync();
        expiring.GetProperty("items").EnumerateArray().Single(m => m.GetProperty("ownerId").GetGuid() == withdrawn).GetProperty("renewable").GetBoolean().ShouldBeFalse();
    }


    [Fact]
    public async Task A_voided_measures_hold_reads_voided_counts_down_nothing_and_leaves_the_worklist()
    {
        var caseId = await CaseAsync("2025-06-03", 35_000m);
        await OkAsync(_coordinator, $"/api/cases/{caseId}/measures", new
        {
            kind = "Freeze", takenOn = "2025-06-05", description = "冻结被执行人邮储银行账户", assetKind = "BankDeposit", until = "2025-07-04",
        });
        var measureId = (await MeasuresAsync(caseId)).Single().GetProperty("id").GetGuid();
        var live = (await MeasuresAsync(caseId)).Single().GetProperty("hold");
        (live.GetProperty("status").GetString(), live.GetProperty("daysLeft").GetInt32()).ShouldBe(("Live", 18)); // 06-16 to 07-04

        await OkAsync(_coordinator, $"/api/cases/{caseId}/measures/{measureId}/void", new { reason = "账户系案外人所有，误录冻结" });
        var voided = (await MeasuresAsync(caseId)).Single().GetProperty("hold");
        voided.GetProperty("status").GetString().ShouldBe("Voided");
        voided.GetProperty("daysLeft").ValueKind.ShouldBe(JsonValueKind.Null);
        voided.GetProperty("lapsedOn").ValueKind.ShouldBe(JsonValueKind.Null);
        (await WorklistAsync(_coordinator)).ShouldNotContain(i => i.GetProperty("subjectId").GetGuid() == caseId && i.GetProperty("kind").GetString() == "PreservationExpiry");
    }

    private async Task<List<JsonElement>> MeasuresAsync(Guid caseId)
    {
        var response = await _coordinator.GetAsync($"/api/cases/{caseId}/measures");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync()).EnumerateArray().ToList();
    }

    [Fact]
    public async Task A_case_whose_handler_is_deactivated_falls_to_the_coordinator_with_its_holds()
    {
        var admin = factory.ClientFor(Roles.Admin);
        var staff = await (await admin.PostJsonAsync("/api/staff", new { name = "赵晓东", position = "执行员", unit = "EnforcementBureau" })).ReadJsonAsync();
        var staffId = staff.GetProperty("id").GetGuid();
        var caseId = await CaseAsync("2025-06-04", 60_000m);
        await OkAsync(_coordinator, $"/api/cases/{caseId}/assignments", new { staffId, assignedOn = "2025-06-05" });
        await OkAsync(_coordinator, $"/api/cases/{caseId}/measures", new
        {
            kind = "Freeze", takenOn = "2025-06-06", description = "冻结被执行人工商银行账户", assetKind = "BankDeposit", until = "2025-07-05",
        });
        (await WorklistAsync(_coordinator)).ShouldNotContain(i => i.GetProperty("subjectId").GetGuid() == caseId);

        (await admin.PostJsonAsync($"/api/staff/{staffId}/deactivate", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var coordinator = await WorklistAsync(_coordinator);
        var reassign = coordinator.Single(i => i.GetProperty("kind").GetString() == "CaseAssignment" && i.GetProperty("subjectId").GetGuid() == caseId);
        reassign.GetProperty("dueOn").GetString().ShouldBe("2025-06-16");
        reassign.GetProperty("title").GetString()!.ShouldContain("赵晓东");
        coordinator.ShouldContain(i => i.GetProperty("kind").GetString() == "PreservationExpiry" && i.GetProperty("subjectId").GetGuid() == caseId
                                       && i.GetProperty("dueOn").GetString() == "2025-07-05");
    }

    [Fact]
    public async Task The_limit_of_a_case_without_a_handler_is_on_the_coordinators_worklist()
    {
        // Filed 2024-12-20: 6 months end on Friday 2025-06-20, four days after today; no handler was ever assigned.
        var register = Requests.RegisterCase($"（2024）湘0681执{8600 + Interlocked.Increment(ref _sequence)}号", "2024-12-20");
        register["basis"] = new { issuer = "汨罗市人民法院", documentNumber = "（2024）湘0681民初905号", effectiveOn = "2024-11-25" };
        var created = await _coordinator.PostJsonAsync("/api/cases", register);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var unassigned = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();
        var coordinator = await WorklistAsync(_coordinator);
        var limit = coordinator.Single(i => i.GetProperty("kind").GetString() == "CaseDeadline" && i.GetProperty("subjectId").GetGuid() == unassigned);
        (limit.GetProperty("dueOn").GetString(), limit.GetProperty("daysLeft").GetInt32()).ShouldBe(("2025-06-20", 4));
        coordinator.ShouldContain(i => i.GetProperty("kind").GetString() == "CaseAssignment" && i.GetProperty("subjectId").GetGuid() == unassigned);
        (await WorklistAsync(_officer)).ShouldNotContain(i => i.GetProperty("subjectId").GetGuid() == unassigned);
    }

    private async Task<List<JsonElement>> WorklistAsync(HttpClient client)
    {
        var response = await client.GetAsync("/api/me/worklist?pageSize=100");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync()).GetProperty("items").EnumerateArray().ToList();
    }

    private async Task<Guid> CaseAsync(string filedOn, decimal claimed, string? handler = null)
    {
        var register = Requests.RegisterCase($"（2025）湘0681执{8600 + Interlocked.Increment(ref _sequence)}号", filedOn);
        register["claimedAmount"] = claimed;
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
