using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enforcement.Application.Security;
using Enforcement.Infrastructure.Outbox;
using Microsoft.Extensions.DependencyInjection;
using static Enforcement.Api.Tests.PreEnforcementApiTests;

namespace Enforcement.Api.Tests;

/// <summary>
/// Linked units and public-body obligations over HTTP. The court's today is Monday 2025-06-16. The 2025 Labour Day
/// holiday runs 05-01 to 05-05; 06-14 and 06-15 are a weekend.
/// </summary>
public sealed class ObligationsApiTests : IClassFixture<ApiFactory>
{
    private static int _sequence;
    private readonly ApiFactory _factory;
    private readonly HttpClient _coordinator;
    private readonly HttpClient _leader;

    public ObligationsApiTests(ApiFactory factory)
    {
        _factory = factory;
        _coordinator = factory.ClientFor(Roles.Coordinator);
        _leader = factory.ClientFor(Roles.Leader);
    }

    [Fact]
    public async Task Coordinators_and_admins_maintain_the_registry_and_everyone_reads_it_with_phones_masked_for_reception()
    {
        var unit = await RegisterUnitAsync(_coordinator, "汨罗市住房和城乡建设局", "GovernmentDepartment");
        unit.GetProperty("publicBody").GetBoolean().ShouldBeTrue();
        unit.GetProperty("contactPhone").GetString().ShouldBe("13907301234");

        var byAdmin = await _factory.ClientFor(Roles.Admin).PostJsonAsync("/api/linked-units", UnitBody(Unique("汨罗市农业银行营业部"), "Bank"));
        byAdmin.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await _factory.ClientFor(Roles.Officer).PostJsonAsync("/api/linked-units", UnitBody(Unique("某单位"), "Other"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var id = unit.GetProperty("id").GetGuid();
        var read = await (await _factory.ClientFor(Roles.Reception).GetAsync($"/api/linked-units/{id}")).ReadJsonAsync();
        read.GetProperty("unit").GetProperty("contactPhone").GetString().ShouldBe("139****1234");
        var listed = await (await _factory.ClientFor(Roles.Reception).GetAsync("/api/linked-units?q=" + Uri.EscapeDataString("住房和城乡") + "&kind=GovernmentDepartment")).ReadJsonAsync();
        listed.GetProperty("items").EnumerateArray().ShouldContain(u => u.GetProperty("id").GetGuid() == id);
        var bodies = await (await _coordinator.GetAsync("/api/linked-units?publicBody=true&pageSize=100")).ReadJsonAsync();
        bodies.GetProperty("items").EnumerateArray().ShouldContain(u => u.GetProperty("id").GetGuid() == id);
        bodies.GetProperty("items").EnumerateArray().ShouldAllBe(u => u.GetProperty("publicBody").GetBoolean());
        var others = await (await _coordinator.GetAsync("/api/linked-units?publicBody=false&pageSize=100")).ReadJsonAsync();
        others.GetProperty("items").EnumerateArray().ShouldContain(u => u.GetProperty("kind").GetString() == "Bank");
        others.GetProperty("items").EnumerateArray().ShouldNotContain(u => u.GetProperty("publicBody").GetBoolean());
    }

    [Fact]
    public async Task The_registry_refuses_duplicates_bad_codes_and_loops()
    {
        var name = Unique("汨罗市归义镇人民政府");
        var township = await RegisterUnitAsync(_coordinator, name, "Township");
        await CasesApiTests.ShouldBeProblem(await _coordinator.PostJsonAsync("/api/linked-units", UnitBody(name, "Township")), HttpStatusCode.Conflict, "linked_unit.duplicate");
        foreach (var alike in new[] { name.Insert(3, " "), name.Insert(3, "\u00A0"), name.Insert(3, "\u3000") })
        {
            // Names that read alike on screen are one unit: one body's debts are not split between two entries.
            await CasesApiTests.ShouldBeProblem(await _coordinator.PostJsonAsync("/api/linked-units", UnitBody(alike, "Township")), HttpStatusCode.Conflict, "linked_unit.duplicate");
        }

        var badCode = UnitBody(Unique("某社区居委会"), "Community");
        badCode["creditCode"] = "12430681MB00000000";
        await CasesApiTests.ShouldBeProblem(await _coordinator.PostJsonAsync("/api/linked-units", badCode), HttpStatusCode.BadRequest, "validation.failed");

        var community = UnitBody(Unique("归义镇桃花社区居民委员会"), "Community");
        community["superiorUnitId"] = township.GetProperty("id").GetGuid();
        var child = await (await _coordinator.PostJsonAsync("/api/linked-units", community)).ReadJsonAsync();
        child.GetProperty("superiorUnitName").GetString().ShouldBe(name);

        var loop = UnitBody(name, "Township");
        loop["superiorUnitId"] = child.GetProperty("id").GetGuid();
        var refused = await _coordinator.PutAsJsonAsync($"/api/linked-units/{township.GetProperty("id").GetGuid()}", loop, ApiFactory.Json);
        await CasesApiTests.ShouldBeProblem(refused, (HttpStatusCode)422, "linked_unit.superior.cycle");
        // The kind is fixed at registration: a request to change it is refused, not acknowledged and ignored.
        await CasesApiTests.ShouldBeProblem(
            await _coordinator.PutAsJsonAsync($"/api/linked-units/{township.GetProperty("id").GetGuid()}", UnitBody(name, "Bank"), ApiFactory.Json),
            (HttpStatusCode)422, "linked_unit.kind.fixed");

        var page = await (await _coordinator.GetAsync($"/api/linked-units/{township.GetProperty("id").GetGuid()}")).ReadJsonAsync();
        page.GetProperty("subordinates").EnumerateArray().Select(s => s.GetProperty("fullName").GetString()).ShouldBe([community["fullName"]]);

        // A deactivated unit takes no new subordinate; one already below it may still be edited in place.
        var merged = await RegisterUnitAsync(_coordinator, Unique("汨罗市原白塘乡人民政府"), "Township");
        (await _coordinator.PostJsonAsync($"/api/linked-units/{merged.GetProperty("id").GetGuid()}/deactivate", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var under = UnitBody(Unique("白塘社区居民委员会"), "Community");
        under["superiorUnitId"] = merged.GetProperty("id").GetGuid();
        var problem = await CasesApiTests.ShouldBeProblem(await _coordinator.PostJsonAsync("/api/linked-units", under), HttpStatusCode.BadRequest, "validation.failed");
        problem.GetProperty("rule").GetString().ShouldBe("linked_unit.superior.inactive");
        problem.GetProperty("errors").TryGetProperty("superiorUnitId", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task A_respondent_matching_a_unit_is_suggested_at_registration_and_the_flag_follows_the_confirmed_link()
    {
        var (unitId, unitName) = await UnitAsync("Township");
        var registered = await RegisterCaseAsync(unitName);
        var suggestion = registered.GetProperty("unitSuggestions").EnumerateArray().ShouldHaveSingleItem();
        suggestion.GetProperty("linkedUnitId").GetGuid().ShouldBe(unitId);
        suggestion.GetProperty("matchedBy").GetString().ShouldBe("name");
        registered.GetProperty("publicBodyDebtor").GetBoolean().ShouldBeFalse();

        var caseId = registered.GetProperty("id").GetGuid();
        var linked = await LinkAsync(caseId, unitName, unitId);
        linked.GetProperty("publicBodyDebtor").GetBoolean().ShouldBeTrue();
        linked.GetProperty("unitLinks")[0].GetProperty("linkedBy").GetString().ShouldBe("周敏");
        var list = await (await _coordinator.GetAsync($"/api/cases?publicBodyDebtor=true&number={Uri.EscapeDataString(registered.GetProperty("caseNumber").GetString()!)}")).ReadJsonAsync();
        list.GetProperty("total").GetInt32().ShouldBe(1);
        (await (await _coordinator.GetAsync($"/api/cases/{caseId}/unit-suggestions")).ReadJsonAsync()).GetArrayLength().ShouldBe(0);

        var unlinked = await _coordinator.DeleteAsync($"/api/cases/{caseId}/unit-links/{unitId}");
        unlinked.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await unlinked.ReadJsonAsync()).GetProperty("publicBodyDebtor").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task An_obligation_shows_its_SME_due_date_over_the_Labour_Day_holiday_and_its_overdue_days()
    {
        var (obligation, _) = await ObligationAsync(deliveredOn: "2025-04-01");
        obligation.GetProperty("statutoryDueOn").GetString().ShouldBe("2025-05-06"); // 04-01 + 30 = 05-01, a holiday to 05-05
        obligation.GetProperty("overdueDays").GetInt32().ShouldBe(41);
        obligation.GetProperty("status").GetString().ShouldBe("Open");
        obligation.GetProperty("outstanding").GetDecimal().ShouldBe(300_000m);
    }

    [Fact]
    public async Task Recording_an_obligation_needs_a_linked_unit_and_the_coordinator_role()
    {
        var (unitId, unitName) = await UnitAsync("Community");
        var caseId = (await RegisterCaseAsync(unitName)).GetProperty("id").GetGuid();
        var body = new { caseId, linkedUnitId = unitId, amount = 50_000m, basis = "社区改造工程款" };
        await CasesApiTests.ShouldBeProblem(await _coordinator.PostJsonAsync("/api/obligations", body), (HttpStatusCode)422, "obligation.unit.not_linked");
        (await _factory.ClientFor(Roles.Officer).PostJsonAsync("/api/obligations", body)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        await LinkAsync(caseId, unitName, unitId);
        (await _coordinator.PostJsonAsync("/api/obligations", body)).StatusCode.ShouldBe(HttpStatusCode.Created);
        await CasesApiTests.ShouldBeProblem(await _coordinator.PostJsonAsync("/api/obligations", body), HttpStatusCode.Conflict, "obligation.duplicate");
        await CasesApiTests.ShouldBeProblem(await _coordinator.DeleteAsync($"/api/cases/{caseId}/unit-links/{unitId}"), HttpStatusCode.Conflict, "case.linked_unit.has_obligation");

        var history = await (await _leader.GetAsync($"/api/linked-units/{unitId}/history")).ReadJsonAsync();
        history.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ShouldBe(["RecordObligation", "RegisterLinkedUnit"]);
        (await _factory.ClientFor(Roles.Reception).GetAsync($"/api/linked-units/{unitId}/history")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_letter_due_on_a_weekend_is_due_the_next_monday_and_is_flagged_only_after_it()
    {
        var (obligation, _) = await ObligationAsync();
        var id = obligation.GetProperty("id").GetGuid();
        var sent = await PostOkAsync(_factory.ClientFor(Roles.Officer), $"/api/obligations/{id}/letters", new { documentNumber = "汨法督〔2025〕21号", sentOn = "2025-05-30" });
        var letter = sent.GetProperty("letters")[0];
        letter.GetProperty("replyDueOn").GetString().ShouldBe("2025-06-16"); // 05-30 + 15 = Saturday 06-14
        letter.GetProperty("overdue").GetBoolean().ShouldBeFalse();
        sent.GetProperty("status").GetString().ShouldBe("Urged");
        sent.GetProperty("letterOverdue").GetBoolean().ShouldBeFalse();

        var late = await PostOkAsync(_coordinator, $"/api/obligations/{id}/letters", new { documentNumber = "汨法督〔2025〕20号", sentOn = "2025-05-29" });
        late.GetProperty("letters")[0].GetProperty("replyDueOn").GetString().ShouldBe("2025-06-13");
        late.GetProperty("letterOverdue").GetBoolean().ShouldBeTrue();

        var replied = await PostOkAsync(_coordinator, $"/api/obligations/{id}/letters/{late.GetProperty("letters")[0].GetProperty("id").GetGuid()}/reply",
            new { repliedOn = "2025-06-16", reply = "镇财政所已拟定分期付款方案" });
        replied.GetProperty("letters")[0].GetProperty("answeredLate").GetBoolean().ShouldBeTrue();
        replied.GetProperty("letterOverdue").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Escalation_is_refused_with_its_unmet_rules_then_allowed_and_the_next_level_needs_a_leaders_override()
    {
        var (obligation, _) = await ObligationAsync();
        var id = obligation.GetProperty("id").GetGuid();
        var refused = await _coordinator.PostJsonAsync($"/api/obligations/{id}/escalations", Escalation("CourtLeadership", "2025-06-16"));
        var problem = await CasesApiTests.ShouldBeProblem(refused, (HttpStatusCode)422, "obligation.escalation.refused");
        problem.GetProperty("unmet").EnumerateArray().Select(u => u.GetString()).ShouldBe(["plan_in_default_or_letter_unanswered_past_due"]);

        await PostOkAsync(_coordinator, $"/api/obligations/{id}/letters", new { documentNumber = "汨法督〔2025〕30号", sentOn = "2025-05-29" }); // due 06-13
        var suggested = await (await _coordinator.GetAsync($"/api/obligations?escalationSuggested=true&pageSize=100")).ReadJsonAsync();
        suggested.GetProperty("items").EnumerateArray().ShouldContain(o => o.GetProperty("id").GetGuid() == id);

        var first = await PostOkAsync(_coordinator, $"/api/obligations/{id}/escalations", Escalation("CourtLeadership", "2025-06-16"));
        first.GetProperty("escalations")[0].GetProperty("followUpDueOn").GetString().ShouldBe("2025-07-16");
        first.GetProperty("suggestedEscalation").ValueKind.ShouldBe(JsonValueKind.Null);

        // The report's download lists the open report on its third sheet, as the escalations list does.
        var report = System.Text.Encoding.UTF8.GetString(await _leader.GetByteArrayAsync("/api/obligations/report/export.csv"));
        report[report.IndexOf("\r\n报告市委市政府\r\n", StringComparison.Ordinal)..].Split("\r\n").ShouldContain(
            $"2025-06-16,院领导,汨法报〔2025〕CourtLeadership号,{obligation.GetProperty("caseNumber").GetString()},{obligation.GetProperty("unitName").GetString()},2025-07-16,0,待批示");

        var next = await _coordinator.PostJsonAsync($"/api/obligations/{id}/escalations", Escalation("CityGovernment", "2025-06-16"));
        (await CasesApiTests.ShouldBeProblem(next, (HttpStatusCode)422, "obligation.escalation.refused"))
            .GetProperty("unmet").EnumerateArray().Select(u => u.GetString()).ShouldBe(["previous_level_follow_up_deadline_passed"]);
        var byCoordinator = Escalation("CityGovernment", "2025-06-16", overrideReason: "涉及农民工工资");
        await CasesApiTests.ShouldBeProblem(await _coordinator.PostJsonAsync($"/api/obligations/{id}/escalations", byCoordinator), HttpStatusCode.Forbidden, "obligation.escalation.override_leader_only");

        var city = await PostOkAsync(_leader, $"/api/obligations/{id}/escalations", byCoordinator);
        var escalation = city.GetProperty("escalations")[1];
        escalation.GetProperty("overriddenBy").GetString().ShouldBe("黄德明");
        var instructed = await PostOkAsync(_leader, $"/api/obligations/{id}/escalations/{escalation.GetProperty("id").GetGuid()}/instruction",
            new { by = "市长 李明", instructedOn = "2025-06-16", text = "请市财政局会同长乐镇一个月内拿出还款方案" });
        instructed.GetProperty("escalations")[1].GetProperty("awaitingInstruction").GetBoolean().ShouldBeFalse();

        var awaiting = await (await _leader.GetAsync("/api/obligations/escalations?state=awaitingInstruction&pageSize=100")).ReadJsonAsync();
        awaiting.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("escalationId").GetGuid())
            .ShouldContain(first.GetProperty("escalations")[0].GetProperty("id").GetGuid());
        awaiting.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("escalationId").GetGuid()).ShouldNotContain(escalation.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task A_debt_reported_to_the_courts_own_leadership_is_not_yet_suggested_as_a_key_case_and_one_reported_to_the_city_is()
    {
        var (obligation, caseId) = await ObligationAsync();
        var id = obligation.GetProperty("id").GetGuid();
        await PostOkAsync(_coordinator, $"/api/obligations/{id}/letters", new { documentNumber = "汨法督〔2025〕31号", sentOn = "2025-05-29" }); // due 06-13
        await PostOkAsync(_coordinator, $"/api/obligations/{id}/escalations", Escalation("CourtLeadership", "2025-06-16"));
        async Task<JsonElement[]> SuggestedAsync()
        {
            await PostOkAsync(_leader, "/api/key-cases/suggestions/scan", new { });
            return [.. (await (await _leader.GetAsync($"/api/key-cases/suggestions?caseId={caseId}&reason=PublicBodyDebtor")).ReadJsonAsync()).GetProperty("items").EnumerateArray()];
        }

        // 院领导 is the court's own leadership, not the city's.
        (await SuggestedAsync()).ShouldBeEmpty();

        await PostOkAsync(_leader, $"/api/obligations/{id}/escalations", Escalation("CityGovernment", "2025-06-16", overrideReason: "涉及农民工工资"));
        (await SuggestedAsync()).ShouldHaveSingleItem().GetProperty("detail").GetString()!.ShouldContain("已报告市领导");
    }

    [Fact]
    public async Task A_payment_is_recorded_once_on_the_case_and_voiding_it_there_stops_it_counting()
    {
        var (obligation, caseId) = await ObligationAsync();
        var id = obligation.GetProperty("id").GetGuid();
        await CasesApiTests.ShouldBeProblem(
            await _coordinator.PostJsonAsync($"/api/obligations/{id}/plan", new { agreedOn = "2025-06-10", instalments = new[] { new { dueOn = "2025-06-30", amount = 100_000m } } }),
            (HttpStatusCode)422, "obligation.plan.total_mismatch");
        var plan = await PostOkAsync(_coordinator, $"/api/obligations/{id}/plan", new
        {
            agreedOn = "2025-06-10", note = "长乐镇承诺分两期支付",
            instalments = new[] { new { dueOn = "2025-06-30", amount = 100_000m }, new { dueOn = "2025-09-30", amount = 200_000m } },
        });
        plan.GetProperty("status").GetString().ShouldBe("PlanAgreed");

        var paid = await PostOkAsync(_coordinator, $"/api/obligations/{id}/payments", new { amount = 100_000m, paidOn = "2025-06-16", instalmentNumber = 1 });
        paid.GetProperty("paid").GetDecimal().ShouldBe(100_000m);
        paid.GetProperty("plan")[0].GetProperty("instalments")[0].GetProperty("covered").GetBoolean().ShouldBeTrue();
        var @case = await (await _coordinator.GetAsync($"/api/cases/{caseId}")).ReadJsonAsync();
        @case.GetProperty("recoveredAmount").GetDecimal().ShouldBe(100_000m);

        (await CasesApiTests.ShouldBeProblem(
                await _coordinator.PostJsonAsync($"/api/obligations/{id}/payments", new { amount = 1m, paidOn = "2025-06-16", instalmentNumber = 3 }),
                HttpStatusCode.BadRequest, "validation.failed"))
            .GetProperty("errors").GetProperty("instalmentNumber")[0].GetString()!.ShouldContain("no instalment 3");
        (await (await _coordinator.GetAsync($"/api/cases/{caseId}")).ReadJsonAsync()).GetProperty("recoveredAmount").GetDecimal().ShouldBe(100_000m); // nothing half-written

        var paymentId = paid.GetProperty("payments")[0].GetProperty("casePaymentId").GetGuid();
        (await _coordinator.PostJsonAsync($"/api/cases/{caseId}/payments/{paymentId}/void", new { reason = "银行退票，款项未到账" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        // In the same change, not after the outbox delivers: a clerk who reloads the debt at once sees it without the payment.
        var after = await (await _coordinator.GetAsync($"/api/obligations/{id}")).ReadJsonAsync();
        after.GetProperty("paid").GetDecimal().ShouldBe(0m);
        after.GetProperty("payments").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Mediation_and_judicial_suggestions_are_the_coordinators_and_a_suggestion_to_a_missing_superior_is_refused()
    {
        var (obligation, _) = await ObligationAsync();
        var id = obligation.GetProperty("id").GetGuid();
        var mediation = new
        {
            heldOn = "2025-06-12", place = "执源治理中心调解室", participants = new[] { "Court", "Unit", "Enterprise" }, outcome = "Agreement",
            participantNames = "长乐镇副镇长李军；佳禾公司周敏", instalments = new[] { new { dueOn = "2025-07-31", amount = 300_000m } },
        };
        (await _factory.ClientFor(Roles.Officer).PostJsonAsync($"/api/obligations/{id}/mediations", mediation)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var mediated = await PostOkAsync(_coordinator, $"/api/obligations/{id}/mediations", mediation);
        mediated.GetProperty("plan")[0].GetProperty("source").GetString().ShouldBe("Mediation");
        mediated.GetProperty("mediations")[0].GetProperty("planRevision").GetInt32().ShouldBe(1);

        var toSuperior = new { recipient = "SuperiorUnit", documentNumber = "（2025）湘0681司建5号", sentOn = "2025-06-16", summary = "建议督促长乐镇按计划付款" };
        await CasesApiTests.ShouldBeProblem(await _coordinator.PostJsonAsync($"/api/obligations/{id}/suggestions", toSuperior), (HttpStatusCode)422, "obligation.suggestion.no_superior");
        var sent = await PostOkAsync(_coordinator, $"/api/obligations/{id}/suggestions", toSuperior with { recipient = "Unit" });
        sent.GetProperty("suggestions")[0].GetProperty("replyDueOn").GetString().ShouldBe("2025-08-15");
    }

    [Fact]
    public async Task Reception_reads_the_list_but_not_the_detail_and_the_report_comes_as_json_and_a_spreadsheet()
    {
        var (obligation, _) = await ObligationAsync();
        var reception = _factory.ClientFor(Roles.Reception);
        (await reception.GetAsync("/api/obligations")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await reception.GetAsync($"/api/obligations/{obligation.GetProperty("id").GetGuid()}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await reception.GetAsync("/api/obligations/report")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var report = await (await _leader.GetAsync("/api/obligations/report?asOf=2025-06-16")).ReadJsonAsync();
        report.GetProperty("asOf").GetString().ShouldBe("2025-06-16");
        var unit = report.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("linkedUnitId").GetGuid() == obligation.GetProperty("linkedUnitId").GetGuid());
        unit.GetProperty("figures").GetProperty("owed").GetDecimal().ShouldBe(300_000m);
        unit.GetProperty("cases").GetArrayLength().ShouldBe(1);
        report.GetProperty("total").GetProperty("owed").GetDecimal().ShouldBeGreaterThanOrEqualTo(300_000m);
        (await (await _leader.GetAsync("/api/obligations/report?asOf=2025-06-15")).ReadJsonAsync())
            .GetProperty("units").EnumerateArray().ShouldNotContain(u => u.GetProperty("linkedUnitId").GetGuid() == obligation.GetProperty("linkedUnitId").GetGuid());

        var sheet = await _leader.GetAsync("/api/obligations/report/export.xlsx");
        sheet.StatusCode.ShouldBe(HttpStatusCode.OK);
        sheet.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var bytes = await sheet.Content.ReadAsByteArrayAsync();
        bytes[..2].ShouldBe("PK"u8.ToArray());
    }

    [Fact]
    public async Task Bad_input_is_a_problem_with_a_code()
    {
        var (obligation, _) = await ObligationAsync();
        var id = obligation.GetProperty("id").GetGuid();
        await CasesApiTests.ShouldBeProblem(await _coordinator.PostJsonAsync($"/api/obligations/{id}/letters", new { documentNumber = "", sentOn = "2025-06-01" }),
            HttpStatusCode.BadRequest, "validation.failed");
        (await CasesApiTests.ShouldBeProblem(await _coordinator.PostJsonAsync($"/api/obligations/{id}/letters", new { documentNumber = "汨法督1号", sentOn = "2025-06-17" }),
            HttpStatusCode.BadRequest, "validation.failed")).GetProperty("errors").GetProperty("sentOn")[0].GetString()!.ShouldContain("future");
        await CasesApiTests.ShouldBeProblem(await _coordinator.PostJsonAsync($"/api/obligations/{Guid.NewGuid()}/letters", new { documentNumber = "汨法督1号", sentOn = "2025-06-01" }),
            HttpStatusCode.NotFound, "obligation.not_found");
        await CasesApiTests.ShouldBeProblem(await _coordinator.GetAsync("/api/obligations?status=Paid"), HttpStatusCode.BadRequest, "request.malformed");
        await CasesApiTests.ShouldBeProblem(await _coordinator.GetAsync("/api/obligations/escalations?state=closed"), HttpStatusCode.BadRequest, "validation.failed");
    }

    [Theory]
    [InlineData("Township,Bank")]
    [InlineData("township")]
    [InlineData("1")]
    public async Task An_enum_is_read_only_from_one_of_its_exact_names(string kind)
    {
        var body = UnitBody(Unique("某乡镇人民政府"), "Township");
        body["kind"] = kind;
        await CasesApiTests.ShouldBeProblem(await _coordinator.PostJsonAsync("/api/linked-units", body), HttpStatusCode.BadRequest, "request.malformed");
    }

    [Fact]
    public async Task Only_a_public_bodys_debt_on_an_open_case_within_its_claim_is_recorded_and_a_payment_stays_within_what_is_outstanding()
    {
        var bank = await RegisterUnitAsync(_coordinator, Unique("中国农业银行股份有限公司汨罗市支行"), "Bank");
        var bankCase = (await RegisterCaseAsync(bank.GetProperty("fullName").GetString()!)).GetProperty("id").GetGuid();
        await LinkAsync(bankCase, bank.GetProperty("fullName").GetString()!, bank.GetProperty("id").GetGuid());
        await CasesApiTests.ShouldBeProblem(
            await _coordinator.PostJsonAsync("/api/obligations", new { caseId = bankCase, linkedUnitId = bank.GetProperty("id").GetGuid(), amount = 1_000m, basis = "存款" }),
            (HttpStatusCode)422, "obligation.unit.not_public_body");

        var (unitId, unitName) = await UnitAsync("Township");
        var closedCase = (await RegisterCaseAsync(unitName)).GetProperty("id").GetGuid();
        await LinkAsync(closedCase, unitName, unitId);
        (await _coordinator.PostJsonAsync($"/api/cases/{closedCase}/closure", new { mode = "Withdrawn", closedOn = "2025-06-16", note = "申请执行人撤回执行申请" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        await CasesApiTests.ShouldBeProblem(
            await _coordinator.PostJsonAsync("/api/obligations", new { caseId = closedCase, linkedUnitId = unitId, amount = 1_000m, basis = "工程款" }),
            (HttpStatusCode)422, "case.closed");

        // At most what the case has left to recover: claimed 320,500.50, of which 500.50 is paid.
        var (leftUnitId, leftUnitName) = await UnitAsync("Township");
        var partlyPaid = (await RegisterCaseAsync(leftUnitName)).GetProperty("id").GetGuid();
        await LinkAsync(partlyPaid, leftUnitName, leftUnitId);
        await PostOkAsync(_coordinator, $"/api/cases/{partlyPaid}/payments", new { amount = 500.50m, paidOn = "2025-06-16", source = "Voluntary" });
        await PreEnforcementApiTests.RefusedAsync(_coordinator, "/api/obligations", new { caseId = partlyPaid, linkedUnitId = leftUnitId, amount = 320_000.01m, basis = "工程款" },
            HttpStatusCode.BadRequest, "obligation.amount.exceeds_outstanding");
        (await _coordinator.PostJsonAsync("/api/obligations", new { caseId = partlyPaid, linkedUnitId = leftUnitId, amount = 320_000m, basis = "工程款" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var (obligation, caseId) = await ObligationAsync();
        var id = obligation.GetProperty("id").GetGuid();
        await CasesApiTests.ShouldBeProblem(
            await _coordinator.PostJsonAsync($"/api/obligations/{id}/payments", new { amount = 300_000.01m, paidOn = "2025-06-16" }),
            (HttpStatusCode)422, "obligation.payment.exceeds_outstanding");
        (await (await _coordinator.GetAsync($"/api/cases/{caseId}")).ReadJsonAsync()).GetProperty("recoveredAmount").GetDecimal().ShouldBe(0m);
    }

    [Fact]
    public async Task The_list_of_debts_not_performed_is_the_one_the_dashboard_links_its_public_body_figures_to()
    {
        var (paidInFull, _) = await ObligationAsync();
        var (open, _) = await ObligationAsync();
        await PostOkAsync(_coordinator, $"/api/obligations/{paidInFull.GetProperty("id").GetGuid()}/payments", new { amount = 300_000m, paidOn = "2025-06-16" });

        async Task<List<Guid>> Listed(string filter) => (await (await _coordinator.GetAsync($"/api/obligations?{filter}&pageSize=100")).ReadJsonAsync())
            .GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetGuid()).ToList();
        var notPerformed = await Listed("performed=false");
        notPerformed.ShouldContain(open.GetProperty("id").GetGuid());
        notPerformed.ShouldNotContain(paidInFull.GetProperty("id").GetGuid());
        (await Listed("performed=true")).ShouldContain(paidInFull.GetProperty("id").GetGuid());

        var dashboard = await (await _leader.GetAsync("/api/dashboard")).ReadJsonAsync();
        dashboard.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("key").GetString() == "public_body.cases")
            .GetProperty("link").GetString().ShouldBe("/api/obligations?performed=false");
    }

    [Fact]
    public async Task The_worklist_follows_up_the_earliest_report_still_without_an_outcome_not_the_highest()
    {
        var (obligation, _) = await ObligationAsync();
        var id = obligation.GetProperty("id").GetGuid();
        await PostOkAsync(_coordinator, $"/api/obligations/{id}/letters", new { documentNumber = "汨法督〔2025〕34号", sentOn = "2025-05-29" }); // due 06-13
        var court = await PostOkAsync(_coordinator, $"/api/obligations/{id}/escalations", Escalation("CourtLeadership", "2025-06-16")); // follow-up 07-16
        await PostOkAsync(_leader, $"/api/obligations/{id}/escalations", new
        {
            level = "CityGovernment", reportNumber = "汨法报〔2025〕35号", reportedOn = "2025-06-16", recipients = "汨罗市人民政府", followUpDueOn = "2025-07-20",
            overrideReason = "涉及农民工工资",
        });
        async Task<string?> FollowUpDueOn() => (await (await _coordinator.GetAsync("/api/me/worklist?withinDays=60&pageSize=100")).ReadJsonAsync()).GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("kind").GetString() == "ObligationEscalation" && i.GetProperty("subjectId").GetGuid() == id)
            .Select(i => i.GetProperty("dueOn").GetString()).ShouldHaveSingleItem();

        // Both open: the 院领导 report is followed up first.
        (await FollowUpDueOn()).ShouldBe("2025-07-16");
        await PostOkAsync(_coordinator, $"/api/obligations/{id}/escalations/{court.GetProperty("escalations")[0].GetProperty("id").GetGuid()}/outcome",
            new { outcome = "NoResult", outcomeOn = "2025-06-16", note = "院领导约谈未果" });
        (await FollowUpDueOn()).ShouldBe("2025-07-20");
    }

    [Fact]
    public async Task A_report_with_an_outcome_leaves_the_coordinators_worklist()
    {
        var (obligation, _) = await ObligationAsync();
        var id = obligation.GetProperty("id").GetGuid();
        await PostOkAsync(_coordinator, $"/api/obligations/{id}/letters", new { documentNumber = "汨法督〔2025〕33号", sentOn = "2025-05-29" }); // due 06-13
        var escalated = await PostOkAsync(_coordinator, $"/api/obligations/{id}/escalations", Escalation("CourtLeadership", "2025-06-16")); // follow-up 07-16
        async Task<bool> FollowUpListed() => (await (await _coordinator.GetAsync("/api/me/worklist?pageSize=100")).ReadJsonAsync()).GetProperty("items").EnumerateArray()
            .Any(i => i.GetProperty("kind").GetString() == "ObligationEscalation" && i.GetProperty("subjectId").GetGuid() == id);
        (await FollowUpListed()).ShouldBeTrue();
        escalated.GetProperty("escalations")[0].GetProperty("awaitingInstruction").GetBoolean().ShouldBeTrue();

        var ended = await PostOkAsync(_coordinator, $"/api/obligations/{id}/escalations/{escalated.GetProperty("escalations")[0].GetProperty("id").GetGuid()}/outcome",
            new { outcome = "NoResult", outcomeOn = "2025-06-16", note = "镇政府未予答复" });
        (await FollowUpListed()).ShouldBeFalse();
        // With its outcome recorded, a report no longer waits for an instruction, as the escalations list reads it.
        ended.GetProperty("escalations")[0].GetProperty("awaitingInstruction").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Two_bodies_owing_on_one_case_count_together_for_no_more_than_the_case_has_left()
    {
        var (townId, town) = await UnitAsync("Township");
        var department = await RegisterUnitAsync(_coordinator, Unique("汨罗市住房和城乡建设局"), "GovernmentDepartment");
        var (departmentId, departmentName) = (department.GetProperty("id").GetGuid(), department.GetProperty("fullName").GetString()!);
        var body = Requests.RegisterCase($"（2025）湘0681执{3000 + Interlocked.Increment(ref _sequence)}号", filedOn: "2025-05-06");
        body["claimedAmount"] = 100_000m;
        body["basis"] = new { issuer = "汨罗市人民法院", documentNumber = "（2025）湘0681民初321号", effectiveOn = "2025-04-20" };
        body["respondents"] = new[] { Requests.Party("Township", town), Requests.Party("Department", departmentName) };
        var registered = await _coordinator.PostJsonAsync("/api/cases", body);
        registered.StatusCode.ShouldBe(HttpStatusCode.Created, await registered.Content.ReadAsStringAsync());
        var caseId = (await registered.ReadJsonAsync()).GetProperty("id").GetGuid();

        async Task<(decimal Dashboard, decimal Report)> OwedAsync() => (
            (await (await _leader.GetAsync("/api/dashboard")).ReadJsonAsync()).GetProperty("figures").EnumerateArray()
                .Single(f => f.GetProperty("key").GetString() == "public_body.owed").GetProperty("numerator").GetDecimal(),
            (await (await _leader.GetAsync("/api/obligations/report")).ReadJsonAsync()).GetProperty("total").GetProperty("outstanding").GetDecimal());
        var before = await OwedAsync();

        // Each body is held to the whole 100,000 (joint liability): each unit's line shows it, the totals count it once.
        foreach (var (unitId, name) in new[] { (townId, town), (departmentId, departmentName) })
        {
            await LinkAsync(caseId, name, unitId);
            var response = await _coordinator.PostJsonAsync("/api/obligations", new { caseId, linkedUnitId = unitId, amount = 100_000m, basis = "（2024）湘0681民初88号民事判决：共同支付工程款" });
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        }

        var after = await OwedAsync();
        (after.Dashboard - before.Dashboard, after.Report - before.Report).ShouldBe((100_000m, 100_000m));
        var report = await (await _leader.GetAsync("/api/obligations/report")).ReadJsonAsync();
        report.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("linkedUnitId").GetGuid() == departmentId)
            .GetProperty("figures").GetProperty("outstanding").GetDecimal().ShouldBe(100_000m);
    }

    [Fact]
    public async Task A_public_bodys_payment_stays_within_what_the_case_has_left_to_recover()
    {
        var (obligation, caseId) = await ObligationAsync(); // owes 300,000 on a claim of 320,500.50
        var id = obligation.GetProperty("id").GetGuid();
        await PostOkAsync(_coordinator, $"/api/cases/{caseId}/payments", new { amount = 100_000m, paidOn = "2025-06-10", source = "Deduction", note = "扣划担保人存款" });
        await CasesApiTests.ShouldBeProblem(
            await _coordinator.PostJsonAsync($"/api/obligations/{id}/payments", new { amount = 220_500.51m, paidOn = "2025-06-16" }),
            (HttpStatusCode)422, "obligation.payment.exceeds_case_outstanding");
        (await (await _coordinator.GetAsync($"/api/cases/{caseId}")).ReadJsonAsync()).GetProperty("recoveredAmount").GetDecimal().ShouldBe(100_000m);
        (await PostOkAsync(_coordinator, $"/api/obligations/{id}/payments", new { amount = 220_500.50m, paidOn = "2025-06-16" }))
            .GetProperty("paid").GetDecimal().ShouldBe(220_500.50m);
    }

    [Fact]
    public async Task Money_the_case_recovers_otherwise_caps_the_debt_and_once_the_claim_is_covered_nothing_is_owed_until_a_void_reopens_it()
    {
        var (obligation, caseId) = await ObligationAsync(); // owes 300,000 on a claim of 320,500.50
        var id = obligation.GetProperty("id").GetGuid();
        // A deduction from another respondent's account leaves the case 120,500.50 to recover: no more is owed on the debt.
        await PostOkAsync(_coordinator, $"/api/cases/{caseId}/payments", new { amount = 200_000m, paidOn = "2025-06-10", source = "Deduction", note = "扣划担保人存款" });
        var capped = await (await _coordinator.GetAsync($"/api/obligations/{id}")).ReadJsonAsync();
        capped.GetProperty("outstanding").GetDecimal().ShouldBe(120_500.50m);
        capped.GetProperty("paid").GetDecimal().ShouldBe(0m);
        capped.GetProperty("status").GetString().ShouldBe("Open");
        var listed = await (await _coordinator.GetAsync($"/api/obligations?caseId={caseId}")).ReadJsonAsync();
        listed.GetProperty("items")[0].GetProperty("outstanding").GetDecimal().ShouldBe(120_500.50m);

        // 扣划 from the township's own account on 06-12 covers the claim: the debt reads performed from that day.
        await PostOkAsync(_coordinator, $"/api/cases/{caseId}/payments", new { amount = 120_500.50m, paidOn = "2025-06-12", source = "Deduction", note = "扣划长乐镇财政所账户" });
        var covered = await (await _coordinator.GetAsync($"/api/obligations/{id}")).ReadJsonAsync();
        covered.GetProperty("status").GetString().ShouldBe("Performed");
        covered.GetProperty("outstanding").GetDecimal().ShouldBe(0m);
        covered.GetProperty("caseCoveredOn").GetString().ShouldBe("2025-06-12");
        covered.GetProperty("performedOn").GetString().ShouldBe("2025-06-12");
        covered.GetProperty("suggestedEscalation").ValueKind.ShouldBe(JsonValueKind.Null);
        await CasesApiTests.ShouldBeProblem(
            await _coordinator.PostJsonAsync($"/api/obligations/{id}/escalations", Escalation("CourtLeadership", "2025-06-16")), (HttpStatusCode)422, "obligation.escalation.refused");
        (await (await _coordinator.GetAsync($"/api/obligations?caseId={caseId}&performed=false")).ReadJsonAsync()).GetProperty("items").GetArrayLength().ShouldBe(0);

        // Voiding the deduction that covered the claim makes the debt owed again, capped at what the case has left.
        var paymentId = (await (await _coordinator.GetAsync($"/api/cases/{caseId}/payments")).ReadJsonAsync()).EnumerateArray()
            .Single(p => p.GetProperty("paidOn").GetString() == "2025-06-12").GetProperty("id").GetGuid();
        await PostOkAsync(_coordinator, $"/api/cases/{caseId}/payments/{paymentId}/void", new { reason = "银行退回，扣划未成功" });
        var again = await (await _coordinator.GetAsync($"/api/obligations/{id}")).ReadJsonAsync();
        again.GetProperty("status").GetString().ShouldBe("Open");
        again.GetProperty("outstanding").GetDecimal().ShouldBe(120_500.50m);
        again.GetProperty("caseCoveredOn").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task A_plan_after_a_deduction_is_for_what_the_case_has_left_and_the_claim_is_covered_on_the_day_the_payments_by_date_reach_it()
    {
        var (obligation, caseId) = await ObligationAsync(); // owes 300,000 on a claim of 320,500.50
        var id = obligation.GetProperty("id").GetGuid();
        await PostOkAsync(_coordinator, $"/api/cases/{caseId}/payments", new { amount = 100_000m, paidOn = "2025-06-10", source = "Deduction", note = "扣划担保人存款" });
        await CasesApiTests.ShouldBeProblem(
            await _coordinator.PostJsonAsync($"/api/obligations/{id}/plan", new { agreedOn = "2025-06-12", instalments = new[] { new { dueOn = "2025-07-15", amount = 300_000m } } }),
            (HttpStatusCode)422, "obligation.plan.total_mismatch");
        (await PostOkAsync(_coordinator, $"/api/obligations/{id}/plan", new { agreedOn = "2025-06-12", instalments = new[] { new { dueOn = "2025-07-15", amount = 220_500.50m } } }))
            .GetProperty("status").GetString().ShouldBe("PlanAgreed");

        // A payment entered last but dated 06-05: by date, the payments reach the claim only with the deduction of 06-10.
        await PostOkAsync(_coordinator, $"/api/cases/{caseId}/payments", new { amount = 220_500.50m, paidOn = "2025-06-05", source = "Voluntary", note = "镇政府补录付款" });
        var covered = await (await _coordinator.GetAsync($"/api/obligations/{id}")).ReadJsonAsync();
        (covered.GetProperty("status").GetString(), covered.GetProperty("caseCoveredOn").GetString()).ShouldBe(("Performed", "2025-06-10"));
    }

    [Fact]
    public async Task Voiding_the_debts_own_payment_after_the_case_was_covered_otherwise_owes_it_again_in_full()
    {
        var (obligation, caseId) = await ObligationAsync(); // owes 300,000 on a claim of 320,500.50
        var id = obligation.GetProperty("id").GetGuid();
        var paid = await PostOkAsync(_coordinator, $"/api/obligations/{id}/payments", new { amount = 300_000m, paidOn = "2025-06-10" });
        paid.GetProperty("status").GetString().ShouldBe("Performed");
        await PostOkAsync(_coordinator, $"/api/cases/{caseId}/payments", new { amount = 20_500.50m, paidOn = "2025-06-11", source = "Voluntary", note = "被执行人自动履行余款" });

        var paymentId = paid.GetProperty("payments")[0].GetProperty("casePaymentId").GetGuid();
        await PostOkAsync(_coordinator, $"/api/cases/{caseId}/payments/{paymentId}/void", new { reason = "银行退票，款项未到账" });
        var owed = await (await _coordinator.GetAsync($"/api/obligations/{id}")).ReadJsonAsync();
        (owed.GetProperty("status").GetString(), owed.GetProperty("paid").GetDecimal(), owed.GetProperty("outstanding").GetDecimal()).ShouldBe(("Open", 0m, 300_000m));
    }

    [Fact]
    public async Task A_debt_ends_with_its_case_when_the_creditor_withdraws_and_is_owed_again_when_the_case_is_reopened()
    {
        var (obligation, caseId) = await ObligationAsync();
        var id = obligation.GetProperty("id").GetGuid();
        await PostOkAsync(_coordinator, $"/api/obligations/{id}/letters", new { documentNumber = "汨法督〔2025〕31号", sentOn = "2025-05-29" }); // due 06-13
        (await (await _coordinator.GetAsync($"/api/obligations/{id}")).ReadJsonAsync()).GetProperty("suggestedEscalation").GetString().ShouldBe("CourtLeadership");

        await PostOkAsync(_coordinator, $"/api/cases/{caseId}/closure", new { mode = "Withdrawn", closedOn = "2025-06-14", note = "申请执行人撤回执行申请" });
        var ended = await (await _coordinator.GetAsync($"/api/obligations/{id}")).ReadJsonAsync();
        (ended.GetProperty("status").GetString(), ended.GetProperty("endedOn").GetString(), ended.GetProperty("endedWith").GetString())
            .ShouldBe(("Ended", "2025-06-14", "Withdrawn"));
        (ended.GetProperty("outstanding").GetDecimal(), ended.GetProperty("letterOverdue").GetBoolean()).ShouldBe((0m, false));
        ended.GetProperty("suggestedEscalation").ValueKind.ShouldBe(JsonValueKind.Null);

        async Task<List<Guid>> Listed(string filter) => (await (await _coordinator.GetAsync($"/api/obligations?{filter}&pageSize=100")).ReadJsonAsync())
            .GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetGuid()).ToList();
        (await Listed("performed=false")).ShouldNotContain(id);
        (await Listed("escalationSuggested=true")).ShouldNotContain(id);
        (await Listed("status=Ended")).ShouldContain(id);
        var row = (await (await _leader.GetAsync("/api/obligations/report")).ReadJsonAsync()).GetProperty("units").EnumerateArray()
            .SelectMany(u => u.GetProperty("cases").EnumerateArray()).Single(c => c.GetProperty("obligationId").GetGuid() == id);
        (row.GetProperty("owed").GetDecimal(), row.GetProperty("outstanding").GetDecimal(), row.GetProperty("lettersUnanswered").GetInt32()).ShouldBe((300_000m, 0m, 0));
        await CasesApiTests.ShouldBeProblem(
            await _coordinator.PostJsonAsync($"/api/obligations/{id}/letters", new { documentNumber = "汨法督〔2025〕32号", sentOn = "2025-06-16" }),
            (HttpStatusCode)422, "obligation.ended");
        // A payment says the same, not the closed case's case.closed.
        await CasesApiTests.ShouldBeProblem(
            await _coordinator.PostJsonAsync($"/api/obligations/{id}/payments", new { amount = 1m, paidOn = "2025-06-16" }), (HttpStatusCode)422, "obligation.ended");
        await CasesApiTests.ShouldBeProblem(
            await _leader.PostJsonAsync("/api/supervision-orders", new
            {
                subjectKind = "Obligation", subjectId = id, instruction = "督促镇政府履行", dueOn = "2025-06-30", addresseeId = _factory.StaffIdOf(Roles.Coordinator),
            }),
            (HttpStatusCode)422, "supervision.subject.closed");

        (await _leader.PostJsonAsync($"/api/cases/{caseId}/reopen", new { reason = "撤回申请系冒名" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var owed = await (await _coordinator.GetAsync($"/api/obligations/{id}")).ReadJsonAsync();
        (owed.GetProperty("status").GetString(), owed.GetProperty("outstanding").GetDecimal()).ShouldBe(("Urged", 300_000m));
        owed.GetProperty("endedOn").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task A_settlement_performed_in_full_closes_the_case_and_the_public_bodys_debt_reads_performed_with_it()
    {
        var (obligation, caseId) = await ObligationAsync();
        var id = obligation.GetProperty("id").GetGuid();
        await PostOkAsync(_coordinator, $"/api/cases/{caseId}/settlement",
            new { agreedOn = "2025-06-05", terms = "担保人代为分期支付工程款", instalments = new[] { new { dueOn = "2025-06-12", amount = 320_500.50m } } });
        var closed = await PostOkAsync(_coordinator, $"/api/cases/{caseId}/settlement/performed", new { on = "2025-06-13" });
        closed.GetProperty("status").GetString().ShouldBe("Closed");

        // The settlement paid the whole claim on 06-13: the creditor was paid, so nothing is owed on the debt from that day.
        var performed = await (await _coordinator.GetAsync($"/api/obligations/{id}")).ReadJsonAsync();
        (performed.GetProperty("status").GetString(), performed.GetProperty("caseCoveredOn").GetString(), performed.GetProperty("performedOn").GetString(),
                performed.GetProperty("outstanding").GetDecimal())
            .ShouldBe(("Performed", "2025-06-13", "2025-06-13", 0m));
        await CasesApiTests.ShouldBeProblem(
            await _leader.PostJsonAsync($"/api/obligations/{id}/escalations", Escalation("CourtLeadership", "2025-06-16")), (HttpStatusCode)422, "obligation.escalation.refused");
    }

    [Fact]
    public async Task A_resumed_case_takes_over_the_debts_not_yet_performed_so_their_payments_can_still_be_recorded()
    {
        var (obligation, caseId) = await ObligationAsync();
        var id = obligation.GetProperty("id").GetGuid();
        await PostOkAsync(_coordinator, $"/api/cases/{caseId}/settlement",
            new { agreedOn = "2025-06-05", terms = "镇政府分两期支付工程款", instalments = new[] { new { dueOn = "2025-06-09", amount = 150_000m }, new { dueOn = "2025-07-09", amount = 170_500.50m } } });
        await PostOkAsync(_coordinator, $"/api/cases/{caseId}/settlement/breached", new { on = "2025-06-10" });
        var resumedNumber = $"（2025）湘0681执恢{3000 + Interlocked.Increment(ref _sequence)}号";
        var created = await _coordinator.PostJsonAsync($"/api/cases/{caseId}/resumptions", new { caseNumber = resumedNumber, filedOn = "2025-06-16" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var resumed = await created.ReadJsonAsync();
        var resumedId = resumed.GetProperty("id").GetGuid();
        resumed.GetProperty("publicBodyDebtor").GetBoolean().ShouldBeTrue();

        var moved = await (await _coordinator.GetAsync($"/api/obligations/{id}")).ReadJsonAsync();
        (moved.GetProperty("caseId").GetGuid(), moved.GetProperty("caseNumber").GetString()).ShouldBe((resumedId, resumedNumber));
        await PostOkAsync(_coordinator, $"/api/obligations/{id}/payments", new { amount = 100_000m, paidOn = "2025-06-16" });
        (await (await _coordinator.GetAsync($"/api/cases/{resumedId}")).ReadJsonAsync()).GetProperty("recoveredAmount").GetDecimal().ShouldBe(100_000m);

        // Its enforcement began with the original case (filed 2025-05-06), not the 执恢 filing: a letter of 06-12 is kept.
        await PostOkAsync(_coordinator, $"/api/obligations/{id}/letters", new { documentNumber = "汨法督〔2025〕61号", sentOn = "2025-06-12" });
        await RefusedAsync(_coordinator, $"/api/obligations/{id}/letters", new { documentNumber = "汨法督〔2025〕62号", sentOn = "2025-05-05" },
            HttpStatusCode.BadRequest, "obligation.sent_on.before_filing");
    }

    [Fact]
    public async Task The_court_urges_mediates_and_suggests_only_from_the_filing_of_the_case()
    {
        var (obligation, _) = await ObligationAsync(); // its case was filed 2025-05-06
        var id = obligation.GetProperty("id").GetGuid();
        await RefusedAsync(_coordinator, $"/api/obligations/{id}/letters", new { documentNumber = "汨法督〔2025〕63号", sentOn = "2025-05-05" },
            HttpStatusCode.BadRequest, "obligation.sent_on.before_filing");
        await RefusedAsync(_coordinator, $"/api/obligations/{id}/suggestions",
            new { recipient = "Unit", documentNumber = "（2025）湘0681司建63号", sentOn = "2025-05-05", summary = "建议依法支付工程款" },
            HttpStatusCode.BadRequest, "obligation.sent_on.before_filing");
        await RefusedAsync(_coordinator, $"/api/obligations/{id}/mediations",
            new { heldOn = "2025-05-05", place = "执源治理中心调解室", participants = new[] { "Court", "Unit" }, outcome = "NoAgreement" },
            HttpStatusCode.BadRequest, "obligation.held_on.before_filing");
        (await (await _coordinator.GetAsync($"/api/obligations/{id}")).ReadJsonAsync()).GetProperty("letters").GetArrayLength().ShouldBe(0);

        // On the filing day itself, the letter is the court's.
        var sent = await PostOkAsync(_coordinator, $"/api/obligations/{id}/letters", new { documentNumber = "汨法督〔2025〕63号", sentOn = "2025-05-06" });
        sent.GetProperty("letters")[0].GetProperty("replyDueOn").GetString().ShouldBe("2025-05-21");
    }

    [Fact]
    public async Task A_debt_ended_with_a_case_withdrawn_on_its_settlement_goes_on_in_the_resumed_case_once_the_settlement_is_breached()
    {
        var (obligation, caseId) = await ObligationAsync();
        var id = obligation.GetProperty("id").GetGuid();
        await PostOkAsync(_coordinator, $"/api/cases/{caseId}/settlement",
            new { agreedOn = "2025-06-05", terms = "镇政府分两期支付工程款", instalments = new[] { new { dueOn = "2025-06-09", amount = 150_000m }, new { dueOn = "2025-07-09", amount = 170_500.50m } } });
        await PostOkAsync(_coordinator, $"/api/cases/{caseId}/closure", new { mode = "Withdrawn", closedOn = "2025-06-10", note = "达成和解后申请人撤回执行申请" });
        (await (await _coordinator.GetAsync($"/api/obligations/{id}")).ReadJsonAsync()).GetProperty("status").GetString().ShouldBe("Ended");

        await PostOkAsync(_coordinator, $"/api/cases/{caseId}/settlement/breached", new { on = "2025-06-12" });
        var resumedNumber = $"（2025）湘0681执恢{3000 + Interlocked.Increment(ref _sequence)}号";
        var created = await _coordinator.PostJsonAsync($"/api/cases/{caseId}/resumptions", new { caseNumber = resumedNumber, filedOn = "2025-06-16" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var resumedId = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();

        var moved = await (await _coordinator.GetAsync($"/api/obligations/{id}")).ReadJsonAsync();
        moved.GetProperty("caseId").GetGuid().ShouldBe(resumedId);
        moved.GetProperty("endedOn").ValueKind.ShouldBe(JsonValueKind.Null);
        moved.GetProperty("status").GetString().ShouldNotBe("Ended");
        moved.GetProperty("outstanding").GetDecimal().ShouldBe(300_000m);
    }

    [Fact]
    public async Task A_backlog_entered_today_counts_in_a_report_as_of_its_own_dates_and_admins_read_a_units_history()
    {
        var (obligation, _) = await ObligationAsync(deliveredOn: "2025-03-03");
        var unitId = obligation.GetProperty("linkedUnitId").GetGuid();
        var report = await (await _leader.GetAsync("/api/obligations/report?asOf=2025-03-31")).ReadJsonAsync();
        var unit = report.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("linkedUnitId").GetGuid() == unitId);
        unit.GetProperty("figures").GetProperty("oldestDebtSince").GetString().ShouldBe("2025-04-02"); // 03-03 + 30 = 04-02, a Wednesday
        unit.GetProperty("figures").GetProperty("oldestDebtDays").ValueKind.ShouldBe(JsonValueKind.Number);

        // Overdue once its statutory due date has passed: not on 04-02, the due day, but from 04-03.
        async Task<(decimal Outstanding, decimal Overdue)> FiguresAsOf(string asOf)
        {
            var figures = (await (await _leader.GetAsync($"/api/obligations/report?asOf={asOf}")).ReadJsonAsync())
                .GetProperty("units").EnumerateArray().Single(u => u.GetProperty("linkedUnitId").GetGuid() == unitId).GetProperty("figures");
            return (figures.GetProperty("outstanding").GetDecimal(), figures.GetProperty("overdue").GetDecimal());
        }

        (await FiguresAsOf("2025-04-02")).ShouldBe((300_000m, 0m));
        (await FiguresAsOf("2025-04-03")).ShouldBe((300_000m, 300_000m));
        (await (await _leader.GetAsync("/api/obligations/report?asOf=2025-03-02")).ReadJsonAsync())
            .GetProperty("units").EnumerateArray().ShouldNotContain(u => u.GetProperty("linkedUnitId").GetGuid() == unitId);
        (await _factory.ClientFor(Roles.Admin).GetAsync($"/api/linked-units/{unitId}/history")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static string Unique(string name) => $"{name}{Interlocked.Increment(ref _sequence)}";

    private static Dictionary<string, object?> UnitBody(string fullName, string kind) => new()
    {
        ["kind"] = kind, ["fullName"] = fullName, ["contactPerson"] = "刘建军", ["contactPhone"] = "13907301234",
    };

    private static async Task<JsonElement> RegisterUnitAsync(HttpClient client, string name, string kind)
    {
        var response = await client.PostJsonAsync("/api/linked-units", UnitBody(name, kind));
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    private async Task<(Guid Id, string Name)> UnitAsync(string kind)
    {
        var unit = await RegisterUnitAsync(_coordinator, Unique("汨罗市长乐镇人民政府"), kind);
        return (unit.GetProperty("id").GetGuid(), unit.GetProperty("fullName").GetString()!);
    }

    private async Task<JsonElement> RegisterCaseAsync(string respondent)
    {
        // Filed 2025-05-06, before the letters these tests send (a letter is not dated before the filing).
        var body = Requests.RegisterCase($"（2025）湘0681执{3000 + Interlocked.Increment(ref _sequence)}号", filedOn: "2025-05-06");
        body["basis"] = new { issuer = "汨罗市人民法院", documentNumber = "（2025）湘0681民初321号", effectiveOn = "2025-04-20" };
        body["respondents"] = new[] { Requests.Party("Township", respondent) };
        body["applicants"] = new[] { Requests.Party("Enterprise", "湖南佳禾食品有限公司", creditCode: "91350100M000100Y43") };
        var response = await _coordinator.PostJsonAsync("/api/cases", body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    private async Task<JsonElement> LinkAsync(Guid caseId, string respondent, Guid unitId) =>
        await PostOkAsync(_coordinator, $"/api/cases/{caseId}/unit-links", new { respondentName = respondent, linkedUnitId = unitId });

    private async Task<(JsonElement Obligation, Guid CaseId)> ObligationAsync(string? deliveredOn = null)
    {
        var (unitId, unitName) = await UnitAsync("Township");
        var caseId = (await RegisterCaseAsync(unitName)).GetProperty("id").GetGuid();
        await LinkAsync(caseId, unitName, unitId);
        var response = await _coordinator.PostJsonAsync("/api/obligations", new
        {
            caseId, linkedUnitId = unitId, amount = 300_000m, basis = "（2024）湘0681民初88号民事判决：支付道路硬化工程款", deliveredOn,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync(), caseId);
    }

    private static object Escalation(string level, string reportedOn, string? overrideReason = null) =>
        new { level, reportNumber = $"汨法报〔2025〕{level}号", reportedOn, recipients = "汨罗市人民政府办公室", overrideReason };

    private static async Task<JsonElement> PostOkAsync(HttpClient client, string url, object body)
    {
        var response = await client.PostJsonAsync(url, body);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }
}
