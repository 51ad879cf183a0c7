namespace Enforcement.Application.Security;

/// <summary>The roles of the system (docs/domain.md, "Roles"; the README's role matrix).</summary>
public static class Roles
{
    /// <summary>Works cases, preservation and obligations; changes only cases assigned to them, or unassigned ones.</summary>
    public const string Officer = "Officer";

    /// <summary>As Officer, on every case, plus linked units and escalations.</summary>
    public const string Coordinator = "Coordinator";

    /// <summary>Petitions; reads case summaries.</summary>
    public const string Reception = "Reception";

    /// <summary>Reads everything; key cases, supervision, approvals.</summary>
    public const string Leader = "Leader";

    /// <summary>Users and reference data.</summary>
    public const string Admin = "Admin";

    public static IReadOnlyList<string> All { get; } = [Officer, Coordinator, Reception, Leader, Admin];
}
