using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Enforcement.Api.Tests;

/// <summary>The Development demo data: every state the worklists and warnings show, and the documented demo logins.</summary>
public sealed class DemoDataTests : IClassFixture<DemoDataTests.SeededFactory>
{
    private readonly HttpClient _leader;
    private readonly SeededFactory _factory;

    public DemoDataTests(SeededFactory factory)
    {
        _factory = factory;
        _leader = DemoClientAsync("leader").GetAwaiter().GetResult();
    }

    public sealed class SeededFactory : ApiFactory
    {
        protected override bool SeedDemoData => true;
    }

    [Theory]
    [InlineData("/api/cases?due=overdue")]
    [InlineData("/api/cases?due=within5days")]
    [InlineData("/api/cases?due=noHandler")]
    [InlineData("/api/cases?due=reinquiryDue")]
    [InlineData("/api/cases?status=Paused")]
    [InlineData("/api/cases?status=Closed")]
    [InlineData("/api/cases?caseType=ResumedEnforcement")]
    [InlineData("/api/preservation/orders?status=liftDue")]
    [InlineData("/api/preservation/orders?status=lapsed")]
    [InlineData("/api/preservation/orders?status=active")]
    [InlineData("/api/preservation/orders?status=overPreserved")]
    [InlineData("/api/preservation/orders?status=converted")]
    [InlineData("/api/preservation/measures/expiring?withinDays=7")]
    [InlineData("/api/cases?publicBodyDebtor=true")]
    [InlineData("/api/linked-units?kind=Township")]
    [InlineData("/api/linked-units?kind=Community")]
    [InlineData("/api/obligations?status=Open")]
    [InlineData("/api/obligations?status=Urged")]
    [InlineData("/api/obligations?status=PlanAgreed")]
    [InlineData("/api/obligations?status=InDefault")]
    [InlineData("/api/obligations?status=Performed")]
    [InlineData("/api/obligations?status=Ended")]
    [InlineData("/api/obligations?escalationSuggested=true")]
    [InlineData("/api/obligations?overdue=true")]
    [InlineData("/api/obligations/escalations")]
    [InlineData("/api/petitions/today")]
    [InlineData("/api/petitions?status=Received")]
    [InlineData("/api/petitions?status=Accepted")]
    [InlineData("/api/petitions?status=NotAccepted")]
    [InlineData("/api/petitions?status=Assigned")]
    [InlineData("/api/petitions?status=Answered")]
    [InlineData("/api/petitions?status=UnderReview")]
    [InlineData("/api/petitions?status=UnderReReview")]
    [InlineData("/api/petitions?status=Closed")]
    [InlineData("/api/petitions?overdue=true")]
    [InlineData("/api/petitions?dueWithinDays=7")]
    [InlineData("/api/petitions?repeat=true")]
    [InlineData("/api/petitions?collective=true")]
    [InlineData("/api/petitions?unresolvedCases=true")]
    [InlineData("/api/petitions?channel=Online")]
    [InlineData("/api/petitions?channel=Forwarded")]
    [InlineData("/api/prompts?overdue=true")]
    [InlineData("/api/prompts?pending=true&overdue=false")]
    [InlineData("/api/prompts?outcome=PerformedInFull")]
    [InlineData("/api/prompts?outcome=PerformedInPart")]
    [InlineData("/api/prompts?outcome=Settled")]
    [InlineData("/api/prompts?outcome=EnforcementApplied")]
    [InlineData("/api/tasks?overdue=true")]
    [InlineData("/api/tasks?status=Open")]
    [InlineData("/api/tasks?status=Claimed")]
    [InlineData("/api/tasks?status=Completed")]
    [InlineData("/api/tasks?status=Cancelled")]
    [InlineData("/api/tasks?origin=Manual")]
    [InlineData("/api/assistance-requests?overdue=true")]
    [InlineData("/api/assistance-requests?answered=true")]
    [InlineData("/api/assistance-requests?answered=false&overdue=false")]
    [InlineData("/api/key-cases?active=true")]
    [InlineData("/api/key-cases?active=false")]
    [InlineData("/api/key-cases/suggestions?status=Dismissed&all=true")]
    [InlineData("/api/supervision-orders?status=Open&overdue=false")]
    [InlineData("/api/supervision-orders?overdue=true")]
    [InlineData("/api/supervision-orders?waitingForDecision=true")]
    [InlineData("/api/supervision-orders?status=Accepted")]
    [InlineData("/api/supervision-orders?subjectKind=Petition")]
    [InlineData("/api/supervision-orders?subjectKind=Obligation")]
    public async Task Every_state_has_demo_data(string url) =>
        (await GetAsync(url)).GetProperty("total").GetInt32().ShouldBeGreaterThan(0);

