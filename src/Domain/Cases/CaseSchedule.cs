using System.Linq.Expressions;
using Enforcement.Domain.Calendar;

namespace Enforcement.Domain.Cases;

/// <summary>
/// The stored dates of one case that the clock rules read. The aggregate builds it from its own state; a read
/// model builds it from the same columns. Either way <see cref="On"/> is the one place that says, for a given
/// day, what the deadline is and which flags are raised.
/// </summary>
public sealed record CaseSchedule(
    CaseStatus Status,
    DateOnly FiledOn,
    bool NonLitigation,
    int ExtensionMonths,
    int PausedDays,
    DateOnly? PausedSince,
    DateOnly Deadline,
    DateOnly HandlerDueOn,
    DateOnly? FirstAssignedOn,
    DateOnly? FirstStepsDueOn,
    DateOnly? NoticeSentOn,
    DateOnly? AssetReportOrderedOn,
    DateOnly? ClosedOn,
    DateOnly? NextReinquiryDueOn,
    DateOnly? ReinquiryEndsOn)
{
    /// <summary>What the clock says on <paramref name="today"/>.</summary>
    public CaseClockReading On(DateOnly today, LegalCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var limitMonths = StatutoryClock.Months(NonLitigation, ExtensionMonths);
        var pausedDays = PausedDaysOn(today, PausedDays, PausedSince);
        var deadline = DeadlineOn(today, Deadline, FiledOn, NonLitigation, ExtensionMonths, PausedDays, PausedSince, calendar);
        var daysRemaining = StatutoryClock.DaysRemaining(deadline, today);

        // The rules about first steps stop counting when the case closes: a case closed on day 3 without a
        // handler was not late; one closed on day 30 without a handler was.
        var asOf = ClosedOn is { } closed && closed < today ? closed : today;
        var running = Status == CaseStatus.Filed;
        return new CaseClockReading(
            limitMonths,
            pausedDays,
            deadline,
            daysRemaining,
            Overdue: running && daysRemaining < 0,
            NearDeadline: running && daysRemaining is >= 0 and <= StatutoryClock.NearDeadlineDays,
            DeadlineAssumesWeekendsOnly: calendar.AssumesWeekendsOnly(deadline),
            HandlerLate: StatutoryClock.HandlerLate(HandlerDueOn, FirstAssignedOn, asOf),
            FirstStepsLate: StatutoryClock.FirstStepsLate(FirstStepsDueOn, NoticeSentOn, AssetReportOrderedOn, asOf),
            ReinquiryDue: StatutoryClock.ReinquiryDue(NextReinquiryDueOn, ReinquiryEndsOn, today));
    }

    /// <summary>
    /// The deadline on <paramref name="today"/>: the stored one (closed pauses counted), or while a pause runs, moved
    /// by the days it has run so far. Lists that read the stored columns show a paused case's deadline by this too.
    /// </summary>
    public static DateOnly DeadlineOn(
        DateOnly today, DateOnly storedDeadline, DateOnly filedOn, bool nonLitigation, int extensionMonths, int pausedDays, DateOnly? pausedSince,
        LegalCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return pausedSince is null
            ? storedDeadline
            : StatutoryClock.Deadline(filedOn, StatutoryClock.Months(nonLitigation, extensionMonths), PausedDaysOn(today, pausedDays, pausedSince), calendar);
    }

    private static int PausedDaysOn(DateOnly today, int pausedDays, DateOnly? pausedSince) =>
        pausedDays + (pausedSince is { } since ? Math.Max(0, today.DayNumber - since.DayNumber) : 0);
}

/// <summary>The date-dependent values of a case on one day.</summary>
public sealed record CaseClockReading(
    int LimitMonths,
    int PausedDays,
    DateOnly Deadline,
    int DaysRemaining,
    bool Overdue,
    bool NearDeadline,
    bool DeadlineAssumesWeekendsOnly,
    bool HandlerLate,
    bool FirstStepsLate,
    bool ReinquiryDue);

/// <summary>
/// The worklists, as expressions over the stored columns so that the database answers them through its indexes.
/// They state the same rules as <see cref="CaseSchedule.On"/>: a running case (not paused, not closed) is overdue
/// when its stored deadline has passed, near the deadline within 5 days of it; the agreement test holds the two
/// to each other on every boundary.
/// </summary>
public static class CaseWorklists
{
    public static Expression<Func<EnforcementCase, bool>> Overdue(DateOnly today) =>
        c => c.Status == CaseStatus.Filed && c.Deadline < today;

