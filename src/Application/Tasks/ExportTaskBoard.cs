using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using Enforcement.Application.Auditing;
using Enforcement.Application.Common;
using Enforcement.Application.Exports;
using Enforcement.Domain.Tasks;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Tasks;

/// <summary>
/// The task pool board as a download: the board by type (看板), and every open or claimed task the reader may see
/// (待办任务), by due date. Tasks carry case numbers and work notes, no personal data.
/// </summary>
public sealed record ExportTaskBoardQuery(ExportFormat Format) : IQuery<ExportWorkbook>;

public sealed class ExportTaskBoardValidator : AbstractValidator<ExportTaskBoardQuery>
{
    public ExportTaskBoardValidator() => RuleFor(q => q.Format).IsInEnum();
}

public sealed class ExportTaskBoardHandler(ISender sender, IReadRepository<EnforcementTask> tasks, TaskWork work, IAuditTrail audit, ICourtClock clock)
    : IQueryHandler<ExportTaskBoardQuery, ExportWorkbook>
{
    public static readonly IReadOnlyList<string> BoardHeadings = ["任务类型", "未完成", "待领取", "已领取", "逾期", "最早创建日期", "最长等待天数", "最近到期日"];

    public static readonly IReadOnlyList<string> TaskHeadings = ["任务类型", "案号", "事由", "创建日期", "创建人", "到期日", "剩余天数", "是否逾期", "状态", "领取人", "领取日期"];

    public async ValueTask<ExportWorkbook> Handle(ExportTaskBoardQuery query, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var board = await sender.Send(new TaskBoardQuery(), cancellationToken);
        var open = new Specification<EnforcementTask>();
        open.Query.Where(t => t.Status == TaskState.Open || t.Status == TaskState.Claimed).OrderBy(t => t.DueOn).ThenBy(t => t.CreatedOn).ThenBy(t => t.Id);
        work.Scope(open.Query);
        var rows = tasks.StreamAsync(open, q => q.Select(t => new { t.Type, t.CaseNumber, t.Reason, t.CreatedOn, t.CreatedBy, t.DueOn, t.Status, t.ClaimedByName, t.ClaimedOn }));
        await audit.WriteAsync(nameof(EnforcementTask), "the task board", query.Format, null, personalDataShown: false, cancellationToken);
        return new ExportWorkbook($"任务池_{today:yyyyMMdd}",
        [
            ExportSheet.Of($"看板 {ExportCells.Date(today)}", BoardHeadings, board.Types, r => (object?[])
            [
                ChineseLabels.Of(r.Type), r.Open, r.Unclaimed, r.Claimed, r.Overdue, ExportCells.Date(r.OldestCreatedOn), r.OldestAgeDays, ExportCells.Date(r.NextDueOn),
            ]),
            new ExportSheet("待办任务", TaskHeadings, Cells()),
        ]);

        async IAsyncEnumerable<object?[]> Cells()
        {
            await foreach (var t in rows.WithCancellation(cancellationToken))
            {
                yield return
                [
                    ChineseLabels.Of(t.Type), t.CaseNumber, t.Reason, ExportCells.Date(t.CreatedOn), t.CreatedBy, ExportCells.Date(t.DueOn),
                    t.DueOn.DayNumber - today.DayNumber, ChineseLabels.YesNo(t.DueOn < today), ChineseLabels.Of(t.Status), t.ClaimedByName ?? "",
                    ExportCells.Date(t.ClaimedOn),
                ];
            }
        }
    }
}
