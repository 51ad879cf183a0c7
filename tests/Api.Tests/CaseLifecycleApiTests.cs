using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Enforcement.Application.Security;
using Enforcement.Domain.Staff;

namespace Enforcement.Api.Tests;

/// <summary>Working a case over HTTP. The court's today is 2025-06-16.</summary>
public sealed class CaseLifecycleApiTests : IClassFixture<ApiFactory>
{
    private static int _sequence = 7000;
    private readonly HttpClient _client;
    private readonly HttpClient _admin;
    private readonly HttpClient _leader;
    private readonly ApiFactory _factory;

    public CaseLifecycleApiTests(ApiFactory factory)
    {
        _factory = factory;
        _client = factory.ClientFor(Roles.Coordinator);
        _admin = factory.ClientFor(Roles.Admin);
        _leader = factory.ClientFor(Roles.Leader);
    }

    [Fact]
    public async Task Assigning_a_handler_returns_the_new_version_and_a_stale_if_match_is_412()
    {
        var (id, _) = await RegisterAsync();
        var officer = await StaffAsync("陈志刚", "执行员", "EnforcementBureau");

        var response = await PostAsync($"/api/cases/{id}/assignments", new { staffId = officer, assignedOn = "2025-06-04" }, ifMatch: 1);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.ETag!.Tag.ShouldBe("\"2\"");
        var body = await response.ReadJsonAsync();
        body.GetProperty("handlerName").GetString().ShouldBe("陈志刚");
        body.GetProperty("firstStepsDueOn").GetString().ShouldBe("2025-06-09"); // 06-07 is a Saturday
        body.GetProperty("handlerLate").GetBoolean().ShouldBeFalse();
        body.GetProperty("version").GetInt32().ShouldBe(2);

        var stale = await PostAsync($"/api/cases/{id}/measures", Measure("EnforcementNotice", "2025-06-05"), ifMatch: 1);
        await CasesApiTests.ShouldBeProblem(stale, HttpStatusCode.PreconditionFailed, "concurrency.stale_version");
    }

    [Fact]
    public async Task Assigning_an_unknown_or_ineligible_staff_member_is_422()
    {
        var (id, _) = await RegisterAsync();
        await CasesApiTests.ShouldBeProblem(
            await PostAsync($"/api/cases/{id}/assignments", new { staffId = Guid.NewGuid(), assignedOn = "2025-06-04" }), (HttpStatusCode)422, "staff.not_found");
        var reception = await StaffAsync("孙桂芳", "信访接待员", "PetitionOffice");
        await CasesApiTests.ShouldBeProblem(
            await PostAsync($"/api/cases/{id}/assignments", new { staffId = reception, assignedOn = "2025-06-04" }), (HttpStatusCode)422, "case.handler.not_eligible");
    }