    public static Expression<Func<EnforcementCase, bool>> NearDeadline(DateOnly today)
    {
        var horizon = today.AddDays(StatutoryClock.NearDeadlineDays);
        return c => c.Status == CaseStatus.Filed && c.Deadline >= today && c.Deadline <= horizon;
    }

    /// <summary>Open cases that have no handler (whether or not the 7 days have run out).</summary>
    public static Expression<Func<EnforcementCase, bool>> WithoutHandler() =>
        c => c.HandlerId == null && c.Status != CaseStatus.Closed;

    public static Expression<Func<EnforcementCase, bool>> ReinquiryDue(DateOnly today) => ReinquiryDueBy(today, today);

    /// <summary>
    /// 终本 cases whose next re-inquiry falls due by <paramref name="by"/> while the 5-year duty still runs on
    /// <paramref name="today"/>: the due list (by today), the handler's worklist and the task planner (by their horizons).
    /// </summary>
    public static Expression<Func<EnforcementCase, bool>> ReinquiryDueBy(DateOnly today, DateOnly by) =>
        c => c.NextReinquiryDueOn != null && c.NextReinquiryDueOn <= by && c.ReinquiryEndsOn >= today;

    /// <summary>
    /// A 终本 closure whose record shows the five conditions (法〔2016〕373号) as of its closing day, from the stored
    /// measures: the notice and the asset-report order, a consumption restriction, an online inquiry, more than
    /// <see cref="StatutoryClock.TerminationMinimumMonths"/> months since filing, and, for a missing debtor, a search
    /// or a sanction. The closing rule refuses a 终本 without them; this reads the record as the dashboard counts it.
    /// </summary>
    public static Expression<Func<EnforcementCase, bool>> CompliantTermination() =>
        c => c.Closure!.Mode == ClosureMode.TerminatedThisRound
             && c.Measures.Any(m => m.Kind == MeasureKind.EnforcementNotice && m.VoidedOn == null && m.TakenOn <= c.Closure.ClosedOn)
             && c.Measures.Any(m => m.Kind == MeasureKind.AssetReportOrder && m.VoidedOn == null && m.TakenOn <= c.Closure.ClosedOn)
             && c.Measures.Any(m => m.Kind == MeasureKind.ConsumptionRestriction && m.VoidedOn == null && m.TakenOn <= c.Closure.ClosedOn)
             && c.Measures.Any(m => m.Kind == MeasureKind.OnlineAssetInquiry && m.VoidedOn == null && m.TakenOn <= c.Closure.ClosedOn)
             // closedOn > filedOn.AddMonths(3), in years, months and days: SQLite's date(x, '+3 months') does not clamp
             // to the month's end (03-31 + 3 months is 07-01 there, 06-30 in C# and PostgreSQL).
             && (c.Closure.ClosedOn.Year * 12 + c.Closure.ClosedOn.Month > c.FiledOn.Year * 12 + c.FiledOn.Month + StatutoryClock.TerminationMinimumMonths
                 || (c.Closure.ClosedOn.Year * 12 + c.Closure.ClosedOn.Month == c.FiledOn.Year * 12 + c.FiledOn.Month + StatutoryClock.TerminationMinimumMonths
                     && c.Closure.ClosedOn.Day > c.FiledOn.Day))
             // The debtor as the record showed them on the closing day (a report after the closure does not count),
             // searched for or sanctioned on or after the day they were first reported missing.
             && (!(c.Measures.Any(m => m.ReportsDebtorMissing && m.VoidedOn == null && m.TakenOn <= c.Closure.ClosedOn)
                   || (c.DebtorMissing && !c.Measures.Any(m => m.ReportsDebtorMissing)))
                 || c.Measures.Any(s => (s.Kind == MeasureKind.SearchForDebtor || s.Kind == MeasureKind.Fine || s.Kind == MeasureKind.Detention)
                                        && s.VoidedOn == null && s.TakenOn <= c.Closure.ClosedOn
                                        && (c.Measures.Any(m => m.ReportsDebtorMissing && m.VoidedOn == null && m.TakenOn <= s.TakenOn)
                                            || (c.DebtorMissing && !c.Measures.Any(m => m.ReportsDebtorMissing)))));
}
