using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using Enforcement.Domain.Obligations;
using Mediator;

namespace Enforcement.Application.Obligations;

/// <summary>
/// The figures a report letter to the 市委 and 市政府 needs, as of a date (today by default): by unit and in total,
/// with the cases listed. Every figure counts only what happened on or before that date, by the dates of the facts
/// (a backlog entered today still shows in a report as of last month).
/// </summary>
public sealed record ObligationReportQuery(DateOnly? AsOf = null) : IQuery<ObligationReportDto>;

public sealed record ObligationReportDto(DateOnly AsOf, ReportFigures Total, IReadOnlyList<UnitReportDto> Units);

public sealed record UnitReportDto(Guid LinkedUnitId, string UnitName, ReportFigures Figures, IReadOnlyList<ReportCaseDto> Cases);

/// <summary>
/// <c>overdue</c>: what is unpaid of the debts past their statutory due date (delivery + 30 days, or the contract's up
/// to 60), and of those without one, which a judgment already orders paid; a plan agreed later does not make a debt
/// less overdue. <c>oldestDebtSince</c>: the earliest date an unpaid debt fell due (the statutory due date, else the day
/// it was first recorded fact). <c>instructionsFollowed</c>: instructions after which the escalation ended in
/// performance or a plan. A debt paid in full by the date, or ended with its case (closed other than by 终本) by then,
/// is no longer owed: nothing outstanding or overdue, no letters unanswered, no escalations open.
/// </summary>
public sealed record ReportFigures(
    int Cases, decimal Owed, decimal Paid, decimal Outstanding, decimal Overdue, DateOnly? OldestDebtSince, int? OldestDebtDays, int LettersUnanswered,
    int EscalationsOpen, int InstructionsReceived, int InstructionsFollowed);

public sealed record ReportCaseDto(
    Guid ObligationId, Guid CaseId, string CaseNumber, decimal Owed, decimal Paid, decimal Outstanding, decimal Overdue, DateOnly DebtSince, int LettersUnanswered,
    int EscalationsOpen, EscalationLevel? EscalatedTo, int InstructionsReceived, int InstructionsFollowed);

public sealed class ObligationReportHandler(IReadRepository<Obligation> obligations, ICourtClock clock) : IQueryHandler<ObligationReportQuery, ObligationReportDto>
{
    public async ValueTask<ObligationReportDto> Handle(ObligationReportQuery query, CancellationToken cancellationToken)
    {
        var asOf = query.AsOf ?? clock.Today;
        // One query: a row per obligation with its figures aggregated in SQL; the unit and total figures add up the rows listed.
        var rows = await obligations.ListAsync(new ObligationsRecordedBySpec(asOf), q => q.Select(o => new
        {
            o.Id, o.CaseId, o.CaseNumber, o.LinkedUnitId, o.UnitName, o.AmountFen, o.EndedOn, o.CaseCoveredOn, o.CaseLeftFen,
            PaidFen = o.Payments.Where(p => p.PaidOn <= asOf).Sum(p => p.AmountFen),
            DebtSince = o.StatutoryDueOn ?? o.SinceOn,
            PastDue = o.StatutoryDueOn == null || o.StatutoryDueOn < asOf,
            LettersUnanswered = o.Letters.Count(l => l.ReplyDueOn < asOf && (l.RepliedOn == null || l.RepliedOn > asOf)),
            EscalationsOpen = o.Escalations.Count(e => e.ReportedOn <= asOf && (e.Outcome == null || e.OutcomeOn > asOf)),
            InstructionsReceived = o.Escalations.Count(e => e.InstructedOn <= asOf),
            InstructionsFollowed = o.Escalations.Count(e =>
                e.InstructedOn <= asOf && e.OutcomeOn <= asOf && (e.Outcome == EscalationOutcome.Performed || e.Outcome == EscalationOutcome.PlanAgreed)),
            HighestLevel = o.Escalations.Where(e => e.ReportedOn <= asOf).Max(e => (EscalationLevel?)e.Level),
        }), cancellationToken);

        var cases = rows.Select(r =>
        {
            // Owing as of the date: not paid in full by then, nor ended with its case, nor covered by the case's own
            // recoveries. A debt no longer owed has nothing outstanding or overdue, no letter left unanswered and no
            // report left open. As of today, no more is outstanding than the case has left to recover (a past date
            // counts the debt's own payments only).
            var owing = r.PaidFen < r.AmountFen && !(r.EndedOn <= asOf) && !(r.CaseCoveredOn <= asOf);
            var owed = r.AmountFen - r.PaidFen;
            var outstanding = owing ? (asOf >= clock.Today ? Math.Min(owed, r.CaseLeftFen) : owed) / 100m : 0;
            return (r.LinkedUnitId, r.UnitName, Row: new ReportCaseDto(
                r.Id, r.CaseId, r.CaseNumber, r.AmountFen / 100m, r.PaidFen / 100m, outstanding, r.PastDue ? outstanding : 0, r.DebtSince,
                owing ? r.LettersUnanswered : 0, owing ? r.EscalationsOpen : 0, r.HighestLevel, r.InstructionsReceived, r.InstructionsFollowed));
        }).ToList();
        var units = cases.GroupBy(c => c.LinkedUnitId)
            .Select(g => new UnitReportDto(g.Key, g.First().UnitName, Figures(g.Select(c => c.Row).ToList(), asOf), g.Select(c => c.Row).ToList()))
            .OrderByDescending(u => u.Figures.Outstanding).ThenBy(u => u.UnitName, StringComparer.Ordinal)
            .ToList();
        // Two bodies owing on one case each owe up to what the case has left, but together no more than that: the total
        // counts each case's debts up to its remainder (as of today; a past date counts the debts' own figures).
        var caseLeft = asOf >= clock.Today ? rows.GroupBy(r => r.CaseId).ToDictionary(g => g.Key, g => g.Max(r => r.CaseLeftFen) / 100m) : null;
        return new ObligationReportDto(asOf, Figures(cases.Select(c => c.Row).ToList(), asOf, caseLeft), units);
    }

    private static ReportFigures Figures(IReadOnlyList<ReportCaseDto> rows, DateOnly asOf, IReadOnlyDictionary<Guid, decimal>? caseLeft = null)
    {
        var oldest = rows.Where(r => r.Outstanding > 0).Select(r => (DateOnly?)r.DebtSince).Min();
        decimal ByCase(Func<ReportCaseDto, decimal> figure) => caseLeft is null
            ? rows.Sum(figure)
            : rows.GroupBy(r => r.CaseId).Sum(g => Math.Min(g.Sum(figure), caseLeft[g.Key]));
        return new ReportFigures(
            rows.Select(r => r.CaseId).Distinct().Count(),
            rows.Sum(r => r.Owed),
            rows.Sum(r => r.Paid),
            ByCase(r => r.Outstanding),
            ByCase(r => r.Overdue),
            oldest,
            oldest is { } since ? Math.Max(0, asOf.DayNumber - since.DayNumber) : null,
            rows.Sum(r => r.LettersUnanswered),
            rows.Sum(r => r.EscalationsOpen),
            rows.Sum(r => r.InstructionsReceived),
            rows.Sum(r => r.InstructionsFollowed));
    }
}

public sealed class ObligationsRecordedBySpec : Specification<Obligation>
{
    public ObligationsRecordedBySpec(DateOnly asOf) =>
        Query.Where(o => o.SinceOn <= asOf).OrderBy(o => o.UnitName).ThenBy(o => o.CaseNumber).AsNoTracking();
}
