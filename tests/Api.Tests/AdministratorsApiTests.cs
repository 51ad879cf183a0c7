using System.Net;
using System.Net.Http.Headers;
using Enforcement.Application.Security;
using Enforcement.Application.Users;
using Enforcement.Domain.Common;
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
        var sole = await factory.CreateUserAsync("sole.admin", ApiFactory.TestPassword, [Roles.Admin]);

        // Straight to the accounts, past the handlers' own checks: the transaction refuses to leave no administrator.
        // Each in a scope of its own, as each request has.
        async Task<string> RefusedAsync(Func<IUserAccounts, Task> change)
        {
            using var scope = factory.Services.CreateScope();
            return (await Should.ThrowAsync<DomainException>(() => change(scope.ServiceProvider.GetRequiredService<IUserAccounts>()))).Code;
        }

        (await RefusedAsync(accounts => accounts.DisableAsync(sole, CancellationToken.None))).ShouldBe("user.last_admin");
        (await RefusedAsync(accounts => accounts.ChangeRolesAsync(sole, [Roles.Leader], CancellationToken.None))).ShouldBe("user.last_admin");

        using var check = factory.Services.CreateScope();
        var users = check.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var stored = (await users.FindByIdAsync(sole))!;
        stored.Disabled.ShouldBeFalse();
        (await users.GetRolesAsync(stored)).ShouldBe([Roles.Admin]);
    }

    [Fact]
    public async Task Two_administrators_disabling_each_other_at_once_leave_one_of_them()
    {
        using var factory = new ApiFactory();
        var first = await factory.CreateUserAsync("first.admin", ApiFactory.TestPassword, [Roles.Admin]);
        var second = await factory.CreateUserAsync("second.admin", ApiFactory.TestPassword, [Roles.Admin]);
        HttpClient As(string token)
        {
            var client = factory.CreateClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return client;
        }

        var byFirst = As(await factory.TokenAsync("first.admin", ApiFactory.TestPassword));
        var bySecond = As(await factory.TokenAsync("second.admin", ApiFactory.TestPassword));
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
