using Enforcement.Application.Auditing;
using Enforcement.Application.Common;
using Enforcement.Application.Errors;
using Enforcement.Application.Users;
using Enforcement.Domain.Common;
using Enforcement.Infrastructure.Persistence;
using Enforcement.Infrastructure.Persistence.Providers;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Infrastructure.Identity;

/// <summary>User administration on ASP.NET Core Identity. Each change and its audit row commit in one transaction.</summary>
public sealed class UserAccounts(UserManager<AppUser> users, EnforcementDbContext db, IAuditTrail audit, IDatabaseProvider provider) : IUserAccounts
{
    private const string EntityType = "User";

    public async Task<UserDto> CreateAsync(string userName, string password, IReadOnlyList<string> roles, Guid? staffId, CancellationToken cancellationToken)
    {
        if (staffId is { } id)
        {
            var active = await db.Staff.Where(s => s.Id == id).Select(s => (bool?)s.Active).FirstOrDefaultAsync(cancellationToken)
                ?? throw new DomainException("staff.not_found", $"No staff member has id {id}.");
            if (!active)
            {
                // Deactivating a member ends their logins; a new one would bring them back.
                throw new DomainException("staff.inactive", "That staff member is deactivated: reactivate them before giving them a login.");
            }
        }

        if (staffId is not null && await db.Users.AnyAsync(u => u.StaffId == staffId, cancellationToken))
        {
            throw new ConflictException("user.staff_already_linked", "That staff member already has a login.");
        }

        var user = new AppUser { UserName = userName, StaffId = staffId, LockoutEnabled = true };
        try
        {
            return await InTransactionAsync(user, $"Created user {userName} with roles {string.Join(", ", roles)}", async () =>
            {
                Check(await users.CreateAsync(user, password));
                Check(await users.AddToRolesAsync(user, roles));
            }, cancellationToken);
        }
        catch (DbUpdateException exception) when (provider.IsUniqueViolation(exception))
        {
            // Two requests passed the checks above at once; the unique indexes let one through.
            throw staffId is not null && await db.Users.AsNoTracking().AnyAsync(u => u.StaffId == staffId && u.Id != user.Id, cancellationToken)
                ? new ConflictException("user.staff_already_linked", "That staff member already has a login.")
                : new ConflictException("user.duplicate_name", "That user name is taken.");
        }
    }

    public async Task<UserDto> ChangeRolesAsync(string userId, IReadOnlyList<string> roles, CancellationToken cancellationToken)
    {
        var user = await FindAsync(userId);
        var current = await users.GetRolesAsync(user);
        if (current.ToHashSet(StringComparer.Ordinal).SetEquals(roles))
        {
            // Nothing changes: no audit row, and the account's logins go on.
            return new UserDto(user.Id, user.UserName!, [.. current], user.StaffId, user.Disabled);
        }

        return await InTransactionAsync(user, $"Roles of {user.UserName} changed from {string.Join(", ", current)} to {string.Join(", ", roles)}", async () =>
        {
            Check(await users.RemoveFromRolesAsync(user, current.Except(roles)));
            Check(await users.AddToRolesAsync(user, roles.Except(current)));
            Check(await users.UpdateSecurityStampAsync(user)); // tokens carrying the old roles stop working
        }, cancellationToken, keepAnAdmin: !roles.Contains(Application.Security.Roles.Admin));
    }

    public async Task<IReadOnlyList<string>> RolesOfAsync(string userId, CancellationToken cancellationToken) =>
        [.. await users.GetRolesAsync(await FindAsync(userId))];

