using Enforcement.Application.Abstractions;
using Enforcement.Application.Auditing;
using Enforcement.Application.Cases.Specifications;
using Enforcement.Application.Common;
using Enforcement.Application.Exports;
using Enforcement.Application.Security;
using Enforcement.Domain.Calendar;
using Enforcement.Domain.Cases;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Cases.SearchCases;

/// <summary>
/// Every case the list's filters match, in the list's order, as a download. Respondents' ID numbers are shown where the
/// reader may see the case's personal data (<see cref="CaseAccess.SeesPersonalData"/>) and masked elsewhere.
/// </summary>
public sealed record ExportCasesQuery(SearchCasesQuery Filter, ExportFormat Format) : IQuery<ExportWorkbook>;

public sealed class ExportCasesValidator : AbstractValidator<ExportCasesQuery>
{
    public ExportCasesValidator()
    {
        RuleFor(q => q.Filter).NotNull().SetValidator(new SearchCasesValidator());
        RuleFor(q => q.Format).IsInEnum();
    }
}

public sealed class ExportCasesHandler(
    IReadRepository<EnforcementCase> cases, ICurrentActor actor, IAuditTrail audit, ICourtClock clock, LegalCalendar calendar)
    : IQueryHandler<ExportCasesQuery, ExportWorkbook>
{
    public static readonly IReadOnlyList<string> Headings =
    [
        "案号", "案件类型", "立案日期", "案件状态", "涉企", "公权力机关被执行", "申请执行人", "被执行人", "被执行人证件号码",
        "执行标的（元）", "执行到位（元）", "承办人", "执行期限", "剩余天数", "结案日期", "结案方式", "下次网络查控日期",
    ];

    public async ValueTask<ExportWorkbook> Handle(ExportCasesQuery query, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var rows = cases.StreamAsync(new CasesMatchingFilterSpec(query.Filter, pageSize: null, today), q => q.Select(c => new
        {
            c.Number, c.CaseType, c.FiledOn, c.Status, c.EnterpriseRelated, c.PublicBodyDebtor, c.ClaimedAmount, c.RecoveredAmount, c.HandlerId,
            c.HandlerName, c.Deadline, c.NonLitigation, c.ExtensionMonths, c.PausedDays, c.PausedSince, ClosedOn = (DateOnly?)c.Closure!.ClosedOn, ClosureMode = (ClosureMode?)c.Closure!.Mode, c.NextReinquiryDueOn,
            Applicants = c.Applicants.Select(p => p.Name).ToList(),
            Respondents = c.Respondents.Select(p => new { p.Name, p.IdNumber, p.CreditCode }).ToList(),
        }));
        await audit.WriteAsync(nameof(EnforcementCase), "cases", query.Format, query.Filter,
            actor.IsInRole(Roles.Leader) || actor.IsInRole(Roles.Coordinator) || actor.IsInRole(Roles.Officer), cancellationToken);
        return new ExportWorkbook($"案件列表_{today:yyyyMMdd}", [new ExportSheet("案件", Headings, Cells())]);

        async IAsyncEnumerable<object?[]> Cells()
        {
            await foreach (var c in rows.WithCancellation(cancellationToken))
            {
                var unmasked = actor.SeesPersonalData(c.HandlerId);
                var deadline = CaseSchedule.DeadlineOn(today, c.Deadline, c.FiledOn, c.NonLitigation, c.ExtensionMonths, c.PausedDays, c.PausedSince, calendar);
                yield return
                [
                    c.Number.Value, ChineseLabels.Of(c.CaseType), ExportCells.Date(c.FiledOn), ChineseLabels.Of(c.Status), ChineseLabels.YesNo(c.EnterpriseRelated),
                    ChineseLabels.YesNo(c.PublicBodyDebtor), ExportCells.List(c.Applicants), ExportCells.List(c.Respondents.Select(p => p.Name)),
                    ExportCells.List(c.Respondents.Select(p => p.IdNumber is { } id ? unmasked ? id : Masking.IdNumber(id) : p.CreditCode)),
                    c.ClaimedAmount.Yuan, c.RecoveredAmount.Yuan, c.HandlerName ?? "",
                    ExportCells.Date(deadline), c.Status == CaseStatus.Closed ? null : StatutoryClock.DaysRemaining(deadline, today),
                    ExportCells.Date(c.ClosedOn), c.ClosureMode is { } mode ? ChineseLabels.Of(mode) : "", ExportCells.Date(c.NextReinquiryDueOn),
                ];
            }
        }
    }
}
