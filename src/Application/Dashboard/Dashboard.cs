using System.Globalization;
using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using Enforcement.Application.Common;
using Enforcement.Domain.Assistance;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Obligations;
using Enforcement.Domain.Petitions;
using Enforcement.Domain.PreEnforcement;
using Enforcement.Domain.Supervision;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Dashboard;

/// <summary>
/// 驾驶舱: every figure leadership measures, over <c>from</c> to <c>to</c> (default: 1 January of <c>to</c>'s year to
/// today) where the figure counts events, and as of today where it counts a state (open cases, live holds, open debts).
/// </summary>
public sealed record DashboardQuery(DateOnly? From = null, DateOnly? To = null) : IQuery<DashboardDto>
{
    /// <summary>
    /// For the host's refresher: the court day of the snapshot that fell due (<see cref="DashboardSnapshots.DueAsync"/>),
    /// computed afresh if it is still due; otherwise nothing is computed and the answer is empty.
    /// </summary>
    public DateOnly? RefreshOf { get; init; }
}

/// <summary>
/// One figure: its <c>numerator</c>, its <c>denominator</c> (null for a plain count or amount), the <c>rate</c> =
/// numerator ÷ denominator as a fraction rounded to 4 places (null when the denominator is 0), the national
/// <c>target</c> where one exists, whether the rate meets it, and <c>link</c>: the list behind the figure.
/// </summary>
public sealed record DashboardFigure(
    string Key, string Label, decimal Numerator, decimal? Denominator, decimal? Rate, decimal? Target, bool? MeetsTarget, string? Link, string Formula);

public sealed record IntakeByTypeDto(CaseType CaseType, int Count, string Link);

/// <summary>One month of the trend (yyyy-MM): the main rates over the events of that month; null where nothing was counted.</summary>
public sealed record DashboardMonthDto(
    string Month, int Closed, decimal? ActualEnforcementRate, decimal? WithinLimitRate, decimal? RecoveryRate, int Effective, decimal? VoluntaryPerformanceRate);

public sealed record DashboardDto(
    DateOnly From, DateOnly To, DateOnly AsOf, IReadOnlyList<DashboardFigure> Figures, IReadOnlyList<IntakeByTypeDto> IntakeByType, IReadOnlyList<DashboardMonthDto> Trend);

public sealed class DashboardValidator : AbstractValidator<DashboardQuery>
{
    public DashboardValidator() =>
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null).WithMessage("to must not precede from.");
}

