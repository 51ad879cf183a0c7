using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using Enforcement.Application.Auditing;
using Enforcement.Application.Common;
using Enforcement.Application.Exports;
using Enforcement.Application.Security;
using Enforcement.Domain.Supervision;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Supervision;

/// <summary>
/// The key cases list (重点案件) as a download, with the list's filters and the reader's reach, and the pending
/// suggestions (建议列为重点) on a second sheet.
/// </summary>
public sealed record ExportKeyCasesQuery(SearchKeyCasesQuery Filter, ExportFormat Format) : IQuery<ExportWorkbook>;

/// <summary>The supervision orders list (督办) as a download, with the list's filters and the reader's reach.</summary>
public sealed record ExportSupervisionOrdersQuery(SearchSupervisionOrdersQuery Filter, ExportFormat Format) : IQuery<ExportWorkbook>;

public sealed class ExportKeyCasesValidator : AbstractValidator<ExportKeyCasesQuery>
{
    public ExportKeyCasesValidator()
    {
        RuleFor(q => q.Filter).NotNull().SetValidator(new SearchKeyCasesValidator());
        RuleFor(q => q.Format).IsInEnum();
    }
}

public sealed class ExportSupervisionOrdersValidator : AbstractValidator<ExportSupervisionOrdersQuery>
{
    public ExportSupervisionOrdersValidator()
    {
        RuleFor(q => q.Filter).NotNull().SetValidator(new SearchSupervisionOrdersValidator());
        RuleFor(q => q.Format).IsInEnum();
    }
}

public sealed class ExportKeyCasesHandler(
    IReadRepository<KeyCase> keyCases, IReadRepository<KeyCaseSuggestion> suggestions, CaseWorkGuard guard, ICurrentActor actor, IAuditTrail audit, ICourtClock clock)
    : IQueryHandler<ExportKeyCasesQuery, ExportWorkbook>
{
    public static readonly IReadOnlyList<string> SuggestionHeadings = ["建议日期", "案号", "建议理由", "情况", "是否已列为重点"];

    public static readonly IReadOnlyList<string> Headings =
        ["案号", "列为重点原因", "原因说明", "分管领导", "列为重点日期", "列为重点人", "状态", "撤销日期", "撤销原因", "跟踪记录条数", "最近跟踪日期"];

    public async ValueTask<ExportWorkbook> Handle(ExportKeyCasesQuery query, CancellationToken cancellationToken)
    {
        // The pending suggestions are few: read first, so that only the key cases stream (one reader at a time).
        var pending = SearchKeyCaseSuggestionsHandler.Matching(new SearchKeyCaseSuggestionsQuery(SuggestionStatus.Pending), guard);
        var suggested = await suggestions.ListAsync(pending, q => q.Select(KeyCaseMapper.SuggestionProjection(keyCases.Subquery)), cancellationToken);
        var rows = keyCases.StreamAsync(SearchKeyCasesHandler.Matching(query.Filter, guard, actor.StaffId), q => q.Select(KeyCaseMapper.Projection));
        await audit.WriteAsync(nameof(KeyCase), "the key cases", query.Format, query.Filter with { Page = null, PageSize = null }, personalDataShown: false, cancellationToken);
        return new ExportWorkbook($"重点案件_{clock.Today:yyyyMMdd}",
        [
            new ExportSheet("重点案件", Headings, Cells()),
            ExportSheet.Of("建议列为重点", SuggestionHeadings, suggested, s => (object?[])
            [
                ExportCells.Date(s.SuggestedOn), s.CaseNumber, ChineseLabels.Of(s.Reason), s.Detail, ChineseLabels.YesNo(s.CaseIsKey),
            ]),
        ]);

        async IAsyncEnumerable<object?[]> Cells()
        {
            await foreach (var k in rows.WithCancellation(cancellationToken))
            {
                yield return
                [
                    k.CaseNumber, ChineseLabels.Of(k.Reason), k.ReasonText, k.LeaderInChargeName, ExportCells.Date(k.DesignatedOn), k.DesignatedBy,
                    k.Active ? "重点督办中" : "已撤销", ExportCells.Date(k.UndesignatedOn), k.UndesignationReason ?? "", k.Notes.Count,
                    ExportCells.Date(k.Notes.Count == 0 ? null : k.Notes.Max(n => n.WrittenOn)),
                ];
            }
        }
    }
}

public sealed class ExportSupervisionOrdersHandler(
    IReadRepository<SupervisionOrder> orders, SupervisionOrderAccess access, ICurrentActor actor, IAuditTrail audit, ICourtClock clock)
    : IQueryHandler<ExportSupervisionOrdersQuery, ExportWorkbook>
{
    public static readonly IReadOnlyList<string> Headings =
        ["督办对象", "对象", "督办内容", "下发日期", "下发人", "办理期限", "剩余天数", "是否逾期", "承办人", "状态", "办结日期", "报告次数"];

    public async ValueTask<ExportWorkbook> Handle(ExportSupervisionOrdersQuery query, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var rows = orders.StreamAsync(SearchSupervisionOrdersHandler.Matching(query.Filter, access, actor.StaffId, today), q => q.Select(SupervisionMapper.Projection));
        await audit.WriteAsync(nameof(SupervisionOrder), "the supervision orders", query.Format, query.Filter with { Page = null, PageSize = null },
            personalDataShown: false, cancellationToken);
        return new ExportWorkbook($"督办_{today:yyyyMMdd}", [new ExportSheet("督办", Headings, Cells())]);

        async IAsyncEnumerable<object?[]> Cells()
        {
            await foreach (var stored in rows.WithCancellation(cancellationToken))
            {
                var o = stored.AsOf(today);
                yield return
                [
                    ChineseLabels.Of(o.SubjectKind), o.SubjectLabel, o.Instruction, ExportCells.Date(o.IssuedOn), o.IssuedBy, ExportCells.Date(o.DueOn),
                    o.DaysLeft, ChineseLabels.YesNo(o.Overdue), o.AddresseeName, ChineseLabels.Of(o.Status), ExportCells.Date(o.AcceptedOn), o.Reports.Count,
                ];
            }
        }
    }
}
