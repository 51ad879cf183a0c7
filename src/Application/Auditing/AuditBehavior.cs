using Mediator;

namespace Enforcement.Application.Auditing;

/// <summary>Names every command in the audit trail; reads are not audited here.</summary>
public sealed class AuditBehavior<TMessage, TResponse>(IAuditTrail audit) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly string Action =
        (Attribute.GetCustomAttribute(typeof(TMessage), typeof(AuditActionAttribute)) as AuditActionAttribute)?.Action
        ?? typeof(TMessage).Name.Replace("Command", "", StringComparison.Ordinal);

    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is IBaseCommand)
        {
            audit.CurrentAction = Action;
        }

        return next(message, cancellationToken);
    }
}
