namespace Enforcement.Application.Auditing;

/// <summary>Writes the audit trail for the current request's user.</summary>
public interface IAuditTrail
{
    /// <summary>The action being performed (the command's name); set by the audit behavior.</summary>
    string? CurrentAction { get; set; }

    /// <summary>Adds a row to the next save, so that it commits or rolls back with the change.</summary>
    void Stage(string entityType, string? entityId, string summary);

    /// <summary>Writes a row now, in its own transaction: refusals and reads of personal data.</summary>
    Task WriteNowAsync(string action, string entityType, string? entityId, string summary, AuditOutcome outcome, CancellationToken cancellationToken);
}
