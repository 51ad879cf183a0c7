using Enforcement.Application.Assistance;
using Enforcement.Application.Auditing;
using Enforcement.Domain.Calendar;
using Enforcement.Domain.Cases;
using Enforcement.Domain.PreEnforcement;
using Enforcement.Domain.Preservation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Enforcement.Infrastructure.Persistence;

/// <summary>
/// Stored deadlines are counted with the holiday lists configured when they were computed. When a new year's
/// list is added (or one is corrected), this brings the deadlines of open cases, active preservation orders, prompts
/// without a final outcome and assistance requests not yet answered up to date at start-up (a reply's working days are
/// counted with today's <c>Assistance</c> settings): one query each, and an update only for the records whose date changed, with their version bumped
/// and one audit row. What they were counted with is kept as a fingerprint (the calendar's, and the build of the
/// rules that count), so a start with the same lists and rules reads one row instead of every open case.
/// </summary>
public sealed class DeadlineRefresher(EnforcementDbContext db, LegalCalendar calendar, TimeProvider time, IOptions<AssistanceOptions> assistance)
{
    public const string FingerprintKey = "deadlines.counted-with";

    /// <summary>The calendar's fingerprint and the build of the domain rules that count periods.</summary>
    public string Fingerprint => calendar.Fingerprint + ":" + typeof(StatutoryClock).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>Recounts the stored deadlines unless they were counted with this calendar and these rules; returns how many changed.</summary>
    public async Task<int> RefreshAsync(CancellationToken cancellationToken = default)
    {
        var fingerprint = Fingerprint;
        var stored = await db.Settings.FirstOrDefaultAsync(s => s.Key == FingerprintKey, cancellationToken);
        if (stored?.Value == fingerprint)
        {
            return 0;
        }

        var changed = await RecountAsync(cancellationToken);
        if (stored is null)
        {
            db.Settings.Add(new StoredSetting(FingerprintKey, fingerprint));
        }
        else
        {
            stored.Value = fingerprint;
        }

        if (changed > 0)
        {
            db.AuditEntries.Add(new AuditEntry(time.GetUtcNow().UtcDateTime, null, "system", "", "RecomputeDeadlines", "Calendar", null,
                $"Deadlines of {changed} open cases, orders, prompts and assistance requests recomputed after a change of the holiday lists", AuditOutcome.Succeeded));
        }

        await db.SaveChangesAsync(cancellationToken);
        return changed;
    }

    private async Task<int> RecountAsync(CancellationToken cancellationToken)
    {
        var changed = 0;
        var cases = await db.Cases.AsNoTracking()
            .Where(c => c.Status != CaseStatus.Closed)
            .Select(c => new { c.Id, c.FiledOn, c.NonLitigation, c.ExtensionMonths, c.PausedDays, c.Deadline, c.HandlerDueOn, c.FirstAssignedOn, c.FirstStepsDueOn })
            .ToListAsync(cancellationToken);
        foreach (var c in cases)
        {
            var counted = StatutoryClock.Count(c.FiledOn, c.NonLitigation, c.ExtensionMonths, c.PausedDays, c.FirstAssignedOn, calendar);
            if (counted != new StoredDeadlines(c.Deadline, c.HandlerDueOn, c.FirstStepsDueOn))
            {
                changed += await db.Cases.Where(x => x.Id == c.Id).ExecuteUpdateAsync(
                    set => set.SetProperty(x => x.Deadline, counted.Deadline)
                        .SetProperty(x => x.HandlerDueOn, counted.HandlerDueOn)
                        .SetProperty(x => x.FirstStepsDueOn, counted.FirstStepsDueOn)
                        .SetProperty(x => x.Version, x => x.Version + 1),
                    cancellationToken);
            }
        }

        var orders = await db.PreservationOrders.AsNoTracking()
            .Where(o => o.Status == OrderStatus.Active && o.Kind != PreservationKind.DuringLitigation)
            .Select(o => new
            {
                o.Id, o.Kind, o.PerformancePeriodEndsOn, o.LawsuitFiledOn, o.EnforcementAppliedOn, o.LiftDueOn,
                FirstMeasureOn = o.Measures.Min(m => (DateOnly?)m.Hold.StartOn),
            })
            .ToListAsync(cancellationToken);
        foreach (var o in orders)
        {
            var liftDue = PreservationOrder.LiftDueOnFor(o.Kind, o.FirstMeasureOn, o.PerformancePeriodEndsOn, o.LawsuitFiledOn, o.EnforcementAppliedOn, calendar);
            if (liftDue != o.LiftDueOn)
            {
                changed += await db.PreservationOrders.Where(x => x.Id == o.Id).ExecuteUpdateAsync(
                    set => set.SetProperty(x => x.LiftDueOn, liftDue).SetProperty(x => x.Version, x => x.Version + 1), cancellationToken);
            }
        }

        var prompts = await db.PrePerformancePrompts.AsNoTracking()
            .Where(PrePerformancePrompt.AwaitingAFinalOutcome)
            .Select(p => new { p.Id, p.EffectiveOn, p.PerformanceDays, p.PerformanceDueOn })
            .ToListAsync(cancellationToken);
        foreach (var p in prompts)
        {
            var due = PrePerformancePrompt.PerformanceDue(p.EffectiveOn, p.PerformanceDays, calendar);
            if (due != p.PerformanceDueOn)
            {
                changed += await db.PrePerformancePrompts.Where(x => x.Id == p.Id).ExecuteUpdateAsync(
                    set => set.SetProperty(x => x.PerformanceDueOn, due).SetProperty(x => x.Version, x => x.Version + 1), cancellationToken);
            }
        }

        var rules = assistance.Value.ToRules();
        var requests = await db.AssistanceRequests.AsNoTracking()
            .Where(r => r.RepliedOn == null)
            .Select(r => new { r.Id, r.UnitKind, r.SentOn, r.ReplyDueOn })
            .ToListAsync(cancellationToken);
        foreach (var r in requests)
        {
            var due = rules.ReplyDueOn(r.UnitKind, r.SentOn, calendar);
            if (due != r.ReplyDueOn)
            {
                changed += await db.AssistanceRequests.Where(x => x.Id == r.Id).ExecuteUpdateAsync(
                    set => set.SetProperty(x => x.ReplyDueOn, due).SetProperty(x => x.Version, x => x.Version + 1), cancellationToken);
            }
        }

        return changed;
    }
}
