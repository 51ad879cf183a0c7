using Enforcement.Application.Common;
using Enforcement.Application.Preservation;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Preservation;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Infrastructure.Persistence;

/// <summary>
/// Live holds on orders (still active) and on cases, expiring between <c>from</c> and <c>until</c>, soonest first:
/// one UNION ALL over the two measure tables, each filtered through its (expiry, released) index.
/// </summary>
public sealed class ExpiringHolds(EnforcementDbContext db) : IExpiringHolds
{
    public async Task<PagedResult<ExpiringMeasureDto>> ListAsync(
        DateOnly today, DateOnly from, DateOnly until, int page, int pageSize, CancellationToken cancellationToken)
    {
        var all = Live(from, until);
        var total = await all.CountAsync(cancellationToken);
        var rows = total == 0
            ? []
            : await all.OrderBy(r => r.ExpiresOn).ThenBy(r => r.MeasureId).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var items = rows.Select(r =>
        {
            var daysLeft = AssetHold.DaysLeft(r.ExpiresOn, today);
            return new ExpiringMeasureDto
            {
                Source = r.Source,
                OwnerId = r.OwnerId,
                OwnerNumber = r.Number?.Value ?? r.OtherNumber ?? "",
                MeasureId = r.MeasureId,
                AssetKind = r.AssetKind,
                Description = r.Description,
                ExpiresOn = r.ExpiresOn,
                RenewalRequestDueOn = AssetHold.RenewalRequestDue(r.ExpiresOn),
                DaysLeft = daysLeft,
                Bucket = ExpiringMeasureDto.BucketFor(daysLeft),
            };
        }).ToList();
        return new PagedResult<ExpiringMeasureDto>(items, total, page, pageSize);
    }

    /// <summary>The expiry dates the list reads, for the query-plan test.</summary>
    internal IQueryable<DateOnly> ExpiryDates(DateOnly today, DateOnly until) => Live(today, until).Select(r => r.ExpiresOn);

    private IQueryable<Row> Live(DateOnly today, DateOnly until)
    {
        var onOrders = db.PreservationOrders.AsNoTracking()
            .Where(o => o.Status == OrderStatus.Active)
            .SelectMany(o => o.Measures, (o, m) => new { Order = o, Measure = m })
            .Where(x => x.Measure.Hold.ReleasedOn == null && x.Measure.Hold.ExpiresOn >= today && x.Measure.Hold.ExpiresOn <= until)
            .Select(x => new Row
            {
                Source = "order",
                OwnerId = x.Order.Id,
                Number = x.Order.Number,
                OtherNumber = x.Order.LitigationCaseNumber,
                MeasureId = x.Measure.Id,
                AssetKind = x.Measure.Hold.AssetKind,
                Description = x.Measure.Description,
                ExpiresOn = x.Measure.Hold.ExpiresOn,
            });
        var onCases = db.Cases.AsNoTracking()
            .SelectMany(c => c.Measures, (c, m) => new { Case = c, Measure = m })
            .Where(x => x.Measure.Hold != null && x.Measure.VoidedOn == null && x.Measure.Hold.ReleasedOn == null && x.Measure.Hold.ExpiresOn >= today && x.Measure.Hold.ExpiresOn <= until)
            .Select(x => new Row
            {
                Source = "case",
                OwnerId = x.Case.Id,
                Number = x.Case.Number,
                OtherNumber = null,
                MeasureId = x.Measure.Id,
                AssetKind = x.Measure.Hold!.AssetKind,
                Description = x.Measure.Description,
                ExpiresOn = x.Measure.Hold.ExpiresOn,
            });
        return onOrders.Concat(onCases);
    }

    private sealed class Row
    {
        public string Source { get; init; } = "";

        public Guid OwnerId { get; init; }

        public CaseNumber? Number { get; init; }

        public string? OtherNumber { get; init; }

        public Guid MeasureId { get; init; }

        public AssetKind AssetKind { get; init; }

        public string Description { get; init; } = "";

        public DateOnly ExpiresOn { get; init; }
    }
}
