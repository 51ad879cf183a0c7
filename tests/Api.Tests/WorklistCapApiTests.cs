using System.Net;
using System.Text.Json;
using Enforcement.Application.Security;
using Enforcement.Application.Worklist;

namespace Enforcement.Api.Tests;

/// <summary>Each kind of the worklist reads at most <see cref="MyWorklistHandler.PerKind"/> rows: the most urgent ones.</summary>
public sealed class WorklistCapApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_leader_with_more_key_cases_than_the_cap_sees_the_nearest_limits()
    {
        var coordinator = factory.ClientFor(Roles.Coordinator);
        var leader = factory.ClientFor(Roles.Leader);

        // Designated first, so that rows read in the order they were written would keep it: the farthest limit (filed
        // 2025-06-12, limit 2025-12-12), then the cap's worth of cases filed 2025-06-10 (limit 2025-12-10).
        var farthest = await DesignateAsync(coordinator, leader, 0, "2025-06-12");
        var nearer = new List<Guid>();
        for (var n = 1; n <= MyWorklistHandler.PerKind; n++)
        {
            nearer.Add(await DesignateAsync(coordinator, leader, n, "2025-06-10"));
        }

        var keyCases = (await ItemsAsync(leader, "")).Where(i => i.GetProperty("kind").GetString() == "KeyCase").ToList();

        keyCases.Count.ShouldBe(MyWorklistHandler.PerKind);
        keyCases.ShouldAllBe(i => i.GetProperty("dueOn").GetString() == "2025-12-10");
        keyCases.Select(i => i.GetProperty("subjectId").GetGuid()).ShouldBe(nearer, ignoreOrder: true);
        keyCases.ShouldNotContain(i => i.GetProperty("subjectId").GetGuid() == farthest);
    }

    [Fact]
    public async Task More_public_body_debts_due_than_the_cap_show_the_nearest_letter_replies()
    {
        var coordinator = factory.ClientFor(Roles.Coordinator);

        // Entered first: the latest letter (sent 2025-06-16); then the cap's worth sent 2025-06-02, whose replies fall due sooner.
        var farthest = await DebtWithLetterAsync(coordinator, 0, "2025-06-16");
        var nearer = new List<Guid>();
        for (var n = 1; n <= MyWorklistHandler.PerKind; n++)
        {
            nearer.Add(await DebtWithLetterAsync(coordinator, n, "2025-06-02"));
        }

        var letters = (await ItemsAsync(coordinator, "?withinDays=366")).Where(i => i.GetProperty("kind").GetString() == "ObligationLetter").ToList();

        letters.Count.ShouldBe(MyWorklistHandler.PerKind);
        letters.Select(i => i.GetProperty("subjectId").GetGuid()).ShouldBe(nearer, ignoreOrder: true);
        letters.ShouldNotContain(i => i.GetProperty("subjectId").GetGuid() == farthest);
    }

    [Fact]
    public async Task A_handlers_long_paused_cases_do_not_crowd_a_running_case_out_of_the_cap()
    {
        var coordinator = factory.ClientFor(Roles.Coordinator);
        var officer = factory.ClientFor(Roles.Officer);

        // The running case: filed Thursday 2025-06-12, limit Friday 12-12. Then the cap's worth filed 06-10 (stored limit
        // 12-10, before the running one's), each paused since 06-11: 5 days to today (06-16) move it to Monday 12-15.
        var running = await HandledCaseAsync(coordinator, 0, "2025-06-12");
        for (var n = 1; n <= MyWorklistHandler.PerKind; n++)
        {
            var paused = await HandledCaseAsync(coordinator, n, "2025-06-10");
            (await officer.PostJsonAsync($"/api/cases/{paused}/pauses", new { kind = "Suspension", startedOn = "2025-06-11", reason = "案外人提出异议，裁定中止执行" }))
                .StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var limits = (await ItemsAsync(officer, "?withinDays=366")).Where(i => i.GetProperty("kind").GetString() == "CaseDeadline").ToList();

        limits.Count.ShouldBe(MyWorklistHandler.PerKind + 1);
        limits[0].GetProperty("subjectId").GetGuid().ShouldBe(running);
        limits[0].GetProperty("dueOn").GetString().ShouldBe("2025-12-12");
        limits.Skip(1).ShouldAllBe(i => i.GetProperty("dueOn").GetString() == "2025-12-15");

        async Task<Guid> HandledCaseAsync(HttpClient client, int n, string filedOn)
        {
            var id = (await CreatedAsync(client, "/api/cases", Requests.RegisterCase($"（2025）湘0681执{9000 + n}号", filedOn))).GetProperty("id").GetGuid();
            (await client.PostJsonAsync($"/api/cases/{id}/assignments", new { staffId = factory.StaffIdOf(Roles.Officer), assignedOn = filedOn }))
                .StatusCode.ShouldBe(HttpStatusCode.OK);
            return id;
        }
    }

    private static async Task<List<JsonElement>> ItemsAsync(HttpClient client, string query)
    {
        var all = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var body = await (await client.GetAsync($"/api/me/worklist{query}{(query.Length == 0 ? "?" : "&")}page={page}&pageSize=100")).ReadJsonAsync();
            var items = body.GetProperty("items").EnumerateArray().ToList();
            all.AddRange(items);
            if (items.Count < 100)
            {
                return all;
            }
        }
    }

    /// <summary>A township owing an enterprise on a case of its own, with one urging letter (督促履行函) sent on <paramref name="sentOn"/>.</summary>
    private static async Task<Guid> DebtWithLetterAsync(HttpClient coordinator, int n, string sentOn)
    {
        var unitName = $"汨罗市长乐镇人民政府{n}";
        var unitId = (await CreatedAsync(coordinator, "/api/linked-units",
            new { kind = "Township", fullName = unitName, contactPerson = "刘建军", contactPhone = "13907301234" })).GetProperty("id").GetGuid();
        var register = Requests.RegisterCase($"（2025）湘0681执{7000 + n}号", "2025-06-02"); // filed by the letters of 06-02
        register["respondents"] = new[] { Requests.Party("Township", unitName) };
        var caseId = (await CreatedAsync(coordinator, "/api/cases", register)).GetProperty("id").GetGuid();
        (await coordinator.PostJsonAsync($"/api/cases/{caseId}/unit-links", new { respondentName = unitName, linkedUnitId = unitId })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var obligation = (await CreatedAsync(coordinator, "/api/obligations",
            new { caseId, linkedUnitId = unitId, amount = 180_000m, basis = "（2024）湘0681民初88号民事判决：支付道路硬化工程款" })).GetProperty("id").GetGuid();
        (await coordinator.PostJsonAsync($"/api/obligations/{obligation}/letters", new { documentNumber = $"汨法督〔2025〕{n + 1}号", sentOn }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        return obligation;
    }

    private static async Task<JsonElement> CreatedAsync(HttpClient client, string url, object body)
    {
        var response = await client.PostJsonAsync(url, body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    private static async Task<Guid> DesignateAsync(HttpClient coordinator, HttpClient leader, int n, string filedOn)
    {
        var registered = await coordinator.PostJsonAsync("/api/cases", Requests.RegisterCase($"（2025）湘0681执{5000 + n}号", filedOn));
        registered.StatusCode.ShouldBe(HttpStatusCode.Created, await registered.Content.ReadAsStringAsync());
        var caseId = (await registered.ReadJsonAsync()).GetProperty("id").GetGuid();
        var designated = await leader.PostJsonAsync("/api/key-cases", new { caseId, reason = "LargeAmount", reasonText = "标的额大，涉企重点" });
        designated.StatusCode.ShouldBe(HttpStatusCode.Created, await designated.Content.ReadAsStringAsync());
        return (await designated.ReadJsonAsync()).GetProperty("id").GetGuid();
    }
}
