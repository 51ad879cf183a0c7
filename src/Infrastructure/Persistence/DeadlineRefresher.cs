using Enforcement.Application.Auditing;
using Enforcement.Domain.Calendar;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Preservation;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Infrastructure.Persistence;

/// <summary>
/// Stored deadlines are counted with the holiday lists configured when they were computed. When a new year's
/// list is added (or one is corrected), this brings the deadlines of open cases and active orders up to date at
/// start-up: one query each, and an update only for the records whose date changed, with their version bumped
/// and one audit row.
/// </summary>
public sealed class DeadlineRefresher(EnforcementDbContext db, LegalCalendar calendar, TimeProvider time)
{
    public async Task<int> RefreshAsync(CancellationToken cancellationToken = default)
    {
        var changed = 0;
        var cases = await db.Cases.AsNoTracking()
            .Where(c => c.Status != CaseStatus.Closed)
            .Select(c => new { c.Id, c.FiledOn, c.NonLitigation, c.ExtensionMonths, c.PausedDays, c.Deadline, c.HandlerDueOn, c.FirstAssignedOn, c.FirstStepsDueOn })
            .ToListAsync(cancellationToken);
        foreach (var c in cases)
        {
            var deadline = StatutoryClock.Deadline(c.FiledOn, StatutoryClock.Months(c.NonLitigation, c.ExtensionMonths), c.PausedDays, calendar);
            var handlerDue = StatutoryClock.HandlerDueOn(c.FiledOn, calendar);
            var firstStepsDue = c.FirstAssignedOn is { } assigned ? StatutoryClock.FirstStepsDueOn(assigned, calendar) : (DateOnly?)null;
            if (deadline != c.Deadline || handlerDue != c.HandlerDueOn || firstStepsDue != c.FirstStepsDueOn)
            {
                changed += await db.Cases.Where(x => x.Id == c.Id).ExecuteUpdateAsync(
                    set => set.SetProperty(x => x.Deadline, deadline)
                        .SetProperty(x => x.HandlerDueOn, handlerDue)
                        .SetProperty(x => x.FirstStepsDueOn, firstStepsDue)
                        .SetProperty(x => x.Version, x => x.Version + 1),
                    cancellationToken);
            }
        }

        var orders = await db.PreservationOrders.AsNoTracking()
            .Where(o => o.Status == OrderStatus.Active && o.LiftDueOn != null)
            .Select(o => new { o.Id, o.Kind, o.RuledOn, o.PerformancePeriodEndsOn, o.LiftDueOn })
            .ToListAsync(cancellationToken);
        foreach (var o in orders)
        {
            DateOnly? liftDue = o.Kind switch
            {
                PreservationKind.PreLitigation => calendar.EndOfDays(o.RuledOn, PreservationOrder.LawsuitDays),
                PreservationKind.PreEnforcement when o.PerformancePeriodEndsOn is { } end => calendar.EndOfDays(end, PreservationOrder.EnforcementApplicationDays),
                _ => o.LiftDueOn,
            };
            if (liftDue != o.LiftDueOn)
            {
                changed += await db.PreservationOrders.Where(x => x.Id == o.Id).ExecuteUpdateAsync(
                    set => set.SetProperty(x => x.LiftDueOn, liftDue).SetProperty(x => x.Version, x => x.Version + 1), cancellationToken);
            }
        }

        if (changed > 0)
        {
            db.AuditEntries.Add(new AuditEntry(time.GetUtcNow().UtcDateTime, null, "system", "", "RecomputeDeadlines", "Calendar", null,
                $"Deadlines of {changed} open cases and orders recomputed after a change of the holiday lists", AuditOutcome.Succeeded));
            await db.SaveChangesAsync(cancellationToken);
        }

        return changed;
    }
}
