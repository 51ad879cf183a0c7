using Enforcement.Application.Abstractions;

namespace Enforcement.Application.Security;

/// <summary>Who may change a case, and who sees its personal data unmasked.</summary>
public static class CaseAccess
{
    /// <summary>A coordinator works every case; an officer works the cases assigned to them and unassigned ones.</summary>
    public static bool CanWork(this ICurrentActor actor, Guid? handlerId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsInRole(Roles.Coordinator)
               || (actor.IsInRole(Roles.Officer) && (handlerId is null || handlerId == actor.StaffId));
    }

    /// <summary>Whether the actor's roles meet <paramref name="policy"/> (<see cref="Policies.RolesByPolicy"/>), as the endpoint's check does.</summary>
    public static bool Satisfies(this ICurrentActor actor, string policy)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var roles = Policies.RolesByPolicy[policy];
        return roles.Length == 0 ? actor.UserId is not null : roles.Any(actor.IsInRole); // no roles: any signed-in user
    }

    /// <summary>Officers and coordinators on a case they may work, and leaders on any case, see ID and phone numbers.</summary>
    public static bool SeesPersonalData(this ICurrentActor actor, Guid? handlerId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsInRole(Roles.Leader) || actor.CanWork(handlerId);
    }
}

/// <summary>Masks personal data: <c>4306**********1234</c> for ID numbers, <c>138****5678</c> for phones, <c>湖南省汨罗市****</c> for addresses.</summary>
public static class Masking
{
    /// <summary>The party with its ID and phone numbers masked.</summary>
    public static Cases.PartyDto Masked(this Cases.PartyDto party)
    {
        ArgumentNullException.ThrowIfNull(party);
        return party with { IdNumber = IdNumber(party.IdNumber), Phone = Phone(party.Phone) };
    }

    public static bool HasPersonalData(this IEnumerable<Cases.PartyDto> parties) =>
        parties.Any(p => p.IdNumber is not null || p.Phone is not null);

    public static string? IdNumber(string? idNumber) => Mask(idNumber, keepStart: 4, keepEnd: 4);

    public static string? Phone(string? phone) => Mask(phone, keepStart: 3, keepEnd: 4);

    /// <summary>An address down to its first six characters (province and city): 湖南省汨罗市****.</summary>
    public static string? Address(string? address) =>
        string.IsNullOrEmpty(address) ? address : string.Concat(address.AsSpan(0, Math.Min(6, address.Length / 2)), "****");

    private static string? Mask(string? value, int keepStart, int keepEnd)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value;
        }

        if (value.Length <= keepStart + keepEnd)
        {
            return new string('*', value.Length);
        }

        return string.Concat(value.AsSpan(0, keepStart), new string('*', value.Length - keepStart - keepEnd), value.AsSpan(value.Length - keepEnd));
    }
}
