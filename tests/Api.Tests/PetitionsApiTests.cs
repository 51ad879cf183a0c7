using System.Net;
using System.Text.Json;
using Enforcement.Application.Security;
using Enforcement.Infrastructure.Outbox;
using Enforcement.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests;

/// <summary>
/// Petition reception over HTTP. The court's today is Monday 2025-06-16: acceptance is due 15 days later on Tuesday
/// 07-01; an enforcement petition's 5 working days end on Monday 06-23 and its 30 days on Wednesday 07-16.
/// </summary>
public sealed class PetitionsApiTests : IClassFixture<ApiFactory>
{
    private const string WorkerId = "430681199001011230";
    private static int _sequence;
    private readonly ApiFactory _factory;
    private readonly HttpClient _reception;
    private readonly HttpClient _coordinator;
    private readonly HttpClient _leader;
    private readonly HttpClient _officer;

    public PetitionsApiTests(ApiFactory factory)
    {
        _factory = factory;
        _reception = factory.ClientFor(Roles.Reception);
        _coordinator = factory.ClientFor(Roles.Coordinator);
        _leader = factory.ClientFor(Roles.Leader);
        _officer = factory.ClientFor(Roles.Officer);
    }

    [Fact]
    public async Task A_receptionist_logs_a_visit_with_its_deadlines_and_the_cases_handler()
    {
        var (caseId, number) = await CaseAsync(handledByOfficer: true);
        var unknown = "（2024）湘0681执99999号";
        var petition = await LogAsync(Visit(number, unknown));

        petition.GetProperty("status").GetString().ShouldBe("Received");
        petition.GetProperty("receivedBy").GetString().ShouldBe("孙桂芳");
        petition.GetProperty("receivedOn").GetString().ShouldBe("2025-06-16");
        petition.GetProperty("track").GetString().ShouldBe("Enforcement");
        petition.GetProperty("headcount").GetInt32().ShouldBe(1);
        petition.GetProperty("collective").GetBoolean().ShouldBeFalse();
        petition.GetProperty("dueOn").GetString().ShouldBe("2025-06-23");
        petition.GetProperty("daysLeft").GetInt32().ShouldBe(7);
        var deadlines = petition.GetProperty("deadlines").EnumerateArray().ToDictionary(d => d.GetProperty("kind").GetString()!, d => d.GetProperty("dueOn").GetString());
        deadlines.ShouldBe(new Dictionary<string, string?> { ["Accept"] = "2025-07-01", ["Assign"] = "2025-06-23", ["Resolve"] = "2025-07-16" });

        var cases = petition.GetProperty("cases").EnumerateArray().ToList();
        cases[0].GetProperty("caseId").GetGuid().ShouldBe(caseId);
        cases[0].GetProperty("handlerName").GetString().ShouldBe("陈志刚");
        cases[1].GetProperty("caseNumber").GetString().ShouldBe(unknown);
        cases[1].GetProperty("resolved").GetBoolean().ShouldBeFalse();
        petition.GetProperty("petitioners")[0].GetProperty("idNumber").GetString().ShouldBe(WorkerId);

        var timeline = await (await _coordinator.GetAsync($"/api/cases/{caseId}/timeline")).ReadJsonAsync();
        var lines = timeline.EnumerateArray().Where(e => e.GetProperty("kind").GetString() == "Petition").ToList();
        lines.ShouldNotBeEmpty();
        lines.ShouldAllBe(e => !e.GetProperty("summary").GetString()!.Contains("李春生")); // read by everyone who reads the case

        var unresolved = await (await _reception.GetAsync("/api/petitions?unresolvedCases=true&pageSize=100")).ReadJsonAsync();
        unresolved.GetProperty("items").EnumerateArray().ShouldContain(p => p.GetProperty("id").GetGuid() == Id(petition));
    }

