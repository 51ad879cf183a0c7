using Enforcement.Application.Errors;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Enforcement.Application.Auditing;

/// <summary>
/// Names every command in the audit trail; reads are not audited here. A refusal on a record (403, <see
/// cref="ForbiddenException"/>) is written to the trail here, in its own transaction, for the API and the web
/// application alike: under the record the request's address names, else the record the refusal names, with the
/// request (or the page) it came from.
/// </summary>
public sealed partial class AuditBehavior<TMessage, TResponse>(IAuditTrail audit, IRequestOrigin origin, ILogger<AuditBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly string Action =
        (Attribute.GetCustomAttribute(typeof(TMessage), typeof(AuditActionAttribute)) as AuditActionAttribute)?.Action
        ?? typeof(TMessage).Name.Replace("Command", "", StringComparison.Ordinal);

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is IBaseCommand)
        {
            audit.CurrentAction = Action;
        }

        try
        {
            return await next(message, cancellationToken);
        }
        catch (ForbiddenException refused) when (!refused.Audited)
        {
            refused.Audited = true;
            await AuditAsync(refused, cancellationToken);
            throw;
        }
    }

    /// <summary>Writes the refusal; a failure to write is logged and never replaces the refusal's own 403.</summary>
    private async Task AuditAsync(ForbiddenException refused, CancellationToken cancellationToken)
    {
        var from = origin.Current;
        var subject = from?.Record ?? refused.Subject ?? new AuditSubject("Endpoint", from?.Address ?? typeof(TMessage).Name);
        try
        {
            await audit.WriteNowAsync("Forbidden", subject.EntityType, subject.EntityId, $"{from?.Request ?? typeof(TMessage).Name} refused: {refused.Message}",
                AuditOutcome.Refused, cancellationToken);
        }
        catch (Exception exception)
        {
            LogNotAudited(exception, refused.Code, subject.EntityType, subject.EntityId);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A refusal ({Code}) on {EntityType} {EntityId} could not be written to the audit trail")]
    private partial void LogNotAudited(Exception exception, string code, string entityType, string entityId);
}
