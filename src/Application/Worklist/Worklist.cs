using System.Linq.Expressions;
using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using Enforcement.Application.Auditing;
using Enforcement.Application.Common;
using Enforcement.Application.Exports;
using Enforcement.Application.Preservation;
using Enforcement.Application.Security;
using Enforcement.Domain.Assistance;
using Enforcement.Domain.Calendar;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Obligations;
using Enforcement.Domain.Petitions;
using Enforcement.Domain.Preservation;
using Enforcement.Domain.Supervision;
using Enforcement.Domain.Staff;
using Enforcement.Domain.Tasks;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Worklist;

/// <summary>What a worklist item asks of its reader.</summary>
public enum WorklistKind
{
    /// <summary>审限: a running case of mine reaching its limit.</summary>
    CaseDeadline,

    /// <summary>执行通知书 / 报告财产令: the first steps of a case of mine.</summary>
    CaseFirstSteps,

    /// <summary>终本 re-inquiry due on a case of mine.</summary>
    CaseReinquiry,

    /// <summary>A case without a handler (Coordinator): assign within 7 days of filing.</summary>
    CaseAssignment,

    /// <summary>保全到期: a seal, seizure or freeze reaching its last day.</summary>
    PreservationExpiry,

    /// <summary>续行申请: the applicant's renewal request is due 7 days before expiry.</summary>
    PreservationRenewalRequest,

    /// <summary>解除保全: an order whose lifting day has come.</summary>
    PreservationLift,

    /// <summary>督促履行函: a unit's reply to an urging letter.</summary>
    ObligationLetter,

    /// <summary>履行计划: an instalment of a unit's plan.</summary>
    ObligationInstalment,

    /// <summary>向市委市政府报告: the follow-up of an escalation.</summary>
    ObligationEscalation,

    /// <summary>信访: the next court deadline of a petition (accept, assign, resolve, review).</summary>
    Petition,

    /// <summary>督办: an order addressed to me.</summary>
    SupervisionOrder,

    /// <summary>督办报告: a report waiting for a leader's decision.</summary>
    SupervisionReport,

    /// <summary>重点案件: a key case I am in charge of, by its limit.</summary>
    KeyCase,

    /// <summary>集约执行: a pool task I claimed.</summary>
    Task,

    /// <summary>协助执行: a linked unit's reply on a case of mine.</summary>
    Assistance,

    /// <summary>延长审限审批: a request waiting for a leader's decision, due by the case's limit.</summary>
    ExtensionDecision,
}

/// <summary>One thing due: its kind, a title, the due date, days left (negative once past) and the API address of its record.</summary>
public sealed record WorklistItem(WorklistKind Kind, string Title, DateOnly DueOn, int DaysLeft, bool Overdue, string Link, Guid SubjectId);

/// <summary>
/// 我的待办: everything due for the caller within <c>withinDays</c> (default 30; overdue items always), across every
/// module, overdue first then by due date. What counts as "mine" follows the role: a handler's cases and what hangs
/// on them (the live holds of their cases too once closed: a 终本 case's holds run on), a coordinator's unassigned
/// cases and their holds, preservation orders, unit debts, Reception's
/// petitions, a Leader's key cases and the reports waiting for a decision, and for everyone the supervision orders
/// addressed to them and the pool tasks they claimed.
/// </summary>
public sealed record MyWorklistQuery(int? WithinDays = null, int? Page = null, int? PageSize = null) : IQuery<PagedResult<WorklistItem>>, IPagedQuery
{
    /// <summary>How far ahead the worklist looks unless told: 30 days; at most a year.</summary>
    public const int DefaultWithinDays = 30;

    public const int MaxWithinDays = 366;
}

public sealed class MyWorklistValidator : AbstractValidator<MyWorklistQuery>
{
    public MyWorklistValidator() => RuleFor(q => q.WithinDays).InclusiveBetween(0, MyWorklistQuery.MaxWithinDays);
}

