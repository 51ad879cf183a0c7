namespace Enforcement.Application.Auditing;

public enum AuditOutcome
{
    Succeeded,
    Refused,
}

/// <summary>One append-only row of the audit trail: who did what to which record, when, and whether it was allowed.</summary>
public sealed class AuditEntry
{
    public const int MaxSummaryLength = 1000;

    private AuditEntry()
    {
    }

    public AuditEntry(DateTime atUtc, string? userId, string userName, string roles, string action, string entityType, string? entityId, string summary, AuditOutcome outcome)
    {
        AtUtc = atUtc;
        UserId = userId;
        UserName = userName;
        Roles = roles;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        Summary = summary.Length > MaxSummaryLength ? summary[..MaxSummaryLength] : summary;
        Outcome = outcome;
    }

    public long Id { get; private init; }

    public DateTime AtUtc { get; private init; }

    public string? UserId { get; private init; }

    public string UserName { get; private init; } = "";

    public string Roles { get; private init; } = "";

    public string Action { get; private init; } = "";

    public string EntityType { get; private init; } = "";

    public string? EntityId { get; private init; }

    public string Summary { get; private init; } = "";

    public AuditOutcome Outcome { get; private init; }
}
