using Enforcement.Application.Auditing;
using Enforcement.Application.Common;
using Enforcement.Application.Exports;
using Enforcement.Domain.Obligations;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Obligations;

/// <summary>
/// The report to the city as a download: a sheet by unit (汇总, with the total), a sheet of cases (案件明细) and the
/// open reports to city leadership (报告市委市政府), as the page's three lists show them.
/// </summary>
public sealed record ExportObligationReportQuery(DateOnly? AsOf, ExportFormat Format) : IQuery<ExportWorkbook>;

public sealed class ExportObligationReportValidator : AbstractValidator<ExportObligationReportQuery>
{
    public ExportObligationReportValidator() => RuleFor(q => q.Format).IsInEnum();
}

public sealed class ExportObligationReportHandler(ISender sender, IAuditTrail audit) : IQueryHandler<ExportObligationReportQuery, ExportWorkbook>
{
    public static readonly IReadOnlyList<string> UnitHeadings =
    [
        "单位", "案件数", "欠款金额（元）", "已付金额（元）", "未付金额（元）", "逾期未付金额（元）", "最早欠款起算日", "最长欠款天数", "逾期未复督促函", "未结报告", "收到批示", "批示已落实",
    ];

    public static readonly IReadOnlyList<string> CaseHeadings =
    [
        "单位", "案号", "欠款金额（元）", "已付金额（元）", "未付金额（元）", "逾期未付金额（元）", "欠款起算日", "逾期未复督促函", "未结报告", "已报告至", "收到批示", "批示已落实",
    ];

    public static readonly IReadOnlyList<string> EscalationHeadings =
    [
        "报告日期", "报告对象", "文号", "案号", "单位", "跟进期限", "超过跟进期限天数", "状态",
    ];

    public async ValueTask<ExportWorkbook> Handle(ExportObligationReportQuery query, CancellationToken cancellationToken)
    {
        var report = await sender.Send(new ObligationReportQuery(query.AsOf), cancellationToken);
        var escalations = await OpenEscalationsAsync(cancellationToken);
        await audit.WriteAsync(nameof(Obligation), "the obligations report", query.Format, new { report.AsOf }, personalDataShown: false, cancellationToken);
        var units = report.Units.Select(u => (u.UnitName, u.Figures)).Append((UnitName: "合计", Figures: report.Total));
        var cases = report.Units.SelectMany(u => u.Cases.Select(c => (u.UnitName, Case: c)));
        return new ExportWorkbook($"公职单位欠款报告_{report.AsOf:yyyyMMdd}",
        [
            ExportSheet.Of($"汇总 {ExportCells.Date(report.AsOf)}", UnitHeadings, units, u => (object?[])
            [
                u.UnitName, u.Figures.Cases, u.Figures.Owed, u.Figures.Paid, u.Figures.Outstanding, u.Figures.Overdue, ExportCells.Date(u.Figures.OldestDebtSince),
                u.Figures.OldestDebtDays, u.Figures.LettersUnanswered, u.Figures.EscalationsOpen, u.Figures.InstructionsReceived, u.Figures.InstructionsFollowed,
            ]),
            ExportSheet.Of("案件明细", CaseHeadings, cases, c => (object?[])
            [
                c.UnitName, c.Case.CaseNumber, c.Case.Owed, c.Case.Paid, c.Case.Outstanding, c.Case.Overdue, ExportCells.Date(c.Case.DebtSince), c.Case.LettersUnanswered,
                c.Case.EscalationsOpen, c.Case.EscalatedTo is { } level ? ChineseLabels.Of(level) : "", c.Case.InstructionsReceived, c.Case.InstructionsFollowed,
            ]),
            ExportSheet.Of("报告市委市政府", EscalationHeadings, escalations, e => (object?[])
            [
                ExportCells.Date(e.ReportedOn), ChineseLabels.Of(e.Level), e.ReportNumber, e.CaseNumber, e.UnitName, ExportCells.Date(e.FollowUpDueOn),
                e.DaysPastFollowUp, e.AwaitingInstruction ? "待批示" : "已批示",
            ]),
        ]);
    }

    /// <summary>Every open report, page by page (a court has dozens, not thousands), in the list's order.</summary>
    private async Task<List<EscalationRowDto>> OpenEscalationsAsync(CancellationToken cancellationToken)
    {
        var rows = new List<EscalationRowDto>();
        for (var page = 1; ; page++)
        {
            var read = await sender.Send(new ListEscalationsQuery("open", page, Paging.MaxPageSize), cancellationToken);
            rows.AddRange(read.Items);
            if (read.Items.Count == 0 || rows.Count >= read.Total)
            {
                return rows;
            }
        }
    }
}
