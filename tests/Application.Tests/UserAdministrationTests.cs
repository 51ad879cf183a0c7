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

        public Task<PagedResult<UserDto>> ListAsync(int page, int pageSize, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
