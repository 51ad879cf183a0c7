using System.Net;
using System.Net.Http.Headers;
using Enforcement.Application.Security;
using Enforcement.Application.Users;
using Enforcement.Domain.Common;
using Enforcement.Domain.Staff;
using Enforcement.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests;

/// <summary>The court always keeps an active administrator, also when two act on each other at once. Each test has its own database.</summary>
public sealed class AdministratorsApiTests
{
    [Fact]
    public async Task The_last_active_administrator_is_kept_by_the_change_itself_not_only_by_the_check_before_it()
    {
        using var factory = new ApiFactory();
        var sole = await factory.CreateUserAsync("sole.admin", ApiFactory.TestPassword, [Roles.Admin], ("刘建华", "信息技术科科长", CourtUnit.GovernanceCenter));
        Guid soleStaff;
        using (var scope = factory.Services.CreateScope())
        {
            soleStaff = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(sole))!.StaffId!.Value;
        }

        // Straight to the accounts, past the handlers' own checks: the transaction refuses to leave no administrator.
        // Each in a scope of its own, as each request has.
        async Task<string> RefusedAsync(Func<IUserAccounts, Task> change)
        {
            using var scope = factory.Services.CreateScope();
            return (await Should.ThrowAsync<DomainException>(() => change(scope.ServiceProvider.GetRequiredService<IUserAccounts>()))).Code;
        }

        (await RefusedAsync(accounts => accounts.DisableAsync(sole, CancellationToken.None))).ShouldBe("user.last_admin");
        (await RefusedAsync(accounts => accounts.ChangeRolesAsync(sole, [Roles.Leader], CancellationToken.None))).ShouldBe("user.last_admin");
        // A staff record's deactivation, which disables its logins, is held to the same rule, and nothing of it is kept.
        (await RefusedAsync(async accounts =>
        {
            using var scope = factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<Infrastructure.Persistence.EnforcementDbContext>();
            var staffAccounts = scope.ServiceProvider.GetRequiredService<IUserAccounts>();
            await staffAccounts.KeepingAnAdminAsync(async () =>
            {
                await staffAccounts.StageDisableForStaffAsync(soleStaff, CancellationToken.None);
                return await db.SaveChangesAsync();
            }, CancellationToken.None);
        })).ShouldBe("user.last_admin");
        // And through the deactivation's own handler, sent as an administrator whose login is not (as a page sends it):
        // the handler's change is held to the rule, and the staff record stays active.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<Enforcement.Web.Services.ScopedUser>().Principal = new System.Security.Claims.ClaimsPrincipal(
                new System.Security.Claims.ClaimsIdentity(
                [
                    new(System.Security.Claims.ClaimTypes.NameIdentifier, "departed-admin"),
                    new(System.Security.Claims.ClaimTypes.Name, "departed.admin"),
                    new(System.Security.Claims.ClaimTypes.Role, Roles.Admin),
                ], "Identity.Application"));
            var refused = await Should.ThrowAsync<DomainException>(async () => await scope.ServiceProvider.GetRequiredService<Mediator.ISender>()
                .Send(new Enforcement.Application.Staff.DeactivateStaffCommand { AggregateId = soleStaff }));
            refused.Code.ShouldBe("user.last_admin");
        }

        using var check = factory.Services.CreateScope();
        var users = check.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var stored = (await users.FindByIdAsync(sole))!;
        stored.Disabled.ShouldBeFalse();
        (await check.ServiceProvider.GetRequiredService<Infrastructure.Persistence.EnforcementDbContext>().Staff.FindAsync(soleStaff))!.Active.ShouldBeTrue();
        (await users.GetRolesAsync(stored)).ShouldBe([Roles.Admin]);
    }

    [Fact]
    public async Task Two_administrators_deactivating_each_other_s_staff_records_at_once_leave_one_of_them()
    {
        using var factory = new ApiFactory();
        var first = await factory.CreateUserAsync("first.admin", ApiFactory.TestPassword, [Roles.Admin], ("刘建华", "信息技术科科长", CourtUnit.GovernanceCenter));
        var second = await factory.CreateUserAsync("second.admin", ApiFactory.TestPassword, [Roles.Admin], ("王晓燕", "信息技术科干部", CourtUnit.GovernanceCenter));
        Guid StaffOf(string userId)
        {
            using var scope = factory.Services.CreateScope();
            return scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(userId).GetAwaiter().GetResult()!.StaffId!.Value;
        }

        var byFirst = As(factory, await factory.TokenAsync("first.admin", ApiFactory.TestPassword));
        var bySecond = As(factory, await factory.TokenAsync("second.admin", ApiFactory.TestPassword));
        var answers = await Task.WhenAll(
            byFirst.PostJsonAsync($"/api/staff/{StaffOf(second)}/deactivate", new { }),
            bySecond.PostJsonAsync($"/api/staff/{StaffOf(first)}/deactivate", new { }));

        answers.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        answers.Single(a => a.StatusCode != HttpStatusCode.OK).StatusCode.ShouldBeOneOf((HttpStatusCode)422, HttpStatusCode.Unauthorized);
        using var check = factory.Services.CreateScope();
        var users = check.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        (await users.FindByIdAsync(first))!.Disabled.ShouldNotBe((await users.FindByIdAsync(second))!.Disabled);
    }

    private static HttpClient As(ApiFactory factory, string token)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task Two_administrators_disabling_each_other_at_once_leave_one_of_them()
    {
        using var factory = new ApiFactory();
        var first = await factory.CreateUserAsync("first.admin", ApiFactory.TestPassword, [Roles.Admin]);
        var second = await factory.CreateUserAsync("second.admin", ApiFactory.TestPassword, [Roles.Admin]);
        var byFirst = As(factory, await factory.TokenAsync("first.admin", ApiFactory.TestPassword));
        var bySecond = As(factory, await factory.TokenAsync("second.admin", ApiFactory.TestPassword));
        var answers = await Task.WhenAll(
            byFirst.PostJsonAsync($"/api/users/{second}/disable", new { }),
            bySecond.PostJsonAsync($"/api/users/{first}/disable", new { }));

        answers.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        answers.Single(a => a.StatusCode != HttpStatusCode.OK).StatusCode.ShouldBeOneOf((HttpStatusCode)422, HttpStatusCode.Unauthorized);
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        (await users.FindByIdAsync(first))!.Disabled.ShouldNotBe((await users.FindByIdAsync(second))!.Disabled);
    }
}
