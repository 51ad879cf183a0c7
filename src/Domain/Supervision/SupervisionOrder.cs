using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.Staff;

namespace Enforcement.Domain.Supervision;

/// <summary>What a supervision order is about.</summary>
public enum SupervisionSubject
{
    /// <summary>执行案件</summary>
    Case,

    /// <summary>信访</summary>
    Petition,

    /// <summary>公职单位欠款</summary>
    Obligation,
}

/// <summary>Where an order stands.</summary>
public enum SupervisionStatus
{
    /// <summary>待报告: waiting for the addressee's report (a returned report leaves it waiting again).</summary>
    Open,

    /// <summary>已报告: a report waits for the leader's decision.</summary>
    Reported,

    /// <summary>已办结: the leader accepted a report.</summary>
    Accepted,
}

/// <summary>The leader's decision on a report.</summary>
public enum ReportDecision
{
    Pending,
    Accepted,
    Returned,
}

/// <summary>
/// What the order is issued on, as the order needs it: the subject's label (案号, or the petition's or the debt's
/// description), the cases whose timelines carry the order, the day it began, and the day a case or a petition closed
/// or a debt was performed or ended with its case (<c>EndedOn</c>, null while it is open), after which nothing is left
/// to order. Every caller states it: a target built without it would skip the closed-subject rule silently.
/// </summary>
public sealed record SupervisionTarget(SupervisionSubject Kind, Guid Id, string Label, IReadOnlyList<Guid> CaseIds, DateOnly StartedOn, DateOnly? EndedOn)
{
    /// <summary>A case as an order's subject: it ends when the case closes.</summary>
    public static SupervisionTarget Of(EnforcementCase @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return OfCase(@case.Id, @case.Number.Value, @case.FiledOn, @case.Closure?.ClosedOn);
    }

    /// <summary>A case as an order's subject, from what a projection of it reads.</summary>
    public static SupervisionTarget OfCase(Guid id, string number, DateOnly filedOn, DateOnly? closedOn) =>
        new(SupervisionSubject.Case, id, number, [id], filedOn, closedOn);

    /// <summary>A public body's debt as an order's subject: it ends when it is no longer owed.</summary>
    public static SupervisionTarget Of(Obligations.Obligation debt)
    {
        ArgumentNullException.ThrowIfNull(debt);
        return new(SupervisionSubject.Obligation, debt.Id, $"{debt.UnitName} 欠款 {debt.CaseNumber}", [debt.CaseId], debt.RecordedOn, debt.NoLongerOwedOn);
    }
}

/// <summary>
/// 督办: a Leader's order on a case, a petition or a public-body debt, with an instruction, a deadline and an
/// addressee (the handler, or the coordinator for a unit's debt). The addressee reports progress; the leader accepts
/// the report, or returns it with a comment and a new deadline. An order not reported on by its deadline, or reported
/// late and waiting, is overdue (<see cref="IsOverdue"/>). Every step is on the timelines of the cases the subject concerns.
/// </summary>
public sealed class SupervisionOrder : AggregateRoot
{
    public const int MaxTextLength = 2000;
    public const int MaxLabelLength = 200;
    private const string Prefix = "supervision";
    private readonly List<SupervisionReport> _reports = [];
    private readonly List<SupervisionOrderCase> _cases = [];

    private SupervisionOrder()
    {
    }

    public SupervisionSubject SubjectKind { get; private init; }

    public Guid SubjectId { get; private init; }

    public string SubjectLabel { get; private init; } = "";

    /// <summary>The first case the subject concerns, for lists by case; every such case's timeline carries the order.</summary>
    public Guid? CaseId { get; private init; }

    public string Instruction { get; private init; } = "";

    public DateOnly IssuedOn { get; private init; }

    public string IssuedBy { get; private init; } = "";

    /// <summary>The deadline as first set.</summary>
    public DateOnly FirstDueOn { get; private init; }

    /// <summary>The deadline now: a returned report sets a new one.</summary>
    public DateOnly DueOn { get; private set; }

    public Guid AddresseeId { get; private set; }

    public string AddresseeName { get; private set; } = "";

    public SupervisionStatus Status { get; private set; }

    public DateOnly? AcceptedOn { get; private set; }

    public IReadOnlyList<SupervisionReport> Reports => _reports;

    /// <summary>The cases the subject concerns.</summary>
    public IReadOnlyList<SupervisionOrderCase> Cases => _cases;

    /// <summary>The cases whose timelines carry the order.</summary>
    public IEnumerable<Guid> CaseIds => _cases.Select(c => c.CaseId);

    /// <summary>
    /// The overdue rule: the handler must report by the deadline, and a late report is overdue. Past the deadline an
    /// order is overdue while no report waits (none came, or the last was returned with this deadline), or while the
    /// report that waits for the leader's decision came late (<paramref name="waitingReportLate"/>). A report on time
    /// that waits, and an accepted report, are not.
    /// </summary>
    public static bool IsOverdue(SupervisionStatus status, DateOnly dueOn, bool waitingReportLate, DateOnly today) =>
        dueOn < today && (status == SupervisionStatus.Open || (status == SupervisionStatus.Reported && waitingReportLate));

