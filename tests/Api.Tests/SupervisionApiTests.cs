using System.Net;
using System.Text.Json;
using Enforcement.Application.Security;
using Enforcement.Infrastructure.Outbox;
using Microsoft.Extensions.DependencyInjection;
using static Enforcement.Api.Tests.PreEnforcementApiTests;

namespace Enforcement.Api.Tests;

/// <summary>
/// Key cases, suggestions and supervision orders over HTTP. The court's today is Monday 2025-06-16.
/// </summary>
public sealed class SupervisionApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static int _sequence;
    private readonly HttpClient _coordinator = factory.ClientFor(Roles.Coordinator);
    private readonly HttpClient _officer = factory.ClientFor(Roles.Officer);
    private readonly HttpClient _leader = factory.ClientFor(Roles.Leader);

    [Fact]
    public async Task A_note_and_an_order_of_the_longest_allowed_text_are_kept_whole_and_their_timeline_lines_are_cut_to_fit()
    {
        // The clerk's text at its limit, plus the line's heading, is longer than a timeline line: the note keeps every
        // character, the line is cut with "…" (PostgreSQL refused the whole line with a 500 before).
        var caseId = await CaseAsync("2025-03-04");
        var id = (await CreatedAsync(_leader, "/api/key-cases", new { caseId, reason = "Other", reasonText = "长文本" })).GetProperty("id").GetGuid();
        var text = string.Concat(Enumerable.Repeat("执", Domain.Supervision.KeyCase.MaxTextLength));
        var noted = await OkAsync(_leader, $"/api/key-cases/{id}/notes", new { text });
        noted.GetProperty("notes")[0].GetProperty("text").GetString().ShouldBe(text);
        var instruction = string.Concat(Enumerable.Repeat("督", Domain.Supervision.SupervisionOrder.MaxTextLength));
        await CreatedAsync(_leader, "/api/supervision-orders", new
        {
            subjectKind = "Case", subjectId = caseId, instruction, dueOn = "2025-06-30", addresseeId = factory.StaffIdOf(Roles.Officer),
        });

        var timeline = await (await _leader.GetAsync($"/api/cases/{caseId}/timeline")).ReadJsonAsync();
        var lines = timeline.EnumerateArray().Select(e => e.GetProperty("summary").GetString()!).ToList();
        lines.Single(l => l.StartsWith("跟踪记录", StringComparison.Ordinal)).ShouldSatisfyAllConditions(
            l => l.Length.ShouldBe(Domain.Cases.TimelineEntry.MaxSummaryLength), l => l.ShouldEndWith("执…"));
        lines.Single(l => l.StartsWith("督办 ", StringComparison.Ordinal)).ShouldEndWith("督…");
    }

    [Fact]
    public async Task A_leader_designates_notes_and_undesignates_and_both_designations_stay_on_the_record()
    {
        var caseId = await CaseAsync("2025-03-03");
        var designated = await CreatedAsync(_leader, "/api/key-cases", new
        {
            caseId, reason = "SocialImpact", reasonText = "涉及农民工工资120余人，社会关注度高", designatedOn = "2025-06-10",
        });
        designated.GetProperty("leaderInChargeName").GetString().ShouldBe("黄德明");
        designated.GetProperty("active").GetBoolean().ShouldBeTrue();
        var id = designated.GetProperty("id").GetGuid();

        await RefusedAsync(_leader, "/api/key-cases", new { caseId, reason = "Other", reasonText = "再次" }, HttpStatusCode.Conflict, "key_case.duplicate");
        await RefusedAsync(_leader, $"/api/key-cases/{id}/notes", new { text = "早于列为重点", writtenOn = "2025-06-09" }, HttpStatusCode.BadRequest, "key_case.written_on.too_early");
        var noted = await OkAsync(_leader, $"/api/key-cases/{id}/notes", new { text = "已约谈被执行人法定代表人，要求月底前提出还款方案。", writtenOn = "2025-06-12" });
        noted.GetProperty("notes")[0].GetProperty("writtenOn").GetString().ShouldBe("2025-06-12");

        await RefusedAsync(_leader, $"/api/key-cases/{id}/undesignate", new { reason = "" }, HttpStatusCode.BadRequest, "validation.failed");
        var ended = await OkAsync(_leader, $"/api/key-cases/{id}/undesignate", new { reason = "工资款已全部发放，社会影响消除" });
        ended.GetProperty("active").GetBoolean().ShouldBeFalse();
        ended.GetProperty("undesignatedOn").GetString().ShouldBe("2025-06-16");
        await RefusedAsync(_leader, $"/api/key-cases/{id}/notes", new { text = "结束后" }, (HttpStatusCode)422, "key_case.undesignated");

        var again = await CreatedAsync(_leader, "/api/key-cases", new { caseId, reason = "RepeatedPetitions", reasonText = "申请人再次来访" });
        again.GetProperty("id").GetGuid().ShouldNotBe(id);
        var history = await (await _leader.GetAsync($"/api/key-cases?caseId={caseId}&active=false")).ReadJsonAsync();
        history.GetProperty("items").EnumerateArray().Single().GetProperty("undesignationReason").GetString().ShouldBe("工资款已全部发放，社会影响消除");

        var timeline = await (await _leader.GetAsync($"/api/cases/{caseId}/timeline")).ReadJsonAsync();
        timeline.EnumerateArray().Count(e => e.GetProperty("kind").GetString() == "KeyCase").ShouldBe(4);
    }

    [Fact]
    public async Task Only_the_leader_in_charge_writes_notes_and_only_leaders_designate()
    {
        var caseId = await CaseAsync("2025-04-01");
        var other = await LeaderAsync("刘振华");
        var designated = await CreatedAsync(_leader, "/api/key-cases", new { caseId, reason = "LargeAmount", reasonText = "标的额大", leaderInChargeId = other });
        designated.GetProperty("leaderInChargeName").GetString().ShouldBe("刘振华");
        await RefusedAsync(_leader, $"/api/key-cases/{designated.GetProperty("id").GetGuid()}/notes", new { text = "非分管领导" }, HttpStatusCode.Forbidden, "key_case.not_leader_in_charge");

        var notLeader = factory.StaffIdOf(Roles.Officer);
        var second = await CaseAsync("2025-04-02");
        await RefusedAsync(_leader, "/api/key-cases", new { caseId = second, reason = "Other", reasonText = "x", leaderInChargeId = notLeader },
            HttpStatusCode.BadRequest, "key_case.leader.not_leadership");
        await RefusedAsync(_officer, "/api/key-cases", new { caseId = second, reason = "Other", reasonText = "x" }, HttpStatusCode.Forbidden, "auth.forbidden");
        await RefusedAsync(_leader, "/api/key-cases", new { caseId = Guid.NewGuid(), reason = "Other", reasonText = "x" }, HttpStatusCode.NotFound, "case.not_found");
        await RefusedAsync(_leader, "/api/key-cases", new { caseId = second, reason = "Bogus", reasonText = "x" }, HttpStatusCode.BadRequest, "request.malformed");
        (await factory.ClientFor(Roles.Reception).GetAsync("/api/key-cases")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_large_claim_is_suggested_through_the_outbox_and_a_leader_accepts_or_dismisses()
    {
        var large = await CaseAsync("2025-05-06", claimed: 5_000_000m);
        var below = await CaseAsync("2025-05-07", claimed: 4_999_999.99m);
        await factory.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync();

        var pending = await (await _leader.GetAsync("/api/key-cases/suggestions?reason=LargeAmount&pageSize=100")).ReadJsonAsync();
        var items = pending.GetProperty("items").EnumerateArray().ToList();
        items.ShouldContain(s => s.GetProperty("caseId").GetGuid() == large);
        items.ShouldNotContain(s => s.GetProperty("caseId").GetGuid() == below);
        var suggestion = items.Single(s => s.GetProperty("caseId").GetGuid() == large);
        suggestion.GetProperty("caseIsKey").GetBoolean().ShouldBeFalse();

        // A second scan suggests nothing again.
        var scanned = await OkAsync(_leader, "/api/key-cases/suggestions/scan", new { });
        (await (await _leader.GetAsync($"/api/key-cases/suggestions?caseId={large}&all=true")).ReadJsonAsync()).GetProperty("total").GetInt32().ShouldBe(1);
        scanned.GetProperty("suggested").GetInt32().ShouldBeGreaterThanOrEqualTo(0);

        var id = suggestion.GetProperty("id").GetGuid();
        var accepted = await OkAsync(_leader, $"/api/key-cases/suggestions/{id}/accept", new { });
        accepted.GetProperty("status").GetString().ShouldBe("Accepted");
        accepted.GetProperty("caseIsKey").GetBoolean().ShouldBeTrue();
        await RefusedAsync(_leader, $"/api/key-cases/suggestions/{id}/dismiss", new { reason = "重复" }, HttpStatusCode.Conflict, "key_case_suggestion.already_decided");
        var keyCase = (await (await _leader.GetAsync($"/api/key-cases?caseId={large}")).ReadJsonAsync()).GetProperty("items").EnumerateArray().Single();
        keyCase.GetProperty("reason").GetString().ShouldBe("LargeAmount");
        keyCase.GetProperty("suggestionId").GetGuid().ShouldBe(id);

        // Dismissing needs a reason.
        var other = await CaseAsync("2025-05-08", claimed: 8_000_000m);
        await OkAsync(_leader, "/api/key-cases/suggestions/scan", new { });
        var otherId = (await (await _leader.GetAsync($"/api/key-cases/suggestions?caseId={other}")).ReadJsonAsync()).GetProperty("items")[0].GetProperty("id").GetGuid();
        await RefusedAsync(_leader, $"/api/key-cases/suggestions/{otherId}/dismiss", new { reason = " " }, HttpStatusCode.BadRequest, "validation.failed");
        (await OkAsync(_leader, $"/api/key-cases/suggestions/{otherId}/dismiss", new { reason = "被执行人已提供足额担保" })).GetProperty("status").GetString().ShouldBe("Dismissed");
    }

    [Fact]
    public async Task A_suggestion_waiting_on_a_case_that_closes_is_withdrawn_and_waits_again_when_the_case_is_reopened()
    {
        var large = await CaseAsync("2025-05-06", claimed: 6_000_000m);
        await factory.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync();
        await OkAsync(_coordinator, $"/api/cases/{large}/closure", new { mode = "Withdrawn", closedOn = "2025-06-16", note = "申请执行人撤回执行申请" });

        // In the closure's own change: the leader's list no longer offers what cannot be accepted.
        (await (await _leader.GetAsync($"/api/key-cases/suggestions?caseId={large}")).ReadJsonAsync()).GetProperty("total").GetInt32().ShouldBe(0);
        var withdrawn = (await (await _leader.GetAsync($"/api/key-cases/suggestions?caseId={large}&status=Withdrawn")).ReadJsonAsync()).GetProperty("items").EnumerateArray().Single();
        withdrawn.GetProperty("decidedOn").GetString().ShouldBe("2025-06-16");
        withdrawn.GetProperty("decisionReason").GetString()!.ShouldStartWith("案件已结案");

        (await _leader.PostJsonAsync($"/api/cases/{large}/reopen", new { reason = "撤回申请系他人冒名提交" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var pending = (await (await _leader.GetAsync($"/api/key-cases/suggestions?caseId={large}")).ReadJsonAsync()).GetProperty("items").EnumerateArray().Single();
        pending.GetProperty("status").GetString().ShouldBe("Pending");
        (await OkAsync(_leader, $"/api/key-cases/suggestions/{pending.GetProperty("id").GetGuid()}/accept", new { })).GetProperty("status").GetString().ShouldBe("Accepted");
    }

    [Fact]
    public async Task Out_of_the_case_s_reach_its_timeline_shows_no_designation_and_only_the_orders_addressed_to_the_reader()
    {
        var colleague = await StaffAsync("邓志刚", "执行员", "EnforcementBureau");
        var caseId = await CaseAsync("2025-04-01");
        await OkAsync(_coordinator, $"/api/cases/{caseId}/assignments", new { staffId = colleague, assignedOn = "2025-04-01" });
        var keyCase = (await CreatedAsync(_leader, "/api/key-cases", new { caseId, reason = "SocialImpact", reasonText = "涉及农民工工资，社会关注度高" })).GetProperty("id").GetGuid();
        await OkAsync(_leader, $"/api/key-cases/{keyCase}/notes", new { text = "已约谈被执行人法定代表人" });
        await CreatedAsync(_leader, "/api/supervision-orders", new
        {
            subjectKind = "Case", subjectId = caseId, instruction = "限期报告查封财产的评估拍卖进度", dueOn = "2025-06-30", addresseeId = colleague,
        });
        await CreatedAsync(_leader, "/api/supervision-orders", new
        {
            subjectKind = "Case", subjectId = caseId, instruction = "请协助核实被执行人银行账户", dueOn = "2025-06-27", addresseeId = factory.StaffIdOf(Roles.Officer),
        });

        async Task<List<string>> LinesAsync(HttpClient reader) =>
            (await (await reader.GetAsync($"/api/cases/{caseId}/timeline")).ReadJsonAsync()).EnumerateArray()
            .Select(e => $"{e.GetProperty("kind").GetString()} {e.GetProperty("summary").GetString()}").ToList();

        var leader = await LinesAsync(_leader);
        leader.Count(l => l.StartsWith("KeyCase", StringComparison.Ordinal)).ShouldBe(2);
        leader.Count(l => l.StartsWith("Supervision", StringComparison.Ordinal)).ShouldBe(2);
        (await LinesAsync(_coordinator)).Count.ShouldBe(leader.Count);

        // The officer is not the handler: only the order addressed to them.
        var officer = await LinesAsync(_officer);
        officer.ShouldNotContain(l => l.StartsWith("KeyCase", StringComparison.Ordinal) || l.Contains("社会关注度高", StringComparison.Ordinal));
        officer.Where(l => l.StartsWith("Supervision", StringComparison.Ordinal)).ShouldHaveSingleItem().ShouldContain("请协助核实被执行人银行账户");
        officer.ShouldContain(l => l.StartsWith("Registered", StringComparison.Ordinal));

        var reception = await LinesAsync(factory.ClientFor(Roles.Reception));
        reception.ShouldNotContain(l => l.StartsWith("KeyCase", StringComparison.Ordinal) || l.StartsWith("Supervision", StringComparison.Ordinal));
        reception.Count.ShouldBe(leader.Count - 4);
        await CasesApiTests.ShouldBeProblem(await _leader.GetAsync($"/api/cases/{Guid.NewGuid()}/timeline"), HttpStatusCode.NotFound, "case.not_found");
    }

    [Fact]
    public async Task An_officer_reads_the_suggestions_only_of_the_cases_they_may_work()
    {
        var colleague = await StaffAsync("周建军", "执行员", "EnforcementBureau");
        var theirs = await CaseAsync("2025-05-08", claimed: 6_000_000m);
        await OkAsync(_coordinator, $"/api/cases/{theirs}/assignments", new { staffId = colleague, assignedOn = "2025-05-08" });
        var unassigned = await CaseAsync("2025-05-09", claimed: 6_000_000m);
        await OkAsync(_leader, "/api/key-cases/suggestions/scan", new { });

        (await (await _officer.GetAsync($"/api/key-cases/suggestions?caseId={theirs}")).ReadJsonAsync()).GetProperty("total").GetInt32().ShouldBe(0);
        (await (await _officer.GetAsync($"/api/key-cases/suggestions?caseId={unassigned}")).ReadJsonAsync()).GetProperty("total").GetInt32().ShouldBe(1);
        (await (await _leader.GetAsync($"/api/key-cases/suggestions?caseId={theirs}")).ReadJsonAsync()).GetProperty("total").GetInt32().ShouldBe(1);
        var officerAll = await (await _officer.GetAsync("/api/key-cases/suggestions?pageSize=100")).ReadJsonAsync();
        officerAll.GetProperty("items").EnumerateArray().ShouldNotContain(s => s.GetProperty("caseId").GetGuid() == theirs);

        // The export's second sheet as well.
        var theirNumber = (await (await _leader.GetAsync($"/api/cases/{theirs}")).ReadJsonAsync()).GetProperty("caseNumber").GetString();
        var unassignedNumber = (await (await _leader.GetAsync($"/api/cases/{unassigned}")).ReadJsonAsync()).GetProperty("caseNumber").GetString();
        var sheet = await ExportsApiTests.SheetAsync(await _officer.GetAsync("/api/key-cases/export.xlsx"), "建议列为重点");
        sheet.ShouldNotContain(r => r[1] == theirNumber);
        sheet.ShouldContain(r => r[1] == unassignedNumber);
        (await ExportsApiTests.SheetAsync(await _leader.GetAsync("/api/key-cases/export.xlsx"), "建议列为重点")).ShouldContain(r => r[1] == theirNumber);
    }

    [Fact]
    public async Task An_order_reported_on_its_deadline_day_is_not_overdue_while_the_report_waits_for_the_leader()
    {
        var caseId = await CaseAsync("2025-02-11", handler: Roles.Officer);
        var id = (await CreatedAsync(_leader, "/api/supervision-orders", new
        {
            subjectKind = "Case", subjectId = caseId, instruction = "请于6月13日前报告评估拍卖进度。", issuedOn = "2025-06-06", dueOn = "2025-06-13",
        })).GetProperty("id").GetGuid();
        (await IdsAsync("overdue=true")).ShouldContain(id); // today 06-16: no report by 06-13

        var reported = await OkAsync(_officer, $"/api/supervision-orders/{id}/reports", new { progress = "已委托评估，评估报告预计6月底出具。", reportedOn = "2025-06-13" });
        reported.GetProperty("reports")[0].GetProperty("late").GetBoolean().ShouldBeFalse();
        // The leader sees when it was entered (today, 06-16) beside the day it is dated.
        reported.GetProperty("reports")[0].GetProperty("recordedAtUtc").GetDateTime().ShouldBe(factory.Time.GetUtcNow().UtcDateTime, TimeSpan.FromSeconds(1));
        reported.GetProperty("overdue").GetBoolean().ShouldBeFalse();
        (await IdsAsync("overdue=true")).ShouldNotContain(id);
        (await IdsAsync("overdue=false")).ShouldContain(id);

        // The leader's worklist agrees: the report waits for a decision, and the order is not overdue.
        var worklist = await (await _leader.GetAsync("/api/me/worklist?pageSize=100")).ReadJsonAsync();
        var item = worklist.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("kind").GetString() == "SupervisionReport" && i.GetProperty("subjectId").GetGuid() == id);
        item.GetProperty("overdue").GetBoolean().ShouldBeFalse();
        item.GetProperty("daysLeft").GetInt32().ShouldBe(-3);

        // Overdue first: a late report on an order due a day later comes before the report that waits on time.
        var later = (await CreatedAsync(_leader, "/api/supervision-orders", new
        {
            subjectKind = "Case", subjectId = await CaseAsync("2025-02-12", handler: Roles.Officer), instruction = "请于6月14日前报告查控情况。",
            issuedOn = "2025-06-06", dueOn = "2025-06-14",
        })).GetProperty("id").GetGuid();
        await OkAsync(_officer, $"/api/supervision-orders/{later}/reports", new { progress = "已冻结被执行人银行账户两个。", reportedOn = "2025-06-15" });
        var items = (await (await _leader.GetAsync("/api/me/worklist?pageSize=100")).ReadJsonAsync()).GetProperty("items").EnumerateArray().ToList();
        var overdue = items.FindIndex(i => i.GetProperty("subjectId").GetGuid() == later);
        items[overdue].GetProperty("overdue").GetBoolean().ShouldBeTrue();
        overdue.ShouldBeLessThan(items.FindIndex(i => i.GetProperty("subjectId").GetGuid() == id));
        items.SkipWhile(i => i.GetProperty("overdue").GetBoolean()).ShouldAllBe(i => !i.GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task An_order_on_a_case_follows_it_to_its_new_handler_and_back_when_that_assignment_is_voided()
    {
        var caseId = await CaseAsync("2025-03-03", handler: Roles.Officer);
        var id = (await CreatedAsync(_leader, "/api/supervision-orders", new
        {
            subjectKind = "Case", subjectId = caseId, instruction = "请于6月20日前报告财产处置进展。", issuedOn = "2025-06-10", dueOn = "2025-06-20",
        })).GetProperty("id").GetGuid();

        await OkAsync(_coordinator, $"/api/cases/{caseId}/assignments", new { staffId = factory.StaffIdOf(Roles.Coordinator), assignedOn = "2025-06-16" });
        var order = await (await _leader.GetAsync($"/api/supervision-orders/{id}")).ReadJsonAsync();
        (order.GetProperty("addresseeId").GetGuid(), order.GetProperty("addresseeName").GetString()).ShouldBe((factory.StaffIdOf(Roles.Coordinator), "周敏"));
        await RefusedAsync(_officer, $"/api/supervision-orders/{id}/reports", new { progress = "原承办人报告" }, HttpStatusCode.Forbidden, "supervision.not_addressed_to_you");
        var timeline = (await (await _leader.GetAsync($"/api/cases/{caseId}/timeline")).ReadJsonAsync()).EnumerateArray().ToList();
        timeline.ShouldContain(e => e.GetProperty("summary").GetString()!.Contains("督办改由 周敏 报告", StringComparison.Ordinal));

        // Voiding the reassignment gives the case, and the order, back to the officer.
        var assignmentId = timeline.Single(e => e.GetProperty("kind").GetString() == "HandlerAssigned" && e.GetProperty("summary").GetString()!.Contains("周敏", StringComparison.Ordinal))
            .GetProperty("recordId").GetGuid();
        await OkAsync(_coordinator, $"/api/cases/{caseId}/assignments/{assignmentId}/void", new { reason = "指定错误" });
        (await (await _leader.GetAsync($"/api/supervision-orders/{id}")).ReadJsonAsync()).GetProperty("addresseeName").GetString().ShouldBe("陈志刚");
        (await OkAsync(_officer, $"/api/supervision-orders/{id}/reports", new { progress = "已拍卖查封厂房。", reportedOn = "2025-06-16" }))
            .GetProperty("status").GetString().ShouldBe("Reported");
    }

    [Fact]
    public async Task An_order_left_by_a_voided_only_assignment_goes_to_the_next_handler_assigned()
    {
        var caseId = await CaseAsync("2025-03-04", handler: Roles.Officer);
        var id = (await CreatedAsync(_leader, "/api/supervision-orders", new
        {
            subjectKind = "Case", subjectId = caseId, instruction = "请于6月25日前报告执行进展。", issuedOn = "2025-06-10", dueOn = "2025-06-25",
        })).GetProperty("id").GetGuid();
        var assignment = (await (await _leader.GetAsync($"/api/cases/{caseId}/timeline")).ReadJsonAsync()).EnumerateArray()
            .Single(e => e.GetProperty("kind").GetString() == "HandlerAssigned").GetProperty("recordId").GetGuid();
        await OkAsync(_coordinator, $"/api/cases/{caseId}/assignments/{assignment}/void", new { reason = "指定错误" });
        // No handler now: the order waits with the officer it was addressed to.
        (await (await _leader.GetAsync($"/api/supervision-orders/{id}")).ReadJsonAsync()).GetProperty("addresseeName").GetString().ShouldBe("陈志刚");

        await OkAsync(_coordinator, $"/api/cases/{caseId}/assignments", new { staffId = factory.StaffIdOf(Roles.Coordinator), assignedOn = "2025-06-16" });
        (await (await _leader.GetAsync($"/api/supervision-orders/{id}")).ReadJsonAsync()).GetProperty("addresseeName").GetString().ShouldBe("周敏");
    }

    private async Task<List<Guid>> IdsAsync(string filter) =>
        (await (await _leader.GetAsync($"/api/supervision-orders?{filter}&pageSize=100")).ReadJsonAsync())
        .GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetGuid()).ToList();

    [Fact]
    public async Task An_order_goes_to_the_handler_who_reports_and_the_leader_returns_then_accepts()
    {
        var caseId = await CaseAsync("2025-02-10", handler: Roles.Officer);
        var order = await CreatedAsync(_leader, "/api/supervision-orders", new
        {
            subjectKind = "Case", subjectId = caseId, instruction = "请于6月13日前报告财产查控进展。", issuedOn = "2025-06-06", dueOn = "2025-06-13",
        });
        order.GetProperty("addresseeId").GetGuid().ShouldBe(factory.StaffIdOf(Roles.Officer));
        order.GetProperty("overdue").GetBoolean().ShouldBeTrue(); // due 06-13, today 06-16, no accepted report
        order.GetProperty("daysLeft").GetInt32().ShouldBe(-3);
        var id = order.GetProperty("id").GetGuid();
        var overdue = await (await _leader.GetAsync("/api/supervision-orders?overdue=true&pageSize=100")).ReadJsonAsync();
        overdue.GetProperty("items").EnumerateArray().ShouldContain(o => o.GetProperty("id").GetGuid() == id);

        var notTheirs = await RefusedAsync(_coordinator, $"/api/supervision-orders/{id}/reports", new { progress = "代为报告" }, HttpStatusCode.Forbidden, "supervision.not_addressed_to_you");
        notTheirs.GetProperty("detail").GetString()!.ShouldNotContain("陈志刚"); // the refusal does not name the addressee
        await RefusedAsync(_leader, $"/api/supervision-orders/{id}/accept", new { }, (HttpStatusCode)422, "supervision.report.none");
        var reported = await OkAsync(_officer, $"/api/supervision-orders/{id}/reports", new { progress = "已完成网络查控，冻结存款8万元。", reportedOn = "2025-06-16" });
        reported.GetProperty("reports")[0].GetProperty("late").GetBoolean().ShouldBeTrue();
        reported.GetProperty("status").GetString().ShouldBe("Reported");
        reported.GetProperty("overdue").GetBoolean().ShouldBeTrue(); // a late report is overdue while it waits
        (await IdsAsync("overdue=true")).ShouldContain(id);
        await RefusedAsync(_officer, $"/api/supervision-orders/{id}/reports", new { progress = "再报" }, HttpStatusCode.Conflict, "supervision.report.pending");

        await RefusedAsync(_leader, $"/api/supervision-orders/{id}/return", new { comment = "请补充", newDueOn = "2025-06-16" }, HttpStatusCode.BadRequest, "supervision.new_due_on.too_early");
        var returned = await OkAsync(_leader, $"/api/supervision-orders/{id}/return", new { comment = "请补充不动产查询结果。", newDueOn = "2025-06-20" });
        returned.GetProperty("status").GetString().ShouldBe("Open");
        returned.GetProperty("dueOn").GetString().ShouldBe("2025-06-20");
        returned.GetProperty("overdue").GetBoolean().ShouldBeFalse();

        await OkAsync(_officer, $"/api/supervision-orders/{id}/reports", new { progress = "不动产登记中心回复：名下无房产。" });
        var accepted = await OkAsync(_leader, $"/api/supervision-orders/{id}/accept", new { comment = "同意" });
        accepted.GetProperty("status").GetString().ShouldBe("Accepted");
        accepted.GetProperty("acceptedOn").GetString().ShouldBe("2025-06-16");
        accepted.GetProperty("reports").GetArrayLength().ShouldBe(2);

        var timeline = await (await _leader.GetAsync($"/api/cases/{caseId}/timeline")).ReadJsonAsync();
        timeline.EnumerateArray().Count(e => e.GetProperty("kind").GetString() == "Supervision").ShouldBe(5);
        var mine = await (await _officer.GetAsync("/api/supervision-orders?mine=true&pageSize=100")).ReadJsonAsync();
        mine.GetProperty("items").EnumerateArray().ShouldContain(o => o.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task An_order_needs_an_addressee_a_deadline_after_it_and_a_known_subject()
    {
        var unassigned = await CaseAsync("2025-05-12");
        await RefusedAsync(_leader, "/api/supervision-orders", new { subjectKind = "Case", subjectId = unassigned, instruction = "督办", dueOn = "2025-06-30" },
            HttpStatusCode.BadRequest, "supervision.addressee.missing");
        var officer = factory.StaffIdOf(Roles.Officer);
        await RefusedAsync(_leader, "/api/supervision-orders", new { subjectKind = "Case", subjectId = unassigned, instruction = "督办", dueOn = "2025-06-16", addresseeId = officer },
            HttpStatusCode.BadRequest, "supervision.due_on.too_early");
        await RefusedAsync(_leader, "/api/supervision-orders", new { subjectKind = "Case", subjectId = unassigned, instruction = "督办", dueOn = "2025-06-30", addresseeId = factory.StaffIdOf(Roles.Reception) },
            HttpStatusCode.BadRequest, "supervision.addressee.invalid");
        await RefusedAsync(_leader, "/api/supervision-orders", new { subjectKind = "Petition", subjectId = Guid.NewGuid(), instruction = "督办", dueOn = "2025-06-30", addresseeId = officer },
            HttpStatusCode.NotFound, "petition.not_found");
        await RefusedAsync(_leader, "/api/supervision-orders", new { subjectKind = "Case", subjectId = unassigned, instruction = "", dueOn = "2025-06-30", addresseeId = officer },
            HttpStatusCode.BadRequest, "validation.failed");
        await RefusedAsync(_officer, "/api/supervision-orders", new { subjectKind = "Case", subjectId = unassigned, instruction = "督办", dueOn = "2025-06-30", addresseeId = officer },
            HttpStatusCode.Forbidden, "auth.forbidden");
    }

    [Fact]
    public async Task A_closed_case_takes_no_order_as_it_is_not_designated_and_takes_one_again_once_reopened()
    {
        var officer = factory.StaffIdOf(Roles.Officer);
        var closed = await CaseAsync("2025-05-12");
        await OkAsync(_coordinator, $"/api/cases/{closed}/closure", new { mode = "Withdrawn", closedOn = "2025-06-13", note = "申请执行人撤回执行申请" });
        // Even backdated to a day the case was open: the order would stand overdue on the dashboard with nothing to report.
        await RefusedAsync(_leader, "/api/supervision-orders",
            new { subjectKind = "Case", subjectId = closed, instruction = "报告结案前执行情况", issuedOn = "2025-06-02", dueOn = "2025-06-09", addresseeId = officer },
            (HttpStatusCode)422, "supervision.subject.closed");

        (await _leader.PostJsonAsync($"/api/cases/{closed}/reopen", new { reason = "撤回申请系他人冒名提交" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await CreatedAsync(_leader, "/api/supervision-orders", new { subjectKind = "Case", subjectId = closed, instruction = "督促恢复执行", dueOn = "2025-06-30", addresseeId = officer });
    }

    private static async Task<JsonElement> CreatedAsync(HttpClient client, string url, object body)
    {
        var response = await client.PostJsonAsync(url, body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    private Task<Guid> LeaderAsync(string name) => StaffAsync(name, "院长", "CourtLeadership");

    private async Task<Guid> StaffAsync(string name, string position, string unit)
    {
        var response = await factory.ClientFor(Roles.Admin).PostJsonAsync("/api/staff", new { name, position, unit });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync()).GetProperty("id").GetGuid();
    }

    private async Task<Guid> CaseAsync(string filedOn, string? handler = null, decimal claimed = 320_500.50m)
    {
        var number = $"（2025）湘0681执{7000 + Interlocked.Increment(ref _sequence)}号";
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