    [Fact]
    public async Task One_obligation_is_escalated_to_the_city_government_with_the_mayors_instruction()
    {
        var escalated = (await GetAsync("/api/obligations/escalations?pageSize=100")).GetProperty("items").EnumerateArray()
            .Single(e => e.GetProperty("level").GetString() == "CityGovernment");
        escalated.GetProperty("awaitingInstruction").GetBoolean().ShouldBeFalse();
        var obligation = await GetAsync($"/api/obligations/{escalated.GetProperty("obligationId").GetGuid()}");
        obligation.GetProperty("escalations")[1].GetProperty("instructionBy").GetString().ShouldBe("市长 李明");
        var report = await GetAsync("/api/obligations/report");
        report.GetProperty("total").GetProperty("instructionsReceived").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task The_collective_visit_is_of_8_workers_and_an_extension_was_approved()
    {
        var collective = (await GetAsync("/api/petitions?collective=true")).GetProperty("items").EnumerateArray().Single();
        collective.GetProperty("headcount").GetInt32().ShouldBe(8);
        var all = (await GetAsync("/api/petitions?pageSize=100")).GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ToList();
        var details = new List<JsonElement>();
        foreach (var id in all)
        {
            details.Add(await GetAsync($"/api/petitions/{id}"));
        }

        details.ShouldContain(p => p.GetProperty("extensionDays").GetInt32() > 0 && p.GetProperty("extendedBy").GetString() == "黄德明");
        details.ShouldContain(p => p.GetProperty("assigneeKind").GetString() == "Unit");
    }

    [Fact]
    public async Task A_month_of_prompts_performs_voluntarily_at_about_half_and_three_kinds_of_unit_answer_assistance_requests()
    {
        var rate = await GetAsync("/api/prompts/voluntary-performance-rate?from=2025-01-01");
        (rate.GetProperty("numerator").GetInt32(), rate.GetProperty("denominator").GetInt32()).ShouldBe((10, 20));
        var units = (await GetAsync("/api/assistance-requests/units?from=2025-01-01")).EnumerateArray().Select(u => u.GetProperty("unitKind").GetString()).ToList();
        units.ShouldBe(["Bank", "PublicSecurity", "Registry"], ignoreOrder: true);
        (await GetAsync("/api/tasks?overdue=true")).GetProperty("total").GetInt32().ShouldBeGreaterThanOrEqualTo(3);
        (await GetAsync("/api/assistance-requests?overdue=true")).GetProperty("total").GetInt32().ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task A_corrected_entry_is_shown_struck_through_on_a_timeline()
    {
        var cases = (await GetAsync("/api/cases?status=Filed&pageSize=100")).GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetGuid());
        var struck = new List<JsonElement>();
        foreach (var id in cases)
        {
            var timeline = await (await _leader.GetAsync($"/api/cases/{id}/timeline")).ReadJsonAsync();
            struck.AddRange(timeline.EnumerateArray().Where(e => e.GetProperty("voided").GetBoolean()));
        }

        struck.ShouldHaveSingleItem().GetProperty("voidReason").GetString()!.ShouldContain("金额录入错误");
    }

    [Fact]
    public async Task About_thirty_cases_and_every_role_can_log_in()
    {
        (await GetAsync("/api/cases")).GetProperty("total").GetInt32().ShouldBeInRange(30, 35);
        var users = await GetAsync("/api/staff?pageSize=100");
        users.GetProperty("total").GetInt32().ShouldBeGreaterThanOrEqualTo(9);
    }

    /// <summary>
    /// Each kind of the worklist shows for some demo user, with its days left counted from the court's today
    /// (2025-06-16), overdue exactly when the day is past, and a link the same user may open.
    /// </summary>
    [Theory]
    [InlineData("CaseDeadline", "/api/cases/")]
    [InlineData("CaseFirstSteps", "/api/cases/")]
    [InlineData("CaseReinquiry", "/api/cases/")]
    [InlineData("CaseAssignment", "/api/cases/")]
    [InlineData("PreservationExpiry", "/api/")]
    [InlineData("PreservationRenewalRequest", "/api/")]
    [InlineData("PreservationLift", "/api/preservation/orders/")]
    [InlineData("ObligationLetter", "/api/obligations/")]
    [InlineData("ObligationInstalment", "/api/obligations/")]
    [InlineData("ObligationEscalation", "/api/obligations/")]
    [InlineData("Petition", "/api/petitions/")]
    [InlineData("SupervisionOrder", "/api/supervision-orders/")]
    [InlineData("SupervisionReport", "/api/supervision-orders/")]
    [InlineData("KeyCase", "/api/key-cases/")]
    [InlineData("Task", "/api/tasks/")]
    [InlineData("Assistance", "/api/assistance-requests/")]
    [InlineData("ExtensionDecision", "/api/cases/")]
    public async Task Each_worklist_kind_shows_for_a_demo_user_with_its_days_left_and_a_link_they_may_open(string kind, string linkPrefix)
    {
        var today = new DateOnly(2025, 6, 16);
        var found = false;
        foreach (var user in new[] { "officer", "coordinator", "reception", "leader" })
        {
            var client = await DemoClientAsync(user);
            var response = await client.GetAsync("/api/me/worklist?withinDays=366&pageSize=100");
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            foreach (var item in (await response.ReadJsonAsync()).GetProperty("items").EnumerateArray().Where(i => i.GetProperty("kind").GetString() == kind))
            {
                found = true;
                var dueOn = DateOnly.Parse(item.GetProperty("dueOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
                item.GetProperty("daysLeft").GetInt32().ShouldBe(dueOn.DayNumber - today.DayNumber);
                item.GetProperty("overdue").GetBoolean().ShouldBe(dueOn < today);
                var link = item.GetProperty("link").GetString()!;
                link.ShouldStartWith(linkPrefix);
                (await client.GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.OK, $"{user} opens {link}");
            }
        }

        found.ShouldBeTrue($"no demo user's worklist shows {kind}");
    }

    private async Task<HttpClient> DemoClientAsync(string user)
    {
        var login = await _factory.CreateClient().PostJsonAsync("/api/auth/login", new { userName = user, password = $"{user}-demo-2026" });
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await login.ReadJsonAsync()).GetProperty("accessToken").GetString());
        return client;
    }

    private async Task<JsonElement> GetAsync(string url)
    {
        var response = await _leader.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.ReadJsonAsync();
    }
}