/// <summary>One indexed query per kind, each limited to <see cref="PerKind"/> rows, merged and paged in memory.</summary>
public sealed class MyWorklistHandler(
    IReadRepository<EnforcementCase> cases,
    IReadRepository<PreservationOrder> orders,
    IReadRepository<Obligation> obligations,
    IReadRepository<Petition> petitions,
    IReadRepository<SupervisionOrder> supervision,
    IReadRepository<KeyCase> keyCases,
    IReadRepository<EnforcementTask> tasks,
    IReadRepository<AssistanceRequest> assistance,
    IExpiringHolds holds,
    IReadRepository<StaffMember> staff,
    ICurrentActor actor,
    ICourtClock clock,
    LegalCalendar calendar) : IQueryHandler<MyWorklistQuery, PagedResult<WorklistItem>>
{
    public const int PerKind = 200;

    public async ValueTask<PagedResult<WorklistItem>> Handle(MyWorklistQuery query, CancellationToken cancellationToken)
    {
        var ordered = await ItemsAsync(query.WithinDays, cancellationToken);
        var page = Paging.Number(query.Page);
        var pageSize = Paging.Size(query.PageSize);
        return new PagedResult<WorklistItem>(ordered.Skip((page - 1) * pageSize).Take(pageSize).ToList(), ordered.Count, page, pageSize);
    }

    /// <summary>The caller's whole worklist within <paramref name="withinDays"/> (default 30), in the list's order; the export reads the same.</summary>
    public async Task<IReadOnlyList<WorklistItem>> ItemsAsync(int? withinDays, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var horizon = today.AddDays(withinDays ?? MyWorklistQuery.DefaultWithinDays);
        var me = actor.StaffId;
        var officer = actor.IsInRole(Roles.Officer);
        var coordinator = actor.IsInRole(Roles.Coordinator);
        var items = new List<WorklistItem>();
        void Add(WorklistKind kind, string title, DateOnly dueOn, string link, Guid id, bool? overdue = null) =>
            items.Add(new WorklistItem(kind, title, dueOn, dueOn.DayNumber - today.DayNumber, overdue ?? dueOn < today, link, id));

        if (me is { } staffId && (officer || coordinator))
        {
            // A paused case stays on its handler's list (it is theirs to resume), with the deadline its page gives today:
            // the stored one moved on by the days paused so far, so the stored one bounds it from below. Running and paused
            // cases are read apart, each capped on its own, so long-paused cases cannot crowd a running one out.
            foreach (var paused in new[] { false, true })
            {
                foreach (var c in await cases.ListAsync(Specs.Where<EnforcementCase>(c => c.HandlerId == staffId && c.Status != CaseStatus.Closed && c.Deadline <= horizon
                                                                                   && (c.PausedSince != null) == paused),
                             q => q.OrderBy(c => c.Deadline).Take(PerKind).Select(c => new
                             {
                                 c.Id, c.Number, c.Deadline, c.FiledOn, c.NonLitigation, c.ExtensionMonths, c.PausedDays, c.PausedSince,
                             }), cancellationToken))
                {
                    var deadline = CaseSchedule.DeadlineOn(today, c.Deadline, c.FiledOn, c.NonLitigation, c.ExtensionMonths, c.PausedDays, c.PausedSince, calendar);
                    if (deadline <= horizon)
                    {
                        Add(WorklistKind.CaseDeadline, $"{c.Number.Value} 审限届满 limit{(paused ? "（中止中 paused）" : "")}", deadline, $"/api/cases/{c.Id}", c.Id);
                    }
                }
            }

            foreach (var c in await cases.ListAsync(Specs.Where<EnforcementCase>(c => c.HandlerId == staffId && c.Status != CaseStatus.Closed && c.FirstStepsDueOn <= horizon
                                                                               && (c.NoticeSentOn == null || c.AssetReportOrderedOn == null)),
                         q => q.OrderBy(c => c.FirstStepsDueOn).Take(PerKind).Select(c => new { c.Id, c.Number, DueOn = c.FirstStepsDueOn!.Value }), cancellationToken))
            {
                Add(WorklistKind.CaseFirstSteps, $"{c.Number.Value} 发出执行通知书、报告财产令 first steps", c.DueOn, $"/api/cases/{c.Id}", c.Id);
            }

            foreach (var c in await cases.ListAsync(Specs.Where(c => c.HandlerId == staffId, CaseWorklists.ReinquiryDueBy(today, horizon)),
                         q => q.OrderBy(c => c.NextReinquiryDueOn).Take(PerKind).Select(c => new { c.Id, c.Number, DueOn = c.NextReinquiryDueOn!.Value }), cancellationToken))
            {
                Add(WorklistKind.CaseReinquiry, $"{c.Number.Value} 终本案件网络查控复查 re-inquiry", c.DueOn, $"/api/cases/{c.Id}", c.Id);
            }

            foreach (var m in await cases.ListAsync(Specs.Where<EnforcementCase>(c => c.HandlerId == staffId),
                         q => q.SelectMany(c => c.Measures, (c, m) => new { Case = c, Measure = m })
                             .Where(x => x.Measure.Hold != null && x.Measure.VoidedOn == null && x.Measure.Hold.ReleasedOn == null
                                         && x.Measure.Hold.ExpiresOn >= today && x.Measure.Hold.ExpiresOn <= horizon.AddDays(AssetHold.RenewalRequestLeadDays))
                             .Select(x => new
                             {
                                 x.Case.Id, x.Case.Number, x.Measure.Description, x.Measure.Hold!.ExpiresOn,
                                 x.Case.Status, ClosedAs = (ClosureMode?)x.Case.Closure!.Mode, Resumed = x.Case.ResumedAsCaseId != null,
                             })
                             .OrderBy(x => x.ExpiresOn).Take(PerKind), cancellationToken))
            {
                AddHold(m.Number.Value, m.Description, m.ExpiresOn, $"/api/cases/{m.Id}", m.Id, EnforcementCase.RenewsHolds(m.Status, m.ClosedAs, m.Resumed));
            }

            foreach (var t in await tasks.ListAsync(Specs.Where<EnforcementTask>(t => t.ClaimedById == staffId && t.Status == TaskState.Claimed && t.DueOn <= horizon),
                         q => q.OrderBy(t => t.DueOn).Take(PerKind).Select(t => new { t.Id, t.CaseNumber, t.Type, t.DueOn }), cancellationToken))
            {
                Add(WorklistKind.Task, $"{t.CaseNumber} 集约任务：{ChineseLabels.Of(t.Type)}", t.DueOn, $"/api/tasks/{t.Id}", t.Id);
            }

            var mine = cases.Subquery.Where(c => c.HandlerId == staffId);
            var assistanceSpec = Specs.Where<AssistanceRequest>(r => r.RepliedOn == null && r.ReplyDueOn <= horizon);
            if (!coordinator)
            {
                assistanceSpec.Query.Where(r => mine.Any(c => c.Id == r.CaseId));
            }

            foreach (var r in await assistance.ListAsync(assistanceSpec,
                         q => q.OrderBy(r => r.ReplyDueOn).Take(PerKind).Select(r => new { r.Id, r.CaseNumber, r.UnitName, r.ReplyDueOn }), cancellationToken))
            {
                Add(WorklistKind.Assistance, $"{r.CaseNumber} {r.UnitName} 协助执行回复 reply", r.ReplyDueOn, $"/api/assistance-requests/{r.Id}", r.Id);
            }

            // Each of a debt's three dates is its own kind, read in its own order, so the cap keeps the nearest of each.
            var openDebts = Specs.Where<Obligation>(o => o.Owing);
            if (!coordinator)
            {
                openDebts.Query.Where(o => mine.Any(c => c.Id == o.CaseId));
            }

            async Task AddDebtsAsync(WorklistKind kind, string what, Expression<Func<Obligation, DebtDate>> date)
            {
                foreach (var d in await obligations.ListAsync(openDebts,
                             q => q.Select(date).Where(d => d.DueOn <= horizon).OrderBy(d => d.DueOn).ThenBy(d => d.Id).Take(PerKind), cancellationToken))
                {
                    Add(kind, $"{d.UnitName} {what} ({d.CaseNumber})", d.DueOn!.Value, $"/api/obligations/{d.Id}", d.Id);
                }
            }

            await AddDebtsAsync(WorklistKind.ObligationLetter, "督促履行函回复",
                o => new DebtDate { Id = o.Id, UnitName = o.UnitName, CaseNumber = o.CaseNumber, DueOn = o.OpenLetterReplyDueOn });
            await AddDebtsAsync(WorklistKind.ObligationInstalment, "履行计划分期",
                o => new DebtDate { Id = o.Id, UnitName = o.UnitName, CaseNumber = o.CaseNumber, DueOn = o.OpenInstalmentDueOn });
            await AddDebtsAsync(WorklistKind.ObligationEscalation, "报告跟进",
                o => new DebtDate { Id = o.Id, UnitName = o.UnitName, CaseNumber = o.CaseNumber, DueOn = o.OpenEscalationFollowUpDueOn });
        }

        if (coordinator)
        {
            foreach (var c in await cases.ListAsync(Specs.Where<EnforcementCase>(c => c.HandlerId == null && c.Status != CaseStatus.Closed && c.HandlerDueOn <= horizon),
                         q => q.OrderBy(c => c.HandlerDueOn).Take(PerKind).Select(c => new { c.Id, c.Number, c.HandlerDueOn }), cancellationToken))
            {
                Add(WorklistKind.CaseAssignment, $"{c.Number.Value} 指定承办人 assign a handler", c.HandlerDueOn, $"/api/cases/{c.Id}", c.Id);
            }

            // A case without a handler has no one else to watch its limit: the coordinator does, as a handler would.
            foreach (var c in await cases.ListAsync(Specs.Where<EnforcementCase>(c => c.HandlerId == null && c.Status == CaseStatus.Filed && c.Deadline <= horizon),
                         q => q.OrderBy(c => c.Deadline).Take(PerKind).Select(c => new { c.Id, c.Number, c.Deadline }), cancellationToken))
            {
                Add(WorklistKind.CaseDeadline, $"{c.Number.Value} 审限届满 limit (no handler)", c.Deadline, $"/api/cases/{c.Id}", c.Id);
            }

            // A case whose handler's staff record was deactivated is nobody's: it is to be assigned again, today. (Read
            // from the few deactivated staff through the handler index, not from every open case.)
            var deactivated = staff.Subquery.Where(s => !s.Active).Select(s => (Guid?)s.Id);
            foreach (var c in await cases.ListAsync(Specs.Where<EnforcementCase>(c => deactivated.Contains(c.HandlerId) && c.Status != CaseStatus.Closed),
                         q => q.OrderBy(c => c.FiledOn).Take(PerKind).Select(c => new { c.Id, c.Number, c.HandlerName }), cancellationToken))
            {
                Add(WorklistKind.CaseAssignment, $"{c.Number.Value} 承办人{c.HandlerName}已停用，重新指定 reassign", today, $"/api/cases/{c.Id}", c.Id);
            }

            // The holds no handler watches: the orders', and those of cases without a handler or with a deactivated one.
            var expiring = await holds.ListAsync(today, today, horizon.AddDays(AssetHold.RenewalRequestLeadDays), 1, PerKind, cancellationToken, unassignedOnly: true);
            foreach (var h in expiring.Items)
            {
                var link = h.Source == "order" ? $"/api/preservation/orders/{h.OwnerId}" : $"/api/cases/{h.OwnerId}";
                AddHold(h.OwnerNumber, h.Description, h.ExpiresOn, link, h.OwnerId, h.Renewable);
            }

            foreach (var o in await orders.ListAsync(Specs.Where<PreservationOrder>(o => o.Status == OrderStatus.Active && o.LiftDueOn <= horizon
                                                                                 && o.Measures.Any(m => m.Hold.ReleasedOn == null && m.Hold.ExpiresOn >= today)),
                         q => q.OrderBy(o => o.LiftDueOn).Take(PerKind).Select(o => new { o.Id, o.Number, o.LitigationCaseNumber, DueOn = o.LiftDueOn!.Value }), cancellationToken))
            {
                Add(WorklistKind.PreservationLift, $"{o.Number?.Value ?? o.LitigationCaseNumber} 解除保全 lift", o.DueOn, $"/api/preservation/orders/{o.Id}", o.Id);
            }
        }

        var petitionSpec = Specs.Where<Petition>(p => p.DueOn != null && p.DueOn <= horizon);
        if (actor.IsInRole(Roles.Reception) || (me is not null && officer))
        {
            if (!actor.IsInRole(Roles.Reception))
            {
                petitionSpec.Query.Where(p => p.AssigneeKind == AssigneeKind.Staff && p.AssigneeId == me);
            }

            foreach (var p in await petitions.ListAsync(petitionSpec,
                         q => q.OrderBy(p => p.DueOn).Take(PerKind).Select(p => new { p.Id, p.ReceivedOn, p.Channel, p.Status, DueOn = p.DueOn!.Value }), cancellationToken))
            {
                Add(WorklistKind.Petition, $"信访 {p.ReceivedOn:yyyy-MM-dd} {ChineseLabels.Of(p.Channel)}（{ChineseLabels.Of(p.Status)}）", p.DueOn, $"/api/petitions/{p.Id}", p.Id);
            }
        }

        if (me is { } addressee)
        {
            foreach (var o in await supervision.ListAsync(Specs.Where<SupervisionOrder>(o => o.AddresseeId == addressee && o.Status == SupervisionStatus.Open && o.DueOn <= horizon),
                         q => q.OrderBy(o => o.DueOn).Take(PerKind).Select(o => new { o.Id, o.SubjectLabel, o.DueOn }), cancellationToken))
            {
                Add(WorklistKind.SupervisionOrder, $"督办 {o.SubjectLabel}", o.DueOn, $"/api/supervision-orders/{o.Id}", o.Id);
            }
        }

        if (actor.IsInRole(Roles.Leader))
        {
            foreach (var o in await supervision.ListAsync(Specs.Where<SupervisionOrder>(o => o.Status == SupervisionStatus.Reported),
                         q => q.OrderBy(o => o.DueOn).Take(PerKind).Select(o => new
                         {
                             o.Id, o.SubjectLabel, o.DueOn, o.Status, Late = o.Reports.Any(r => r.DecidedOn == null && r.ReportedOn > r.DueOn),
                         }), cancellationToken))
            {
                // Overdue as the order is: a report on time waits for the leader without making the order overdue.
                Add(WorklistKind.SupervisionReport, $"督办报告待审 {o.SubjectLabel}", o.DueOn, $"/api/supervision-orders/{o.Id}", o.Id,
                    SupervisionOrder.IsOverdue(o.Status, o.DueOn, o.Late, today));
            }

            // Every pending request, whatever its distance: the limit runs out while it waits.
            // Read from the pending requests (indexed by status), each joined to its case.
            // A paused case's deadline is the one its page gives today (CaseSchedule.DeadlineOn).
            foreach (var c in await cases.ListAsync(Specs.Where<EnforcementCase>(c => c.Status != CaseStatus.Closed),
                         q => q.SelectMany(c => c.Extensions.Where(e => e.Status == ExtensionStatus.Pending), (c, e) => new
                             {
                                 c.Id, c.Number, c.Deadline, c.FiledOn, c.NonLitigation, c.ExtensionMonths, c.PausedDays, c.PausedSince,
                             })
                             .OrderBy(c => c.Deadline).Take(PerKind), cancellationToken))
            {
                var deadline = CaseSchedule.DeadlineOn(today, c.Deadline, c.FiledOn, c.NonLitigation, c.ExtensionMonths, c.PausedDays, c.PausedSince, calendar);
                Add(WorklistKind.ExtensionDecision, $"{c.Number.Value} 延长审限审批 extension to decide", deadline, $"/api/cases/{c.Id}", c.Id);
            }

            if (me is { } leader)
            {
                var open = cases.Subquery.Where(c => c.Status != CaseStatus.Closed);
                foreach (var k in await keyCases.ListAsync(Specs.Where<KeyCase>(k => k.LeaderInChargeId == leader && k.UndesignatedOn == null),
                             q => q.Join(open, k => k.CaseId, c => c.Id, (k, c) => new
                             {
                                 k.Id, k.CaseNumber, c.Deadline, c.FiledOn, c.NonLitigation, c.ExtensionMonths, c.PausedDays, c.PausedSince,
                             }).OrderBy(k => k.Deadline).ThenBy(k => k.Id).Take(PerKind), cancellationToken))
                {
                    // A leader follows every key case in charge, whatever its distance to the limit.
                    var deadline = CaseSchedule.DeadlineOn(today, k.Deadline, k.FiledOn, k.NonLitigation, k.ExtensionMonths, k.PausedDays, k.PausedSince, calendar);
                    Add(WorklistKind.KeyCase, $"重点案件 {k.CaseNumber} 审限届满 limit", deadline, $"/api/key-cases/{k.Id}", k.Id);
                }
            }
        }

        // Overdue first: a report that came in on time waits past its order's deadline without being overdue.
        return items.OrderByDescending(i => i.Overdue).ThenBy(i => i.DueOn).ThenBy(i => i.Kind).ThenBy(i => i.Title, StringComparer.Ordinal).ToList();

        // A hold that can no longer be renewed (on a case closed other than as 终本) is still due to expire, to be
        // released; no renewal request is asked for.
        void AddHold(string number, string description, DateOnly expiresOn, string link, Guid id, bool renewable = true)
        {
            if (expiresOn <= horizon)
            {
                Add(WorklistKind.PreservationExpiry, $"{number} 保全到期 {description}", expiresOn, link, id);
            }

            if (!renewable)
            {
                return;
            }

            Add(WorklistKind.PreservationRenewalRequest, $"{number} 续行申请 {description}", AssetHold.RenewalRequestDue(expiresOn), link, id);
        }
    }

    /// <summary>One of a public-body debt's due dates, with what its worklist line shows.</summary>
    private sealed record DebtDate
    {
        public Guid Id { get; init; }

        public string UnitName { get; init; } = "";

        public string CaseNumber { get; init; } = "";

        public DateOnly? DueOn { get; init; }
    }
}