    [Fact]
    public async Task A_petition_goes_from_receipt_to_closure_through_review_and_every_step_is_on_its_timeline()
    {
        var (_, number) = await CaseAsync();
        var id = Id(await LogAsync(Visit(number)));
        var officerStaff = _factory.StaffIdOf(Roles.Officer);

        await ShouldBeRefused(_reception, $"/api/petitions/{id}/answer", new { reply = "已答复", channel = "InPerson" }, "petition.status.invalid");
        await OkAsync(_reception, $"/api/petitions/{id}/accept", new { decidedOn = "2025-06-16" });
        await OkAsync(_reception, $"/api/petitions/{id}/assign", new { assigneeKind = "Staff", assigneeId = officerStaff });
        var answered = await OkAsync(_reception, $"/api/petitions/{id}/answer",
            new { reply = "经核查，承办人已冻结被执行人银行存款12万元，将于本月内扣划发放。", channel = "InPerson", answeredOn = "2025-06-16" });
        answered.GetProperty("status").GetString().ShouldBe("Answered");
        answered.GetProperty("dueOn").ValueKind.ShouldBe(JsonValueKind.Null);
        var window = answered.GetProperty("deadlines").EnumerateArray().Last();
        window.GetProperty("kind").GetString().ShouldBe("ReviewRequest");
        window.GetProperty("dueOn").GetString().ShouldBe("2025-07-16");
        window.GetProperty("petitionersWindow").GetBoolean().ShouldBeTrue();

        var review = await OkAsync(_reception, $"/api/petitions/{id}/review", new { });
        review.GetProperty("status").GetString().ShouldBe("UnderReview");
        review.GetProperty("dueOn").GetString().ShouldBe("2025-07-16");
        await OkAsync(_reception, $"/api/petitions/{id}/answer", new { reply = "复查维持原答复意见。", channel = "Letter" });
        var closed = await OkAsync(_reception, $"/api/petitions/{id}/close", new { satisfaction = "BasicallySatisfied" });
        closed.GetProperty("status").GetString().ShouldBe("Closed");
        closed.GetProperty("satisfaction").GetString().ShouldBe("BasicallySatisfied");
        closed.GetProperty("timeline").EnumerateArray().Select(s => s.GetProperty("kind").GetString()).ShouldBe(
            ["Received", "Accepted", "Assigned", "Answered", "ReviewRequested", "Answered", "Closed"]);
        closed.GetProperty("timeline").EnumerateArray().ShouldAllBe(s => s.GetProperty("recordedBy").GetString() == "孙桂芳");
        closed.GetProperty("rounds").GetArrayLength().ShouldBe(2);

        // A closed petition has nothing left to supervise, as a closed case.
        var order = new { subjectKind = "Petition", subjectId = id, instruction = "请报告信访人诉求落实情况", dueOn = "2025-06-30", addresseeId = officerStaff };
        var refused = await _leader.PostJsonAsync("/api/supervision-orders", order);
        await CasesApiTests.ShouldBeProblem(refused, (HttpStatusCode)422, "supervision.subject.closed");

        // Nor one not accepted (不予受理), which nothing leaves.
        var declined = Id(await LogAsync(Visit(number)));
        await OkAsync(_reception, $"/api/petitions/{declined}/not-accept", new { reason = "不属于执行信访事项", decidedOn = "2025-06-16" });
        var onDeclined = new { subjectKind = "Petition", subjectId = declined, instruction = "请报告信访人诉求落实情况", dueOn = "2025-06-30", addresseeId = officerStaff };
        await CasesApiTests.ShouldBeProblem(await _leader.PostJsonAsync("/api/supervision-orders", onDeclined), (HttpStatusCode)422, "supervision.subject.closed");
    }

    [Fact]
    public async Task A_petition_naming_no_case_is_not_on_the_enforcement_track()
    {
        var body = Visit("x");
        body["caseNumbers"] = Array.Empty<string>();
        body["track"] = "Enforcement";
        var problem = await CasesApiTests.ShouldBeProblem(await _reception.PostJsonAsync("/api/petitions", body), HttpStatusCode.BadRequest, "validation.failed");
        problem.GetProperty("rule").GetString().ShouldBe("petition.track.no_case");
        problem.GetProperty("errors").TryGetProperty("track", out _).ShouldBeTrue();

        body.Remove("track");
        var general = await LogAsync(body);
        general.GetProperty("track").GetString().ShouldBe("General");
    }

