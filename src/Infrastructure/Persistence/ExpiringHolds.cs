using System.Linq.Expressions;
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
        DateOnly today, DateOnly from, DateOnly until, int page, int pageSize, CancellationToken cancellationToken, bool unassignedOnly = false)
    {
        var all = Live(from, until, unassignedOnly);
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
                Renewable = r.CaseStatus is not { } status || EnforcementCase.RenewsHolds(status, r.ClosedAs, r.Resumed),
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

    private IQueryable<Row> Live(DateOnly today, DateOnly until, bool unassignedOnly = false) =>
        Rows(
            x => x.Order.Status == OrderStatus.Active && x.Measure.Hold.ReleasedOn == null && x.Measure.Hold.ExpiresOn >= today && x.Measure.Hold.ExpiresOn <= until,
            x => x.Measure.Hold!.ReleasedOn == null && x.Measure.Hold.ExpiresOn >= today && x.Measure.Hold.ExpiresOn <= until
                 && (!unassignedOnly || x.Case.HandlerId == null || !db.Staff.Any(s => s.Id == x.Case.HandlerId && s.Active)));

    /// <summary>
    /// Holds lost with their last day in the range. A converted order's holds live on in the case, which renews them
    /// there: only those that had lapsed before the conversion count on the order (its copies of the others never see
    /// the case's renewals).
    /// </summary>
    private IQueryable<Row> Lapsed(DateOnly today, DateOnly from, DateOnly to)
    {
        var lapsed = AssetHold.LapsedOn(today);
        var onOrder = lapsed.On<OrderHold, AssetHold>(x => x.Measure.Hold);
        var onCase = lapsed.On<CaseHold, AssetHold>(x => x.Measure.Hold!);
        return Rows(
            x => (x.Order.Status != OrderStatus.Converted || x.Measure.Hold.ExpiresOn < x.Order.ConvertedOn)
                 && x.Measure.Hold.ExpiresOn >= from && x.Measure.Hold.ExpiresOn <= to,
            x => x.Measure.Hold!.ExpiresOn >= from && x.Measure.Hold.ExpiresOn <= to,
            onOrder,
            onCase);
    }

    /// <summary>
    /// The holds on orders and on (not voided) case measures that meet the filters, as one UNION ALL of rows. Each
    /// filter is applied before the projection, so that it reaches the (expiry, released) index of its table.
    /// </summary>
    private IQueryable<Row> Rows(
        Expression<Func<OrderHold, bool>> orderFilter, Expression<Func<CaseHold, bool>> caseFilter,
        Expression<Func<OrderHold, bool>>? orderRule = null, Expression<Func<CaseHold, bool>>? caseRule = null)
    {
        var orders = db.PreservationOrders.AsNoTracking()
            .SelectMany(o => o.Measures, (o, m) => new OrderHold { Order = o, Measure = m })
            .Where(orderFilter);
        var cases = db.Cases.AsNoTracking()
            .SelectMany(c => c.Measures, (c, m) => new CaseHold { Case = c, Measure = m })
            .Where(x => x.Measure.Hold != null && x.Measure.VoidedOn == null)
            .Where(caseFilter);
        var onOrders = (orderRule is null ? orders : orders.Where(orderRule)).Select(x => new Row
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
            CaseStatus = null,
            ClosedAs = null,
            Resumed = false,
        });
        var onCases = (caseRule is null ? cases : cases.Where(caseRule)).Select(x => new Row
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
            CaseStatus = x.Case.Status,
            ClosedAs = x.Case.Closure!.Mode,
            Resumed = x.Case.ResumedAsCaseId != null,
        });
        // Cases first: the UNION's columns take their types from the first query, and the orders' rows carry no case
        // state (typed NULLs there would be read with the wrong converter).
        return onCases.Concat(onOrders);
    }

    private sealed class OrderHold
    {
        public PreservationOrder Order { get; init; } = null!;

        public PreservationMeasure Measure { get; init; } = null!;
    }

    private sealed class CaseHold
    {
        public EnforcementCase Case { get; init; } = null!;

        public CaseMeasure Measure { get; init; } = null!;
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

        public DateOnly? ReleasedOn { get; init; }

        // A case's state, for EnforcementCase.RenewsHolds; none on an order.
        public CaseStatus? CaseStatus { get; init; }

        public ClosureMode? ClosedAs { get; init; }

        public bool Resumed { get; init; }
    }
}
