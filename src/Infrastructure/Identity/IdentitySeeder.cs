using Enforcement.Application.Security;
using Enforcement.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Infrastructure.Identity;

/// <summary>The roles every database needs, the demo users of the Development profile, and the first admin.</summary>
public sealed class IdentitySeeder(UserManager<AppUser> users, RoleManager<IdentityRole> roles, EnforcementDbContext db)
{
    /// <summary>Demo logins, one per role, documented in the README. Only seeded when demo data is switched on.</summary>
    public static readonly IReadOnlyList<(string UserName, string Password, string Role, string? StaffName)> DemoUsers =
    [
        ("officer", "officer-demo-2026", Roles.Officer, "陈志刚"),
        ("coordinator", "coordinator-demo-2026", Roles.Coordinator, "周敏"),
        ("reception", "reception-demo-2026", Roles.Reception, "孙桂芳"),
        ("leader", "leader-demo-2026", Roles.Leader, "黄德明"),
        ("admin", "admin-demo-2026", Roles.Admin, null),
    ];

    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }
        }
    }

    public async Task<int> SeedDemoUsersAsync(CancellationToken cancellationToken)
    {
        var created = 0;
        foreach (var (userName, password, role, staffName) in DemoUsers)
        {
            if (await users.FindByNameAsync(userName) is not null)
            {
                continue;
            }

            var staffId = staffName is null
                ? null
                : await db.Staff.Where(s => s.Name == staffName).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(cancellationToken);
            var user = new AppUser { UserName = userName, StaffId = staffId, LockoutEnabled = true };
            Check(await users.CreateAsync(user, password));
            Check(await users.AddToRoleAsync(user, role));
            created++;
        }

        return created;
    }

    /// <summary>Creates an administrator (the <c>create-admin</c> command); refuses an existing name.</summary>
    public async Task CreateAdminAsync(string userName, string password)
    {
        await EnsureRolesAsync();
        if (await users.FindByNameAsync(userName) is not null)
        {
            throw new InvalidOperationException($"A user named '{userName}' already exists.");
        }

        var user = new AppUser { UserName = userName, LockoutEnabled = true };
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, Roles.Admin));
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