    [Fact]
    public async Task A_measure_before_filing_or_in_the_future_is_422_and_a_bad_kind_is_400()
    {
        var (id, _) = await RegisterAsync(filedOn: "2025-06-03");
        await CasesApiTests.ShouldBeProblem(await PostAsync($"/api/cases/{id}/measures", Measure("Seal", "2025-06-02")), (HttpStatusCode)422, "case.date.before_filing");
        await CasesApiTests.ShouldBeProblem(await PostAsync($"/api/cases/{id}/measures", Measure("Seal", "2025-06-17")), (HttpStatusCode)422, "case.date.in_future");
        await CasesApiTests.ShouldBeProblem(await PostAsync($"/api/cases/{id}/measures", Measure("Teleport", "2025-06-05")), HttpStatusCode.BadRequest, "request.malformed");
        var body = await CasesApiTests.ShouldBeProblem(
            await PostAsync($"/api/cases/{id}/measures", Measure("OnlineAssetInquiry", "2025-06-05")), HttpStatusCode.BadRequest, "validation.failed");
        body.GetProperty("errors").TryGetProperty("inquiryResult", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Payments_add_up_and_an_overpayment_shows_a_surplus()
    {
        var (id, _) = await RegisterAsync(claimed: 10_000m);
        await PostOkAsync($"/api/cases/{id}/payments", new { amount = 6_000.00m, paidOn = "2025-06-10", source = "Voluntary" });
        var body = await PostOkAsync($"/api/cases/{id}/payments", new { amount = 4_500.50m, paidOn = "2025-06-12", source = "Deduction", note = "扣划存款" });
        body.GetProperty("recoveredAmount").GetDecimal().ShouldBe(10_500.50m);
        body.GetProperty("surplusAmount").GetDecimal().ShouldBe(500.50m);
    }

    [Fact]
    public async Task Pausing_and_resuming_moves_the_deadline_by_the_paused_days()
    {
        var (id, created) = await RegisterAsync(filedOn: "2025-03-03", effectiveOn: "2025-02-20");
        created.GetProperty("deadline").GetString().ShouldBe("2025-09-03");

        var paused = await PostOkAsync($"/api/cases/{id}/pauses", new { kind = "Suspension", startedOn = "2025-04-01", reason = "被执行人进入破产程序，裁定中止执行" });
        paused.GetProperty("status").GetString().ShouldBe("Paused");
        paused.GetProperty("pausedSince").GetString().ShouldBe("2025-04-01");
        paused.GetProperty("pausedDays").GetInt32().ShouldBe(76); // to 2025-06-16
        await CasesApiTests.ShouldBeProblem(
            await PostAsync($"/api/cases/{id}/pauses", new { kind = "Deferral", startedOn = "2025-04-02", reason = "暂缓" }), (HttpStatusCode)422, "case.pause.already_open");

        var resumed = await PostOkAsync($"/api/cases/{id}/pauses/current/end", new { endedOn = "2025-04-11" });
        resumed.GetProperty("status").GetString().ShouldBe("Filed");
        resumed.GetProperty("pausedDays").GetInt32().ShouldBe(10);
        resumed.GetProperty("deadline").GetString().ShouldBe("2025-09-15");

        await CasesApiTests.ShouldBeProblem(
            await PostAsync($"/api/cases/{id}/pauses/current/end", new { endedOn = "2025-04-12" }), (HttpStatusCode)422, "case.pause.none_open");
    }

    [Fact]
    public async Task A_paused_case_has_the_same_deadline_in_the_list_as_on_its_page()
    {
        // Filed 2024-12-02: six months end on 2025-06-02, in the 端午 holiday, so the stored deadline is Tuesday 06-03.
        // Suspended since 2025-05-20, 27 days by today (06-16): 06-02 + 27 = Sunday 06-29, so Monday 06-30, 14 days on.
        var (id, created) = await RegisterAsync(filedOn: "2024-12-02", effectiveOn: "2024-11-20");
        created.GetProperty("deadline").GetString().ShouldBe("2025-06-03");
        await PostOkAsync($"/api/cases/{id}/pauses", new { kind = "Suspension", startedOn = "2025-05-20", reason = "被执行人申请破产，裁定中止执行" });

        var page = await (await _client.GetAsync($"/api/cases/{id}")).ReadJsonAsync();
        page.GetProperty("deadline").GetString().ShouldBe("2025-06-30");
        var number = Uri.EscapeDataString(created.GetProperty("caseNumber").GetString()!);
        var row = (await (await _client.GetAsync($"/api/cases?number={number}")).ReadJsonAsync()).GetProperty("items").EnumerateArray().Single();
        row.GetProperty("deadline").GetString().ShouldBe("2025-06-30");
        row.GetProperty("daysRemaining").GetInt32().ShouldBe(14);
        row.GetProperty("pausedSince").GetString().ShouldBe("2025-05-20");

        // The export's 执行期限 and 剩余天数 are the same.
        var export = await _client.GetAsync($"/api/cases/export.csv?number={number}");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await export.Content.ReadAsStringAsync()).ShouldContain(",2025-06-30,14,");
    }

    [Fact]
    public async Task The_termination_check_lists_what_a_closure_on_a_day_would_not_meet_with_three_months_counted_from_filing()
    {
        // Filed Monday 2025-03-03: three months run to 2025-06-03; 终本 on that day is too early, the day after is not.
        var (id, _) = await RegisterAsync(filedOn: "2025-03-03", effectiveOn: "2025-02-20");
        async Task<JsonElement> CheckAsync(string query = "")
        {
            var response = await _client.GetAsync($"/api/cases/{id}/closure/termination-check{query}");
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            return await response.ReadJsonAsync();
        }

        string[] Unmet(JsonElement check) => [.. check.GetProperty("unmet").EnumerateArray().Select(u => u.GetString()!)];

        var onTheDay = await CheckAsync("?closedOn=2025-06-03");
        Unmet(onTheDay).ShouldBe(["notice_and_asset_report_order_sent", "consumption_restriction_issued", "online_inquiry_made", "more_than_three_months_since_filing"]);
        onTheDay.GetProperty("allowed").GetBoolean().ShouldBeFalse();
        Unmet(await CheckAsync("?closedOn=2025-06-04")).ShouldNotContain("more_than_three_months_since_filing");

        var today = await CheckAsync();
        today.GetProperty("closedOn").GetString().ShouldBe("2025-06-16");

        // The check reads the same rule as the closure: with the notice, the asset-report order, a consumption
        // restriction and an inquiry that found nothing, 终本 is allowed today.
        foreach (var measure in new object[]
        {
            new { kind = "EnforcementNotice", takenOn = "2025-03-04", description = "送达执行通知书" },
            new { kind = "AssetReportOrder", takenOn = "2025-03-04", description = "送达报告财产令" },
            new { kind = "ConsumptionRestriction", takenOn = "2025-03-10", description = "限制消费令" },
            new { kind = "OnlineAssetInquiry", takenOn = "2025-03-11", description = "网络查控", inquiryResult = "NoAssets" },
        })
        {
            await PostOkAsync($"/api/cases/{id}/measures", measure);
        }

        var ready = await CheckAsync();
        Unmet(ready).ShouldBeEmpty();
        ready.GetProperty("allowed").GetBoolean().ShouldBeTrue();
        await CasesApiTests.ShouldBeProblem(
            await _client.GetAsync($"/api/cases/{Guid.NewGuid()}/closure/termination-check"), HttpStatusCode.NotFound, "case.not_found");
        await CasesApiTests.ShouldBeProblem(
            await _client.GetAsync($"/api/cases/{id}/closure/termination-check?closedOn=06/04/2025"), HttpStatusCode.BadRequest, "request.malformed");

        // A day the closure itself refuses is refused alike: tomorrow, or before the filing.
        await CasesApiTests.ShouldBeProblem(
            await _client.GetAsync($"/api/cases/{id}/closure/termination-check?closedOn=2025-06-17"), (HttpStatusCode)422, "case.date.in_future");
        await CasesApiTests.ShouldBeProblem(
            await _client.GetAsync($"/api/cases/{id}/closure/termination-check?closedOn=2025-03-02"), (HttpStatusCode)422, "case.date.before_filing");
    }

    [Fact]
    public async Task The_termination_check_refuses_a_day_before_the_open_pause_began_as_the_closure_does()
    {
        var (id, _) = await RegisterAsync(filedOn: "2025-03-03", effectiveOn: "2025-02-20");
        await PostOkAsync($"/api/cases/{id}/pauses", new { kind = "Suspension", startedOn = "2025-06-10", reason = "案外人提出异议，中止执行" });
        await CasesApiTests.ShouldBeProblem(
            await _client.GetAsync($"/api/cases/{id}/closure/termination-check?closedOn=2025-06-09"), (HttpStatusCode)422, "case.pause.end_before_start");
        (await _client.GetAsync($"/api/cases/{id}/closure/termination-check?closedOn=2025-06-10")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_closure_is_not_dated_before_a_payment_on_record_and_a_claim_paid_by_its_day_is_not_zhongben()
    {
        var (id, _) = await RegisterAsync(filedOn: "2025-03-03", effectiveOn: "2025-02-20", claimed: 20_000m);
        foreach (var measure in new object[]
        {
            new { kind = "EnforcementNotice", takenOn = "2025-03-04", description = "送达执行通知书" },
            new { kind = "AssetReportOrder", takenOn = "2025-03-04", description = "送达报告财产令" },
            new { kind = "ConsumptionRestriction", takenOn = "2025-03-10", description = "限制消费令" },
            new { kind = "OnlineAssetInquiry", takenOn = "2025-03-11", description = "网络查控", inquiryResult = "NoAssets" },
        })
        {
            await PostOkAsync($"/api/cases/{id}/measures", measure);
        }

        await PostOkAsync($"/api/cases/{id}/payments", new { amount = 12_000m, paidOn = "2025-06-05", source = "Voluntary" });
        await PostOkAsync($"/api/cases/{id}/payments", new { amount = 8_000m, paidOn = "2025-06-10", source = "Deduction", note = "扣划存款" });

        // Withdrawn on 06-09 would leave the deduction of 06-10 after the case ended.
        var early = await CasesApiTests.ShouldBeProblem(
            await PostAsync($"/api/cases/{id}/closure", new { mode = "Withdrawn", closedOn = "2025-06-09", note = "申请人撤回执行申请" }),
            (HttpStatusCode)422, "case.closure.before_recorded_entry");
        early.GetProperty("detail").GetString()!.ShouldContain("2025-06-10");

        // By 06-10 the claim is paid: 执行完毕, not 终本, on that day and after it; the check says the same.
        foreach (var day in new[] { "2025-06-10", "2025-06-16" })
        {
            await CasesApiTests.ShouldBeProblem(
                await PostAsync($"/api/cases/{id}/closure", new { mode = "TerminatedThisRound", closedOn = day, note = "终本" }), (HttpStatusCode)422, "case.closure.nothing_outstanding");
            await CasesApiTests.ShouldBeProblem(
                await _client.GetAsync($"/api/cases/{id}/closure/termination-check?closedOn={day}"), (HttpStatusCode)422, "case.closure.nothing_outstanding");
        }

        // With the deduction voided, 8,000 is left and nothing is dated after 06-05.
        var deduction = (await (await _client.GetAsync($"/api/cases/{id}/timeline")).ReadJsonAsync()).EnumerateArray()
            .First(e => e.GetProperty("kind").GetString() == "Payment" && e.GetProperty("occurredOn").GetString() == "2025-06-10").GetProperty("recordId").GetGuid();
        await PostOkAsync($"/api/cases/{id}/payments/{deduction}/void", new { reason = "扣划款项系案外人所有，已退回" });
        var closed = await PostOkAsync($"/api/cases/{id}/closure", new { mode = "TerminatedThisRound", closedOn = "2025-06-09", note = "无可供执行财产，终结本次执行" });
        closed.GetProperty("closure").GetProperty("closedOn").GetString().ShouldBe("2025-06-09");
    }

    [Fact]
    public async Task An_extension_outside_the_last_five_days_is_422()
    {
        var (id, _) = await RegisterAsync(filedOn: "2025-06-03");
        await CasesApiTests.ShouldBeProblem(
            await PostAsync($"/api/cases/{id}/extensions", new { reason = "财产处置中" }), (HttpStatusCode)422, "case.extension.outside_window");
    }

    [Fact]
    public async Task An_extension_in_the_window_approved_by_a_leader_adds_three_months()
    {
        // Filed 2024-12-18: deadline Wednesday 2025-06-18, two days after today.
        var (id, created) = await RegisterAsync(filedOn: "2024-12-18", effectiveOn: "2024-12-01");
        created.GetProperty("nearDeadline").GetBoolean().ShouldBeTrue();
        var requested = await PostOkAsync($"/api/cases/{id}/extensions", new { reason = "拍卖程序进行中，需延长执行期限" });
        var extensionId = requested.GetProperty("extensions")[0].GetProperty("id").GetGuid();

        // The request waits on every leader's worklist, due by the case's limit, until it is decided.
        async Task<JsonElement[]> PendingAsync() => [.. (await (await _leader.GetAsync("/api/me/worklist?withinDays=0&pageSize=100")).ReadJsonAsync())
            .GetProperty("items").EnumerateArray().Where(i => i.GetProperty("kind").GetString() == "ExtensionDecision" && i.GetProperty("subjectId").GetGuid() == id)];
        var waiting = (await PendingAsync()).ShouldHaveSingleItem();
        waiting.GetProperty("dueOn").GetString().ShouldBe("2025-06-18");
        waiting.GetProperty("daysLeft").GetInt32().ShouldBe(2);

        // A Leader account whose staff record is an officer's may not approve: the approver is who is logged in.
        await _factory.CreateUserAsync("wang.lijuan", ApiFactory.TestPassword, [Roles.Leader], ("王丽娟", "执行法官", CourtUnit.EnforcementBureau));
        var misfiled = _factory.CreateClient();
        misfiled.DefaultRequestHeaders.Authorization = new("Bearer", await _factory.TokenAsync("wang.lijuan", ApiFactory.TestPassword));
        await CasesApiTests.ShouldBeProblem(
            await PostAsync($"/api/cases/{id}/extensions/{extensionId}/decision", new { approve = true }, client: misfiled),
            (HttpStatusCode)422, "case.extension.approver_not_leader");

        // Naming another leader in the body changes nothing: the logged-in leader is recorded.
        var otherLeader = await StaffAsync("黄德明", "副院长", "CourtLeadership");
        var decided = await PostOkAsync($"/api/cases/{id}/extensions/{extensionId}/decision",
            new { approve = true, approverStaffId = otherLeader, note = "同意延长三个月" }, client: _leader);
        decided.GetProperty("extensions")[0].GetProperty("approverId").GetGuid().ShouldBe(_factory.StaffIdOf(Roles.Leader));
        decided.GetProperty("deadline").GetString().ShouldBe("2025-09-18");
        decided.GetProperty("limitMonths").GetInt32().ShouldBe(9);
        decided.GetProperty("extensions")[0].GetProperty("status").GetString().ShouldBe("Approved");
        (await PendingAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_request_pending_when_the_case_closes_lapses_and_leaves_the_leaders_worklist_and_a_reopening_restores_it()
    {
        // Filed 2024-12-18: deadline Wednesday 2025-06-18; today 2025-06-16 is in the window.
        var (id, _) = await RegisterAsync(filedOn: "2024-12-18", effectiveOn: "2024-12-01");
        var extensionId = (await PostOkAsync($"/api/cases/{id}/extensions", new { reason = "拍卖程序进行中，需延长执行期限" }))
            .GetProperty("extensions")[0].GetProperty("id").GetGuid();
        var closed = await PostOkAsync($"/api/cases/{id}/closure", new { mode = "Withdrawn", closedOn = "2025-06-16", note = "申请执行人撤回执行申请" });
        closed.GetProperty("extensions")[0].GetProperty("status").GetString().ShouldBe("Lapsed");
        closed.GetProperty("extensions")[0].GetProperty("decidedOn").ValueKind.ShouldBe(JsonValueKind.Null);
        (await (await _leader.GetAsync("/api/me/worklist?withinDays=0&pageSize=100")).ReadJsonAsync()).GetProperty("items").EnumerateArray()
            .ShouldNotContain(i => i.GetProperty("subjectId").GetGuid() == id);
        await CasesApiTests.ShouldBeProblem(
            await PostAsync($"/api/cases/{id}/extensions/{extensionId}/decision", new { approve = true }, client: _leader), (HttpStatusCode)422, "case.closed");

        var reopened = await PostOkAsync($"/api/cases/{id}/reopen", new { reason = "撤回申请系他人冒名提交" }, _leader);
        reopened.GetProperty("extensions")[0].GetProperty("status").GetString().ShouldBe("Pending");
        var decided = await PostOkAsync($"/api/cases/{id}/extensions/{extensionId}/decision", new { approve = true, note = "同意" }, client: _leader);
        decided.GetProperty("deadline").GetString().ShouldBe("2025-09-18");
    }

    [Fact]
    public async Task A_performed_settlement_lets_the_case_close_as_fully_performed_and_a_closed_case_refuses_changes()
    {
        var (id, _) = await RegisterAsync(claimed: 20_000m);
        var settled = await PostOkAsync($"/api/cases/{id}/settlement", new
        {
            agreedOn = "2025-06-05",
            terms = "被执行人分两期支付，每期一万元",
            instalments = new[] { new { dueOn = "2025-06-10", amount = 10_000m }, new { dueOn = "2025-06-15", amount = 10_000m } },
        });
        settled.GetProperty("status").GetString().ShouldBe("Paused");
        settled.GetProperty("settlement").GetProperty("instalments").GetArrayLength().ShouldBe(2);

        var closed = await PostOkAsync($"/api/cases/{id}/settlement/performed", new { on = "2025-06-15" });
        closed.GetProperty("settlement").GetProperty("status").GetString().ShouldBe("Performed");
        closed.GetProperty("status").GetString().ShouldBe("Closed");
        closed.GetProperty("closure").GetProperty("mode").GetString().ShouldBe("FullyPerformed");
        closed.GetProperty("closure").GetProperty("closedOn").GetString().ShouldBe("2025-06-15");
        closed.GetProperty("recoveredAmount").GetDecimal().ShouldBe(20_000m);

        await CasesApiTests.ShouldBeProblem(
            await PostAsync($"/api/cases/{id}/payments", new { amount = 1m, paidOn = "2025-06-16", source = "Voluntary" }), (HttpStatusCode)422, "case.closed");
        await CasesApiTests.ShouldBeProblem(
            await PostAsync($"/api/cases/{id}/pauses", new { kind = "Suspension", startedOn = "2025-06-16", reason = "中止" }), (HttpStatusCode)422, "case.closed");
        await CasesApiTests.ShouldBeProblem(
            await PostAsync($"/api/cases/{id}/measures", Measure("Seal", "2025-06-16")), (HttpStatusCode)422, "case.closed");
    }

    [Fact]
    public async Task A_settlement_above_what_is_left_is_422_and_a_case_withdrawn_during_its_settlement_is_reopened_paused()
    {
        var (id, _) = await RegisterAsync(claimed: 30_000m);
        await PostOkAsync($"/api/cases/{id}/payments", new { amount = 10_000m, paidOn = "2025-06-04", source = "Voluntary" });
        object Plan(decimal last) => new
        {
            agreedOn = "2025-06-05",
            terms = "被执行人分两期支付剩余款项",
            instalments = new[] { new { dueOn = "2025-07-10", amount = 10_000m }, new { dueOn = "2025-08-10", amount = last } },
        };
        var refused = await CasesApiTests.ShouldBeProblem(await PostAsync($"/api/cases/{id}/settlement", Plan(10_000.01m)), (HttpStatusCode)422, "case.settlement.exceeds_outstanding");
        refused.GetProperty("detail").GetString().ShouldBe("The instalments come to ¥20,000.01; the case has ¥20,000.00 left to recover.");
        await PostOkAsync($"/api/cases/{id}/settlement", Plan(10_000m));

        await PostOkAsync($"/api/cases/{id}/closure", new { mode = "Withdrawn", closedOn = "2025-06-10", note = "达成和解后申请人撤回执行申请" });
        var reopened = await PostOkAsync($"/api/cases/{id}/reopen", new { reason = "撤回申请系误录，和解协议仍在履行" }, _leader);
        reopened.GetProperty("status").GetString().ShouldBe("Paused");
        reopened.GetProperty("settlement").GetProperty("status").GetString().ShouldBe("Active");
        var breached = await PostOkAsync($"/api/cases/{id}/settlement/breached", new { on = "2025-06-16" });
        breached.GetProperty("status").GetString().ShouldBe("Filed");
    }

    [Fact]
    public async Task A_creditor_who_withdrew_on_a_settlement_resumes_enforcement_once_it_is_breached()
    {
        var (id, _) = await RegisterAsync(claimed: 30_000m);
        await PostOkAsync($"/api/cases/{id}/payments", new { amount = 10_000m, paidOn = "2025-06-04", source = "Voluntary" });
        await PostOkAsync($"/api/cases/{id}/settlement", new
        {
            agreedOn = "2025-06-05",
            terms = "被执行人分两期支付剩余款项",
            instalments = new[] { new { dueOn = "2025-07-10", amount = 10_000m }, new { dueOn = "2025-08-10", amount = 10_000m } },
        });
        await PostOkAsync($"/api/cases/{id}/closure", new { mode = "Withdrawn", closedOn = "2025-06-10", note = "达成和解后申请人撤回执行申请" });
        var seq = Interlocked.Increment(ref _sequence);
        await CasesApiTests.ShouldBeProblem(
            await PostAsync($"/api/cases/{id}/resumptions", new { caseNumber = $"（2025）湘0681执恢{seq}号", filedOn = "2025-06-16" }),
            (HttpStatusCode)422, "case.resumption.not_allowed");

        await CasesApiTests.ShouldBeProblem(
            await PostAsync($"/api/cases/{id}/settlement/breached", new { on = "2025-06-09" }), (HttpStatusCode)422, "case.settlement.breach_before_closure");
        var breached = await PostOkAsync($"/api/cases/{id}/settlement/breached", new { on = "2025-06-13" });
        breached.GetProperty("status").GetString().ShouldBe("Closed");
        breached.GetProperty("settlement").GetProperty("status").GetString().ShouldBe("Breached");

        await CasesApiTests.ShouldBeProblem(
            await PostAsync($"/api/cases/{id}/resumptions", new { caseNumber = $"（2025）湘0681执恢{seq}号", filedOn = "2025-06-12" }),
            (HttpStatusCode)422, "case.resumption.before_event");
        var resumption = await PostAsync($"/api/cases/{id}/resumptions", new { caseNumber = $"（2025）湘0681执恢{seq}号", filedOn = "2025-06-16" });
        resumption.StatusCode.ShouldBe(HttpStatusCode.Created, await resumption.Content.ReadAsStringAsync());
        (await resumption.ReadJsonAsync()).GetProperty("claimedAmount").GetDecimal().ShouldBe(20_000m);
    }

    [Fact]
    public async Task A_case_the_court_ended_on_a_settlement_records_its_performance_and_stays_closed()
    {
        var (id, _) = await RegisterAsync(claimed: 30_000m);
        await PostOkAsync($"/api/cases/{id}/settlement", new
        {
            agreedOn = "2025-06-05",
            terms = "被执行人分两期支付",
            instalments = new[] { new { dueOn = "2025-07-10", amount = 15_000m }, new { dueOn = "2025-08-10", amount = 15_000m } },
        });
        await PostOkAsync($"/api/cases/{id}/closure", new { mode = "Terminated", closedOn = "2025-06-10", note = "和解协议履行期间裁定终结执行" });

        await CasesApiTests.ShouldBeProblem(
            await PostAsync($"/api/cases/{id}/settlement/performed", new { on = "2025-06-09" }), (HttpStatusCode)422, "case.settlement.performed_before_closure");
        var performed = await PostOkAsync($"/api/cases/{id}/settlement/performed", new { on = "2025-06-16" });

        performed.GetProperty("status").GetString().ShouldBe("Closed");
        performed.GetProperty("closure").GetProperty("mode").GetString().ShouldBe("Terminated");
        performed.GetProperty("closure").GetProperty("closedOn").GetString().ShouldBe("2025-06-10");
        performed.GetProperty("settlement").GetProperty("status").GetString().ShouldBe("Performed");
        performed.GetProperty("recoveredAmount").GetDecimal().ShouldBe(0m);
        await CasesApiTests.ShouldBeProblem(await PostAsync($"/api/cases/{id}/settlement/breached", new { on = "2025-06-16" }), (HttpStatusCode)422, "case.closed");
    }

    [Fact]
    public async Task A_settlement_performed_or_a_resumption_is_not_dated_before_a_payment_on_record()
    {
        object Plan() => new
        {
            agreedOn = "2025-06-04",
            terms = "被执行人分两期支付",
            instalments = new[] { new { dueOn = "2025-06-08", amount = 10_000m }, new { dueOn = "2025-06-12", amount = 20_000m } },
        };

        var (performed, _) = await RegisterAsync(claimed: 30_000m);
        await PostOkAsync($"/api/cases/{performed}/settlement", Plan());
        await PostOkAsync($"/api/cases/{performed}/payments", new { amount = 10_000m, paidOn = "2025-06-12", source = "SettlementInstalment" });
        await CasesApiTests.ShouldBeProblem(
            await PostAsync($"/api/cases/{performed}/settlement/performed", new { on = "2025-06-11" }), (HttpStatusCode)422, "case.closure.before_recorded_entry");
        var closed = await PostOkAsync($"/api/cases/{performed}/settlement/performed", new { on = "2025-06-12" });
        (closed.GetProperty("status").GetString(), closed.GetProperty("recoveredAmount").GetDecimal()).ShouldBe(("Closed", 30_000m));

        // After a breach the original closes on the 执恢's filing day, which is not before the deduction of 06-12.
        var (breached, _) = await RegisterAsync(claimed: 30_000m);
        await PostOkAsync($"/api/cases/{breached}/settlement", Plan());
        await PostOkAsync($"/api/cases/{breached}/payments", new { amount = 10_000m, paidOn = "2025-06-08", source = "SettlementInstalment" });
        // The first instalment was paid on 06-08 under the settlement: it was not breached before then.
        await CasesApiTests.ShouldBeProblem(
            await PostAsync($"/api/cases/{breached}/settlement/breached", new { on = "2025-06-07" }), (HttpStatusCode)422, "case.settlement.breach_before_instalment");
        await PostOkAsync($"/api/cases/{breached}/settlement/breached", new { on = "2025-06-09" });
        await PostOkAsync($"/api/cases/{breached}/payments", new { amount = 8_000m, paidOn = "2025-06-12", source = "Deduction", note = "扣划存款" });
        var seq = Interlocked.Increment(ref _sequence);
        await CasesApiTests.ShouldBeProblem(
            await PostAsync($"/api/cases/{breached}/resumptions", new { caseNumber = $"(2025)湘0681执恢{seq}号", filedOn = "2025-06-10" }),
            (HttpStatusCode)422, "case.closure.before_recorded_entry");
        var resumption = await PostAsync($"/api/cases/{breached}/resumptions", new { caseNumber = $"(2025)湘0681执恢{seq}号", filedOn = "2025-06-12" });
        resumption.StatusCode.ShouldBe(HttpStatusCode.Created, await resumption.Content.ReadAsStringAsync());
        (await resumption.ReadJsonAsync()).GetProperty("claimedAmount").GetDecimal().ShouldBe(12_000m);
    }

    [Fact]
    public async Task One_credit_code_on_both_sides_of_a_case_is_422()
    {
        var request = Requests.RegisterCase($"（2025）湘0681执{Interlocked.Increment(ref _sequence)}号");
        request["respondents"] = new[] { Requests.Party("Enterprise", "湖南楚天建设工程有限公司", creditCode: "91350100m000100y43") };
        var refused = await CasesApiTests.ShouldBeProblem(await _client.PostJsonAsync("/api/cases", request), (HttpStatusCode)422, "case.parties.duplicate");
        refused.GetProperty("detail").GetString().ShouldBe(
            "申请人 湖南楚天建设工程有限公司 and 被执行人 湖南楚天建设工程有限公司 carry the same ID number or credit code; each party is a different person or body.");
    }

    [Fact]
    public async Task An_unknown_settlement_outcome_is_404() =>
        (await PostAsync($"/api/cases/{(await RegisterAsync()).Id}/settlement/forgotten", new { on = "2025-06-16" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);

    [Fact]
    public async Task Terminating_this_round_without_its_conditions_is_422_listing_each_unmet_condition()
    {
        var (id, _) = await RegisterAsync(filedOn: "2025-06-03");
        await PostOkAsync($"/api/cases/{id}/measures", Measure("EnforcementNotice", "2025-06-04"));

        var body = await CasesApiTests.ShouldBeProblem(
            await PostAsync($"/api/cases/{id}/closure", new { mode = "TerminatedThisRound", closedOn = "2025-06-16", note = "无财产可供执行" }),
            (HttpStatusCode)422, "case.closure.conditions_unmet");
        body.GetProperty("unmet").EnumerateArray().Select(e => e.GetString()).ShouldBe(
            ["notice_and_asset_report_order_sent", "consumption_restriction_issued", "online_inquiry_made", "more_than_three_months_since_filing"]);
    }

    [Fact]
    public async Task A_terminated_this_round_case_takes_re_inquiries_resumes_as_a_linked_case_and_appears_in_the_worklist()
    {
        var (id, _) = await RegisterAsync(filedOn: "2024-06-03", effectiveOn: "2024-05-20", claimed: 80_000m);
        foreach (var (kind, date) in new[] { ("EnforcementNotice", "2024-06-05"), ("AssetReportOrder", "2024-06-05"), ("OnlineAssetInquiry", "2024-06-06"), ("ConsumptionRestriction", "2024-06-10") })
        {
            await PostOkAsync($"/api/cases/{id}/measures", Measure(kind, date));
        }

        var closed = await PostOkAsync($"/api/cases/{id}/closure", new { mode = "TerminatedThisRound", closedOn = "2024-09-10", note = "经查控未发现可供执行财产" });
        closed.GetProperty("nextReinquiryDueOn").GetString().ShouldBe("2025-03-10");
        closed.GetProperty("reinquiryDue").GetBoolean().ShouldBeTrue();
        var number = closed.GetProperty("caseNumber").GetString();
        (await ListAsync("/api/cases?due=reinquiryDue&pageSize=100")).ShouldContain(number);

        var reinquired = await PostOkAsync($"/api/cases/{id}/measures", Measure("OnlineAssetInquiry", "2025-06-10"));
        reinquired.GetProperty("nextReinquiryDueOn").GetString().ShouldBe("2025-12-10");
        (await ListAsync("/api/cases?due=reinquiryDue&pageSize=100")).ShouldNotContain(number);

        var seq = Interlocked.Increment(ref _sequence);
        var response = await PostAsync($"/api/cases/{id}/resumptions", new { caseNumber = $"(2025)湘0681执恢{seq}号", filedOn = "2025-06-16" });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var resumed = await response.ReadJsonAsync();
        response.Headers.Location!.ToString().ShouldBe($"/api/cases/{resumed.GetProperty("id").GetGuid()}");
        resumed.GetProperty("caseType").GetString().ShouldBe("ResumedEnforcement");
        resumed.GetProperty("originalCaseId").GetGuid().ShouldBe(id);
        resumed.GetProperty("claimedAmount").GetDecimal().ShouldBe(80_000m);

        var original = await (await _client.GetAsync($"/api/cases/{id}")).ReadJsonAsync();
        original.GetProperty("resumedAsCaseNumber").GetString().ShouldBe($"（2025）湘0681执恢{seq}号");
    }

    [Fact]
    public async Task The_timeline_lists_what_happened_in_date_order_with_who_recorded_it()
    {
        var (id, _) = await RegisterAsync(filedOn: "2025-06-03");
        await PostOkAsync($"/api/cases/{id}/payments", new { amount = 100m, paidOn = "2025-06-12", source = "Voluntary" });
        await PostOkAsync($"/api/cases/{id}/measures", Measure("EnforcementNotice", "2025-06-04"));

        var response = await _client.GetAsync($"/api/cases/{id}/timeline");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var entries = (await response.ReadJsonAsync()).EnumerateArray().ToList();
        entries.Select(e => e.GetProperty("kind").GetString()).ShouldBe(["Registered", "Measure", "Payment"]);
        entries.Select(e => e.GetProperty("occurredOn").GetString()).ShouldBe(["2025-06-03", "2025-06-04", "2025-06-12"]);
        entries.Select(e => e.GetProperty("recordedBy").GetString()).ShouldBe(["周敏", "周敏", "周敏"]); // the coordinator's staff record
        entries[0].GetProperty("recordedAtUtc").GetString()!.ShouldEndWith("Z");
    }

    [Fact]
    public async Task The_timeline_of_an_unknown_case_is_404() =>
        await CasesApiTests.ShouldBeProblem(await _client.GetAsync($"/api/cases/{Guid.NewGuid()}/timeline"), HttpStatusCode.NotFound, "case.not_found");

    [Fact]
    public async Task Worklists_find_overdue_near_deadline_and_unassigned_cases()
    {
        var (_, overdue) = await RegisterAsync(filedOn: "2024-11-01", effectiveOn: "2024-10-20"); // deadline 2025-05-06 after the May holiday
        overdue.GetProperty("deadline").GetString().ShouldBe("2025-05-06");
        overdue.GetProperty("overdue").GetBoolean().ShouldBeTrue();
        var (_, near) = await RegisterAsync(filedOn: "2024-12-19", effectiveOn: "2024-12-01"); // deadline 2025-06-19
        var (pausedId, paused) = await RegisterAsync(filedOn: "2024-11-04", effectiveOn: "2024-10-20");
        await PostOkAsync($"/api/cases/{pausedId}/pauses", new { kind = "Coordination", startedOn = "2025-01-10", reason = "跨院协调" });

        var overdueList = await ListAsync("/api/cases?due=overdue&pageSize=100");
        overdueList.ShouldContain(overdue.GetProperty("caseNumber").GetString());
        overdueList.ShouldNotContain(near.GetProperty("caseNumber").GetString());
        overdueList.ShouldNotContain(paused.GetProperty("caseNumber").GetString());

        var nearList = await ListAsync("/api/cases?due=within5days&pageSize=100");
        nearList.ShouldContain(near.GetProperty("caseNumber").GetString());
        nearList.ShouldNotContain(overdue.GetProperty("caseNumber").GetString());

        (await ListAsync("/api/cases?due=noHandler&pageSize=100")).ShouldContain(overdue.GetProperty("caseNumber").GetString());
        await CasesApiTests.ShouldBeProblem(await _client.GetAsync("/api/cases?due=someday"), HttpStatusCode.BadRequest, "validation.failed");
    }

    [Fact]
    public async Task Worklists_are_read_in_the_order_a_clerk_works_them_unless_another_is_asked_for()
    {
        // Registered second but filed first: deadline 2025-04-08, before the other's 2025-05-06.
        var (_, later) = await RegisterAsync(filedOn: "2024-11-01", effectiveOn: "2024-10-20");
        var (_, earlier) = await RegisterAsync(filedOn: "2024-10-08", effectiveOn: "2024-10-01");
        earlier.GetProperty("deadline").GetString().ShouldBe("2025-04-08");
        var (first, second) = (earlier.GetProperty("caseNumber").GetString(), later.GetProperty("caseNumber").GetString());

        var overdue = await (await _client.GetAsync("/api/cases?due=overdue&pageSize=100")).ReadJsonAsync();
        var deadlines = overdue.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("deadline").GetString()!).ToList();
        deadlines.ShouldBe(deadlines.Order(StringComparer.Ordinal).ToList(), customMessage: "the most overdue first");
        OrderOf(await ListAsync("/api/cases?due=overdue&pageSize=100"), first, second).ShouldBe([first, second]);
        OrderOf(await ListAsync("/api/cases?due=overdue&sort=-filedOn&pageSize=100"), first, second).ShouldBe([second, first]);

        // Without a handler: the longest waiting first (the 7 days to assign one run from filing).
        OrderOf(await ListAsync("/api/cases?due=noHandler&pageSize=100"), first, second).ShouldBe([first, second]);
        var waiting = (await (await _client.GetAsync("/api/cases?due=noHandler&pageSize=100")).ReadJsonAsync())
            .GetProperty("items").EnumerateArray().Select(i => i.GetProperty("filedOn").GetString()!).ToList();
        waiting.ShouldBe(waiting.Order(StringComparer.Ordinal));

        var firstPage = await (await _client.GetAsync("/api/cases?due=overdue&pageSize=1")).ReadJsonAsync();
        firstPage.GetProperty("next").GetString()!.ShouldStartWith("d"); // a cursor of the deadline order
    }

    private static List<string?> OrderOf(List<string?> list, params string?[] numbers) => list.Where(numbers.Contains).ToList();

    [Fact]
    public async Task Staff_are_created_listed_by_unit_and_deactivated_once()
    {
        var id = await StaffAsync("杨振华", "院长", "CourtLeadership");
        var leaders = await (await _admin.GetAsync("/api/staff?unit=CourtLeadership&active=true&pageSize=100")).ReadJsonAsync();
        leaders.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()).ShouldContain("杨振华");

        await CasesApiTests.ShouldBeProblem(await PostAsync($"/api/staff/{id}/deactivate", new { }, ifMatch: 7, client: _admin), HttpStatusCode.PreconditionFailed, "concurrency.stale_version");
        var deactivated = await PostOkAsync($"/api/staff/{id}/deactivate", new { }, client: _admin);
        deactivated.GetProperty("active").GetBoolean().ShouldBeFalse();
        await CasesApiTests.ShouldBeProblem(await PostAsync($"/api/staff/{id}/deactivate", new { }, client: _admin), (HttpStatusCode)422, "staff.already_inactive");
        await CasesApiTests.ShouldBeProblem(await PostAsync($"/api/staff/{Guid.NewGuid()}/deactivate", new { }, client: _admin), HttpStatusCode.NotFound, "staff.not_found");
        await CasesApiTests.ShouldBeProblem(await PostAsync("/api/staff", new { name = "", position = "执行员", unit = "EnforcementBureau" }, client: _admin), HttpStatusCode.BadRequest, "validation.failed");
    }

    private static object Measure(string kind, string takenOn) => new
    {
        kind,
        takenOn,
        description = "执行措施：" + kind,
        inquiryResult = kind == "OnlineAssetInquiry" && takenOn != "2025-06-05" ? "NoAssets" : null,
    };

    private async Task<(Guid Id, JsonElement Body)> RegisterAsync(string filedOn = "2025-06-03", string effectiveOn = "2025-05-20", decimal claimed = 150_000m)
    {
        var request = Requests.RegisterCase($"（{filedOn[..4]}）湘0681执{Interlocked.Increment(ref _sequence)}号", filedOn);
        request["basis"] = new { issuer = "汨罗市人民法院", documentNumber = "（2024）湘0681民初99号", effectiveOn };
        request["claimedAmount"] = claimed;
        var response = await _client.PostJsonAsync("/api/cases", request);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await response.ReadJsonAsync();
        return (body.GetProperty("id").GetGuid(), body);
    }

    private async Task<Guid> StaffAsync(string name, string position, string unit)
    {
        var response = await _admin.PostJsonAsync("/api/staff", new { name, position, unit });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await response.ReadJsonAsync()).GetProperty("id").GetGuid();
    }

    private async Task<HttpResponseMessage> PostAsync(string url, object body, int? ifMatch = null, HttpClient? client = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = System.Net.Http.Json.JsonContent.Create(body, options: ApiFactory.Json) };
        if (ifMatch is { } version)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        }

        return await (client ?? _client).SendAsync(request);
    }

    private async Task<JsonElement> PostOkAsync(string url, object body, HttpClient? client = null)
    {
        var response = await PostAsync(url, body, client: client);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new ShouldAssertException($"{url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return await response.ReadJsonAsync();
    }

    private async Task<List<string?>> ListAsync(string url) =>
        (await (await _client.GetAsync(url)).ReadJsonAsync()).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("caseNumber").GetString()).ToList();
}