    public bool IsOverdueOn(DateOnly today) => IsOverdue(Status, DueOn, _reports.Any(r => r.DecidedOn is null && r.Late), today);

    /// <summary>The overdue rule as an expression over the stored columns, for lists and the dashboard.</summary>
    public static System.Linq.Expressions.Expression<Func<SupervisionOrder, bool>> OverdueOn(DateOnly today) =>
        o => o.DueOn < today
             && (o.Status == SupervisionStatus.Open
                 || (o.Status == SupervisionStatus.Reported && o.Reports.Any(r => r.DecidedOn == null && r.ReportedOn > r.DueOn)));

    /// <summary>The negation of <see cref="OverdueOn"/>, for the list's <c>overdue=false</c>.</summary>
    public static System.Linq.Expressions.Expression<Func<SupervisionOrder, bool>> NotOverdueOn(DateOnly today) =>
        o => o.DueOn >= today
             || o.Status == SupervisionStatus.Accepted
             || (o.Status == SupervisionStatus.Reported && !o.Reports.Any(r => r.DecidedOn == null && r.ReportedOn > r.DueOn));

    public static SupervisionOrder Issue(
        SupervisionTarget subject, string? instruction, DateOnly dueOn, StaffMember addressee, DateOnly issuedOn, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(addressee);
        ArgumentNullException.ThrowIfNull(context);
        if (!addressee.CanHandleCases)
        {
            throw new DomainInputException("supervision.addressee.invalid", "addresseeId", $"{addressee.Name} is not an active member of the enforcement staff.");
        }

        if (subject.EndedOn is { } ended)
        {
            // As a closed case is not designated a key case: the addressee could report nothing but the closure, and the
            // order would stand overdue on the dashboard.
            throw new DomainException("supervision.subject.closed", $"{subject.Label} ended on {ended:yyyy-MM-dd} (case closed, petition closed, or debt no longer owed); nothing is left to supervise.");
        }

        InputText.NotFuture(Prefix, issuedOn, context.Today, "issuedOn");
        if (issuedOn < subject.StartedOn)
        {
            throw new DomainInputException("supervision.issued_on.too_early", "issuedOn", $"{subject.Label} began on {subject.StartedOn:yyyy-MM-dd}.");
        }

        if (dueOn <= issuedOn)
        {
            throw new DomainInputException("supervision.due_on.too_early", "dueOn", $"The deadline must come after the order, issued {issuedOn:yyyy-MM-dd}.");
        }

        var order = new SupervisionOrder
        {
            SubjectKind = subject.Kind,
            SubjectId = subject.Id,
            SubjectLabel = InputText.Clip(subject.Label, MaxLabelLength),
            CaseId = subject.CaseIds.Count > 0 ? subject.CaseIds[0] : null,
            Instruction = InputText.Required(Prefix, instruction, MaxTextLength, "instruction"),
            IssuedOn = issuedOn,
            IssuedBy = context.RecordedBy,
            FirstDueOn = dueOn,
            DueOn = dueOn,
            AddresseeId = addressee.Id,
            AddresseeName = addressee.Name,
            Status = SupervisionStatus.Open,
        };
        order._cases.AddRange(subject.CaseIds.Distinct().Select(id => new SupervisionOrderCase(id)));
        order.Log(issuedOn, $"督办 Supervision order by {context.RecordedBy} to {addressee.Name}, report by {dueOn:yyyy-MM-dd}: {order.Instruction}", context);
        return order;
    }

    /// <summary>The addressee's progress report; one waits for a decision at a time.</summary>
    public SupervisionReport Report(DateOnly reportedOn, string? progress, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        switch (Status)
        {
            case SupervisionStatus.Accepted:
                throw new DomainException("supervision.already_accepted", $"A report was accepted on {AcceptedOn:yyyy-MM-dd}; the order is done.");
            case SupervisionStatus.Reported:
                throw new DomainConflictException("supervision.report.pending", "A report already waits for the leader's decision.");
        }

        InputText.NotFuture(Prefix, reportedOn, context.Today, "reportedOn");
        var since = _reports.Select(r => r.DecidedOn).Where(d => d is not null).Max() ?? IssuedOn;
        if (reportedOn < since)
        {
            throw new DomainInputException("supervision.reported_on.too_early", "reportedOn", $"The report cannot precede {since:yyyy-MM-dd}.");
        }

        var report = new SupervisionReport(_reports.Count + 1, reportedOn, InputText.Required(Prefix, progress, MaxTextLength, "progress"), DueOn, context);
        _reports.Add(report);
        Status = SupervisionStatus.Reported;
        Log(reportedOn, $"督办报告 Report {report.Number} by {context.RecordedBy}{(report.Late ? $" (late, due {DueOn:yyyy-MM-dd})" : "")}: {report.Progress}", context);
        return report;
    }

