namespace Enforcement.Application.Abstractions;

/// <summary>The logged-in user making the current request, as recorded on measures, assignments, the timeline and the audit trail.</summary>
public interface ICurrentActor
{
    /// <summary>The name recorded on the change: the linked staff member's name, else the user name.</summary>
    string Name { get; }

    string? UserId { get; }

    string? UserName { get; }

    /// <summary>The staff record the user is linked to, if any.</summary>
    Guid? StaffId { get; }

    IReadOnlyList<string> Roles { get; }

    bool IsInRole(string role);
}
