using Enforcement.Application.Abstractions;
using Enforcement.Application.Auditing;
using Enforcement.Domain.Common;
using Enforcement.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Infrastructure.Auditing;

/// <summary>
/// The audit trail of one request. Rows for changed aggregates, and rows staged by the application, are added
/// by <see cref="EnforcementDbContext"/> to the save that commits the change, so they roll back with it. Rows that
/// stand alone (reads, logins, refusals) go through the <see cref="AuditQueue"/>.
/// </summary>
public sealed class AuditWriter(ICurrentActor actor, TimeProvider time, IServiceScopeFactory scopes, AuditQueue? queue = null) : IAuditTrail
{
    private readonly List<(string EntityType, string? EntityId, string Summary)> _staged = [];

    public string? CurrentAction { get; set; }

    public void Stage(string entityType, string? entityId, string summary) => _staged.Add((entityType, entityId, summary));

    public Task WriteNowAsync(string action, string entityType, string? entityId, string summary, AuditOutcome outcome, CancellationToken cancellationToken) =>
        WriteAsync(Entry(action, entityType, entityId, summary, outcome), cancellationToken);

    public Task WriteLoginAsync(string userName, string? userId, string action, string summary, AuditOutcome outcome, CancellationToken cancellationToken) =>
        WriteAsync(new AuditEntry(time.GetUtcNow().UtcDateTime, userId, userName, "", action, "User", userId, summary, outcome), cancellationToken);

    /// <summary>Through the <see cref="AuditQueue"/>, so that the request does not wait for a write; directly once the queue has stopped.</summary>
    private async Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        if (queue is not null && await queue.TryEnqueueAsync(entry, cancellationToken))
        {
            return;
        }

        // A scope of its own: the request's unit of work may hold changes that must not be committed with this row.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The rows for this save: what was staged, and one per changed aggregate. Clears the staged rows.</summary>
    internal IEnumerable<AuditEntry> TakeEntries(IReadOnlyList<AggregateRoot> changed)
    {
        var entries = _staged.Select(s => Entry(CurrentAction ?? "Change", s.EntityType, s.EntityId, s.Summary, AuditOutcome.Succeeded))
            .Concat(changed.Where(a => a.Changes.Count > 0).Select(a => Entry(
                CurrentAction ?? "Change", a.GetType().Name, a.Id.ToString(), string.Join("; ", a.Changes), AuditOutcome.Succeeded)))
            .ToList();
        _staged.Clear();
        return entries;
    }

    private AuditEntry Entry(string action, string entityType, string? entityId, string summary, AuditOutcome outcome) =>
        new(time.GetUtcNow().UtcDateTime, actor.UserId, actor.UserName ?? actor.Name, string.Join(",", actor.Roles),
            action, entityType, entityId, summary, outcome);
}
