using Enforcement.Application.Auditing;
using Enforcement.Application.Common;
using Enforcement.Application.Exports;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Dashboard;

/// <summary>The dashboard as a download: the figures, intake by type, and the 12-month trend. Aggregates only, no personal data.</summary>
public sealed record ExportDashboardQuery(DateOnly? From, DateOnly? To, ExportFormat Format) : IQuery<ExportWorkbook>;

public sealed class ExportDashboardValidator : AbstractValidator<ExportDashboardQuery>
{
    public ExportDashboardValidator()
    {
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null).WithMessage("to must not precede from.");
        RuleFor(q => q.Format).IsInEnum();
    }
}

public sealed class ExportDashboardHandler(ISender sender, IAuditTrail audit) : IQueryHandler<ExportDashboardQuery, ExportWorkbook>
{
    public static readonly IReadOnlyList<string> FigureHeadings = ["指标", "分子", "分母", "比率", "目标", "是否达标", "计算方法"];

    public async ValueTask<ExportWorkbook> Handle(ExportDashboardQuery query, CancellationToken cancellationToken)
    {
        var dashboard = await sender.Send(new DashboardQuery(query.From, query.To), cancellationToken);
        await audit.WriteAsync("Dashboard", "the dashboard", query.Format, new { dashboard.From, dashboard.To }, personalDataShown: false, cancellationToken);
        return new ExportWorkbook($"驾驶舱_{dashboard.From:yyyyMMdd}-{dashboard.To:yyyyMMdd}",
        [
            ExportSheet.Of($"指标 {ExportCells.Date(dashboard.From)} 至 {ExportCells.Date(dashboard.To)}", FigureHeadings, dashboard.Figures, f => (object?[])
            [
                f.Label, f.Numerator, f.Denominator, f.Rate, f.Target, f.MeetsTarget is { } meets ? ChineseLabels.YesNo(meets) : "", f.Formula,
            ]),
            ExportSheet.Of("收案类型", ["案件类型", "收案数"], dashboard.IntakeByType, i => (object?[])[ChineseLabels.Of(i.CaseType), i.Count]),
            ExportSheet.Of("月度趋势", ["月份", "结案数", "实际执行率", "法定期限内结案率", "执行到位率", "生效裁判数", "自动履行率"], dashboard.Trend, m => (object?[])
            [
                m.Month, m.Closed, m.ActualEnforcementRate, m.WithinLimitRate, m.RecoveryRate, m.Effective, m.VoluntaryPerformanceRate,
            ]),
        ]);
    }
}
