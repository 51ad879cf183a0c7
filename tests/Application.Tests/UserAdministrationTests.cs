using Enforcement.Application.Common;
using Enforcement.Application.Security;
using Enforcement.Application.Users;
using Enforcement.Domain.Common;

namespace Enforcement.Application.Tests;

/// <summary>Someone must always be able to administer: the last active Admin cannot be disabled or lose the role.</summary>
public sealed class UserAdministrationTests
{
    private readonly FixedActor _admin = new("管理员", Roles.Admin);

    [Fact]
    public async Task The_last_active_admin_cannot_be_disabled()
    {
        var accounts = new Accounts { LastAdmin = "u-2" };
        var refused = await Should.ThrowAsync<DomainException>(new DisableUserHandler(accounts, _admin).Handle(new DisableUserCommand("u-2"), default).AsTask());
        refused.Code.ShouldBe("user.last_admin");
        accounts.Disabled.ShouldBeEmpty();

        await new DisableUserHandler(accounts, _admin).Handle(new DisableUserCommand("u-3"), default);
        accounts.Disabled.ShouldBe(["u-3"]);
    }

    [Fact]
    public async Task The_last_active_admin_cannot_lose_the_role_but_may_keep_it_with_others()
    {
        var accounts = new Accounts { LastAdmin = "u-2" };
        var refused = await Should.ThrowAsync<DomainException>(
            new ChangeRolesHandler(accounts, _admin).Handle(new ChangeRolesCommand([Roles.Leader]) { UserId = "u-2" }, default).AsTask());
        refused.Code.ShouldBe("user.last_admin");

        await new ChangeRolesHandler(accounts, _admin).Handle(new ChangeRolesCommand([Roles.Admin, Roles.Leader]) { UserId = "u-2" }, default);
        accounts.RolesChanged.ShouldBe(["u-2"]);
    }

    [Fact]
    public async Task An_admin_cannot_give_themselves_a_role_the_account_does_not_hold_though_the_login_still_claims_it()
    {
        // Another administrator took Officer away a moment ago; this login's claims still carry it.
        var admin = new FixedActor("管理员", Roles.Admin, Roles.Officer);
        var accounts = new Accounts { Stored = { [admin.UserId!] = [Roles.Admin] } };
        var refused = await Should.ThrowAsync<DomainException>(
            new ChangeRolesHandler(accounts, admin).Handle(new ChangeRolesCommand([Roles.Admin, Roles.Officer]) { UserId = admin.UserId! }, default).AsTask());
        refused.Code.ShouldBe("user.cannot_grant_self");
        accounts.RolesChanged.ShouldBeEmpty();

        // Keeping what the account holds, or granting another account, is allowed.
        await new ChangeRolesHandler(accounts, admin).Handle(new ChangeRolesCommand([Roles.Admin]) { UserId = admin.UserId! }, default);
        await new ChangeRolesHandler(accounts, admin).Handle(new ChangeRolesCommand([Roles.Officer]) { UserId = "u-5" }, default);
        accounts.RolesChanged.ShouldBe([admin.UserId!, "u-5"]);
    }

    [Fact]
    public async Task An_admin_cannot_disable_their_own_account()
    {
        var refused = await Should.ThrowAsync<DomainException>(
            new DisableUserHandler(new Accounts(), _admin).Handle(new DisableUserCommand(_admin.UserId!), default).AsTask());
        refused.Code.ShouldBe("user.cannot_disable_self");
    }

    private sealed class Accounts : IUserAccounts
    {
        public string? LastAdmin { get; init; }

        public List<string> Disabled { get; } = [];

        public List<string> RolesChanged { get; } = [];

        public Task<bool> IsLastActiveAdminAsync(string userId, CancellationToken cancellationToken) => Task.FromResult(userId == LastAdmin);

        public Task<IReadOnlyCollection<Guid>> CoordinatorsAmongAsync(IReadOnlyCollection<Guid> staffIds, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyCollection<Guid>>([]);

        public Dictionary<string, string[]> Stored { get; init; } = [];

        public Task<IReadOnlyList<string>> RolesOfAsync(string userId, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<string>>(Stored.GetValueOrDefault(userId, [Roles.Admin]));

        public Task<UserDto> DisableAsync(string userId, CancellationToken cancellationToken)
        {
            Disabled.Add(userId);
            return Task.FromResult(new UserDto(userId, userId, [], null, true));
        }

        public Task<UserDto> ChangeRolesAsync(string userId, IReadOnlyList<string> roles, CancellationToken cancellationToken)
        {
            RolesChanged.Add(userId);
            return Task.FromResult(new UserDto(userId, userId, roles, null, false));
        }

        public Task<UserDto> CreateAsync(string userName, string password, IReadOnlyList<string> roles, Guid? staffId, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<UserDto> ResetPasswordAsync(string userId, string newPassword, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task StageDisableForStaffAsync(Guid staffId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<T> KeepingAnAdminAsync<T>(Func<Task<T>> change, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<PagedResult<UserDto>> ListAsync(int page, int pageSize, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
