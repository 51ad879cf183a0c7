using System.Net;
using System.Text.Json;
using Enforcement.Application.Security;

namespace Enforcement.Api.Tests;

/// <summary>Corrections (更正) over HTTP: entries are voided with a reason, never deleted. The court's today is 2025-06-16.</summary>
public sealed class CorrectionsApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static int _sequence = 8700;
    private readonly HttpClient _client = factory.ClientFor(Roles.Coordinator);

    [Fact]
    public async Task A_voided_payment_stays_on_the_timeline_struck_through_and_leaves_the_recovered_amount()
    {
        var id = await RegisterAsync();
        await OkAsync($"/api/cases/{id}/payments", new { amount = 5_000m, paidOn = "2025-06-05", source = "Voluntary" });
        await OkAsync($"/api/cases/{id}/payments", new { amount = 800m, paidOn = "2025-06-06", source = "Voluntary" });
        var paymentLine = (await TimelineAsync(id)).First(e => e.GetProperty("kind").GetString() == "Payment");
        var paymentId = paymentLine.GetProperty("recordId").GetGuid();

        var corrected = await OkAsync($"/api/cases/{id}/payments/{paymentId}/void", new { reason = "金额录入错误，实为500元" });
        corrected.GetProperty("recoveredAmount").GetDecimal().ShouldBe(800m);

        var timeline = await TimelineAsync(id);
        var struck = timeline.Single(e => e.GetProperty("id").GetGuid() == paymentLine.GetProperty("id").GetGuid());
        struck.GetProperty("voided").GetBoolean().ShouldBeTrue();
        struck.GetProperty("voidReason").GetString().ShouldBe("金额录入错误，实为500元");
        var correction = timeline.Last();
        correction.GetProperty("kind").GetString().ShouldBe("Voided");
        correction.GetProperty("recordedBy").GetString().ShouldBe("周敏");

        // The payments list keeps both, in date order, the voided one with its reason.
        var payments = (await (await _client.GetAsync($"/api/cases/{id}/payments")).ReadJsonAsync()).EnumerateArray().ToList();
        payments.Select(p => p.GetProperty("paidOn").GetString()).ShouldBe(["2025-06-05", "2025-06-06"]);
        payments.Select(p => p.GetProperty("amount").GetDecimal()).ShouldBe([5_000m, 800m]);
        payments.Select(p => p.GetProperty("voided").GetBoolean()).ShouldBe([true, false]);
        payments[0].GetProperty("id").GetGuid().ShouldBe(paymentId);
        payments[0].GetProperty("voidReason").GetString().ShouldBe("金额录入错误，实为500元");
        payments[1].GetProperty("voidReason").ValueKind.ShouldBe(JsonValueKind.Null);
        payments[1].GetProperty("source").GetString().ShouldBe("Voluntary");
        await CasesApiTests.ShouldBeProblem(await _client.GetAsync($"/api/cases/{Guid.NewGuid()}/payments"), HttpStatusCode.NotFound, "case.not_found");
        (await (await _client.GetAsync($"/api/cases/{await RegisterAsync()}/payments")).ReadJsonAsync()).GetArrayLength().ShouldBe(0);
        // The measures likewise: a case without any reads as an empty list, an unknown case as 404.
        await CasesApiTests.ShouldBeProblem(await _client.GetAsync($"/api/cases/{Guid.NewGuid()}/measures"), HttpStatusCode.NotFound, "case.not_found");
        (await (await _client.GetAsync($"/api/cases/{await RegisterAsync()}/measures")).ReadJsonAsync()).GetArrayLength().ShouldBe(0);

        await CasesApiTests.ShouldBeProblem(
            await _client.PostJsonAsync($"/api/cases/{id}/payments/{paymentId}/void", new { reason = "再次作废" }), HttpStatusCode.Conflict, "case.correction.already_voided");
        await CasesApiTests.ShouldBeProblem(
            await _client.PostJsonAsync($"/api/cases/{id}/payments/{Guid.NewGuid()}/void", new { reason = "不存在" }), HttpStatusCode.NotFound, "case.payment.not_found");
        await CasesApiTests.ShouldBeProblem(
            await _client.PostJsonAsync($"/api/cases/{id}/payments/{paymentId}/void", new { reason = "" }), HttpStatusCode.BadRequest, "validation.failed");

        // Audited like every change.
        var trail = await (await factory.ClientFor(Roles.Leader).GetAsync($"/api/audit?entityType=EnforcementCase&entityId={id}")).ReadJsonAsync();
        trail.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("action").GetString()).ShouldContain("VoidPayment");
    }

    [Fact]
    public async Task A_voided_pause_gives_its_days_back_and_a_voided_assignment_hands_the_case_back()
    {
        var id = await RegisterAsync(); // filed 2025-06-03: deadline 2025-12-03
        await OkAsync($"/api/cases/{id}/pauses", new { kind = "Suspension", startedOn = "2025-06-05", reason = "案外人异议" });
        var ended = await OkAsync($"/api/cases/{id}/pauses/current/end", new { endedOn = "2025-06-10" });
        ended.GetProperty("deadline").GetString().ShouldBe("2025-12-08");
        var pauseId = (await TimelineAsync(id)).First(e => e.GetProperty("kind").GetString() == "PauseStarted").GetProperty("recordId").GetGuid();
        var voided = await OkAsync($"/api/cases/{id}/pauses/{pauseId}/void", new { reason = "误录中止" });
        voided.GetProperty("deadline").GetString().ShouldBe("2025-12-03");
        var pause = voided.GetProperty("pauses").EnumerateArray().Single();
        pause.GetProperty("kind").GetString().ShouldBe("Suspension");
        pause.GetProperty("startedOn").GetString().ShouldBe("2025-06-05");
        pause.GetProperty("endedOn").GetString().ShouldBe("2025-06-10");
        pause.GetProperty("voidedOn").GetString().ShouldBe("2025-06-16");
        pause.GetProperty("reason").GetString().ShouldBe("案外人异议");

        var staff = await (await factory.ClientFor(Roles.Admin).PostJsonAsync("/api/staff", new { name = "李国强", position = "执行员", unit = "EnforcementBureau" })).ReadJsonAsync();
        await OkAsync($"/api/cases/{id}/assignments", new { staffId = staff.GetProperty("id").GetGuid(), assignedOn = "2025-06-04" });
        var assignmentId = (await TimelineAsync(id)).First(e => e.GetProperty("kind").GetString() == "HandlerAssigned").GetProperty("recordId").GetGuid();
        var unassigned = await OkAsync($"/api/cases/{id}/assignments/{assignmentId}/void", new { reason = "指派错误" });
        unassigned.GetProperty("handlerId").ValueKind.ShouldBe(JsonValueKind.Null);
        unassigned.GetProperty("handlerLate").GetBoolean().ShouldBeTrue(); // 7 days from 2025-06-03 ended 06-10
    }

    [Fact]
    public async Task Only_a_leader_reopens_a_closed_case()
    {
        var id = await RegisterAsync();
        await OkAsync($"/api/cases/{id}/closure", new { mode = "Withdrawn", closedOn = "2025-06-10", note = "申请人撤回" });
        (await _client.PostJsonAsync($"/api/cases/{id}/reopen", new { reason = "撤回申请系冒名" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var reopened = await factory.ClientFor(Roles.Leader).PostJsonAsync($"/api/cases/{id}/reopen", new { reason = "撤回申请系冒名" });
        reopened.StatusCode.ShouldBe(HttpStatusCode.OK);
        var detail = await reopened.ReadJsonAsync();
        detail.GetProperty("status").GetString().ShouldBe("Filed");
        detail.GetProperty("closure").ValueKind.ShouldBe(JsonValueKind.Null);
        (await TimelineAsync(id)).Select(e => e.GetProperty("kind").GetString()).ShouldContain("Closed"); // the closure stays on record
    }

    [Fact]
    public async Task A_mistaken_suit_is_voided_and_kept_among_the_order_corrections()
    {
        var ruledAt = DateTimeOffset.Parse("2025-05-10T10:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture);
        var created = await _client.PostJsonAsync("/api/preservation/orders", new
        {
            kind = "PreLitigation", caseNumber = $"（2025）湘0681财保{Interlocked.Increment(ref _sequence)}号",
            applicants = new[] { Requests.Party("Enterprise", "湖南楚天建设工程有限公司", creditCode: "91350100M000100Y43") },
            respondents = new[] { Requests.Party("NaturalPerson", "陈海涛", idNumber: "11010519491231002X") },
            amountToPreserve = 100_000m, securityForm = "Cash", securityAmount = 100_000m, applicationReceivedAt = ruledAt.AddHours(-10), ruledAt,
        });
        var orderId = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();
        await OkAsync($"/api/preservation/orders/{orderId}/measures", new { assetKind = "BankDeposit", description = "冻结存款", holderOrRegistry = "中国银行", startOn = "2025-05-12" });
        await OkAsync($"/api/preservation/orders/{orderId}/lawsuit", new { caseNumber = "（2025）湘0681民初777号", filedOn = "2025-05-20" });

        var voided = await OkAsync($"/api/preservation/orders/{orderId}/lawsuit/void", new { reason = "案号录错，系他案起诉" });
        voided.GetProperty("lawsuitCaseNumber").ValueKind.ShouldBe(JsonValueKind.Null);
        voided.GetProperty("liftDueOn").GetString().ShouldBe("2025-06-11"); // 2025-05-12 + 30 days
        voided.GetProperty("liftDue").GetBoolean().ShouldBeTrue();
        var correction = voided.GetProperty("corrections")[0];
        correction.GetProperty("voided").GetString()!.ShouldContain("（2025）湘0681民初777号");
        correction.GetProperty("reason").GetString().ShouldBe("案号录错，系他案起诉");
        await CasesApiTests.ShouldBeProblem(
            await _client.PostJsonAsync($"/api/preservation/orders/{orderId}/lawsuit/void", new { reason = "再次" }), HttpStatusCode.NotFound, "preservation.lawsuit.not_found");
    }

    private async Task<Guid> RegisterAsync()
    {
        var response = await _client.PostJsonAsync("/api/cases", Requests.RegisterCase($"（2025）湘0681执{Interlocked.Increment(ref _sequence)}号", "2025-06-03"));
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync()).GetProperty("id").GetGuid();
    }

    private async Task<List<JsonElement>> TimelineAsync(Guid id) =>
        (await (await _client.GetAsync($"/api/cases/{id}/timeline")).ReadJsonAsync()).EnumerateArray().ToList();

    private async Task<JsonElement> OkAsync(string url, object body)
    {
        var response = await _client.PostJsonAsync(url, body);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }
}
