using Enforcement.Application.Auditing;
using Enforcement.Application.Common;
using Enforcement.Application.Outbox;
using Enforcement.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Infrastructure.Outbox;

public sealed class OutboxAdmin(EnforcementDbContext db, TimeProvider time, OutboxSignal signal, IAuditTrail audit) : IOutboxAdmin
{
    public async Task<PagedResult<OutboxMessageDto>> ListAsync(OutboxStatus? status, int page, int pageSize, CancellationToken cancellationToken)
    {
        var rows = db.OutboxMessages.AsNoTracking();
        if (status is { } wanted)
        {
            rows = rows.Where(m => m.Status == wanted);
        }

        var total = await rows.CountAsync(cancellationToken);
        var items = total == 0
            ? []
            : await rows.OrderByDescending(m => m.OccurredAtUtc).ThenByDescending(m => m.Id).Skip((page - 1) * pageSize).Take(pageSize)
                .Select(m => new OutboxMessageDto(m.Id, m.Type, m.Payload, m.Status, m.OccurredAtUtc, m.Attempts, m.NextAttemptAtUtc, m.ProcessedAtUtc, m.LastError))
                .ToListAsync(cancellationToken);
        return new PagedResult<OutboxMessageDto>(items, total, page, pageSize);
    }

    public async Task<OutboxMessageDto?> RetryAsync(Guid id, CancellationToken cancellationToken)
    {
        var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == id && m.Status == OutboxStatus.DeadLettered, cancellationToken);
        if (message is null)
        {
            return null;
        }

        message.Requeue(time.GetUtcNow().UtcDateTime);
        audit.Stage(nameof(OutboxMessage), message.Id.ToString(), $"Dead-lettered {message.Type} queued again after: {message.LastError}");
        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
        return new OutboxMessageDto(message.Id, message.Type, message.Payload, message.Status, message.OccurredAtUtc, message.Attempts,
            message.NextAttemptAtUtc, message.ProcessedAtUtc, message.LastError);
    }
}