    [Fact]
    public async Task A_leader_extends_the_resolve_period_once_by_up_to_30_days_and_nobody_else_may()
    {
        var (_, number) = await CaseAsync();
        var id = Id(await LogAsync(Visit(number)));
        (await _reception.PostJsonAsync($"/api/petitions/{id}/extension", new { days = 30, reason = "案情复杂" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await CasesApiTests.ShouldBeProblem(
            await _leader.PostJsonAsync($"/api/petitions/{id}/extension", new { days = 31, reason = "案情复杂" }), HttpStatusCode.BadRequest, "validation.failed");
        var extended = await OkAsync(_leader, $"/api/petitions/{id}/extension", new { days = 30, reason = "涉及多个被执行人财产处置，需协调不动产登记中心。" });
        // 06-16 + 60 days = 08-15, a Friday.
        extended.GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "Resolve").GetProperty("dueOn").GetString().ShouldBe("2025-08-15");
        extended.GetProperty("extendedBy").GetString().ShouldBe("黄德明");
        await ShouldBeRefused(_leader, $"/api/petitions/{id}/extension", new { days = 5, reason = "再次延期" }, "petition.extension.already_granted");
    }

    [Fact]
    public async Task A_collective_visit_suggests_the_case_as_a_key_case_through_the_outbox()
    {
        var (caseId, number) = await CaseAsync();
        var body = Visit(number);
        body["headcount"] = 8;
        body["category"] = "PaymentRequest";
        body["content"] = "8名务工人员反映被执行企业拖欠工资，案件执行款迟迟未发放。";
        var petition = await LogAsync(body);
        petition.GetProperty("collective").GetBoolean().ShouldBeTrue();

        await _factory.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync();
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        var suggestion = await db.Set<Domain.Supervision.KeyCaseSuggestion>().SingleAsync(s => s.CaseId == caseId);
        suggestion.Reason.ShouldBe(Domain.Cases.KeyCaseReason.CollectiveVisit);
        suggestion.PetitionId.ShouldBe(Id(petition));

        // A second collective visit while the first waits for the leader adds no second suggestion.
        body["headcount"] = 6;
        body["content"] = "6名务工人员再次来访，反映工资仍未发放。";
        await LogAsync(body);
        await _factory.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync();
        (await db.Set<Domain.Supervision.KeyCaseSuggestion>().CountAsync(s => s.CaseId == caseId && s.Reason == Domain.Cases.KeyCaseReason.CollectiveVisit)).ShouldBe(1);

        var flagged = await (await _leader.GetAsync("/api/petitions?collective=true&receivedFrom=2025-06-16&receivedTo=2025-06-16&pageSize=100")).ReadJsonAsync();
        flagged.GetProperty("items").EnumerateArray().ShouldContain(p => p.GetProperty("id").GetGuid() == Id(petition));
        var visits = await (await _reception.GetAsync("/api/petitions/today?pageSize=100")).ReadJsonAsync();
        visits.GetProperty("items").EnumerateArray().ShouldContain(p => p.GetProperty("id").GetGuid() == Id(petition));
        visits.GetProperty("items").EnumerateArray().ShouldAllBe(p => p.GetProperty("channel").GetString() == "Visit" && p.GetProperty("receivedOn").GetString() == "2025-06-16");
    }

    [Fact]
    public async Task The_same_petitioner_about_the_same_case_again_is_a_repeat_and_the_history_shows_both()
    {
        var (_, number) = await CaseAsync();
        var first = await LogAsync(Visit(number, receivedOn: "2025-01-10"));
        var letter = Visit(number);
        letter["channel"] = "Letter";
        letter.Remove("headcount");
        var second = await LogAsync(letter);
        first.GetProperty("repeat").GetBoolean().ShouldBeFalse();
        second.GetProperty("repeat").GetBoolean().ShouldBeTrue();
        second.GetProperty("repeatOfId").GetGuid().ShouldBe(Id(first));

        var history = await (await _leader.GetAsync($"/api/petitions/petitioner-history?identity={WorkerId}&pageSize=100")).ReadJsonAsync();
        history.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ShouldContain(Id(first));
        history.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ShouldContain(Id(second));
        (await _officer.GetAsync($"/api/petitions/petitioner-history?identity={WorkerId}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await CasesApiTests.ShouldBeProblem(
            await _reception.GetAsync("/api/petitions/petitioner-history?identity=430681199001011231"), HttpStatusCode.BadRequest, "validation.failed");
        await CasesApiTests.ShouldBeProblem(
            await _reception.GetAsync("/api/petitions/petitioner-history?name=" + Uri.EscapeDataString("李春生")), HttpStatusCode.BadRequest, "validation.failed");
        var byNameAndPhone = await (await _reception.GetAsync("/api/petitions/petitioner-history?name=" + Uri.EscapeDataString("李春生") + "&phone=13912345678")).ReadJsonAsync();
        byNameAndPhone.GetProperty("total").GetInt32().ShouldBeGreaterThanOrEqualTo(2);

        var byCase = await (await _reception.GetAsync($"/api/petitions?caseNumber={Uri.EscapeDataString(number)}")).ReadJsonAsync();
        byCase.GetProperty("total").GetInt32().ShouldBe(2);
        var byName = await (await _reception.GetAsync($"/api/petitions?q={Uri.EscapeDataString("春生")}&repeat=true&pageSize=100")).ReadJsonAsync();
        byName.GetProperty("items").EnumerateArray().ShouldContain(p => p.GetProperty("id").GetGuid() == Id(second));
    }

    [Theory]
    [InlineData("周立新", "0731-84567890", "周立新", "073184567890")]
    [InlineData("周 立新", "073184567892", "周立新", "0731-84567892")]
    [InlineData("Ｍａｒｙ王", "073184567893", "mary 王", "0731-84567893")] // full-width or half-width, whatever the case
    public async Task A_petitioner_without_an_ID_is_the_same_whether_the_landline_has_its_dash_or_the_name_a_space(
        string firstName, string firstPhone, string againName, string againPhone)
    {
        var (_, number) = await CaseAsync();
        var first = await LogAsync(WithoutId(Visit(number, receivedOn: "2025-06-02"), firstName, firstPhone));
        var again = await LogAsync(WithoutId(Visit(number), againName, againPhone));
        again.GetProperty("repeat").GetBoolean().ShouldBeTrue();
        again.GetProperty("repeatOfId").GetGuid().ShouldBe(Id(first));
        again.GetProperty("petitioners")[0].GetProperty("phone").GetString().ShouldBe(againPhone); // kept as typed

        foreach (var phone in new[] { firstPhone, againPhone })
        {
            var history = await (await _reception.GetAsync($"/api/petitions/petitioner-history?name={Uri.EscapeDataString(againName)}&phone={phone}&pageSize=100")).ReadJsonAsync();
            history.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ShouldBe([Id(again), Id(first)], ignoreOrder: true);
        }

        var stranger = await LogAsync(WithoutId(Visit(number), againName, "13973000001"));
        stranger.GetProperty("repeat").GetBoolean().ShouldBeFalse();

        static Dictionary<string, object?> WithoutId(Dictionary<string, object?> visit, string name, string phone)
        {
            visit["petitioners"] = new[] { new { kind = "NaturalPerson", name, phone } };
            return visit;
        }
    }

    [Fact]
    public async Task Petitioners_read_back_in_the_order_they_were_named()
    {
        var (_, number) = await CaseAsync();
        string[] names = ["邓国富", "李春花", "王秋生", "赵德明", "钱小红", "孙立新"];
        var visit = Visit(number);
        visit["headcount"] = names.Length;
        visit["petitioners"] = names.Select((name, i) => new { kind = "NaturalPerson", name, phone = $"1397300{i:D4}" }).ToArray();
        var id = Id(await LogAsync(visit));

        var read = await (await _reception.GetAsync($"/api/petitions/{id}")).ReadJsonAsync();
        read.GetProperty("petitioners").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ShouldBe(names);
        var listed = await (await _reception.GetAsync($"/api/petitions?caseNumber={Uri.EscapeDataString(number)}")).ReadJsonAsync();
        listed.GetProperty("items")[0].GetProperty("petitionerNames").EnumerateArray().Select(n => n.GetString()).ShouldBe(names);
    }

    [Fact]
    public async Task Visits_of_one_petitioner_logged_at_the_same_moment_flag_all_but_one_as_repeats()
    {
        var (_, number) = await CaseAsync();
        var logged = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => LogAsync(Visit(number))));
        logged.Count(p => p.GetProperty("repeat").GetBoolean()).ShouldBe(3);
    }

    [Fact]
    public async Task Officers_read_only_petitions_on_their_cases_masked_and_leaders_read_unmasked_with_an_audit_row()
    {
        var (mineId, mine) = await CaseAsync(handledByOfficer: true);
        var (othersId, others) = await CaseAsync(handledByCoordinator: true);
        var minePetition = Id(await LogAsync(Visit(mine)));
        var othersPetition = Id(await LogAsync(Visit(others)));

        var read = await (await _officer.GetAsync($"/api/petitions/{minePetition}")).ReadJsonAsync();
        read.GetProperty("petitioners")[0].GetProperty("idNumber").GetString().ShouldBe("4306**********1230");
        read.GetProperty("petitioners")[0].GetProperty("phone").GetString().ShouldBe("139****5678");
        read.GetProperty("petitioners")[0].GetProperty("address").GetString().ShouldBe("湖南省汨罗市****");
        await CasesApiTests.ShouldBeProblem(await _officer.GetAsync($"/api/petitions/{othersPetition}"), HttpStatusCode.Forbidden, "petition.not_on_your_cases");
        var list = await (await _officer.GetAsync("/api/petitions?pageSize=100")).ReadJsonAsync();
        list.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ShouldContain(minePetition);
        list.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ShouldNotContain(othersPetition);

        var noted = await OkAsync(_officer, $"/api/petitions/{minePetition}/notes", new { note = "已电话联系申请人，说明执行进展。" });
        noted.GetProperty("timeline").EnumerateArray().Last().GetProperty("recordedBy").GetString().ShouldBe("陈志刚");
        await ShouldBeRefused(_officer, $"/api/petitions/{othersPetition}/notes", new { note = "越权记录" }, "petition.not_on_your_cases", HttpStatusCode.Forbidden);
        // Nor does the other case's timeline tell the officer of the petition; reception, who reads every petition, sees it there.
        async Task<int> PetitionLines(HttpClient reader, Guid caseId) =>
            (await (await reader.GetAsync($"/api/cases/{caseId}/timeline")).ReadJsonAsync()).EnumerateArray().Count(e => e.GetProperty("kind").GetString() == "Petition");
        (await PetitionLines(_officer, othersId)).ShouldBe(0);
        (await PetitionLines(_officer, mineId)).ShouldBeGreaterThan(0);
        (await PetitionLines(_reception, othersId)).ShouldBeGreaterThan(0);
        (await _officer.PostJsonAsync($"/api/petitions/{minePetition}/accept", new { })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var coordinatorRead = await (await _coordinator.GetAsync($"/api/petitions/{othersPetition}")).ReadJsonAsync();
        coordinatorRead.GetProperty("petitioners")[0].GetProperty("idNumber").GetString().ShouldBe("4306**********1230");
        var leaderRead = await (await _leader.GetAsync($"/api/petitions/{othersPetition}")).ReadJsonAsync();
        leaderRead.GetProperty("petitioners")[0].GetProperty("idNumber").GetString().ShouldBe(WorkerId);
        var audit = await (await _leader.GetAsync($"/api/audit?entityType=Petition&entityId={othersPetition}")).ReadJsonAsync();
        audit.GetProperty("items").EnumerateArray().ShouldContain(a => a.GetProperty("action").GetString() == "ReadPersonalData");

        (await _factory.ClientFor(Roles.Admin).GetAsync("/api/petitions")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _coordinator.PostJsonAsync("/api/petitions", Visit(mine))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_stable_codes_and_nothing_is_saved()
    {
        var (_, number) = await CaseAsync();
        var future = Visit(number, receivedOn: "2025-06-17");
        await Refused(future, HttpStatusCode.BadRequest, "validation.failed");

        var letterWithHeadcount = Visit(number);
        letterWithHeadcount["channel"] = "Letter";
        await Refused(letterWithHeadcount, HttpStatusCode.BadRequest, "validation.failed");

        var forwarded = Visit(number);
        forwarded["channel"] = "Forwarded";
        forwarded.Remove("headcount");
        await Refused(forwarded, HttpStatusCode.BadRequest, "validation.failed");

        var badId = Visit(number);
        badId["petitioners"] = new[] { new { kind = "NaturalPerson", name = "李春生", idNumber = "430681199001011231" } };
        await Refused(badId, HttpStatusCode.BadRequest, "validation.failed");

        var nobody = Visit(number);
        nobody["petitioners"] = Array.Empty<object>();
        await Refused(nobody, HttpStatusCode.BadRequest, "validation.failed");

        var badChannel = Visit(number);
        badChannel["channel"] = "Fax";
        (await _reception.PostJsonAsync("/api/petitions", badChannel)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var total = await (await _reception.GetAsync($"/api/petitions?caseNumber={Uri.EscapeDataString(number)}")).ReadJsonAsync();
        total.GetProperty("total").GetInt32().ShouldBe(0);

        await CasesApiTests.ShouldBeProblem(await _reception.GetAsync($"/api/petitions/{Guid.NewGuid()}"), HttpStatusCode.NotFound, "petition.not_found");
        await CasesApiTests.ShouldBeProblem(await _reception.GetAsync("/api/petitions?dueWithinDays=-1"), HttpStatusCode.BadRequest, "validation.failed");
        await CasesApiTests.ShouldBeProblem(await _reception.GetAsync("/api/petitions?status=Lost"), HttpStatusCode.BadRequest, "request.malformed");
        await CasesApiTests.ShouldBeProblem(await _reception.GetAsync("/api/petitions?caseNumber=abc"), HttpStatusCode.BadRequest, "validation.failed");
        await CasesApiTests.ShouldBeProblem(
            await _reception.GetAsync("/api/petitions/case-lookup?number=" + Uri.EscapeDataString("（2019）湘0681执1号")), HttpStatusCode.NotFound, "case.not_found");
    }

    [Fact]
    public async Task A_clerk_resolves_an_unknown_case_number_and_the_case_gets_the_petition()
    {
        var (caseId, number) = await CaseAsync();
        const string typed = "2025年汨罗法院执行案件，案号记不清"; // as the petitioner remembers it
        var petition = await LogAsync(Visit(typed));
        var link = petition.GetProperty("cases")[0];
        link.GetProperty("resolved").GetBoolean().ShouldBeFalse();

        var url = $"/api/petitions/{Id(petition)}/cases/{link.GetProperty("id").GetGuid()}/resolve";
        await ShouldBeRefused(_coordinator, url, new { caseNumber = "（2019）湘0681执1号" }, "petition.case.not_registered");
        (await _officer.PostJsonAsync(url, new { caseNumber = number })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var resolved = await OkAsync(_coordinator, url, new { caseNumber = number });
        resolved.GetProperty("cases")[0].GetProperty("caseId").GetGuid().ShouldBe(caseId);
        resolved.GetProperty("cases")[0].GetProperty("caseNumber").GetString().ShouldBe(number);

        var byCase = await (await _reception.GetAsync($"/api/petitions?caseId={caseId}")).ReadJsonAsync();
        byCase.GetProperty("items").EnumerateArray().Single().GetProperty("id").GetGuid().ShouldBe(Id(petition));
        var lookup = await (await _reception.GetAsync("/api/petitions/case-lookup?number=" + Uri.EscapeDataString(number))).ReadJsonAsync();
        lookup.GetProperty("caseId").GetGuid().ShouldBe(caseId);
    }

    [Fact]
    public async Task Due_and_overdue_lists_follow_the_next_deadline()
    {
        var (_, number) = await CaseAsync();
        // Received 05-30 (Friday): 5 working days are 06-03 to 06-06 and 06-09 (06-02 is the Dragon Boat holiday): overdue today.
        var late = Id(await LogAsync(Visit(number, receivedOn: "2025-05-30")));
        var fresh = Id(await LogAsync(Visit(number)));

        var overdue = await (await _reception.GetAsync("/api/petitions?overdue=true&pageSize=100")).ReadJsonAsync();
        overdue.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ShouldContain(late);
        overdue.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ShouldNotContain(fresh);
        var row = overdue.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == late);
        row.GetProperty("dueOn").GetString().ShouldBe("2025-06-09");
        row.GetProperty("daysLeft").GetInt32().ShouldBe(-7);

        var week = await (await _reception.GetAsync("/api/petitions?dueWithinDays=7&pageSize=100")).ReadJsonAsync();
        week.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ShouldContain(fresh);
        var six = await (await _reception.GetAsync("/api/petitions?dueWithinDays=6&pageSize=100")).ReadJsonAsync();
        six.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ShouldNotContain(fresh);
    }

    [Fact]
    public async Task The_dashboard_counts_the_petitions_received_in_its_range_answered_on_time_late_and_declined()
    {
        // 12–14 May: one answered within its 30 days, one unanswered past its due date (06-12, before today 06-16),
        // one declined (outside the resolve figures). The dashboard read before them is not reused after them.
        const string range = "from=2025-05-12&to=2025-05-14";
        var before = await (await _leader.GetAsync("/api/dashboard?" + range)).ReadJsonAsync();
        DashboardApiTests.Figure(before, "petitions.received").GetProperty("numerator").GetDecimal().ShouldBe(0);

        var (_, number) = await CaseAsync();
        var answered = Id(await LogAsync(Visit(number, receivedOn: "2025-05-12")));
        await OkAsync(_reception, $"/api/petitions/{answered}/accept", new { decidedOn = "2025-05-12" });
        await OkAsync(_reception, $"/api/petitions/{answered}/assign", new { assigneeKind = "Staff", assigneeId = _factory.StaffIdOf(Roles.Officer), assignedOn = "2025-05-13" });
        await OkAsync(_reception, $"/api/petitions/{answered}/answer", new { reply = "已扣划被执行人存款并发放。", channel = "InPerson", answeredOn = "2025-05-20" });
        var (_, other) = await CaseAsync();
        var late = Visit(other, receivedOn: "2025-05-13");
        late["headcount"] = 6;
        late["petitioners"] = new[] { new { kind = "NaturalPerson", name = "周国平", idNumber = (string?)null, phone = "13807301234", address = "湖南省汨罗市长乐镇" } };
        var lateId = Id(await LogAsync(late));
        await OkAsync(_reception, $"/api/petitions/{lateId}/accept", new { decidedOn = "2025-05-13" });
        var (_, third) = await CaseAsync();
        var declined = Visit(third, receivedOn: "2025-05-14");
        declined["petitioners"] = new[] { new { kind = "NaturalPerson", name = "黄秀英", idNumber = (string?)null, phone = "13907305678", address = "湖南省汨罗市罗江镇" } };
        await OkAsync(_reception, $"/api/petitions/{Id(await LogAsync(declined))}/not-accept", new { reason = "不属于执行信访事项", decidedOn = "2025-05-14" });

        var dashboard = await (await _leader.GetAsync("/api/dashboard?" + range)).ReadJsonAsync();
        DashboardApiTests.Figure(dashboard, "petitions.received").GetProperty("numerator").GetDecimal().ShouldBe(3);
        var resolved = DashboardApiTests.Figure(dashboard, "petitions.resolved_rate");
        (resolved.GetProperty("numerator").GetDecimal(), resolved.GetProperty("denominator").GetDecimal(), resolved.GetProperty("rate").GetDecimal()).ShouldBe((1m, 2m, 0.5m));
        var onTime = DashboardApiTests.Figure(dashboard, "petitions.on_time_rate");
        (onTime.GetProperty("numerator").GetDecimal(), onTime.GetProperty("denominator").GetDecimal()).ShouldBe((1m, 2m));
        // Its link lists the petitions it is counted over, not every petition past any of its deadlines.
        onTime.GetProperty("link").GetString().ShouldBe("/api/petitions?receivedFrom=2025-05-12&receivedTo=2025-05-14");
        DashboardApiTests.Figure(dashboard, "petitions.collective").GetProperty("numerator").GetDecimal().ShouldBe(1);
        DashboardApiTests.Figure(dashboard, "petitions.repeat").GetProperty("numerator").GetDecimal().ShouldBe(0);
    }

    [Fact]
    public async Task A_supervision_order_on_a_petition_is_read_only_by_those_who_read_supervision_orders()
    {
        var (caseId, number) = await CaseAsync(handledByOfficer: true);
        var id = Id(await LogAsync(Visit(number)));
        await OkAsync(_reception, $"/api/petitions/{id}/accept", new { });
        await OkAsync(_reception, $"/api/petitions/{id}/assign", new { assigneeKind = "Staff", assigneeId = _factory.StaffIdOf(Roles.Officer) });
        var order = await _leader.PostJsonAsync("/api/supervision-orders", new { subjectKind = "Petition", subjectId = id, instruction = "请三日内约谈信访人并报告化解方案", dueOn = "2025-06-20" });
        order.StatusCode.ShouldBe(HttpStatusCode.Created, await order.Content.ReadAsStringAsync());

        async Task<string> Read(HttpClient client, string url) => await (await client.GetAsync(url)).Content.ReadAsStringAsync();
        (await Read(_leader, $"/api/petitions/{id}")).ShouldContain("请三日内约谈信访人并报告化解方案");
        (await Read(_leader, $"/api/cases/{caseId}/timeline")).ShouldContain("请三日内约谈信访人并报告化解方案");
        (await Read(_factory.ClientFor(Roles.Officer), $"/api/cases/{caseId}/timeline")).ShouldContain("请三日内约谈信访人并报告化解方案"); // the addressee
        (await Read(_reception, $"/api/petitions/{id}")).ShouldNotContain("请三日内约谈信访人并报告化解方案");
        (await Read(_reception, $"/api/cases/{caseId}/timeline")).ShouldNotContain("请三日内约谈信访人并报告化解方案");
    }

    [Fact]
    public async Task The_same_petitioner_named_five_times_is_refused_not_a_collective_visit()
    {
        var visit = Visit("（2025）湘0681执1号");
        var worker = new { kind = "NaturalPerson", name = "李春生", idNumber = WorkerId, phone = "13912345678", address = "湖南省汨罗市归义镇新市村3组" };
        visit["petitioners"] = Enumerable.Repeat(worker, 5).ToArray();
        visit["headcount"] = 5;
        await CasesApiTests.ShouldBeProblem(await _reception.PostJsonAsync("/api/petitions", visit), (HttpStatusCode)422, "petition.petitioners.duplicate");
    }

    [Fact]
    public async Task A_receipt_time_later_today_has_not_happened_yet()
    {
        // The court's wall clock (Asia/Shanghai, UTC+8) now, to the minute.
        var now = TimeOnly.FromDateTime(_factory.Time.GetUtcNow().UtcDateTime.AddHours(8));
        var later = Visit("（2025）湘0681执1号");
        later["receivedAt"] = now.AddMinutes(1).ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        var problem = await CasesApiTests.ShouldBeProblem(await _reception.PostJsonAsync("/api/petitions", later), HttpStatusCode.BadRequest, "validation.failed");
        problem.GetProperty("errors").TryGetProperty("receivedAt", out _).ShouldBeTrue();

        var yesterday = Visit("（2025）湘0681执1号", receivedOn: DateOnly.FromDateTime(_factory.Time.GetUtcNow().UtcDateTime.AddHours(8)).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        yesterday["receivedAt"] = later["receivedAt"];
        (await LogAsync(yesterday)).GetProperty("receivedAt").GetString().ShouldBe(later["receivedAt"]);
    }

    [Theory]
    [InlineData("（2025）湘0681执 {0}号")]
    [InlineData("(2025) 湘0681执{0}号")]
    [InlineData("（２０２５）湘０６８１执{0}号")]
    public async Task A_case_number_typed_with_spaces_or_full_width_digits_is_400_saying_what_was_meant(string typed)
    {
        var (_, number) = await CaseAsync(handledByOfficer: true);
        var sequence = number[(number.IndexOf('执', StringComparison.Ordinal) + 1)..^1];
        var body = await CasesApiTests.ShouldBeProblem(
            await _reception.PostJsonAsync("/api/petitions", Visit(string.Format(System.Globalization.CultureInfo.InvariantCulture, typed, sequence))),
            HttpStatusCode.BadRequest, "validation.failed");
        body.GetProperty("errors").GetProperty("caseNumbers[0]")[0].GetString()!.ShouldContain($"type the case number as {number}");

        // A number of another court's kind that is no case number at all is kept as typed, as before.
        (await LogAsync(Visit(number, "汨仲裁字〔2025〕12号"))).GetProperty("cases")[1].GetProperty("caseNumber").GetString().ShouldBe("汨仲裁字〔2025〕12号");
    }

    private static Guid Id(JsonElement petition) => petition.GetProperty("id").GetGuid();

    internal static Dictionary<string, object?> Visit(string caseNumber, string? second = null, string? receivedOn = null) => new()
    {
        ["channel"] = "Visit",
        ["receivedOn"] = receivedOn,
        ["receivedAt"] = "08:30:00",
        ["headcount"] = 1,
        ["petitioners"] = new[]
        {
            new { kind = "NaturalPerson", name = "李春生", idNumber = WorkerId, phone = "13912345678", address = "湖南省汨罗市归义镇新市村3组" },
        },
        ["caseNumbers"] = second is null ? new[] { caseNumber } : new[] { caseNumber, second },
        ["category"] = "SlowEnforcement",
        ["content"] = "申请执行人反映案件立案已三个月，被执行人仍在正常经营，执行无进展。",
        ["request"] = "请求法院尽快采取强制执行措施。",
    };

    private async Task<JsonElement> LogAsync(Dictionary<string, object?> body)
    {
        var response = await _reception.PostJsonAsync("/api/petitions", body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    private async Task Refused(Dictionary<string, object?> body, HttpStatusCode status, string code) =>
        await CasesApiTests.ShouldBeProblem(await _reception.PostJsonAsync("/api/petitions", body), status, code);

    private static async Task<JsonElement> OkAsync(HttpClient client, string url, object body)
    {
        var response = await client.PostJsonAsync(url, body);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    private static async Task ShouldBeRefused(HttpClient client, string url, object body, string code, HttpStatusCode status = (HttpStatusCode)422) =>
        await CasesApiTests.ShouldBeProblem(await client.PostJsonAsync(url, body), status, code);

    private async Task<(Guid Id, string Number)> CaseAsync(bool handledByOfficer = false, bool handledByCoordinator = false)
    {
        var number = $"（2025）湘0681执{5000 + Interlocked.Increment(ref _sequence)}号";
        var response = await _coordinator.PostJsonAsync("/api/cases", Requests.RegisterCase(number));
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await response.ReadJsonAsync()).GetProperty("id").GetGuid();
        if (handledByOfficer || handledByCoordinator)
        {
            var staff = _factory.StaffIdOf(handledByOfficer ? Roles.Officer : Roles.Coordinator);
            var assigned = await _coordinator.PostJsonAsync($"/api/cases/{id}/assignments", new { staffId = staff, assignedOn = "2025-06-04" });
            assigned.StatusCode.ShouldBe(HttpStatusCode.OK, await assigned.Content.ReadAsStringAsync());
        }

        return (id, number);
    }
}
