using Microsoft.AspNetCore.Identity;

namespace Enforcement.Infrastructure.Identity;

/// <summary>A login, linked to the staff record of the person who uses it.</summary>
public sealed class AppUser : IdentityUser
{
    public Guid? StaffId { get; set; }

    /// <summary>A disabled user cannot log in, and the tokens issued to it stop working.</summary>
    public bool Disabled { get; set; }
}

/// <summary>Claims the API adds to a user's token, beyond Identity's own.</summary>
public static class EnforcementClaims
{
    public const string StaffId = "staff_id";
    public const string StaffName = "staff_name";
}