/// <summary>
/// Each figure is one SQL aggregate over indexed columns, never a loop over rows; the rules are the domain's own
/// expressions (<see cref="CaseWorklists"/>, <see cref="SupervisionOrder.IsOverdue(SupervisionStatus, DateOnly, bool, DateOnly)"/>)
/// where one exists. The formulas are in docs/dashboard.md. A dashboard is reused while nothing has changed since it
/// was computed (<see cref="DashboardSnapshots"/>).
/// </summary>
public sealed class DashboardHandler(
    IReadRepository<EnforcementCase> cases,
    IReadRepository<Petition> petitions,
    IReadRepository<Obligation> obligations,
    IReadRepository<KeyCase> keyCases,
    IReadRepository<SupervisionOrder> orders,
    IReadRepository<PrePerformancePrompt> prompts,
    IReadRepository<AssistanceRequest> assistance,
    IDashboardSums sums,
    DashboardSnapshots snapshots,
    ICourtClock clock) : IQueryHandler<DashboardQuery, DashboardDto>
{
    /// <summary>The 2018 national targets: ≥ 90% within the limit, of 终本 closures compliant, of enforcement petitions resolved.</summary>
    public const decimal NationalTarget = 0.9m;

    public async ValueTask<DashboardDto> Handle(DashboardQuery query, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var to = query.To ?? today;
        var from = query.From ?? InputHygiene.YearStartOf(to);
        if (from > to)
        {
            throw new Domain.Common.DomainInputException("dashboard.range_invalid", "from", $"from {from:yyyy-MM-dd} is after to {to:yyyy-MM-dd}.");
        }

        return query.RefreshOf is { } dueDay
            ? await snapshots.RefreshAsync(from, to, dueDay, today, ct => ComputeAsync(from, to, today, ct), cancellationToken)
              ?? new DashboardDto(from, to, today, [], [], [])
            : await snapshots.GetAsync(from, to, today, ct => ComputeAsync(from, to, today, ct), cancellationToken);
    }

    private async Task<DashboardDto> ComputeAsync(DateOnly from, DateOnly to, DateOnly today, CancellationToken cancellationToken)
    {
        var range = $"from={Iso(from)}&to={Iso(to)}";
        var figures = new List<DashboardFigure>();

        // Intake, by type (one GROUP BY over the FiledOn index).
        var intake = await cases.ListAsync(Specs.Where<EnforcementCase>(c => c.FiledOn >= from && c.FiledOn <= to),
            q => q.GroupBy(c => c.CaseType).Select(g => new { Type = g.Key, Count = g.Count() }), cancellationToken);
        var filed = $"filedFrom={Iso(from)}&filedTo={Iso(to)}";
        var intakeTotal = intake.Sum(i => i.Count);
        var resumed = intake.Where(i => i.Type == CaseType.ResumedEnforcement).Sum(i => i.Count);
        figures.Add(Count("intake", "收案数 Cases filed", intakeTotal, $"/api/cases?{filed}", "cases filed in the range"));
        figures.Add(Rate("intake.resumed_share", "执恢占比 Share of resumed cases (执恢)", resumed, intakeTotal, null,
            $"/api/cases?caseType=ResumedEnforcement&{filed}", "执恢 cases filed ÷ all cases filed, in the range"));

        // Age against the limit (as of today; paused cases excluded, their clock stands still).
        var open = await cases.CountAsync(Specs.Where<EnforcementCase>(c => c.Status != CaseStatus.Closed), cancellationToken);
        var past = await cases.CountAsync(Specs.Where(CaseWorklists.Overdue(today)), cancellationToken);
        var near = await cases.CountAsync(Specs.Where(CaseWorklists.NearDeadline(today)), cancellationToken);
        figures.Add(Rate("age.past_limit", "超审限 Open cases past their limit", past, open, null, "/api/cases?due=overdue", "running cases whose deadline is before today ÷ open cases"));
        figures.Add(Rate("age.near_limit", "临近审限 Open cases within 5 days of their limit", near, open, null, "/api/cases?due=within5days", "running cases whose deadline is today to today + 5 ÷ open cases"));

        // Closures in the range (one aggregate over the ClosedOn index).
        System.Linq.Expressions.Expression<Func<EnforcementCase, bool>> closedInRange = c => c.Closure!.ClosedOn >= from && c.Closure.ClosedOn <= to;
        var closedSpec = Specs.Where(closedInRange);
        var closedAll = await cases.CountAsync(closedSpec, cancellationToken);
        var performed = await cases.CountAsync(Specs.Where(closedInRange, c => c.Closure!.Mode == ClosureMode.FullyPerformed), cancellationToken);
        var withinLimit = await cases.CountAsync(Specs.Where(closedInRange, c => c.Closure!.ClosedOn <= c.Deadline), cancellationToken);
        var terminated = await cases.CountAsync(Specs.Where(closedInRange, c => c.Closure!.Mode == ClosureMode.TerminatedThisRound), cancellationToken);
        var closedLink = $"/api/cases?status=Closed&closedFrom={Iso(from)}&closedTo={Iso(to)}";
        figures.Add(Rate("closure.actual_enforcement_rate", "实际执行率 Actual enforcement rate", performed, closedAll, null,
            $"{closedLink}&closureMode=FullyPerformed", "cases closed as performed (by payment, forced execution or a settlement performed) ÷ all cases closed, in the range"));
        figures.Add(Rate("closure.within_limit_rate", "法定期限内结案率 Closed within the legal limit", withinLimit, closedAll, NationalTarget,
            closedLink, "cases closed on or before their deadline (paused days and extensions counted) ÷ all cases closed, in the range"));
        var amounts = await sums.ClosedAmountsAsync(from, to, cancellationToken);
        figures.Add(Rate("closure.recovery_rate", "执行到位率 Recovery rate", amounts.RecoveredFen / 100m, amounts.ClaimedFen / 100m, null,
            closedLink, "Σ recovered, each case up to its claim, ÷ Σ claimed (yuan), over the cases closed in the range"));

        // 终本: count, compliance with the five conditions, re-inquiries due now.
        var compliant = await cases.CountAsync(Specs.Where(closedInRange, CaseWorklists.CompliantTermination()), cancellationToken);
        figures.Add(Count("termination.count", "终本结案数 Terminated this round (终本)", terminated, $"{closedLink}&closureMode=TerminatedThisRound", "终本 closures in the range"));
        figures.Add(Rate("termination.compliance_rate", "终本合规率 终本 closures meeting all five conditions", compliant, terminated, NationalTarget,
            $"{closedLink}&closureMode=TerminatedThisRound", "终本 closures in the range whose record shows the five conditions ÷ all 终本 closures in the range"));
        var reinquiries = await cases.CountAsync(Specs.Where(CaseWorklists.ReinquiryDue(today)), cancellationToken);
        figures.Add(Count("termination.reinquiries_due", "终本案件应复查 Re-inquiries due", reinquiries, "/api/cases?due=reinquiryDue", "终本 cases whose next re-inquiry is due today or earlier, within the 5 years"));

        // Preservation (as of today), and the holds that lapsed in the range.
        var expiring = await sums.ExpiringHoldsAsync(today, cancellationToken);
        figures.Add(Count("preservation.expiring_7", "7日内到期 Holds expiring within 7 days", expiring.Within7, "/api/preservation/measures/expiring?withinDays=7", "live holds whose last day is today to today + 7"));
        figures.Add(Count("preservation.expiring_15", "15日内到期 Holds expiring within 15 days", expiring.Within15, "/api/preservation/measures/expiring?withinDays=15", "live holds whose last day is today to today + 15"));
        figures.Add(Count("preservation.expiring_30", "30日内到期 Holds expiring within 30 days", expiring.Within30, "/api/preservation/measures/expiring?withinDays=30", "live holds whose last day is today to today + 30"));
        var lapsed = await sums.LapsedHoldsAsync(from, to, today, cancellationToken);
        figures.Add(Count("preservation.lapsed", "脱保 Holds lapsed without renewal", lapsed, $"/api/preservation/measures/lapsed?from={Iso(from)}&to={Iso(to)}", "holds whose last day fell in the range and passed without renewal, or released only after it"));

        // Public-body debts (as of today).
        var debts = (await obligations.ListAsync(new Specification<Obligation>(), q => q.GroupBy(_ => 1).Select(g => new
        {
            Cases = g.Where(o => o.Owing).Select(o => o.CaseId).Distinct().Count(),
            Paid = g.Sum(o => o.PaidFen),
            Escalations = g.Where(o => o.Owing).Sum(o => o.OpenEscalations),
        }), cancellationToken)).SingleOrDefault();
        figures.Add(Count("public_body.cases", "公职单位欠款案件 Cases with an unpaid public-body debt", debts?.Cases ?? 0, "/api/obligations?performed=false", "distinct cases among the obligations still owed (neither performed nor ended with their case)"));
        // Two bodies owing on one case each owe up to what the case has left, together no more: summed case by case.
        var owed = (await obligations.ListAsync(Specs.Where<Obligation>(o => o.Owing), q => q
            .GroupBy(o => o.CaseId)
            .Select(g => g.Sum(o => o.OutstandingFen) < g.Max(o => o.CaseLeftFen) ? g.Sum(o => o.OutstandingFen) : g.Max(o => o.CaseLeftFen))
            .GroupBy(_ => 1)
            .Select(g => g.Sum()), cancellationToken)).SingleOrDefault();
        figures.Add(Count("public_body.owed", "欠款未付金额 Owed, unpaid (yuan)", owed / 100m, "/api/obligations/report", "Σ outstanding over the obligations still owed: amount − paid, never more than the case has left to recover, nor two bodies' debts on one case more than it has left together"));
        figures.Add(Count("public_body.paid", "已付金额 Paid (yuan)", (debts?.Paid ?? 0) / 100m, "/api/obligations/report", "Σ paid over all obligations"));
        figures.Add(Count("public_body.escalations_open", "未结报告 Escalations open", debts?.Escalations ?? 0, "/api/obligations/escalations", "reports to city leadership without an outcome, on debts still owed"));

        // Petitions received in the range.
        var received = $"receivedFrom={Iso(from)}&receivedTo={Iso(to)}";
        // A petition has at most one handling round: joined (left) rather than read per row, so one pass counts all.
        var p = (await petitions.ListAsync(Specs.Where<Petition>(x => x.ReceivedOn >= from && x.ReceivedOn <= to), q => q.SelectMany(
            x => x.Rounds.Where(r => r.Level == PetitionRoundLevel.Handling).DefaultIfEmpty(),
            (x, r) => new
            {
                Accepted = x.Status != PetitionStatus.NotAccepted,
                AnsweredOn = r == null ? null : r.AnsweredOn,
                x.ResolveDueOn,
                x.Repeat,
                x.Collective,
            }).GroupBy(_ => 1).Select(g => new
        {
            All = g.Count(),
            Accepted = g.Count(x => x.Accepted),
            Resolved = g.Count(x => x.AnsweredOn != null),
            OnTime = g.Count(x => x.AnsweredOn != null && x.AnsweredOn <= x.ResolveDueOn),
            LateOpen = g.Count(x => x.Accepted && x.AnsweredOn == null && x.ResolveDueOn < today),
            Repeat = g.Count(x => x.Repeat),
            Collective = g.Count(x => x.Collective),
        }), cancellationToken)).SingleOrDefault();
        figures.Add(Count("petitions.received", "信访件数 Petitions received", p?.All ?? 0, $"/api/petitions?{received}", "petitions received in the range"));
        figures.Add(Rate("petitions.resolved_rate", "信访办结率 Petitions resolved", p?.Resolved ?? 0, p?.Accepted ?? 0, NationalTarget,
            $"/api/petitions?{received}", "petitions received in the range and answered ÷ those accepted or still to be decided"));
        figures.Add(Rate("petitions.on_time_rate", "信访按期办结率 Petitions resolved on time", p?.OnTime ?? 0, (p?.Resolved ?? 0) + (p?.LateOpen ?? 0), null,
            // The petitions received in the range: `overdue=true` would list any deadline missed (accept, assign), not only the resolve deadline.
            $"/api/petitions?{received}", "answered by the resolve deadline ÷ (answered + unanswered past the deadline), received in the range"));
        figures.Add(Count("petitions.repeat", "重复访 Repeat petitions", p?.Repeat ?? 0, $"/api/petitions?{received}&repeat=true", "repeat petitions received in the range"));
        figures.Add(Count("petitions.collective", "集体访 Collective visits", p?.Collective ?? 0, $"/api/petitions?{received}&collective=true", "visits of 5 or more people received in the range"));

        // Key cases and supervision (as of today).
        var activeKeyCases = Specs.Where<KeyCase>(k => k.UndesignatedOn == null);
        activeKeyCases.Query.Where(Supervision.SearchKeyCasesHandler.OfOpenCase(cases.Subquery));
        var keyOpen = await keyCases.CountAsync(activeKeyCases, cancellationToken);
        var ordersOverdue = await orders.CountAsync(Specs.Where(SupervisionOrder.OverdueOn(today)), cancellationToken);
        figures.Add(Count("key_cases.open", "重点案件 Key cases", keyOpen, "/api/key-cases?caseOpen=true", "designations not ended whose case is not closed"));
        figures.Add(Count("supervision.overdue", "督办逾期 Supervision orders overdue", ordersOverdue, "/api/supervision-orders?overdue=true", "orders past their deadline with no report waiting, or with a late one waiting"));

        // 自动履行率, and the linked units' replies.
        var v = (await prompts.ListAsync(Specs.Where<PrePerformancePrompt>(x => x.EffectiveOn >= from && x.EffectiveOn <= to), q => q.GroupBy(_ => 1).Select(g => new
        {
            All = g.Count(),
            Full = g.Count(x => x.Outcome == PromptOutcome.PerformedInFull),
        }), cancellationToken)).SingleOrDefault();
        figures.Add(Rate("voluntary_performance_rate", "自动履行率 Voluntary performance rate", v?.Full ?? 0, v?.All ?? 0, null,
            $"/api/prompts/voluntary-performance-rate?{range}", "judgments effective in the range performed in full without an enforcement case ÷ all judgments with a money obligation effective in the range"));
        var a = (await assistance.ListAsync(Specs.Where<AssistanceRequest>(x => x.SentOn >= from && x.SentOn <= to), q => q.GroupBy(_ => 1).Select(g => new
        {
            Answered = g.Count(x => x.RepliedOn != null),
            OnTime = g.Count(x => x.RepliedOn != null && x.RepliedOn <= x.ReplyDueOn),
            Overdue = g.Count(x => x.RepliedOn == null && x.ReplyDueOn < today),
        }), cancellationToken)).SingleOrDefault();
        figures.Add(Rate("assistance.on_time_rate", "联动单位按期回复率 Linked units answering on time", a?.OnTime ?? 0, (a?.Answered ?? 0) + (a?.Overdue ?? 0), null,
            $"/api/assistance-requests/units?{range}", "requests sent in the range answered by the due date ÷ (answered + unanswered past due)"));

        var byType = intake.OrderBy(i => i.Type)
            .Select(i => new IntakeByTypeDto(i.Type, i.Count, $"/api/cases?caseType={i.Type}&{filed}"))
            .ToList();
        return new DashboardDto(from, to, today, figures, byType, await TrendAsync(to, cancellationToken));
    }

    /// <summary>
    /// The 12 months ending with <paramref name="to"/>'s month, that month counted up to <paramref name="to"/> as every
    /// other range figure is: one grouped query for the closures, one for the prompts.
    /// </summary>
    private async Task<IReadOnlyList<DashboardMonthDto>> TrendAsync(DateOnly to, CancellationToken cancellationToken)
    {
        var first = new DateOnly(to.Year, to.Month, 1).AddMonths(-11);
        var end = to;
        var money = (await sums.ClosedAmountsByMonthAsync(first, end, cancellationToken)).ToDictionary(m => m.Month);
        var effective = await prompts.ListAsync(Specs.Where<PrePerformancePrompt>(x => x.EffectiveOn >= first && x.EffectiveOn <= end),
            q => q.GroupBy(x => new { x.EffectiveOn.Year, x.EffectiveOn.Month }).Select(g => new
            {
                g.Key.Year,
                g.Key.Month,
                All = g.Count(),
                Full = g.Count(x => x.Outcome == PromptOutcome.PerformedInFull),
            }), cancellationToken);
        return Enumerable.Range(0, 12).Select(i =>
        {
            var month = first.AddMonths(i);
            var key = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            var e = effective.SingleOrDefault(x => x.Year == month.Year && x.Month == month.Month);
            var m = money.GetValueOrDefault(key);
            return new DashboardMonthDto(key, m?.Closed ?? 0, Ratio(m?.Performed ?? 0, m?.Closed ?? 0), Ratio(m?.WithinLimit ?? 0, m?.Closed ?? 0),
                m is null ? null : Ratio(m.RecoveredFen, m.ClaimedFen), e?.All ?? 0, Ratio(e?.Full ?? 0, e?.All ?? 0));
        }).ToList();
    }

    /// <summary>A fraction rounded half away from zero to 4 places; null when nothing was counted.</summary>
    public static decimal? Ratio(decimal numerator, decimal denominator) =>
        denominator == 0 ? null : Math.Round(numerator / denominator, 4, MidpointRounding.AwayFromZero);

    private static DashboardFigure Count(string key, string label, decimal value, string link, string formula) =>
        new(key, label, value, null, null, null, null, link, formula);

    private static DashboardFigure Rate(string key, string label, decimal numerator, decimal denominator, decimal? target, string link, string formula)
    {
        var rate = Ratio(numerator, denominator);
        return new(key, label, numerator, denominator, rate, target, target is null || rate is null ? null : rate >= target, link, formula);
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
