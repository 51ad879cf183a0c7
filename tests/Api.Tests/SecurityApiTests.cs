using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Enforcement.Application.Security;
using Enforcement.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Tests;

public sealed class SecurityApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static int _sequence = 8000;

    [Theory]
    [InlineData("Bearer", HttpStatusCode.OK)]
    [InlineData("bearer", HttpStatusCode.OK)] // RFC 9110 §11.1: the scheme's name is case-insensitive
    [InlineData("BEARER", HttpStatusCode.OK)]
    [InlineData("Basic", HttpStatusCode.Unauthorized)]
    public async Task The_bearer_scheme_is_read_in_any_case(string scheme, HttpStatusCode expected)
    {
        var token = factory.ClientFor(Roles.Officer).DefaultRequestHeaders.Authorization!.Parameter;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/cases");
        request.Headers.TryAddWithoutValidation("Authorization", $"{scheme} {token}");
        (await factory.CreateClient().SendAsync(request)).StatusCode.ShouldBe(expected);
    }

    [Fact]
    public void Every_mapped_endpoint_names_an_authorization_policy_or_is_explicitly_anonymous()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        endpoints.Count.ShouldBeGreaterThan(20);
        // The web application's files and its circuit hub carry no data: a page's data is read by the page, which names a policy.
        var unguarded = endpoints
            .Where(e => e.RoutePattern.RawText is { } route && !route.StartsWith("_content/", StringComparison.Ordinal)
                        && !route.StartsWith("_framework/", StringComparison.Ordinal) && !route.StartsWith("/_framework/", StringComparison.Ordinal)
                        && !route.StartsWith("/_blazor", StringComparison.Ordinal))
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null
                        && !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => !string.IsNullOrEmpty(a.Policy) || !string.IsNullOrEmpty(a.Roles)))
            .Select(e => e.RoutePattern.RawText)
            .ToList();
        unguarded.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_request_without_a_token_is_401_with_a_problem() =>
        await CasesApiTests.ShouldBeProblem(await factory.CreateClient().GetAsync("/api/cases"), HttpStatusCode.Unauthorized, "auth.unauthenticated");

    [Fact]
    public async Task A_forged_token_is_401()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");
        (await client.GetAsync("/api/cases")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("/api/auth/register")]
    [InlineData("/api/auth/manage/info")]
    [InlineData("/api/auth/forgotPassword")]
    public async Task There_is_no_self_registration(string url) =>
        (await factory.CreateClient().PostAsJsonAsync(url, new { email = "zhang@example.com", password = "a-long-password-1" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);

    public static TheoryData<string, string, string, bool> Matrix => new()
    {
        // role, method, url, allowed
        { Roles.Officer, "GET", "/api/cases", true },
        { Roles.Coordinator, "GET", "/api/cases", true },
        { Roles.Reception, "GET", "/api/cases", true },
        { Roles.Leader, "GET", "/api/cases", true },
        { Roles.Admin, "GET", "/api/cases", false },
        { Roles.Officer, "POST", "/api/cases", true },
        { Roles.Coordinator, "POST", "/api/cases", true },
        { Roles.Reception, "POST", "/api/cases", false },
        { Roles.Leader, "POST", "/api/cases", false },
        { Roles.Admin, "POST", "/api/cases", false },
        { Roles.Reception, "POST", "/api/cases/{id}/payments", false },
        { Roles.Leader, "POST", "/api/cases/{id}/measures", false },
        { Roles.Leader, "POST", "/api/cases/{id}/extensions/{id}/decision", true },
        { Roles.Officer, "POST", "/api/cases/{id}/extensions/{id}/decision", false },
        { Roles.Coordinator, "POST", "/api/cases/{id}/extensions/{id}/decision", false },
        { Roles.Reception, "GET", "/api/cases/{id}/timeline", true },
        { Roles.Admin, "GET", "/api/cases/{id}/timeline", false },
        { Roles.Reception, "GET", "/api/staff", true },
        { Roles.Admin, "POST", "/api/staff", true },
        { Roles.Officer, "POST", "/api/staff", false },
        { Roles.Leader, "POST", "/api/staff/{id}/deactivate", false },
        { Roles.Admin, "GET", "/api/users", true },
        { Roles.Leader, "GET", "/api/users", false },
        { Roles.Coordinator, "POST", "/api/users", false },
        { Roles.Leader, "GET", "/api/audit", true },
        { Roles.Admin, "GET", "/api/audit", true },
        { Roles.Officer, "GET", "/api/audit", false },
        { Roles.Reception, "GET", "/api/audit", false },
        { Roles.Leader, "POST", "/api/cases/{id}/reopen", true },
        { Roles.Coordinator, "POST", "/api/cases/{id}/reopen", false },
        { Roles.Reception, "POST", "/api/cases/{id}/payments/{id}/void", false },
        { Roles.Admin, "GET", "/api/outbox", true },
        { Roles.Leader, "GET", "/api/outbox", false },
        { Roles.Coordinator, "POST", "/api/outbox/{id}/retry", false },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_reaches_only_what_the_matrix_allows(string role, string method, string url, bool allowed)
    {
        var path = url.Replace("{id}", Guid.NewGuid().ToString(), StringComparison.Ordinal);
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? JsonContent.Create(new { }) : null };
        var response = await factory.ClientFor(role).SendAsync(request);

        if (allowed)
        {
            response.StatusCode.ShouldNotBe(HttpStatusCode.Unauthorized);
            response.StatusCode.ShouldNotBe(HttpStatusCode.Forbidden);
        }
        else
        {
            await CasesApiTests.ShouldBeProblem(response, HttpStatusCode.Forbidden, "auth.forbidden");
        }

        var anonymous = await factory.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? JsonContent.Create(new { }) : null });
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Five_failed_logins_lock_the_account_for_fifteen_minutes()
    {
        await factory.CreateUserAsync("lockout-test", ApiFactory.TestPassword, [Roles.Officer]);
        for (var i = 0; i < 5; i++)
        {
            await CasesApiTests.ShouldBeProblem(await factory.LoginAsync("lockout-test", "wrong-password-123"), HttpStatusCode.Unauthorized, "auth.invalid_credentials");
        }

        // Locked: a wrong password is answered as for any account; only the right one learns of the lock.
        await CasesApiTests.ShouldBeProblem(await factory.LoginAsync("lockout-test", "wrong-password-123"), HttpStatusCode.Unauthorized, "auth.invalid_credentials");
        await CasesApiTests.ShouldBeProblem(await factory.LoginAsync("lockout-test", ApiFactory.TestPassword), HttpStatusCode.Unauthorized, "auth.locked_out");

        using var scope = factory.Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>().FindByNameAsync("lockout-test");
        var lockedFor = user!.LockoutEnd!.Value - DateTimeOffset.UtcNow;
        lockedFor.ShouldBeInRange(TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
    }

    [Fact]
    public async Task A_login_answers_a_bearer_token_and_a_refresh_token_that_works()
    {
        await factory.CreateUserAsync("refresh-test", ApiFactory.TestPassword, [Roles.Reception]);
        var login = await (await factory.LoginAsync("refresh-test", ApiFactory.TestPassword)).ReadJsonAsync();
        login.GetProperty("tokenType").GetString().ShouldBe("Bearer");

        var refreshed = await factory.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = login.GetProperty("refreshToken").GetString() });
        refreshed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refreshed.ReadJsonAsync()).GetProperty("accessToken").GetString().ShouldNotBeNullOrEmpty();

        await CasesApiTests.ShouldBeProblem(
            await factory.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = "garbage" }), HttpStatusCode.Unauthorized, "auth.invalid_refresh_token");
    }

    [Fact]
    public async Task An_administrator_creates_users_and_a_disabled_users_token_stops_working_at_once()
    {
        var admin = factory.ClientFor(Roles.Admin);
        var created = await admin.PostAsJsonAsync("/api/users", new { userName = "wang.lijuan", password = "temporary-pass-2026", roles = new[] { "Officer" } });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var userId = (await created.ReadJsonAsync()).GetProperty("id").GetString();

        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await factory.TokenAsync("wang.lijuan", "temporary-pass-2026"));
        (await client.GetAsync("/api/staff")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await admin.PostAsJsonAsync($"/api/users/{userId}/disable", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await client.GetAsync("/api/staff")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await CasesApiTests.ShouldBeProblem(await factory.LoginAsync("wang.lijuan", "temporary-pass-2026"), HttpStatusCode.Unauthorized, "auth.disabled");
    }

    [Fact]
    public async Task A_role_change_retires_the_old_token_and_a_password_reset_replaces_the_password()
    {
        var admin = factory.ClientFor(Roles.Admin);
        var userId = (await (await admin.PostAsJsonAsync("/api/users", new { userName = "li.guoqiang", password = "first-password-26", roles = new[] { "Officer" } })).ReadJsonAsync())
            .GetProperty("id").GetString();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await factory.TokenAsync("li.guoqiang", "first-password-26"));

        var changed = await admin.PutAsJsonAsync($"/api/users/{userId}/roles", new { roles = new[] { "Reception" } });
        (await changed.ReadJsonAsync()).GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["Reception"]);
        (await client.GetAsync("/api/cases")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        (await admin.PostAsJsonAsync($"/api/users/{userId}/password", new { newPassword = "second-password-26" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await factory.LoginAsync("li.guoqiang", "first-password-26")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await factory.LoginAsync("li.guoqiang", "second-password-26")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Passwords_shorter_than_ten_characters_and_unknown_roles_are_refused()
    {
        var admin = factory.ClientFor(Roles.Admin);
        var body = await CasesApiTests.ShouldBeProblem(
            await admin.PostAsJsonAsync("/api/users", new { userName = "short.pass", password = "123456789", roles = new[] { "Janitor" } }), HttpStatusCode.BadRequest, "validation.failed");
        body.GetProperty("errors").TryGetProperty("password", out _).ShouldBeTrue();
        body.GetProperty("errors").TryGetProperty("roles", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task The_create_admin_command_makes_an_administrator_who_can_log_in()
    {
        using (var scope = factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IdentitySeeder>().CreateAdminAsync("root-admin", "a-strong-admin-password");
        }

        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await factory.TokenAsync("root-admin", "a-strong-admin-password"));
        (await client.GetAsync("/api/users")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Personal_data_is_masked_per_role_and_in_every_list()
    {
        var id = await RegisterCaseAsync();

        var coordinator = await (await factory.ClientFor(Roles.Coordinator).GetAsync($"/api/cases/{id}")).ReadJsonAsync();
        coordinator.GetProperty("respondents")[0].GetProperty("idNumber").GetString().ShouldBe("11010519491231002X");
        coordinator.GetProperty("respondents")[0].GetProperty("phone").GetString().ShouldBe("13973012345");

        var leader = await (await factory.ClientFor(Roles.Leader).GetAsync($"/api/cases/{id}")).ReadJsonAsync();
        leader.GetProperty("respondents")[0].GetProperty("idNumber").GetString().ShouldBe("11010519491231002X");

        var reception = await (await factory.ClientFor(Roles.Reception).GetAsync($"/api/cases/{id}")).ReadJsonAsync();
        reception.GetProperty("respondents")[0].GetProperty("idNumber").GetString().ShouldBe("1101**********002X");
        reception.GetProperty("respondents")[0].GetProperty("phone").GetString().ShouldBe("139****2345");

        // The detail says whether the reader may work or lead the case, which the case page shows beside its supervision.
        coordinator.GetProperty("inReach").GetBoolean().ShouldBeTrue();
        leader.GetProperty("inReach").GetBoolean().ShouldBeTrue();
        reception.GetProperty("inReach").GetBoolean().ShouldBeFalse();

        var list = await (await factory.ClientFor(Roles.Coordinator).GetAsync("/api/cases?pageSize=100")).Content.ReadAsStringAsync();
        list.ShouldNotContain("11010519491231002X");
        list.ShouldNotContain("13973012345");
    }

    [Fact]
    public async Task An_officer_sees_and_changes_only_their_own_or_unassigned_cases()
    {
        var officer = factory.ClientFor(Roles.Officer);
        var id = await RegisterCaseAsync();
        var unassigned = await (await officer.GetAsync($"/api/cases/{id}")).ReadJsonAsync();
        unassigned.GetProperty("respondents")[0].GetProperty("idNumber").GetString().ShouldBe("11010519491231002X");
        unassigned.GetProperty("inReach").GetBoolean().ShouldBeTrue();

        // The officer hands the unassigned case to another officer: the answer is already what they may read now.
        var otherId = await factory.CreateUserAsync("wang-test", ApiFactory.TestPassword, [Roles.Officer], ("王丽娟", "执行法官", Domain.Staff.CourtUnit.EnforcementBureau));
        var otherStaff = await StaffIdOfUserAsync(otherId);
        var handedOn = await officer.PostJsonAsync($"/api/cases/{id}/assignments", new { staffId = otherStaff, assignedOn = "2025-06-04" });
        handedOn.StatusCode.ShouldBe(HttpStatusCode.OK);
        var handedOnBody = await handedOn.ReadJsonAsync();
        handedOnBody.GetProperty("inReach").GetBoolean().ShouldBeFalse();
        handedOnBody.GetProperty("respondents")[0].GetProperty("idNumber").GetString().ShouldBe("1101**********002X");

        var othersCase = await (await officer.GetAsync($"/api/cases/{id}")).ReadJsonAsync();
        othersCase.GetProperty("respondents")[0].GetProperty("idNumber").GetString().ShouldBe("1101**********002X");
        othersCase.GetProperty("inReach").GetBoolean().ShouldBeFalse();
        (await (await factory.ClientFor(Roles.Coordinator).PostJsonAsync($"/api/cases/{id}/payments", new { amount = 100m, paidOn = "2025-06-10", source = "Voluntary" })).ReadJsonAsync())
            .GetProperty("inReach").GetBoolean().ShouldBeTrue();

        // The assignment keeps its audit action name across the command's rename.
        var trail = await (await factory.ClientFor(Roles.Leader).GetAsync($"/api/audit?entityType=EnforcementCase&entityId={id}")).ReadJsonAsync();
        trail.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("action").GetString()).ShouldContain("AssignHandler");
        await CasesApiTests.ShouldBeProblem(
            await officer.PostJsonAsync($"/api/cases/{id}/payments", new { amount = 100m, paidOn = "2025-06-10", source = "Voluntary" }), HttpStatusCode.Forbidden, "case.not_assigned_to_you");

        // The refusal is on the case's trail, as a policy's refusal is.
        var refused = (await (await factory.ClientFor(Roles.Leader).GetAsync($"/api/audit?entityType=EnforcementCase&entityId={id}")).ReadJsonAsync())
            .GetProperty("items")[0];
        refused.GetProperty("action").GetString().ShouldBe("Forbidden");
        refused.GetProperty("outcome").GetString().ShouldBe("Refused");
        refused.GetProperty("summary").GetString()!.ShouldStartWith($"POST /api/cases/{id}/payments refused: ");
    }

    [Fact]
    public async Task A_page_call_refused_on_a_case_is_on_the_cases_trail_with_the_page_it_came_from()
    {
        var id = await RegisterCaseAsync();
        (await factory.ClientFor(Roles.Coordinator).PostJsonAsync($"/api/cases/{id}/assignments", new { staffId = factory.StaffIdOf(Roles.Coordinator), assignedOn = "2025-06-16" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        // The web application sends its calls in-process (UiSender), each in a scope holding the page's user and address.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var page = scope.ServiceProvider.GetRequiredService<Enforcement.Web.Services.ScopedUser>();
            page.Principal = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [
                new(System.Security.Claims.ClaimTypes.NameIdentifier, "officer-page"),
                new(System.Security.Claims.ClaimTypes.Name, "officer-test"),
                new(System.Security.Claims.ClaimTypes.Role, Roles.Officer),
                new(EnforcementClaims.StaffId, factory.StaffIdOf(Roles.Officer).ToString()),
            ], "Identity.Application"));
            page.Page = $"cases/{id}?tab=payments";
            var refused = await Should.ThrowAsync<Enforcement.Application.Errors.ForbiddenException>(async () =>
                await scope.ServiceProvider.GetRequiredService<Mediator.ISender>().Send(
                    new Enforcement.Application.Cases.Lifecycle.RecordPaymentCommand(100m, new DateOnly(2025, 6, 16), Domain.Cases.PaymentSource.Voluntary) { AggregateId = id }));
            refused.Code.ShouldBe("case.not_assigned_to_you");
        }

        var row = (await (await factory.ClientFor(Roles.Leader).GetAsync($"/api/audit?entityType=EnforcementCase&entityId={id}")).ReadJsonAsync()).GetProperty("items")[0];
        row.GetProperty("action").GetString().ShouldBe("Forbidden");
        row.GetProperty("outcome").GetString().ShouldBe("Refused");
        row.GetProperty("userName").GetString().ShouldBe("officer-test");
        row.GetProperty("summary").GetString()!.ShouldStartWith($"网页 page /cases/{id} refused: ");

        // The same refusal through the API is written once, under the address's record.
        (await factory.ClientFor(Roles.Officer).PostJsonAsync($"/api/cases/{id}/payments", new { amount = 100m, paidOn = "2025-06-16", source = "Voluntary" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var rows = (await (await factory.ClientFor(Roles.Leader).GetAsync($"/api/audit?entityType=EnforcementCase&entityId={id}")).ReadJsonAsync()).GetProperty("items");
        rows.EnumerateArray().Count(r => r.GetProperty("action").GetString() == "Forbidden").ShouldBe(2);
        rows[0].GetProperty("summary").GetString()!.ShouldStartWith($"POST /api/cases/{id}/payments refused: ");
    }

    [Fact]
    public async Task Changes_unmasked_reads_and_refusals_are_in_the_audit_trail()
    {
        var id = await RegisterCaseAsync();
        await factory.ClientFor(Roles.Leader).GetAsync($"/api/cases/{id}");
        await factory.ClientFor(Roles.Reception).PostJsonAsync($"/api/cases/{id}/payments", new { amount = 1m, paidOn = "2025-06-10", source = "Voluntary" });

        var leader = factory.ClientFor(Roles.Leader);
        var trail = await (await leader.GetAsync($"/api/audit?entityType=EnforcementCase&entityId={id}")).ReadJsonAsync();
        var rows = trail.GetProperty("items").EnumerateArray().ToList();
        rows.Select(r => r.GetProperty("action").GetString()).ShouldBe(["Forbidden", "ReadPersonalData", "RegisterCase"]); // newest first
        var registered = rows[2];
        registered.GetProperty("userName").GetString().ShouldBe("coordinator-test");
        registered.GetProperty("roles").GetString().ShouldBe("Coordinator");
        registered.GetProperty("summary").GetString()!.ShouldContain("立案");
        registered.GetProperty("outcome").GetString().ShouldBe("Succeeded");
        // A refusal aimed at the case is on the case's trail, saying what was asked.
        var refused = rows[0];
        refused.GetProperty("userName").GetString().ShouldBe("reception-test");
        refused.GetProperty("outcome").GetString().ShouldBe("Refused");
        refused.GetProperty("summary").GetString()!.ShouldStartWith($"POST /api/cases/{id}/payments refused");

        // One aimed at no record is kept under its address.
        (await factory.ClientFor(Roles.Reception).GetAsync("/api/audit")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var refusals = await (await leader.GetAsync("/api/audit?entityType=Endpoint&user=reception-test")).ReadJsonAsync();
        refusals.GetProperty("items").EnumerateArray().ShouldContain(r =>
            r.GetProperty("outcome").GetString() == "Refused" && r.GetProperty("entityId").GetString() == "/api/audit");
    }

    [Fact]
    public async Task The_audit_trail_filters_by_date_and_has_no_endpoint_that_changes_it()
    {
        var leader = factory.ClientFor(Roles.Leader);
        (await (await leader.GetAsync("/api/audit?from=2025-06-16&to=2025-06-16")).ReadJsonAsync()).GetProperty("total").GetInt32().ShouldBeGreaterThanOrEqualTo(0);
        (await (await leader.GetAsync("/api/audit?from=2030-01-01")).ReadJsonAsync()).GetProperty("total").GetInt32().ShouldBe(0);
        (await factory.ClientFor(Roles.Admin).DeleteAsync("/api/audit")).StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task Responses_carry_security_headers()
    {
        var response = await factory.CreateClient().GetAsync("/api/cases");
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        response.Headers.GetValues("Referrer-Policy").ShouldBe(["no-referrer"]);

        // Kestrel's own "Server: Kestrel" is off (the test server has no such header to show it).
        factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader.ShouldBeFalse();
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413()
    {
        using var content = new ByteArrayContent(new byte[1_100_000]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        await CasesApiTests.ShouldBeProblem(await factory.ClientFor(Roles.Coordinator).PostAsync("/api/cases", content), HttpStatusCode.RequestEntityTooLarge, "request.too_large");
    }

    [Fact]
    public async Task Cross_origin_requests_get_no_cors_grant_by_default()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/cases");
        request.Headers.Add("Origin", "https://evil.example");
        request.Headers.Add("Access-Control-Request-Method", "GET");
        var response = await factory.CreateClient().SendAsync(request);
        response.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
    }

    private async Task<Guid> RegisterCaseAsync()
    {
        var response = await factory.ClientFor(Roles.Coordinator).PostJsonAsync("/api/cases", Requests.RegisterCase($"（2025）湘0681执{Interlocked.Increment(ref _sequence)}号"));
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await response.ReadJsonAsync()).GetProperty("id").GetGuid();
    }

    private async Task<Guid> StaffIdOfUserAsync(string userId)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
        return (await users.FindByIdAsync(userId))!.StaffId!.Value;
    }
}

public sealed class LoginRateLimitTests
{
    [Fact]
    public async Task Logins_beyond_the_limit_per_client_are_429()
    {
        using var factory = new ApiFactory { LoginsPerMinute = 3 };
        for (var i = 0; i < 3; i++)
        {
            (await factory.LoginAsync("nobody", "wrong-password-1")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        var refused = await factory.LoginAsync("nobody", "wrong-password-1");
        await CasesApiTests.ShouldBeProblem(refused, HttpStatusCode.TooManyRequests, "auth.too_many_attempts");
        var retryAfter = int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        retryAfter.ShouldBeInRange(1, 60);
    }

    [Fact]
    public async Task Behind_a_known_proxy_the_limit_counts_each_real_client()
    {
        using var factory = new ApiFactory
        {
            LoginsPerMinute = 2,
            RemoteAddress = System.Net.IPAddress.Parse("10.0.0.5"),
            Settings = new Dictionary<string, string> { ["ForwardedHeaders:KnownProxies:0"] = "10.0.0.5" },
        };

        (await LoginFromAsync(factory, "203.0.113.7")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await LoginFromAsync(factory, "203.0.113.7")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await LoginFromAsync(factory, "203.0.113.7")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await LoginFromAsync(factory, "203.0.113.8")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Without_a_known_proxy_a_forwarded_address_is_ignored()
    {
        using var factory = new ApiFactory { LoginsPerMinute = 2, RemoteAddress = System.Net.IPAddress.Parse("10.0.0.5") };

        (await LoginFromAsync(factory, "203.0.113.7")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await LoginFromAsync(factory, "203.0.113.8")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await LoginFromAsync(factory, "203.0.113.9")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    private static async Task<HttpResponseMessage> LoginFromAsync(ApiFactory factory, string client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login") { Content = JsonContent.Create(new { userName = "nobody", password = "wrong-password-1" }) };
        request.Headers.Add("X-Forwarded-For", client);
        return await factory.CreateClient().SendAsync(request);
    }
}
