using Enforcement.Application.Errors;
using Mediator;

namespace Enforcement.Application.Auditing;

/// <summary>
/// Names every command in the audit trail; reads are not audited here. A refusal on a record (403, <see
/// cref="ForbiddenException"/>) is written to the trail here (<see cref="RefusalAudit"/>), for the API and the web
/// application alike.
/// </summary>
public sealed class AuditBehavior<TMessage, TResponse>(IAuditTrail audit, RefusalAudit refusals)
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
            await refusals.WriteAsync($"refused: {refused.Message}", refused.Code, refused.Subject, typeof(TMessage).Name, cancellationToken);
            throw;
        }
    }
}
