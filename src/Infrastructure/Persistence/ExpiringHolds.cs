using Enforcement.Application.Common;
using Enforcement.Application.Preservation;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
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

    public async Task<PagedResult<LapsedMeasureDto>> ListLapsedAsync(
        DateOnly today, DateOnly from, DateOnly to, int page, int pageSize, CancellationToken cancellationToken)
    {
        var all = Lapsed(today, from, to);
        var total = await all.CountAsync(cancellationToken);
        var rows = total == 0
            ? []
            : await all.OrderByDescending(r => r.ExpiresOn).ThenBy(r => r.MeasureId).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedResult<LapsedMeasureDto>(
            [.. rows.Select(r => new LapsedMeasureDto(r.Source, r.OwnerId, r.Number?.Value ?? r.OtherNumber ?? "", r.MeasureId, r.AssetKind, r.Description, r.ExpiresOn, r.ReleasedOn))],
            total, page, pageSize);
    }

    /// <summary>How many holds lapsed with their last day in the range: the dashboard's 脱保, the count of <see cref="ListLapsedAsync"/>.</summary>
    public Task<int> CountLapsedAsync(DateOnly today, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        Lapsed(today, from, to).CountAsync(cancellationToken);

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

    /// <summary>
    /// Holds lost with their last day in the range. A converted order's holds live on in the case, which renews them
    /// there: only those that had lapsed before the conversion count on the order (its copies of the others never see
    /// the case's renewals).
    /// </summary>
    private IQueryable<Row> Lapsed(DateOnly today, DateOnly from, DateOnly to)
    {
        var lapsed = AssetHold.LapsedOn(today);
        var orderHolds = db.PreservationOrders.AsNoTracking()
            .SelectMany(o => o.Measures, (o, m) => new { Order = o, Measure = m })
            .Where(x => x.Order.Status != OrderStatus.Converted || x.Measure.Hold.ExpiresOn < x.Order.ConvertedOn)
            .Where(x => x.Measure.Hold.ExpiresOn >= from && x.Measure.Hold.ExpiresOn <= to);
        var onOrders = orderHolds.Where(OnHold(orderHolds, x => x.Measure.Hold, lapsed))
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
                ReleasedOn = x.Measure.Hold.ReleasedOn,
            });
        var caseHolds = db.Cases.AsNoTracking()
            .SelectMany(c => c.Measures, (c, m) => new { Case = c, Measure = m })
            .Where(x => x.Measure.Hold != null && x.Measure.VoidedOn == null && x.Measure.Hold.ExpiresOn >= from && x.Measure.Hold.ExpiresOn <= to);
        var onCases = caseHolds.Where(OnHold(caseHolds, x => x.Measure.Hold!, lapsed))
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
                ReleasedOn = x.Measure.Hold.ReleasedOn,
            });
        return onOrders.Concat(onCases);
    }

    /// <summary>A hold's rule applied to the rows of <paramref name="rows"/> (whose type is anonymous) through <paramref name="hold"/>.</summary>
    private static System.Linq.Expressions.Expression<Func<T, bool>> OnHold<T>(
        IQueryable<T> rows, System.Linq.Expressions.Expression<Func<T, AssetHold>> hold, System.Linq.Expressions.Expression<Func<AssetHold, bool>> rule) =>
        rule.On(hold);

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

        public DateOnly? ReleasedOn { get; init; }
    }
}
