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

    /// <summary>
    /// Writes a row now about an attempt to log in, under the user name tried (the request has no user yet), so that
    /// the trail filtered by that user shows its logins, failures and lockouts.
    /// </summary>
    Task WriteLoginAsync(string userName, string? userId, string action, string summary, AuditOutcome outcome, CancellationToken cancellationToken);
}
