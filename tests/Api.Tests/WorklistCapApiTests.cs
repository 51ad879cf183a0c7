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

        var keyCases = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var body = await (await leader.GetAsync($"/api/me/worklist?page={page}&pageSize=100")).ReadJsonAsync();
            var items = body.GetProperty("items").EnumerateArray().ToList();
            keyCases.AddRange(items.Where(i => i.GetProperty("kind").GetString() == "KeyCase"));
            if (items.Count < 100)
            {
                break;
            }
        }

        keyCases.Count.ShouldBe(MyWorklistHandler.PerKind);
        keyCases.ShouldAllBe(i => i.GetProperty("dueOn").GetString() == "2025-12-10");
        keyCases.Select(i => i.GetProperty("subjectId").GetGuid()).ShouldBe(nearer, ignoreOrder: true);
        keyCases.ShouldNotContain(i => i.GetProperty("subjectId").GetGuid() == farthest);
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
