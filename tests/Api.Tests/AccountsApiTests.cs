using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Enforcement.Application.Security;
using Enforcement.Domain.Staff;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests;

/// <summary>Issue #10 item 3: rotating refresh tokens, logout, token life, accounts that follow staff records, login audit.</summary>
public sealed class AccountsApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static int _sequence;

    [Fact]
    public async Task A_refresh_token_rotates_and_reusing_a_spent_one_ends_the_whole_login()
    {
        var name = await NewUserAsync();
        var first = await LoginAsync(name);
        var second = await RefreshAsync(first.GetProperty("refreshToken").GetString()!);
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rotated = await second.ReadJsonAsync();
        rotated.GetProperty("refreshToken").GetString().ShouldNotBe(first.GetProperty("refreshToken").GetString());
        (await GetAsync(rotated, "/api/cases")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The spent token comes back, as a thief who copied it would send it: the family is revoked.
        await CasesApiTests.ShouldBeProblem(await RefreshAsync(first.GetProperty("refreshToken").GetString()!), HttpStatusCode.Unauthorized, "auth.refresh_token_reused");

        await CasesApiTests.ShouldBeProblem(await RefreshAsync(rotated.GetProperty("refreshToken").GetString()!), HttpStatusCode.Unauthorized, "auth.invalid_refresh_token");
        (await GetAsync(rotated, "/api/cases")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await GetAsync(first, "/api/cases")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        // Another login of the same user is a family of its own and goes on working.
        (await GetAsync(await LoginAsync(name), "/api/cases")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Logout_ends_the_access_and_refresh_tokens_of_that_login_only()
    {
        var name = await NewUserAsync();
        var login = await LoginAsync(name);
        var other = await LoginAsync(name);

        var client = Bearer(login);
        (await client.PostAsync("/api/auth/logout", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await client.GetAsync("/api/cases")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await CasesApiTests.ShouldBeProblem(await RefreshAsync(login.GetProperty("refreshToken").GetString()!), HttpStatusCode.Unauthorized, "auth.invalid_refresh_token");
        (await GetAsync(other, "/api/cases")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await CasesApiTests.ShouldBeProblem(await factory.CreateClient().PostAsync("/api/auth/logout", null), HttpStatusCode.Unauthorized, "auth.unauthenticated");
    }

    [Fact]
    public async Task An_access_token_lives_fifteen_minutes_by_default()
    {
        using var clocked = new ApiFactory();
        await clocked.CreateUserAsync("clock.user", ApiFactory.TestPassword, [Roles.Officer]);
        var login = await (await clocked.LoginAsync("clock.user", ApiFactory.TestPassword)).ReadJsonAsync();
        login.GetProperty("expiresIn").GetInt32().ShouldBe(900);
        var client = clocked.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());

        clocked.Time.Advance(TimeSpan.FromMinutes(14) + TimeSpan.FromSeconds(59));
        (await client.GetAsync("/api/cases")).StatusCode.ShouldBe(HttpStatusCode.OK);
        clocked.Time.Advance(TimeSpan.FromSeconds(2));
        (await client.GetAsync("/api/cases")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Deactivating_a_staff_record_disables_its_login_at_once()
    {
        var name = $"staff.user{Interlocked.Increment(ref _sequence)}";
        await factory.CreateUserAsync(name, ApiFactory.TestPassword, [Roles.Officer], ("刘建国", "执行员", CourtUnit.EnforcementBureau));
        var login = await LoginAsync(name);
        (await GetAsync(login, "/api/cases")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var staffId = await StaffIdAsync(name);

        (await factory.ClientFor(Roles.Admin).PostAsJsonAsync($"/api/staff/{staffId}/deactivate", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await GetAsync(login, "/api/cases")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await CasesApiTests.ShouldBeProblem(await factory.LoginAsync(name, ApiFactory.TestPassword), HttpStatusCode.Unauthorized, "auth.disabled");
        var users = await (await factory.ClientFor(Roles.Admin).GetAsync("/api/users?pageSize=100")).ReadJsonAsync();
        users.GetProperty("items").EnumerateArray().Single(u => u.GetProperty("userName").GetString() == name).GetProperty("disabled").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task A_deactivated_staff_member_gets_no_new_login()
    {
        var admin = factory.ClientFor(Roles.Admin);
        var created = await admin.PostAsJsonAsync("/api/staff", new { name = "周卫东", position = "执行员", unit = "EnforcementBureau" });
        var staff = await created.ReadJsonAsync();
        var staffId = staff.GetProperty("id").GetGuid();
        created.Headers.ETag!.Tag.ShouldBe($"\"{staff.GetProperty("version").GetInt32()}\""); // as the OpenAPI document says
        using var deactivate = new HttpRequestMessage(HttpMethod.Post, $"/api/staff/{staffId}/deactivate") { Content = JsonContent.Create(new { }) };
        deactivate.Headers.IfMatch.Add(created.Headers.ETag);
        (await admin.SendAsync(deactivate)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await CasesApiTests.ShouldBeProblem(
            await admin.PostAsJsonAsync("/api/users", new { userName = $"zhou{Interlocked.Increment(ref _sequence)}", password = ApiFactory.TestPassword, roles = new[] { Roles.Officer }, staffId }),
            (HttpStatusCode)422, "staff.inactive");
    }

    [Fact]
    public async Task An_administrator_cannot_deactivate_their_own_staff_record()
    {
        // Deactivating a staff record disables its login: for one's own, that is disabling oneself.
        var userName = $"admin-staff{Interlocked.Increment(ref _sequence)}";
        await factory.CreateUserAsync(userName, ApiFactory.TestPassword, [Roles.Admin], ("欧阳明", "书记员", CourtUnit.CourtLeadership));
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await factory.TokenAsync(userName, ApiFactory.TestPassword));
        Guid staffId;
        using (var scope = factory.Services.CreateScope())
        {
            staffId = scope.ServiceProvider.GetRequiredService<Infrastructure.Persistence.EnforcementDbContext>().Users.Single(u => u.UserName == userName).StaffId!.Value;
        }

        await CasesApiTests.ShouldBeProblem(
            await client.PostAsJsonAsync($"/api/staff/{staffId}/deactivate", new { }), (HttpStatusCode)422, "user.cannot_disable_self");
        (await client.GetAsync("/api/staff?pageSize=1")).StatusCode.ShouldBe(HttpStatusCode.OK); // still logged in
    }

    [Fact]
    public async Task A_wrong_password_is_answered_alike_for_unknown_disabled_and_locked_accounts()
    {
        var disabled = await NewUserAsync();
        var admin = factory.ClientFor(Roles.Admin);
        (await admin.PostAsJsonAsync($"/api/users/{await UserIdAsync(disabled)}/disable", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var locked = await NewUserAsync();
        for (var i = 0; i < 5; i++)
        {
            await factory.LoginAsync(locked, "wrong-password-123");
        }

        var answers = new List<string>();
        foreach (var name in new[] { "no.such.user", disabled, locked, await NewUserAsync() })
        {
            var response = await factory.LoginAsync(name, "wrong-password-123");
            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            var body = await response.ReadJsonAsync();
            answers.Add($"{body.GetProperty("code").GetString()}|{body.GetProperty("title").GetString()}|{body.GetProperty("detail").GetString()}");
        }

        answers.Distinct().ShouldHaveSingleItem().ShouldStartWith("auth.invalid_credentials|");
    }

    [Fact]
    public async Task Logins_failures_and_lockouts_are_in_the_audit_trail_under_the_name_tried()
    {
        var name = await NewUserAsync();
        await LoginAsync(name);
        for (var i = 0; i < 5; i++)
        {
            await factory.LoginAsync(name, "wrong-password-123");
        }

        await factory.LoginAsync("ghost.user", "wrong-password-123");

        var trail = await (await factory.ClientFor(Roles.Leader).GetAsync($"/api/audit?user={name}&pageSize=100")).ReadJsonAsync();
        var actions = trail.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        actions.Count(a => a == "LoginSucceeded").ShouldBe(1);
        actions.Count(a => a == "LoginFailed").ShouldBe(5);
        actions.Count(a => a == "LockedOut").ShouldBe(1);
        var ghost = await (await factory.ClientFor(Roles.Leader).GetAsync("/api/audit?user=ghost.user")).ReadJsonAsync();
        ghost.GetProperty("items")[0].GetProperty("outcome").GetString().ShouldBe("Refused");

        // A name cannot close its quotes and write a row of its own: it stays one quoted value.
        await factory.LoginAsync("evil' from 10.1.1.1: ok\"'admin' logged in", "wrong-password-123");
        var forged = await (await factory.ClientFor(Roles.Leader).GetAsync("/api/audit?pageSize=5")).ReadJsonAsync();
        forged.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("summary").GetString()).ShouldContain(
            "Failed login as \"evil' from 10.1.1.1: ok\\\"'admin' logged in\" from unknown: unknown user or no password");
    }

    [Theory]
    [InlineData("zhang.wei", "zhang.wei")]
    [InlineData("zhang.wei", "ZHANG.WEI")]
    [InlineData("zhang.wei", "1234567890")]
    [InlineData("zhang.wei", "woaini1314")]
    [InlineData("zhang.wei", "Password123")]
    [InlineData("zhang.wei", "zhang.wei2026!")] // the user name dressed up the same way
    [InlineData("zhang.wei", "Password1!")] // a common word dressed up with what a policy asks for
    [InlineData("zhang.wei", "admin12345")]
    [InlineData("zhang.wei", "2026#Welcome!")]
    [InlineData("zhang.wei", "1qaz2wsx3edc")]
    [InlineData("zhang.wei", "12345678901")]
    [InlineData("zhang.wei", "20250616073012")]
    public async Task A_password_equal_to_the_user_name_or_common_is_refused(string userName, string password)
    {
        var admin = factory.ClientFor(Roles.Admin);
        var unique = userName + Interlocked.Increment(ref _sequence);
        var body = await CasesApiTests.ShouldBeProblem(
            await admin.PostAsJsonAsync("/api/users", new { userName = unique, password = password == userName ? unique : password == "ZHANG.WEI" ? unique.ToUpperInvariant() : password, roles = new[] { "Officer" } }),
            HttpStatusCode.BadRequest, "validation.failed");
        body.GetProperty("errors").TryGetProperty("password", out _).ShouldBeTrue();
    }

    [Theory]
    [InlineData("4829173650abc")] // a short listed word is not the password when digits are most of it
    [InlineData("73920481-china-55102938")]
    [InlineData("江南-春雨-2026-长沙")]
    public async Task A_password_that_only_contains_a_listed_word_is_accepted(string password)
    {
        var response = await factory.ClientFor(Roles.Admin).PostAsJsonAsync("/api/users",
            new { userName = $"li.na{Interlocked.Increment(ref _sequence)}", password, roles = new[] { "Officer" } });

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_reset_to_a_common_password_is_refused()
    {
        var name = await NewUserAsync();
        var body = await CasesApiTests.ShouldBeProblem(
            await factory.ClientFor(Roles.Admin).PostAsJsonAsync($"/api/users/{await UserIdAsync(name)}/password", new { newPassword = "qwertyuiop" }),
            HttpStatusCode.BadRequest, "validation.failed");
        body.GetProperty("errors").EnumerateObject().Single().Name.ShouldBe("newPassword"); // the request's own field
    }

    [Fact]
    public async Task An_administrator_cannot_disable_demote_or_promote_themselves()
    {
        var admin = factory.ClientFor(Roles.Admin);
        var self = await UserIdAsync("admin-test");

        await CasesApiTests.ShouldBeProblem(await admin.PostAsJsonAsync($"/api/users/{self}/disable", new { }), (HttpStatusCode)422, "user.cannot_disable_self");
        await CasesApiTests.ShouldBeProblem(
            await admin.PutAsJsonAsync($"/api/users/{self}/roles", new { roles = new[] { "Leader" } }), (HttpStatusCode)422, "user.cannot_grant_self");
        await CasesApiTests.ShouldBeProblem(
            await admin.PutAsJsonAsync($"/api/users/{self}/roles", new { roles = new[] { "Admin", "Officer" } }), (HttpStatusCode)422, "user.cannot_grant_self");
        await CasesApiTests.ShouldBeProblem(
            await admin.PutAsJsonAsync($"/api/users/{self}/roles", new { roles = Array.Empty<string>() }), HttpStatusCode.BadRequest, "validation.failed");
        (await admin.GetAsync("/api/users")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The same roles again change nothing: the login goes on, and no row says "changed from Admin to Admin".
        (await admin.PutAsJsonAsync($"/api/users/{self}/roles", new { roles = new[] { "Admin" } })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.GetAsync("/api/users")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var trail = await (await factory.ClientFor(Roles.Leader).GetAsync($"/api/audit?entityType=User&entityId={self}&pageSize=100")).ReadJsonAsync();
        trail.GetProperty("items").EnumerateArray().ShouldNotContain(e => e.GetProperty("summary").GetString()!.Contains("changed from Admin to Admin"));
    }

    private async Task<string> NewUserAsync()
    {
        var name = $"account.user{Interlocked.Increment(ref _sequence)}";
        await factory.CreateUserAsync(name, ApiFactory.TestPassword, [Roles.Officer]);
        return name;
    }

    private async Task<JsonElement> LoginAsync(string name)
    {
        var response = await factory.LoginAsync(name, ApiFactory.TestPassword);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.ReadJsonAsync();
    }

    private Task<HttpResponseMessage> RefreshAsync(string refreshToken) =>
        factory.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken });

    private HttpClient Bearer(JsonElement login)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());
        return client;
    }

    private Task<HttpResponseMessage> GetAsync(JsonElement login, string url) => Bearer(login).GetAsync(url);

    private async Task<string> UserIdAsync(string name)
    {
        factory.ClientFor(Roles.Admin);
        var users = await (await factory.ClientFor(Roles.Admin).GetAsync("/api/users?pageSize=100")).ReadJsonAsync();
        return users.GetProperty("items").EnumerateArray().Single(u => u.GetProperty("userName").GetString() == name).GetProperty("id").GetString()!;
    }

    private async Task<Guid> StaffIdAsync(string name)
    {
        var users = await (await factory.ClientFor(Roles.Admin).GetAsync("/api/users?pageSize=100")).ReadJsonAsync();
        return users.GetProperty("items").EnumerateArray().Single(u => u.GetProperty("userName").GetString() == name).GetProperty("staffId").GetGuid();
    }
}
