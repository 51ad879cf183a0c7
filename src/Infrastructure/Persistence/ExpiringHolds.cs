using Enforcement.Application.Common;
using Enforcement.Application.Preservation;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Preservation;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Infrastructure.Persistence;

/// <summary>
/// Live holds on orders (still active) and on cases, expiring between today and <c>until</c>, soonest first: one
/// UNION ALL over the two measure tables, each filtered through its (expiry, released) index.
/// </summary>
public sealed class ExpiringHolds(EnforcementDbContext db) : IExpiringHolds
{
    public async Task<PagedResult<ExpiringMeasureDto>> ListAsync(DateOnly today, DateOnly until, int page, int pageSize, CancellationToken cancellationToken)
    {
        var onOrders = db.PreservationOrders.AsNoTracking()
            .Where(o => o.Status == OrderStatus.Active)
            .SelectMany(o => o.Measures
                .Where(m => m.Hold.ReleasedOn == null && m.Hold.ExpiresOn >= today && m.Hold.ExpiresOn <= until)
                .Select(m => new Row("order", o.Id, o.Number, o.LitigationCaseNumber, m.Id, m.Hold.AssetKind, m.Description, m.Hold.ExpiresOn)));
        var onCases = db.Cases.AsNoTracking()
            .SelectMany(c => c.Measures
                .Where(m => m.Hold != null && m.Hold.ReleasedOn == null && m.Hold.ExpiresOn >= today && m.Hold.ExpiresOn <= until)
                .Select(m => new Row("case", c.Id, c.Number, null, m.Id, m.Hold!.AssetKind, m.Description, m.Hold.ExpiresOn)));
        var all = onOrders.Concat(onCases);

        var total = await all.CountAsync(cancellationToken);
        var rows = total == 0
            ? []
            : await all.OrderBy(r => r.ExpiresOn).ThenBy(r => r.MeasureId).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var items = rows.Select(r =>
        {
            var daysLeft = r.ExpiresOn.DayNumber - today.DayNumber;
            return new ExpiringMeasureDto
            {
                Source = r.Source,
                OwnerId = r.OwnerId,
                OwnerNumber = r.Number?.Value ?? r.OtherNumber ?? "",
                MeasureId = r.MeasureId,
                AssetKind = r.AssetKind,
                Description = r.Description,
                ExpiresOn = r.ExpiresOn,
                DaysLeft = daysLeft,
                Bucket = ExpiringMeasureDto.BucketFor(daysLeft),
            };
        }).ToList();
        return new PagedResult<ExpiringMeasureDto>(items, total, page, pageSize);
    }

    private sealed record Row(string Source, Guid OwnerId, CaseNumber? Number, string? OtherNumber, Guid MeasureId, AssetKind AssetKind, string Description, DateOnly ExpiresOn);
}