    public async Task<UserDto> DisableAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await FindAsync(userId);
        return await InTransactionAsync(user, $"Disabled user {user.UserName}", async () =>
        {
            MarkDisabled(user);
            Check(await users.UpdateAsync(user));
        }, cancellationToken, keepAnAdmin: true);
    }

    public async Task<bool> IsLastActiveAdminAsync(string userId, CancellationToken cancellationToken)
    {
        var admins = await ActiveAdminIds().Take(2).ToListAsync(cancellationToken);
        return admins is [var only] && only == userId;
    }

    private IQueryable<string> ActiveAdminIds() => db.UserRoles
        .Join(db.Roles.Where(r => r.Name == Application.Security.Roles.Admin), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId)
        .Join(db.Users.Where(u => !u.Disabled), id => id, u => u.Id, (id, _) => id);

    public async Task<IReadOnlyCollection<Guid>> CoordinatorsAmongAsync(IReadOnlyCollection<Guid> staffIds, CancellationToken cancellationToken) =>
        await db.UserRoles
            .Join(db.Roles.Where(r => r.Name == Application.Security.Roles.Coordinator), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId)
            .Join(db.Users.Where(u => !u.Disabled && u.StaffId != null && staffIds.Contains(u.StaffId.Value)), id => id, u => u.Id, (_, u) => u.StaffId!.Value)
            .Distinct()
            .ToListAsync(cancellationToken);

    public async Task StageDisableForStaffAsync(Guid staffId, CancellationToken cancellationToken)
    {
        foreach (var user in await db.Users.Where(u => u.StaffId == staffId && !u.Disabled).ToListAsync(cancellationToken))
        {
            MarkDisabled(user);
            audit.Stage(EntityType, user.Id, $"Disabled user {user.UserName}: their staff record was deactivated");
        }
    }

    /// <summary>A disabled account cannot log in, and a new security stamp ends the tokens it holds.</summary>
    private static void MarkDisabled(AppUser user)
    {
        user.Disabled = true;
        user.LockoutEnabled = true;
        user.LockoutEnd = DateTimeOffset.MaxValue;
        user.SecurityStamp = Guid.NewGuid().ToString("N");
    }

    public async Task<UserDto> ResetPasswordAsync(string userId, string newPassword, CancellationToken cancellationToken)
    {
        var user = await FindAsync(userId);
        return await InTransactionAsync(user, $"Password of {user.UserName} reset", async () =>
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            Check(await users.ResetPasswordAsync(user, token, newPassword), passwordField: "NewPassword");
        }, cancellationToken);
    }

    public async Task<PagedResult<UserDto>> ListAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        var total = await db.Users.CountAsync(cancellationToken);
        var rows = await db.Users.AsNoTracking()
            .OrderBy(u => u.UserName).ThenBy(u => u.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(u => new
            {
                u.Id,
                u.UserName,
                u.StaffId,
                u.Disabled,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
            })
            .ToListAsync(cancellationToken);
        return new PagedResult<UserDto>(rows.Select(r => new UserDto(r.Id, r.UserName!, r.Roles, r.StaffId, r.Disabled)).ToList(), total, page, pageSize);
    }

    private async Task<AppUser> FindAsync(string userId) =>
        await users.FindByIdAsync(userId) ?? throw new NotFoundException("user.not_found", $"No user has id {userId}.");

    /// <summary>Runs <paramref name="change"/> and its audit row in one transaction (see <see cref="InOneTransactionAsync{T}"/>).</summary>
    private Task<UserDto> InTransactionAsync(AppUser user, string summary, Func<Task> change, CancellationToken cancellationToken, bool keepAnAdmin = false) =>
        InOneTransactionAsync(async () =>
        {
            audit.Stage(EntityType, user.Id, summary);
            await change();
            return new UserDto(user.Id, user.UserName!, [.. await users.GetRolesAsync(user)], user.StaffId, user.Disabled);
        }, keepAnAdmin, cancellationToken);

    public Task<T> KeepingAnAdminAsync<T>(Func<Task<T>> change, CancellationToken cancellationToken) =>
        InOneTransactionAsync(change, keepAnAdmin: true, cancellationToken);

    /// <summary>
    /// Runs <paramref name="change"/> in one transaction. A change that may take an administrator away
    /// (<paramref name="keepAnAdmin"/>) runs one at a time across instances (a lock its transaction holds to its end; on
    /// SQLite, the transaction is the writer's turn) and commits only if an active Admin remains: two administrators
    /// disabling, demoting or deactivating each other at once would otherwise each see the other still there, and leave
    /// the court with none.
    /// </summary>
    private async Task<T> InOneTransactionAsync<T>(Func<Task<T>> change, bool keepAnAdmin, CancellationToken cancellationToken)
    {
        await using var transaction = db.Database.IsRelational() ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        if (keepAnAdmin && transaction is not null)
        {
            await provider.LockForTransactionAsync(db, "user-administration", cancellationToken);
        }
        var result = await change();
        if (keepAnAdmin && !await ActiveAdminIds().AnyAsync(cancellationToken))
        {
            throw new DomainException("user.last_admin", "No active administrator would remain; appoint another before this change.");
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return result;
    }

    /// <summary>Identity's refusals as the API's errors: a taken name is a conflict, a weak password a field error.</summary>
    private static void Check(IdentityResult result, string passwordField = "Password")
    {
        if (result.Succeeded)
        {
            return;
        }

        if (result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateUserName)))
        {
            throw new ConflictException("user.duplicate_name", "That user name is taken.");
        }

        throw new ValidationException(result.Errors.Select(e =>
            new ValidationFailure(e.Code.StartsWith("Password", StringComparison.Ordinal) ? passwordField : "UserName", e.Description)));
    }
}
