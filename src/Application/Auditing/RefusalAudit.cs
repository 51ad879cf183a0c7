using Microsoft.Extensions.Logging;

namespace Enforcement.Application.Auditing;

/// <summary>
/// Writes a refused request (403) to the audit trail, in its own transaction, whoever refused it (a policy at the
/// endpoint, or a handler on a record). The row is filed under the record the request's address names, else the
/// record the refusal names, else the address, and describes the request (or the page) it came from. A refusal the
/// trail cannot take is logged and never replaces the refusal's own 403.
/// </summary>
public sealed partial class RefusalAudit(IAuditTrail audit, IRequestOrigin origin, ILogger<RefusalAudit> logger)
{
    /// <param name="why">What follows the request in the row: <c>refused: …</c>.</param>
    /// <param name="code">The refusal's code, for the log when the row cannot be written.</param>
    /// <param name="named">The record the refusal itself names, if any.</param>
    /// <param name="request">How to describe the request when no request is being served (a message sent directly).</param>
    /// <param name="cancellationToken">The request's.</param>
    public async Task WriteAsync(string why, string code, AuditSubject? named, string request, CancellationToken cancellationToken)
    {
        var from = origin.Current;
        var subject = from?.Record ?? named ?? new AuditSubject("Endpoint", from?.Address ?? request);
        try
        {
            await audit.WriteNowAsync("Forbidden", subject.EntityType, subject.EntityId, $"{from?.Request ?? request} {why}", AuditOutcome.Refused, cancellationToken);
        }
        catch (Exception exception)
        {
            LogNotAudited(exception, code, subject.EntityType, subject.EntityId);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A refusal ({Code}) on {EntityType} {EntityId} could not be written to the audit trail")]
    private partial void LogNotAudited(Exception exception, string code, string entityType, string entityId);
}
