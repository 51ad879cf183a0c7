using Mediator;

namespace Enforcement.Application.Auditing;

/// <summary>Names every command in the audit trail; reads are not audited here.</summary>
public sealed class AuditBehavior<TMessage, TResponse>(IAuditTrail audit) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is IBaseCommand)
        {
            audit.CurrentAction = typeof(TMessage).Name.Replace("Command", "", StringComparison.Ordinal);
        }

        return next(message, cancellationToken);
    }
}