    /// <summary>
    /// The case changed hands on <paramref name="on"/>: an order not yet done that was addressed to its former handler
    /// goes to the new one, who reports on it from now on (a report already waiting stays with the leader).
    /// </summary>
    public void Redirect(StaffMember addressee, DateOnly on, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(addressee);
        ArgumentNullException.ThrowIfNull(context);
        // An inactive member of staff cannot report: the order stays where it is, for the leader to see.
        if (Status == SupervisionStatus.Accepted || addressee.Id == AddresseeId || !addressee.CanHandleCases)
        {
            return;
        }

        var former = AddresseeName;
        AddresseeId = addressee.Id;
        AddresseeName = addressee.Name;
        // A hand-over dated before the order (a backdated assignment) takes effect when the order was issued.
        Log(on < IssuedOn ? IssuedOn : on, $"督办改由 {addressee.Name} 报告 Now addressed to {addressee.Name} (was {former}): the case changed hands", context);
    }

    /// <summary>The leader accepts the waiting report: the order is done.</summary>
    public void Accept(string? comment, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var report = Waiting();
        report.Decide(ReportDecision.Accepted, InputText.Optional(Prefix, comment, MaxTextLength, "comment"), null, context);
        Status = SupervisionStatus.Accepted;
        AcceptedOn = context.Today;
        Log(context.Today, $"督办办结 Report {report.Number} accepted by {context.RecordedBy}", context);
    }

    /// <summary>The leader returns the waiting report with a comment and a new deadline, after today.</summary>
    public void Return(string? comment, DateOnly newDueOn, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var report = Waiting();
        var text = InputText.Required(Prefix, comment, MaxTextLength, "comment");
        if (newDueOn <= context.Today)
        {
            throw new DomainInputException("supervision.new_due_on.too_early", "newDueOn", $"The new deadline must come after today, {context.Today:yyyy-MM-dd}.");
        }

        report.Decide(ReportDecision.Returned, text, newDueOn, context);
        Status = SupervisionStatus.Open;
        DueOn = newDueOn;
        Log(context.Today, $"督办退回 Report {report.Number} returned by {context.RecordedBy}, report again by {newDueOn:yyyy-MM-dd}: {text}", context);
    }

    private SupervisionReport Waiting() =>
        Status == SupervisionStatus.Reported
            ? _reports[^1]
            : throw new DomainException("supervision.report.none", Status == SupervisionStatus.Accepted ? "The order is already done." : "No report waits for a decision.");

    /// <summary>
    /// The step just taken, for the subject's own timeline: a petition writes it as a step of its own; an obligation
    /// records it in its history. Not stored.
    /// </summary>
    public SupervisionStep? LastStep { get; private set; }

    /// <summary>
    /// Writes the step on the timeline of every case the subject concerns, whatever the subject, as a supervision line
    /// naming the order: a case's timeline shows it only to readers in the case's reach and to the order's addressee.
    /// </summary>
    private void Log(DateOnly on, string summary, ChangeContext context)
    {
        LastStep = new SupervisionStep(on, $"[督办 {IssuedOn:yyyy-MM-dd}] {summary}");
        Touch(summary);
        foreach (var caseId in CaseIds)
        {
            Append(new TimelineEntry(caseId, TimelineKind.Supervision, on, summary, context, Id));
        }
    }
}

/// <summary>A case whose timeline carries the order.</summary>
public sealed class SupervisionOrderCase
{
    private SupervisionOrderCase()
    {
    }

    internal SupervisionOrderCase(Guid caseId) => CaseId = caseId;

    public Guid CaseId { get; private init; }
}

/// <summary>A step of an order, as the subject's timeline shows it.</summary>
public sealed record SupervisionStep(DateOnly On, string Summary);

/// <summary>督办报告: the addressee's progress, and the leader's decision on it.</summary>
public sealed class SupervisionReport
{
    private SupervisionReport()
    {
    }

    internal SupervisionReport(int number, DateOnly reportedOn, string progress, DateOnly dueOn, ChangeContext context)
    {
        Number = number;
        ReportedOn = reportedOn;
        Progress = progress;
        DueOn = dueOn;
        ReportedBy = context.RecordedBy;
        RecordedAtUtc = context.RecordedAtUtc;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    public int Number { get; private init; }

    public DateOnly ReportedOn { get; private init; }

    public string Progress { get; private init; } = "";

    /// <summary>The deadline the report answered.</summary>
    public DateOnly DueOn { get; private init; }

    /// <summary>Reported after its deadline.</summary>
    public bool Late => ReportedOn > DueOn;

    public string ReportedBy { get; private init; } = "";

    public DateTime RecordedAtUtc { get; private init; }

    public ReportDecision Decision { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public string? DecidedBy { get; private set; }

    public string? Comment { get; private set; }

    /// <summary>The new deadline a returned report set.</summary>
    public DateOnly? NewDueOn { get; private set; }

    internal void Decide(ReportDecision decision, string? comment, DateOnly? newDueOn, ChangeContext context)
    {
        Decision = decision;
        Comment = comment;
        NewDueOn = newDueOn;
        DecidedOn = context.Today;
        DecidedBy = context.RecordedBy;
    }
}
