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
    public const int MaxIdLength = 64;
    public const int MaxNameLength = 100;
    public const int MaxActionLength = 64;

    private AuditEntry()
    {
    }

    public AuditEntry(DateTime atUtc, string? userId, string userName, string roles, string action, string entityType, string? entityId, string summary, AuditOutcome outcome)
    {
        AtUtc = atUtc;
        UserId = Clip(userId, MaxIdLength);
        UserName = Clip(userName, MaxNameLength);
        Roles = Clip(roles, MaxNameLength);
        Action = Clip(action, MaxActionLength);
        EntityType = Clip(entityType, MaxActionLength);
        EntityId = Clip(entityId, MaxIdLength);
        Summary = Clip(summary, MaxSummaryLength);
        Outcome = outcome;
    }

    /// <summary>
    /// A row is always storable, whatever a refused request carried (a 200-character id in a URL, a NUL): each text
    /// is cut to its column and a NUL, which PostgreSQL refuses in text, becomes U+FFFD.
    /// </summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    private static string? Clip(string? text, int length)
    {
        if (text is null)
        {
            return null;
        }

        var clipped = text.Length > length ? text[..length] : text;
        return clipped.Contains('\0', StringComparison.Ordinal) ? clipped.Replace('\0', '\uFFFD') : clipped;
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
