using Enforcement.Application.Errors;
using Mediator;

namespace Enforcement.Application.Auditing;

/// <summary>
/// Names every command in the audit trail; reads are not audited here. A refusal on a record (403, <see
/// cref="ForbiddenException"/>) is written to the trail here, in its own transaction, for the API and the web
/// application alike: under the record the request's address names, else the record the refusal names, with the
/// request (or the page) it came from.
/// </summary>
public sealed class AuditBehavior<TMessage, TResponse>(IAuditTrail audit, IRequestOrigin origin) : IPipelineBehavior<TMessage, TResponse>
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
            var from = origin.Current;
            var subject = from?.Record ?? refused.Subject ?? new AuditSubject("Endpoint", from?.Request ?? typeof(TMessage).Name);
            await audit.WriteNowAsync("Forbidden", subject.EntityType, subject.EntityId, $"{from?.Request ?? typeof(TMessage).Name} refused: {refused.Message}",
                AuditOutcome.Refused, CancellationToken.None);
            throw;
        }
    }
}
