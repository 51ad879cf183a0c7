using System.Globalization;
using System.Security.Claims;
using Enforcement.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Enforcement.Infrastructure.Identity;

/// <summary>Puts the linked staff record's id and name into the user's token: they are who records each change.</summary>
public sealed class StaffClaimsPrincipalFactory(
    UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, EnforcementDbContext db)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        if (user.StaffId is { } staffId)
        {
            var name = await db.Staff.Where(s => s.Id == staffId).Select(s => s.Name).FirstOrDefaultAsync();
            identity.AddClaim(new Claim(EnforcementClaims.StaffId, staffId.ToString("D", CultureInfo.InvariantCulture)));
            if (name is not null)
            {
                identity.AddClaim(new Claim(EnforcementClaims.StaffName, name));
            }
        }

        return identity;
    }
}