/// <summary>我的待办 as a download: every item within <c>withinDays</c>, in the list's order.</summary>
public sealed record ExportMyWorklistQuery(int? WithinDays, ExportFormat Format) : IQuery<ExportWorkbook>;

public sealed class ExportMyWorklistValidator : AbstractValidator<ExportMyWorklistQuery>
{
    public ExportMyWorklistValidator()
    {
        RuleFor(q => q.WithinDays).InclusiveBetween(0, MyWorklistQuery.MaxWithinDays);
        RuleFor(q => q.Format).IsInEnum();
    }
}

public sealed class ExportMyWorklistHandler(MyWorklistHandler worklist, IAuditTrail audit, ICourtClock clock) : IQueryHandler<ExportMyWorklistQuery, ExportWorkbook>
{
    public static readonly IReadOnlyList<string> Headings = ["类别", "事项", "到期日", "剩余天数", "是否逾期"];

    public async ValueTask<ExportWorkbook> Handle(ExportMyWorklistQuery query, CancellationToken cancellationToken)
    {
        var items = await worklist.ItemsAsync(query.WithinDays, cancellationToken);
        await audit.WriteAsync("Worklist", "my worklist", query.Format, new { query.WithinDays }, personalDataShown: false, cancellationToken);
        return new ExportWorkbook($"我的待办_{clock.Today:yyyyMMdd}",
        [
            ExportSheet.Of("我的待办", Headings, items, i => (object?[])
            [
                ChineseLabels.Of(i.Kind), i.Title, ExportCells.Date(i.DueOn), i.DaysLeft, ChineseLabels.YesNo(i.Overdue),
            ]),
        ]);
    }
}
