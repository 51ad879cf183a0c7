using Enforcement.Application.Abstractions;
using Enforcement.Application.Auditing;
using Enforcement.Application.Common;
using Enforcement.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Infrastructure.Auditing;

/// <summary>Reads the audit trail, newest first, through the indexes on entity, user and time, once the queued rows are written.</summary>
public sealed class AuditLog(EnforcementDbContext db, ICourtClock clock, AuditQueue queue) : IAuditLog
{
    public async Task<PagedResult<AuditEntryDto>> SearchAsync(SearchAuditQuery query, int page, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await queue.FlushAsync(cancellationToken); // the rows of reads a moment ago are in the trail
        var rows = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.EntityType))
        {
            rows = rows.Where(e => e.EntityType == query.EntityType);
        }

        if (!string.IsNullOrWhiteSpace(query.EntityId))
        {
            rows = rows.Where(e => e.EntityId == query.EntityId);
        }

        if (!string.IsNullOrWhiteSpace(query.User))
        {
            rows = rows.Where(e => e.UserName == query.User);
        }

        if (query.From is { } from)
        {
            var start = clock.At(from, TimeOnly.MinValue).UtcDateTime;
            rows = rows.Where(e => e.AtUtc >= start);
        }

        if (query.To is { } to)
        {
            var end = clock.At(to.AddDays(1), TimeOnly.MinValue).UtcDateTime;
            rows = rows.Where(e => e.AtUtc < end);
        }

        var total = await rows.CountAsync(cancellationToken);
        var items = total == 0
            ? []
            : await rows.OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id)
                .Skip((page - 1) * pageSize).Take(pageSize)
                .Select(e => new AuditEntryDto(e.Id, e.AtUtc, e.UserId, e.UserName, e.Roles, e.Action, e.EntityType, e.EntityId, e.Summary, e.Outcome))
                .ToListAsync(cancellationToken);
        return new PagedResult<AuditEntryDto>(items, total, page, pageSize);
    }
}
