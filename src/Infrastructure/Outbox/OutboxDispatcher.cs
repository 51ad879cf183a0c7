using System.Reflection;
using Enforcement.Application.Outbox;
using Enforcement.Domain.Common;
using Enforcement.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Enforcement.Infrastructure.Outbox;

/// <summary>
/// Delivers the outbox's due messages to their handlers, each handler in a scope of its own. A handler that throws
/// leaves the message pending with its error, to be tried again after a growing delay, and dead-lettered after
/// <see cref="OutboxOptions.MaxAttempts"/>. Of a message to be tried again, the handlers that succeeded are recorded
/// and not called again; handlers must still be idempotent, since a crash between a handler's commit and that record
/// repeats it.
/// A batch is claimed in one transaction and recorded in another, after all its messages have been delivered.
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<OutboxOptions> options, ILogger<OutboxDispatcher> logger)
{
    private static readonly MethodInfo DeliverMethod =
        typeof(OutboxDispatcher).GetMethod(nameof(DeliverAsync), BindingFlags.NonPublic | BindingFlags.Instance)!;

    /// <summary>How long a claimed message is left to its dispatcher before another may take it (after a crash).</summary>
    public static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Type, List<Type>> _handlerTypes = new();

    /// <summary>
    /// Delivers the messages due now (one batch); returns how many it attempted. One call at a time per process; across
    /// processes each message is claimed first, so no two dispatchers deliver it at once.
    /// </summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await DispatchBatchAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.OutboxMessages
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAtUtc <= now)
            .OrderBy(m => m.NextAttemptAtUtc).ThenBy(m => m.Id)
            .Take(Math.Max(1, options.Value.BatchSize))
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var ids = due.Select(m => m.Id).ToList();
        var done = (await db.OutboxDeliveries.Where(d => ids.Contains(d.MessageId)).Select(d => new { d.MessageId, d.Handler }).ToListAsync(cancellationToken))
            .ToLookup(d => d.MessageId, d => d.Handler);

        // Claim: move the batch's next attempt past the claim period, except where another dispatcher did so first. One
        // statement claims the batch in one transaction, and one save records it: two turns at the writer per batch.
        var claimedUntil = now + ClaimFor;
        List<OutboxMessage> claimed;
        await using (var claim = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var count = await db.OutboxMessages
                .Where(m => ids.Contains(m.Id) && m.Status == OutboxStatus.Pending && m.NextAttemptAtUtc <= now)
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.NextAttemptAtUtc, claimedUntil), cancellationToken);
            if (count == due.Count)
            {
                claimed = due;
            }
            else
            {
                // Another dispatcher took some between the read and the claim: keep those this claim moved.
                var mine = (await db.OutboxMessages.Where(m => ids.Contains(m.Id) && m.NextAttemptAtUtc == claimedUntil)
                    .Select(m => m.Id).ToListAsync(cancellationToken)).ToHashSet();
                claimed = due.Where(m => mine.Contains(m.Id)).ToList();
            }

            await claim.CommitAsync(cancellationToken);
        }

        var finished = 0;
        try
        {
            foreach (var message in claimed)
            {
                var delivered = done[message.Id].ToHashSet(StringComparer.Ordinal);
                var errors = new List<string>();
                var ranThrough = false;
                try
                {
                    var domainEvent = DomainEventTypes.Read(message.Type, message.Payload);
                    var deliver = (Task)DeliverMethod.MakeGenericMethod(domainEvent.GetType())
                        .Invoke(this, [domainEvent, delivered, errors, cancellationToken])!;
                    await deliver;
                    ranThrough = true;
                }
                catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
                {
                    errors.Add(Describe(exception));
                }
                finally
                {
                    // A message delivered to every handler is marked delivered and never tried again: it needs no record of
                    // each. One that will be tried again (a handler failed, or the host stopped in the middle of it) records
                    // the handlers that succeeded, so that they are not run again.
                    if (!ranThrough || errors.Count > 0)
                    {
                        foreach (var handler in delivered.Except(done[message.Id], StringComparer.Ordinal))
                        {
                            db.OutboxDeliveries.Add(new OutboxDelivery(message.Id, handler, now));
                        }
                    }
                }

                if (errors.Count == 0)
                {
                    message.Delivered(now);
                }
                else
                {
                    message.Failed(string.Join(Environment.NewLine, errors), now, Math.Max(1, options.Value.MaxAttempts),
                        TimeSpan.FromSeconds(Math.Max(1, options.Value.FirstRetrySeconds)));
                    LogFailed(message.Type, message.Id, message.Attempts, message.Status, message.LastError!);
                }

                // The tracked copy still holds the old next attempt; mark it changed so the save writes the new one.
                db.Entry(message).Property(m => m.NextAttemptAtUtc).IsModified = true;
                finished++;
            }
        }
        finally
        {
            // A host stopping in the middle of the batch gives the claim of the messages it did not finish back: the
            // tracked copies still hold their due time before the claim, and writing it makes them due again at once.
            foreach (var message in claimed.Skip(finished))
            {
                db.Entry(message).Property(m => m.NextAttemptAtUtc).IsModified = true;
            }

            // What was delivered is recorded even then. A crash before this save leaves the batch claimed, to be delivered
            // again after the claim period, the handlers that had succeeded included: that is why they must be idempotent.
            await db.SaveChangesAsync(CancellationToken.None);
        }

        return claimed.Count;
    }

    private async Task DeliverAsync<TEvent>(TEvent domainEvent, HashSet<string> delivered, List<string> errors, CancellationToken cancellationToken)
        where TEvent : IDomainEvent
    {
        // The handlers of an event type do not change while the host runs: learn them once.
        var handlerTypes = _handlerTypes.GetOrAdd(typeof(TEvent), _ =>
        {
            using var probe = scopes.CreateScope();
            return probe.ServiceProvider.GetServices<INotificationHandler<TEvent>>().Select(h => h.GetType()).Distinct().ToList();
        });

        foreach (var handlerType in handlerTypes)
        {
            var name = handlerType.FullName!;
            if (delivered.Contains(name))
            {
                continue;
            }

            // Each handler in its own scope: one that fails leaves nothing half-done in another's unit of work.
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                var handler = scope.ServiceProvider.GetServices<INotificationHandler<TEvent>>().First(h => h.GetType() == handlerType);
                await handler.Handle(domainEvent, cancellationToken);
                delivered.Add(name);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                // Whatever a handler throws, its own timeouts included, is its failure; only a stopping host is not.
                errors.Add($"{name}: {Describe(exception)}");
            }
        }
    }

    /// <summary>The exception and its causes, innermost last: a failed save's own message only says "see the inner exception".</summary>
    private static string Describe(Exception exception)
    {
        var parts = new List<string>();
        for (var e = exception; e is not null; e = e.InnerException)
        {
            parts.Add($"{e.GetType().Name}: {e.Message}");
        }

        return string.Join(" → ", parts);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {Type} {Id} failed (attempt {Attempts}, now {Status}): {Error}")]
    private partial void LogFailed(string type, Guid id, int attempts, OutboxStatus status, string error);
}
