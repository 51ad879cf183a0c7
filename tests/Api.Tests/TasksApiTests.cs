using System.Net;
using System.Text.Json;
using Enforcement.Application.Security;
using Enforcement.Infrastructure.Outbox;
using Microsoft.Extensions.DependencyInjection;
using static Enforcement.Api.Tests.PreEnforcementApiTests;

namespace Enforcement.Api.Tests;

/// <summary>
/// The task pool over HTTP. The court's today is Monday 2025-06-16. A handler assigned on Wednesday 06-04 owes the first
/// steps by 06-07, a Saturday, so Monday 06-09: those tasks are overdue today.
/// </summary>
public sealed class TasksApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static int _sequence;
    private readonly HttpClient _coordinator = factory.ClientFor(Roles.Coordinator);
    private readonly HttpClient _officer = factory.ClientFor(Roles.Officer);
    private readonly HttpClient _leader = factory.ClientFor(Roles.Leader);

    [Fact]
    public async Task Assigning_the_first_handler_puts_the_first_steps_in_the_pool_once_due_on_the_case_clocks_date()
    {
        var caseId = await CaseAsync(handler: Roles.Officer);
        await DispatchAsync();
        await DispatchAsync();
        var tasks = await TasksOfAsync(caseId);
        tasks.Select(t => t.GetProperty("type").GetString()).Order().ShouldBe(["ServeAssetReportOrder", "ServeEnforcementNotice"]);
        tasks.ShouldAllBe(t => t.GetProperty("dueOn").GetString() == "2025-06-09" && t.GetProperty("overdue").GetBoolean()
                               && t.GetProperty("origin").GetString() == "FirstSteps" && t.GetProperty("daysLeft").GetInt32() == -7);

        // A reassignment makes no new first steps.
        var coordinatorStaff = factory.StaffIdOf(Roles.Coordinator);
        await OkAsync(_coordinator, $"/api/cases/{caseId}/assignments", new { staffId = coordinatorStaff, assignedOn = "2025-06-10" });
        await DispatchAsync();
        (await TasksOfAsync(caseId)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_step_recorded_on_the_case_directly_makes_no_task_or_completes_the_open_one_with_that_measure()
    {
        // The notice is served before the outbox delivers the assignment: no notice task is made.
        var caseId = await CaseAsync(handler: Roles.Officer);
        await OkAsync(_officer, $"/api/cases/{caseId}/measures", new { kind = "EnforcementNotice", takenOn = "2025-06-05", description = "直接送达" });
        await DispatchAsync();
        var tasks = await TasksOfAsync(caseId);
        tasks.Select(t => t.GetProperty("type").GetString()).ShouldBe(["ServeAssetReportOrder"]);

        // The asset-report order is then recorded on the case: the open task is completed with that measure, in the
        // measure's own transaction (nothing dispatched), so a clerk completing the task next finds it done.
        await OkAsync(_officer, $"/api/cases/{caseId}/measures", new { kind = "AssetReportOrder", takenOn = "2025-06-16", description = "报告财产令已送达" });
        var task = (await TasksOfAsync(caseId)).Single();
        task.GetProperty("status").GetString().ShouldBe("Completed");
        task.GetProperty("completedOn").GetString().ShouldBe("2025-06-16");
        var measures = await (await _leader.GetAsync($"/api/cases/{caseId}/measures")).ReadJsonAsync();
        measures.EnumerateArray().Single(m => m.GetProperty("kind").GetString() == "AssetReportOrder")
            .GetProperty("id").GetGuid().ShouldBe(task.GetProperty("measureId").GetGuid());
        await RefusedAsync(_officer, $"/api/tasks/{task.GetProperty("id").GetGuid()}/complete", new { result = "再次" }, HttpStatusCode.Conflict, "task.already_completed");
        await DispatchAsync();
        (await (await _leader.GetAsync($"/api/cases/{caseId}/measures")).ReadJsonAsync()).EnumerateArray()
            .Count(m => m.GetProperty("kind").GetString() == "AssetReportOrder").ShouldBe(1);
        (await TasksOfAsync(caseId)).Single().GetProperty("measureId").GetGuid().ShouldBe(task.GetProperty("measureId").GetGuid());
    }

    [Fact]
    public async Task Completing_a_notice_task_records_the_notice_on_the_case_once_and_a_second_completion_is_409()
    {
        var caseId = await CaseAsync(handler: Roles.Officer);
        await DispatchAsync();
        var notice = (await TasksOfAsync(caseId)).Single(t => t.GetProperty("type").GetString() == "ServeEnforcementNotice");
        var id = notice.GetProperty("id").GetGuid();

        var claimed = await OkAsync(_officer, $"/api/tasks/{id}/claim", new { });
        claimed.GetProperty("claimedByName").GetString().ShouldBe("陈志刚");
        await RefusedAsync(_coordinator, $"/api/tasks/{id}/claim", new { }, HttpStatusCode.Conflict, "task.already_claimed");

        var done = await OkAsync(_officer, $"/api/tasks/{id}/complete", new { result = "已直接送达被执行人陈海涛", completedOn = "2025-06-16" });
        done.GetProperty("status").GetString().ShouldBe("Completed");
        var measureId = done.GetProperty("measureId").GetGuid();
        await RefusedAsync(_officer, $"/api/tasks/{id}/complete", new { result = "再次送达" }, HttpStatusCode.Conflict, "task.already_completed");

        var measures = await (await _leader.GetAsync($"/api/cases/{caseId}/measures")).ReadJsonAsync();
        var notices = measures.EnumerateArray().Where(m => m.GetProperty("kind").GetString() == "EnforcementNotice").ToList();
        notices.Count.ShouldBe(1);
        notices[0].GetProperty("id").GetGuid().ShouldBe(measureId);
        notices[0].GetProperty("takenOn").GetString().ShouldBe("2025-06-16");
        var detail = await (await _leader.GetAsync($"/api/cases/{caseId}")).ReadJsonAsync();
        detail.GetProperty("noticeSentOn").GetString().ShouldBe("2025-06-16");
    }

    [Fact]
    public async Task Voiding_the_measure_that_completed_a_task_puts_the_task_back_in_the_pool_unless_the_case_still_records_the_work()
    {
        var caseId = await CaseAsync(handler: Roles.Officer);
        await DispatchAsync();
        var notice = (await TasksOfAsync(caseId)).Single(t => t.GetProperty("type").GetString() == "ServeEnforcementNotice");
        var id = notice.GetProperty("id").GetGuid();
        await OkAsync(_officer, $"/api/tasks/{id}/claim", new { });
        var measureId = (await OkAsync(_officer, $"/api/tasks/{id}/complete", new { result = "已直接送达被执行人", completedOn = "2025-06-16" })).GetProperty("measureId").GetGuid();

        await OkAsync(_officer, $"/api/cases/{caseId}/measures/{measureId}/void", new { reason = "送达回证记载的受送达人有误" });
        await DispatchAsync();

        var reopened = (await TasksOfAsync(caseId)).Single(t => t.GetProperty("id").GetGuid() == id);
        reopened.GetProperty("status").GetString().ShouldBe("Open");
        reopened.GetProperty("measureId").ValueKind.ShouldBe(JsonValueKind.Null);
        reopened.GetProperty("claimedByName").ValueKind.ShouldBe(JsonValueKind.Null);
        reopened.GetProperty("dueOn").GetString().ShouldBe(notice.GetProperty("dueOn").GetString());

        // Done again, and the case then records a second notice as well: voiding the first leaves the task done, by the second.
        var again = (await OkAsync(_officer, $"/api/tasks/{id}/complete", new { result = "已重新送达", completedOn = "2025-06-16" })).GetProperty("measureId").GetGuid();
        await OkAsync(_officer, $"/api/cases/{caseId}/measures", new { kind = "EnforcementNotice", takenOn = "2025-06-16", description = "邮寄送达" });
        var second = (await (await _leader.GetAsync($"/api/cases/{caseId}/measures")).ReadJsonAsync()).EnumerateArray()
            .Single(m => m.GetProperty("description").GetString() == "邮寄送达").GetProperty("id").GetGuid();
        await OkAsync(_officer, $"/api/cases/{caseId}/measures/{again}/void", new { reason = "重复录入" });
        await DispatchAsync();
        var stillDone = (await TasksOfAsync(caseId)).Single(t => t.GetProperty("id").GetGuid() == id);
        stillDone.GetProperty("status").GetString().ShouldBe("Completed");
        stillDone.GetProperty("measureId").GetGuid().ShouldBe(second);
    }

    [Fact]
    public async Task An_officer_works_only_the_tasks_of_cases_they_may_work_and_reception_has_no_pool()
    {
        var othersCase = await CaseAsync(handler: Roles.Coordinator);
        await DispatchAsync();
        var task = (await TasksOfAsync(othersCase))[0].GetProperty("id").GetGuid();
        await RefusedAsync(_officer, $"/api/tasks/{task}/claim", new { }, HttpStatusCode.Forbidden, "task.not_your_case");
        await RefusedAsync(_officer, "/api/tasks", new { caseId = othersCase, type = "Valuation", reason = "评估" }, HttpStatusCode.Forbidden, "task.not_your_case");
        (await _officer.GetAsync($"/api/tasks/{task}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var mine = await (await _officer.GetAsync($"/api/tasks?caseId={othersCase}")).ReadJsonAsync();
        mine.GetProperty("total").GetInt32().ShouldBe(0);

        var reception = factory.ClientFor(Roles.Reception);
        (await reception.GetAsync("/api/tasks")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _leader.PostJsonAsync($"/api/tasks/{task}/claim", new { })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _leader.GetAsync($"/api/tasks/{task}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await RefusedAsync(_officer, $"/api/tasks/{task}/cancel", new { reason = "不需要" }, HttpStatusCode.Forbidden, "auth.forbidden");
    }

    [Fact]
    public async Task A_task_by_hand_is_due_after_its_types_period_and_bad_input_is_400()
    {
        var caseId = await CaseAsync();
        var created = await _coordinator.PostJsonAsync("/api/tasks", new { caseId, type = "DraftDocument", reason = "制作执行裁定书（冻结）" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var task = await created.ReadJsonAsync();
        task.GetProperty("dueOn").GetString().ShouldBe("2025-06-23"); // 5 days: 06-21 is a Saturday
        task.GetProperty("origin").GetString().ShouldBe("Manual");
        created.Headers.Location!.ToString().ShouldBe($"/api/tasks/{task.GetProperty("id").GetGuid()}");

        await RefusedAsync(_coordinator, "/api/tasks", new { caseId, type = "DraftDocument", reason = "x", dueOn = "2025-06-15" }, HttpStatusCode.BadRequest, "validation.failed");
        await RefusedAsync(_coordinator, "/api/tasks", new { caseId, type = "DraftDocument" }, HttpStatusCode.BadRequest, "validation.failed");
        await RefusedAsync(_coordinator, "/api/tasks", new { caseId = Guid.NewGuid(), type = "Archive", reason = "归档" }, (HttpStatusCode)422, "task.case.not_found");

        var inquiry = await (await _coordinator.PostJsonAsync("/api/tasks", new { caseId, type = "OnlineInquiry", reason = "网络查控" })).ReadJsonAsync();
        await RefusedAsync(_coordinator, $"/api/tasks/{inquiry.GetProperty("id").GetGuid()}/complete", new { result = "已查询" },
            HttpStatusCode.BadRequest, "task.inquiry_result.missing");
        var archived = await OkAsync(_coordinator, $"/api/tasks/{task.GetProperty("id").GetGuid()}/complete", new { result = "裁定书已制作并送达" });
        archived.GetProperty("measureId").ValueKind.ShouldBe(JsonValueKind.Null);
        var timeline = await (await _leader.GetAsync($"/api/cases/{caseId}/timeline")).ReadJsonAsync();
        timeline.EnumerateArray().ShouldContain(e => e.GetProperty("kind").GetString() == "Task");
    }

    [Fact]
    public async Task Claim_next_takes_the_oldest_due_open_task_of_the_types_asked_and_the_board_counts_by_type()
    {
        var caseId = await CaseAsync();
        var late = await (await _coordinator.PostJsonAsync("/api/tasks", new { caseId, type = "AuctionPreparation", reason = "拍卖前准备", dueOn = "2025-06-16" })).ReadJsonAsync();
        await _coordinator.PostJsonAsync("/api/tasks", new { caseId, type = "AuctionPreparation", reason = "拍卖前准备（二）", dueOn = "2025-07-16" });

        var next = await (await _coordinator.PostJsonAsync("/api/tasks/claim-next", new { types = new[] { "AuctionPreparation" } })).ReadJsonAsync();
        next.GetProperty("id").GetGuid().ShouldBe(late.GetProperty("id").GetGuid());
        next.GetProperty("status").GetString().ShouldBe("Claimed");

        var board = await (await _leader.GetAsync("/api/tasks/board")).ReadJsonAsync();
        var auction = board.GetProperty("types").EnumerateArray().Single(t => t.GetProperty("type").GetString() == "AuctionPreparation");
        auction.GetProperty("open").GetInt32().ShouldBeGreaterThanOrEqualTo(2);
        auction.GetProperty("claimed").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        board.GetProperty("types").GetArrayLength().ShouldBe(8);

        var released = await OkAsync(_coordinator, $"/api/tasks/{late.GetProperty("id").GetGuid()}/release", new { });
        released.GetProperty("status").GetString().ShouldBe("Open");
        var cancelled = await OkAsync(_coordinator, $"/api/tasks/{late.GetProperty("id").GetGuid()}/cancel", new { reason = "案件已和解，无需拍卖" });
        cancelled.GetProperty("status").GetString().ShouldBe("Cancelled");

        var admin = factory.ClientFor(Roles.Admin);
        (await admin.PostJsonAsync("/api/tasks/claim-next", new { })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_terminated_this_round_case_gets_its_re_inquiry_task_when_it_comes_due_once()
    {
        // Closed 2025-01-10: the re-inquiry is due 2025-07-10, within 30 days of today (2025-06-16).
        var caseId = await TerminatedCaseAsync(2024, "2025-01-10");
        (await _officer.PostJsonAsync("/api/tasks/plan", new { })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await _coordinator.PostJsonAsync("/api/tasks/plan", new { })).ReadJsonAsync()).GetProperty("created").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        (await (await _coordinator.PostJsonAsync("/api/tasks/plan", new { })).ReadJsonAsync()).GetProperty("created").GetInt32().ShouldBe(0);

        await DispatchAsync();
        var task = (await TasksOfAsync(caseId)).Single();
        task.GetProperty("status").GetString().ShouldBe("Open");
        task.GetProperty("type").GetString().ShouldBe("OnlineInquiry");
        task.GetProperty("origin").GetString().ShouldBe("Reinquiry");
        task.GetProperty("dueOn").GetString().ShouldBe("2025-07-10");

        await RefusedAsync(_coordinator, "/api/tasks", new { caseId, type = "Valuation", reason = "评估" }, (HttpStatusCode)422, "task.case.closed");
        (await _coordinator.PostJsonAsync("/api/tasks", new { caseId, type = "Archive", reason = "终本卷宗归档" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        // An inquiry recorded before the closure does not complete the re-inquiry; the task's own completion does.
        var done = await OkAsync(_coordinator, $"/api/tasks/{task.GetProperty("id").GetGuid()}/complete", new { result = "复查未发现财产", inquiryResult = "NoAssets" });
        done.GetProperty("measureId").GetGuid().ShouldNotBe(Guid.Empty);
        var detail = await (await _leader.GetAsync($"/api/cases/{caseId}")).ReadJsonAsync();
        detail.GetProperty("nextReinquiryDueOn").GetString().ShouldBe("2025-12-16");
    }

    [Fact]
    public async Task Re_inquiry_tasks_end_with_the_duty_with_a_resumption_and_with_a_reopening()
    {
        // Closed 终本 on 2020-06-15: the 5 years of re-inquiries ended on 2025-06-15, yesterday. Nothing is planned.
        // Closed on 2020-06-16, its last day is today: its (long overdue) re-inquiry is still planned.
        var ended = await TerminatedCaseAsync(2019, "2020-06-15");
        var lastDay = await TerminatedCaseAsync(2019, "2020-06-16");
        await _coordinator.PostJsonAsync("/api/tasks/plan", new { });
        (await TasksOfAsync(ended)).ShouldBeEmpty();
        (await TasksOfAsync(lastDay)).Single().GetProperty("dueOn").GetString().ShouldBe("2020-12-16");

        // Closed 2025-01-10, its task due 07-10; resumed as 执恢 today, the task is cancelled.
        var resumed = await TerminatedCaseAsync(2024, "2025-01-10");
        await _coordinator.PostJsonAsync("/api/tasks/plan", new { });
        await DispatchAsync();
        (await TasksOfAsync(resumed)).Single().GetProperty("status").GetString().ShouldBe("Open");
        var resumption = await _coordinator.PostJsonAsync($"/api/cases/{resumed}/resumptions",
            new { caseNumber = $"（2025）湘0681执恢{300 + Interlocked.Increment(ref _sequence)}号", filedOn = "2025-06-16" });
        resumption.StatusCode.ShouldBe(HttpStatusCode.Created, await resumption.Content.ReadAsStringAsync());
        await DispatchAsync();
        (await TasksOfAsync(resumed)).Single().GetProperty("status").GetString().ShouldBe("Cancelled");
        // Its searches are the 执恢 case's now: no new inquiry task on the original, which names the new case.
        var refused = await RefusedAsync(_coordinator, "/api/tasks", new { caseId = resumed, type = "OnlineInquiry", reason = "复查" }, (HttpStatusCode)422, "task.case.closed");
        refused.GetProperty("detail").GetString()!.ShouldContain("执恢");
        (await _coordinator.PostJsonAsync("/api/tasks", new { caseId = resumed, type = "Archive", reason = "原案卷宗归档" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        // A 终本 closure struck by a leader's reopening has no re-inquiries left: its task is cancelled too.
        var reopened = await TerminatedCaseAsync(2024, "2025-01-10");
        await _coordinator.PostJsonAsync("/api/tasks/plan", new { });
        await DispatchAsync();
        (await TasksOfAsync(reopened)).Single().GetProperty("status").GetString().ShouldBe("Open");
        var reopening = await _leader.PostJsonAsync($"/api/cases/{reopened}/reopen", new { reason = "终本时尚有未处置的冻结存款，结案错误" });
        reopening.StatusCode.ShouldBe(HttpStatusCode.OK, await reopening.Content.ReadAsStringAsync());
        await DispatchAsync();
        var cancelled = (await TasksOfAsync(reopened)).Single();
        cancelled.GetProperty("status").GetString().ShouldBe("Cancelled");

        // Closed by 终本 again on the same day, its re-inquiry is due 07-10 again: the next planning makes a task for it,
        // as the struck schedule's task no longer holds the date.
        await OkAsync(_coordinator, $"/api/cases/{reopened}/closure", new { mode = "TerminatedThisRound", closedOn = "2025-01-10", note = "经查控未发现可供执行财产" });
        await _coordinator.PostJsonAsync("/api/tasks/plan", new { });
        var planned = (await TasksOfAsync(reopened)).Where(t => t.GetProperty("status").GetString() == "Open").ShouldHaveSingleItem();
        planned.GetProperty("dueOn").GetString().ShouldBe("2025-07-10");
        planned.GetProperty("id").GetGuid().ShouldNotBe(cancelled.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task A_re_inquiry_task_still_open_when_the_5_years_end_is_cancelled_by_the_next_planning()
    {
        using var own = new ApiFactory();
        var coordinator = own.ClientFor(Roles.Coordinator);
        var lastDay = await TerminatedCaseAsync(2019, "2020-06-16", coordinator); // the duty's last day is today, 2025-06-16
        await coordinator.PostJsonAsync("/api/tasks/plan", new { });
        own.Time.Advance(TimeSpan.FromDays(1));
        coordinator = own.CreateClient(); // a token of the new day
        coordinator.DefaultRequestHeaders.Authorization = new("Bearer", await own.TokenAsync("coordinator-test", ApiFactory.TestPassword));
        (await coordinator.PostJsonAsync("/api/tasks/plan", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var task = (await (await coordinator.GetAsync($"/api/tasks?caseId={lastDay}")).ReadJsonAsync()).GetProperty("items").EnumerateArray().Single();
        task.GetProperty("status").GetString().ShouldBe("Cancelled");
    }

    /// <summary>A case filed on the first working Monday of June of <paramref name="year"/>, its first steps and an empty inquiry taken, closed 终本.</summary>
    private async Task<Guid> TerminatedCaseAsync(int year, string closedOn, HttpClient? client = null)
    {
        var coordinator = client ?? _coordinator;
        var filedOn = new DateOnly(year, 6, 3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var register = Requests.RegisterCase($"（{year}）湘0681执{8000 + Interlocked.Increment(ref _sequence)}号", filedOn: filedOn);
        register["basis"] = new { issuer = "汨罗市人民法院", documentNumber = $"（{year}）湘0681民初99号", effectiveOn = $"{year}-05-20" };
        var created = await coordinator.PostJsonAsync("/api/cases", register);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var caseId = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();
        foreach (var (kind, day) in new[] { ("EnforcementNotice", 5), ("AssetReportOrder", 5), ("OnlineAssetInquiry", 6), ("ConsumptionRestriction", 10) })
        {
            await OkAsync(coordinator, $"/api/cases/{caseId}/measures", new
            {
                kind, takenOn = $"{year}-06-{day:00}", description = "执行措施", inquiryResult = kind == "OnlineAssetInquiry" ? "NoAssets" : null,
            });
        }

        await OkAsync(coordinator, $"/api/cases/{caseId}/closure", new { mode = "TerminatedThisRound", closedOn, note = "经查控未发现可供执行财产" });
        return caseId;
    }

    [Theory]
    [InlineData(true, "2025-06-13", "2025-06-16", "2025-06-04")]  // a second handler from Friday 06-13 stays: 3 days end on Monday 06-16
    [InlineData(false, "2025-06-12", "2025-06-16", "2025-06-04")] // none stays; a new first handler on Thursday 06-12: Sunday 06-15, so Monday 06-16
    [InlineData(false, "2025-06-03", "2025-06-06", "2025-06-03")] // corrected to the filing day, Tuesday 06-03: due Friday 06-06, and arisen then
    public async Task The_first_steps_tasks_follow_the_case_when_a_voided_assignment_moves_its_first_steps_deadline(
        bool secondStays, string assignedOn, string dueOn, string arose)
    {
        var caseId = await CaseAsync(handler: Roles.Officer); // assigned 06-04: due 06-09
        var first = (await (await _leader.GetAsync($"/api/cases/{caseId}/timeline")).ReadJsonAsync()).EnumerateArray()
            .Single(e => e.GetProperty("kind").GetString() == "HandlerAssigned").GetProperty("recordId").GetGuid();
        await DispatchAsync();
        var coordinatorStaff = factory.StaffIdOf(Roles.Coordinator);
        if (secondStays)
        {
            await OkAsync(_coordinator, $"/api/cases/{caseId}/assignments", new { staffId = coordinatorStaff, assignedOn });
        }

        var voided = await OkAsync(_coordinator, $"/api/cases/{caseId}/assignments/{first}/void", new { reason = "指派错误，应分给其他承办人" });
        if (!secondStays)
        {
            voided = await OkAsync(_coordinator, $"/api/cases/{caseId}/assignments", new { staffId = coordinatorStaff, assignedOn });
        }

        await DispatchAsync();
        voided.GetProperty("firstStepsDueOn").GetString().ShouldBe(dueOn);
        var tasks = await TasksOfAsync(caseId);
        tasks.Count.ShouldBe(2);
        // A task moved later keeps the day it arose, so work done since stays recordable on its true day.
        var overdue = string.CompareOrdinal(dueOn, "2025-06-16") < 0;
        tasks.ShouldAllBe(t => t.GetProperty("dueOn").GetString() == dueOn && t.GetProperty("overdue").GetBoolean() == overdue
                               && t.GetProperty("createdOn").GetString() == arose);
    }

    [Fact]
    public async Task Closing_a_case_cancels_its_open_tasks_that_a_closed_case_cannot_take()
    {
        var caseId = await CaseAsync(handler: Roles.Officer);
        await DispatchAsync();
        await _coordinator.PostJsonAsync("/api/tasks", new { caseId, type = "Archive", reason = "归档" });
        await OkAsync(_coordinator, $"/api/cases/{caseId}/closure", new { mode = "Withdrawn", closedOn = "2025-06-16", note = "申请执行人撤回执行申请" });
        await DispatchAsync();
        var tasks = await TasksOfAsync(caseId);
        tasks.Where(t => t.GetProperty("type").GetString() != "Archive").ShouldAllBe(t => t.GetProperty("status").GetString() == "Cancelled");
        tasks.Where(t => t.GetProperty("type").GetString() != "Archive").Count().ShouldBe(2);
        tasks.Single(t => t.GetProperty("type").GetString() == "Archive").GetProperty("status").GetString().ShouldBe("Open");
    }

    [Fact]
    public async Task A_claim_left_by_a_former_handler_is_released_by_them_or_by_the_new_handler_but_not_by_another_officer()
    {
        var caseId = await CaseAsync(handler: Roles.Officer);
        await DispatchAsync();
        var tasks = await TasksOfAsync(caseId);
        var notice = tasks.Single(t => t.GetProperty("type").GetString() == "ServeEnforcementNotice").GetProperty("id").GetGuid();
        var report = tasks.Single(t => t.GetProperty("type").GetString() == "ServeAssetReportOrder").GetProperty("id").GetGuid();
        await OkAsync(_officer, $"/api/tasks/{notice}/claim", new { });
        await OkAsync(_officer, $"/api/tasks/{report}/claim", new { });

        // The case goes to another officer, 刘建国.
        var (second, secondStaff) = await SecondOfficerAsync();
        await OkAsync(_coordinator, $"/api/cases/{caseId}/assignments", new { staffId = secondStaff, assignedOn = "2025-06-10" });

        // The new handler cannot take the former handler's claim, but may release it and then claim it.
        await RefusedAsync(second, $"/api/tasks/{notice}/claim", new { }, HttpStatusCode.Conflict, "task.already_claimed");
        (await OkAsync(second, $"/api/tasks/{notice}/release", new { })).GetProperty("status").GetString().ShouldBe("Open");
        (await OkAsync(second, $"/api/tasks/{notice}/claim", new { })).GetProperty("claimedByName").GetString().ShouldBe("刘建国");

        // The former handler gives back his own claim, though the case is no longer his; he cannot claim it again.
        (await OkAsync(_officer, $"/api/tasks/{report}/release", new { })).GetProperty("status").GetString().ShouldBe("Open");
        await RefusedAsync(_officer, $"/api/tasks/{report}/claim", new { }, HttpStatusCode.Forbidden, "task.not_your_case");

        // On a case without a handler, an officer who did not claim the task does not release another's claim.
        var unassigned = await CaseAsync();
        var created = await _coordinator.PostJsonAsync("/api/tasks", new { caseId = unassigned, type = "Valuation", reason = "委托评估查封的房产" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var valuation = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();
        await OkAsync(_officer, $"/api/tasks/{valuation}/claim", new { });
        await RefusedAsync(second, $"/api/tasks/{valuation}/release", new { }, HttpStatusCode.Forbidden, "task.claimed_by_other");
        (await OkAsync(_coordinator, $"/api/tasks/{valuation}/release", new { })).GetProperty("status").GetString().ShouldBe("Open");
    }

    [Fact]
    public async Task A_case_going_to_another_handler_gives_back_the_claims_of_officers_who_may_no_longer_work_it_not_a_coordinators()
    {
        // Unassigned, the case is anyone's to work: the officer claims a valuation, the coordinator an auction's preparation.
        var caseId = await CaseAsync();
        async Task<Guid> TaskAsync(string type, string reason) =>
            (await (await _coordinator.PostJsonAsync("/api/tasks", new { caseId, type, reason })).ReadJsonAsync()).GetProperty("id").GetGuid();
        var valuation = await TaskAsync("Valuation", "委托评估查封的房产");
        var auction = await TaskAsync("AuctionPreparation", "拍卖前准备");
        await OkAsync(_officer, $"/api/tasks/{valuation}/claim", new { });
        await OkAsync(_coordinator, $"/api/tasks/{auction}/claim", new { });

        var (second, secondStaff) = await SecondOfficerAsync();
        await OkAsync(_coordinator, $"/api/cases/{caseId}/assignments", new { staffId = secondStaff, assignedOn = "2025-06-10" });
        await DispatchAsync();

        var tasks = await TasksOfAsync(caseId);
        var given = tasks.Single(t => t.GetProperty("id").GetGuid() == valuation);
        (given.GetProperty("status").GetString(), given.GetProperty("claimedByName").ValueKind).ShouldBe(("Open", JsonValueKind.Null));
        tasks.Single(t => t.GetProperty("id").GetGuid() == auction).GetProperty("status").GetString().ShouldBe("Claimed");
        var worklist = await (await _officer.GetAsync("/api/me/worklist?withinDays=366&pageSize=100")).ReadJsonAsync();
        worklist.GetProperty("items").EnumerateArray().ShouldNotContain(i => i.GetProperty("subjectId").GetGuid() == valuation);
        (await OkAsync(second, $"/api/tasks/{valuation}/claim", new { })).GetProperty("claimedByName").GetString().ShouldBe("刘建国");
    }

    [Fact]
    public async Task A_deactivated_officers_claims_go_back_to_the_pool_with_the_deactivation()
    {
        var caseId = await CaseAsync();
        var created = await _coordinator.PostJsonAsync("/api/tasks", new { caseId, type = "Valuation", reason = "委托评估扣押的车辆" });
        var valuation = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();
        var (second, secondStaff) = await SecondOfficerAsync();
        await OkAsync(second, $"/api/tasks/{valuation}/claim", new { });

        (await factory.ClientFor(Roles.Admin).PostJsonAsync($"/api/staff/{secondStaff}/deactivate", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var task = (await TasksOfAsync(caseId)).Single(t => t.GetProperty("id").GetGuid() == valuation);
        (task.GetProperty("status").GetString(), task.GetProperty("claimedByName").ValueKind).ShouldBe(("Open", JsonValueKind.Null));
    }

    /// <summary>A second officer of the enforcement bureau, 刘建国, logged in, with his staff id.</summary>
    private async Task<(HttpClient Client, Guid StaffId)> SecondOfficerAsync()
    {
        var name = $"task.officer{Interlocked.Increment(ref _sequence)}";
        await factory.CreateUserAsync(name, ApiFactory.TestPassword, [Roles.Officer], ("刘建国", "执行员", Enforcement.Domain.Staff.CourtUnit.EnforcementBureau));
        var login = await (await factory.LoginAsync(name, ApiFactory.TestPassword)).ReadJsonAsync();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());
        using var scope = factory.Services.CreateScope();
        var staffId = scope.ServiceProvider.GetRequiredService<Enforcement.Infrastructure.Persistence.EnforcementDbContext>().Users.Single(u => u.UserName == name).StaffId!.Value;
        return (client, staffId);
    }

    private async Task<Guid> CaseAsync(string? handler = null)
    {
        var number = $"（2025）湘0681执{6000 + Interlocked.Increment(ref _sequence)}号";
        var response = await _coordinator.PostJsonAsync("/api/cases", Requests.RegisterCase(number));
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await response.ReadJsonAsync()).GetProperty("id").GetGuid();
        if (handler is not null)
        {
            await OkAsync(_coordinator, $"/api/cases/{id}/assignments", new { staffId = factory.StaffIdOf(handler), assignedOn = "2025-06-04" });
        }

        return id;
    }

    private Task DispatchAsync() => factory.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync();

    private async Task<List<JsonElement>> TasksOfAsync(Guid caseId)
    {
        var list = await (await _coordinator.GetAsync($"/api/tasks?caseId={caseId}&pageSize=100")).ReadJsonAsync();
        return list.GetProperty("items").EnumerateArray().ToList();
    }
}
