using Enforcement.Application.Abstractions;
using Enforcement.Application.Common.Workflows;
using Enforcement.Application.Errors;
using Mediator;

namespace Enforcement.Application.Behaviors;

/// <summary>
/// A change sent without a version (no <c>If-Match</c>) means "apply to the latest". When another request saves the
/// same aggregate between this one's read and its save, the change is read again and re-applied, a few times with a
/// short random pause, before the conflict is answered (409). The domain checks every rule again on each attempt.
/// A change that names its version is never retried: the client asked for exactly that version, which a race has
/// made stale (412, like any stale <c>If-Match</c>). Within one process, changes to one aggregate take turns
/// (<see cref="AggregateGates"/>), so races come only from other instances.
/// </summary>
public sealed class ConcurrencyRetryBehavior<TMessage, TResponse>(IUnitOfWork unitOfWork, AggregateGates gates) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public const int MaxAttempts = 8;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not AggregateCommand command)
        {
            return await next(message, cancellationToken);
        }

        using var turn = await gates.EnterAsync(command.AggregateId, cancellationToken);
        return await HandleInTurn(message, next, cancellationToken);
    }

    private async ValueTask<TResponse> HandleInTurn(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is AggregateCommand { ExpectedVersion: { } expected })
        {
            try
            {
                return await next(message, cancellationToken);
            }
            catch (ConcurrencyConflictException)
            {
                // Another change won the race after the version check: the version the client named is stale now.
                throw new PreconditionFailedException("concurrency.stale_version",
                    $"Another change was saved first: version {expected} is no longer the latest. Reload and apply the change again.");
            }
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await next(message, cancellationToken);
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                unitOfWork.DiscardChanges();
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10 * attempt)), cancellationToken);
            }
        }
    }
}
