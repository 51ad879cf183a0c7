using Enforcement.Application.Common;

namespace Enforcement.Application.Users;

/// <summary>User accounts, kept by ASP.NET Core Identity. Every change is audited in its own transaction.</summary>
public interface IUserAccounts
{
    Task<UserDto> CreateAsync(string userName, string password, IReadOnlyList<string> roles, Guid? staffId, CancellationToken cancellationToken);

    Task<UserDto> ChangeRolesAsync(string userId, IReadOnlyList<string> roles, CancellationToken cancellationToken);

    /// <summary>The roles stored for the account now (a login's claims may be up to a revalidation behind).</summary>
    Task<IReadOnlyList<string>> RolesOfAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Disables the account: it can no longer log in, and its tokens stop working at once.</summary>
    Task<UserDto> DisableAsync(string userId, CancellationToken cancellationToken);

    Task<UserDto> ResetPasswordAsync(string userId, string newPassword, CancellationToken cancellationToken);

    /// <summary>Those of <paramref name="staffIds"/> whose login is a Coordinator's, and so works every case.</summary>
    Task<IReadOnlyCollection<Guid>> CoordinatorsAmongAsync(IReadOnlyCollection<Guid> staffIds, CancellationToken cancellationToken);

    /// <summary>Whether <paramref name="userId"/> is the only Admin that is not disabled.</summary>
    Task<bool> IsLastActiveAdminAsync(string userId, CancellationToken cancellationToken);

    /// <summary>
    /// Disables the logins linked to a staff record, as part of the change being saved (the staff record's
    /// deactivation): both commit together, and the logins' tokens stop working at once.
    /// </summary>
    Task StageDisableForStaffAsync(Guid staffId, CancellationToken cancellationToken);

    /// <summary>
    /// Runs <paramref name="change"/>, which may disable an administrator's login (a staff record's deactivation), as the
    /// account changes that can take an Admin away run: one at a time, in one transaction that commits only if an active
    /// Admin remains (422 <c>user.last_admin</c>).
    /// </summary>
    Task<T> KeepingAnAdminAsync<T>(Func<Task<T>> change, CancellationToken cancellationToken);

    Task<PagedResult<UserDto>> ListAsync(int page, int pageSize, CancellationToken cancellationToken);
}
