using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;

namespace Enforcement.Domain.Tasks;

/// <summary>The routine work the central team does (执行事务集约).</summary>
public enum TaskType
{
    /// <summary>送达执行通知书</summary>
    ServeEnforcementNotice,

    /// <summary>送达报告财产令</summary>
    ServeAssetReportOrder,

    /// <summary>网络查控</summary>
    OnlineInquiry,

    /// <summary>财产报告跟进</summary>
    AssetReportFollowUp,

    /// <summary>文书制作</summary>
    DraftDocument,

    /// <summary>评估</summary>
    Valuation,

    /// <summary>拍卖准备</summary>
    AuctionPreparation,

    /// <summary>归档</summary>
    Archive,
}

public enum TaskState
{
    /// <summary>In the pool, unclaimed.</summary>
    Open,

    /// <summary>A team member claimed it.</summary>
    Claimed,

    Completed,

    Cancelled,
}

/// <summary>Why the task exists.</summary>
public enum TaskOrigin
{
    /// <summary>Created by hand.</summary>
    Manual,

    /// <summary>The first handler's assignment: the notice and the asset-report order are due within 3 days.</summary>
    FirstSteps,

    /// <summary>A 终本 case's 6-monthly online re-inquiry came due.</summary>
    Reinquiry,
}

/// <summary>The task's configured periods: days from creation to due, per type (procedural days: start not counted, off rest days).</summary>
public sealed record TaskRules(IReadOnlyDictionary<TaskType, int> DueDays, int ReinquiryLeadDays)
{
    public static TaskRules Default { get; } = new(new Dictionary<TaskType, int>
    {
        [TaskType.ServeEnforcementNotice] = StatutoryClock.FirstStepsDays,
        [TaskType.ServeAssetReportOrder] = StatutoryClock.FirstStepsDays,
        [TaskType.OnlineInquiry] = 3,
        [TaskType.AssetReportFollowUp] = 10,
        [TaskType.DraftDocument] = 5,
        [TaskType.Valuation] = 30,
        [TaskType.AuctionPreparation] = 30,
        [TaskType.Archive] = 30,
    }, 30);

    public DateOnly DueOn(TaskType type, DateOnly createdOn, Calendar.LegalCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.EndOfDays(createdOn, DueDays.TryGetValue(type, out var days) ? days : Default.DueDays[type]);
    }

    /// <summary>A 终本 case's re-inquiry becomes a task <see cref="ReinquiryLeadDays"/> before it is due (or once it is past due).</summary>
    public bool ReinquiryTaskDue(DateOnly? nextReinquiryDueOn, DateOnly today) =>
        nextReinquiryDueOn is { } due && due.AddDays(-ReinquiryLeadDays) <= today;
}

/// <summary>
/// A task in the central pool (集约执行): routine work on a case, with a due date, claimed by a team member and
/// completed with a result. A task whose type matches a measure (the notice, the asset-report order, an online
/// inquiry) records that measure on the case when it is completed, in the same transaction: the case's measure log
/// stays the one record of what was done, and the task points at the measure it recorded.
/// </summary>
public sealed class EnforcementTask : AggregateRoot
{
    /// <summary>A result becomes the description of the measure it records, so it fits the case's text limit.</summary>
    public const int MaxTextLength = 900;
    private const string Prefix = "task";

    private EnforcementTask()
    {
    }

    public TaskType Type { get; private set; }

    public Guid CaseId { get; private set; }

    public string CaseNumber { get; private set; } = "";

    public TaskOrigin Origin { get; private set; }

    /// <summary>What makes an automatic task unique on its case ("first-steps", a re-inquiry's due date); null for a task made by hand.</summary>
    public string? OriginKey { get; private set; }

    public string Reason { get; private set; } = "";

    public DateOnly CreatedOn { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateOnly DueOn { get; private set; }

    public TaskState Status { get; private set; }

    public Guid? ClaimedById { get; private set; }

    public string? ClaimedByName { get; private set; }

    public DateOnly? ClaimedOn { get; private set; }

    public Guid? CompletedById { get; private set; }

    public string? CompletedByName { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    public string? Result { get; private set; }

    /// <summary>The measure the completion recorded on the case.</summary>
    public Guid? MeasureId { get; private set; }

    public string? CancelReason { get; private set; }

    public bool IsOpen => Status is TaskState.Open or TaskState.Claimed;

    /// <summary>The measure a completed task of <paramref name="type"/> records on its case, if any.</summary>
    public static MeasureKind? MeasureFor(TaskType type) => type switch
    {
        TaskType.ServeEnforcementNotice => MeasureKind.EnforcementNotice,
        TaskType.ServeAssetReportOrder => MeasureKind.AssetReportOrder,
        TaskType.OnlineInquiry => MeasureKind.OnlineAssetInquiry,
        _ => null,
    };

    public MeasureKind? Measure => MeasureFor(Type);

    public bool IsOverdueOn(DateOnly today) => IsOverdue(Status, DueOn, today);

    /// <summary>The overdue rule, for a task read as a row: still open or claimed, and its due date has passed.</summary>
    public static bool IsOverdue(TaskState status, DateOnly dueOn, DateOnly today) => (status is TaskState.Open or TaskState.Claimed) && dueOn < today;

    /// <summary>A task made by hand; due on <paramref name="dueOn"/>, or after the type's configured period.</summary>
    public static EnforcementTask Create(
        TaskType type, Guid caseId, string caseNumber, string? reason, DateOnly? dueOn, TaskRules rules, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(context);
        if (dueOn is { } due && due < context.Today)
        {
            throw new DomainInputException("task.due_on.past", "dueOn", $"A new task cannot be due before today ({context.Today:yyyy-MM-dd}).");
        }

        return New(type, caseId, caseNumber, TaskOrigin.Manual, null, InputText.Required(Prefix, reason, MaxTextLength, "reason"),
            context.Today, dueOn ?? rules.DueOn(type, context.Today, context.Calendar), context);
    }

    /// <summary>
    /// The first-steps tasks of a case just assigned its first handler: serving the notice and the asset-report
    /// order, due on the case clock's first-steps deadline; a step the case has already taken is left out.
    /// </summary>
    public static IReadOnlyList<EnforcementTask> ForFirstSteps(
        Guid caseId, string caseNumber, DateOnly assignedOn, DateOnly firstStepsDueOn, bool noticeSent, bool assetReportOrdered, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var tasks = new List<EnforcementTask>(2);
        if (!noticeSent)
        {
            tasks.Add(New(TaskType.ServeEnforcementNotice, caseId, caseNumber, TaskOrigin.FirstSteps, FirstStepsKey,
                $"承办人分案 Handler assigned {assignedOn:yyyy-MM-dd}: serve the enforcement notice within 3 days", assignedOn, firstStepsDueOn, context));
        }

        if (!assetReportOrdered)
        {
            tasks.Add(New(TaskType.ServeAssetReportOrder, caseId, caseNumber, TaskOrigin.FirstSteps, FirstStepsKey,
                $"承办人分案 Handler assigned {assignedOn:yyyy-MM-dd}: serve the asset-report order within 3 days", assignedOn, firstStepsDueOn, context));
        }

        return tasks;
    }

    /// <summary>The online re-inquiry of a 终本 case, due on the case's next re-inquiry date.</summary>
    public static EnforcementTask ForReinquiry(Guid caseId, string caseNumber, DateOnly reinquiryDueOn, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return New(TaskType.OnlineInquiry, caseId, caseNumber, TaskOrigin.Reinquiry, ReinquiryKey(reinquiryDueOn),
            $"终本后定期查询 6-monthly re-inquiry after 终本, due {reinquiryDueOn:yyyy-MM-dd}", context.Today, reinquiryDueOn, context);
    }

    public const string FirstStepsKey = "first-steps";

    public static string ReinquiryKey(DateOnly dueOn) => $"reinquiry:{dueOn:yyyy-MM-dd}";

    /// <summary>领取: a team member takes the task from the pool.</summary>
    public void Claim(Guid staffId, string staffName, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Status == TaskState.Claimed)
        {
            throw new DomainConflictException("task.already_claimed", $"{ClaimedByName} claimed this task on {ClaimedOn:yyyy-MM-dd}.");
        }

        EnsureStatus(TaskState.Open);
        ClaimedById = staffId;
        ClaimedByName = staffName;
        ClaimedOn = context.Today;
        Status = TaskState.Claimed;
        Touch($"领取 claimed by {staffName}");
    }

    /// <summary>退回: the claim is given up and the task returns to the pool.</summary>
    public void Release(ChangeContext context, string? why = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        EnsureStatus(TaskState.Claimed);
        Touch($"退回 released by {context.RecordedBy} (claimed by {ClaimedByName}){(why is null ? "" : $": {why}")}");
        ClaimedById = null;
        ClaimedByName = null;
        ClaimedOn = null;
        Status = TaskState.Open;
    }

    /// <summary>
    /// 完成: records the result. A task whose type matches a measure records it on <paramref name="case"/> (the task's
    /// own case, loaded for the change) with the result as its description, in the same unit of work; the task keeps
    /// the measure's id. A task is completed once, so the measure is recorded once.
    /// </summary>
    public void Complete(
        EnforcementCase? @case, Guid staffId, string staffName, DateOnly completedOn, string? result, InquiryResult? inquiryResult, bool debtorMissing,
        ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Status == TaskState.Completed)
        {
            throw new DomainConflictException("task.already_completed", $"{CompletedByName} completed this task on {CompletedOn:yyyy-MM-dd}.");
        }

        if (!IsOpen)
        {
            throw new DomainException("task.status.invalid", $"The task is {Status}; only an open or claimed task is completed.");
        }

        InputText.NotFuture(Prefix, completedOn, context.Today, "completedOn");
        if (completedOn < CreatedOn)
        {
            throw new DomainInputException("task.completed_on.too_early", "completedOn", $"The task was created on {CreatedOn:yyyy-MM-dd}.");
        }

        var text = InputText.Required(Prefix, result, MaxTextLength, "result");
        if (Measure == MeasureKind.OnlineAssetInquiry && inquiryResult is null)
        {
            throw new DomainInputException("task.inquiry_result.missing", "inquiryResult", "An online inquiry task records whether assets were found.");
        }

        if (Measure != MeasureKind.OnlineAssetInquiry && inquiryResult is not null)
        {
            throw new DomainInputException("task.inquiry_result.not_allowed", "inquiryResult", "Only an online inquiry task records an inquiry result.");
        }

        if (Measure is { } kind)
        {
            if (@case is null || @case.Id != CaseId)
            {
                throw new InvalidOperationException($"A {Type} task records its measure on its own case {CaseNumber}.");
            }

            MeasureId = @case.RecordMeasure(kind, completedOn, $"集约任务 {text}", null, null, inquiryResult, null, debtorMissing, context).Id;
        }
        else
        {
            Append(new TimelineEntry(CaseId, TimelineKind.Task, completedOn, $"集约任务 {Type} completed by {staffName}: {text}", context, Id));
        }

        Result = text;
        CompletedById = staffId;
        CompletedByName = staffName;
        CompletedOn = completedOn;
        Status = TaskState.Completed;
        Touch($"完成 completed by {staffName} on {completedOn:yyyy-MM-dd}" + (MeasureId is { } id ? $", measure {id}" : ""));
    }

    /// <summary>
    /// The work was recorded on the case directly (<paramref name="measureId"/>, taken on <paramref name="takenOn"/>),
    /// not through the pool: the open task is completed with that measure, dated no earlier than the task. What counts:
    /// for a first step, the step whenever taken; for a re-inquiry, an inquiry that moved the case's next re-inquiry
    /// date (<paramref name="nextReinquiryDueOn"/>) past this task's (an inquiry from before the closure does not); for a
    /// task by hand, a measure taken on or after the task was created. Anything else, or a task already closed, is
    /// left as it is. Returns whether the task was completed.
    /// </summary>
    public bool CompleteByCaseMeasure(Guid measureId, DateOnly takenOn, DateOnly? nextReinquiryDueOn, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var counts = Origin switch
        {
            TaskOrigin.FirstSteps => true,
            TaskOrigin.Reinquiry => nextReinquiryDueOn is null || nextReinquiryDueOn > DueOn,
            _ => takenOn >= CreatedOn,
        };
        if (!IsOpen || !counts)
        {
            return false;
        }

        Result = "已在案件中直接记录 Recorded directly on the case";
        CompletedByName = context.RecordedBy;
        CompletedOn = takenOn > CreatedOn ? takenOn : CreatedOn;
        MeasureId = measureId;
        Status = TaskState.Completed;
        Touch($"完成 completed by the measure taken on the case on {takenOn:yyyy-MM-dd}");
        return true;
    }

    /// <summary>
    /// The measure that completed this task (<paramref name="measureId"/>, through the pool or on the case) was voided.
    /// When the case records the same work by another measure that counts for the task (<paramref name="otherMeasureId"/>,
    /// by the rule of <see cref="CompleteByCaseMeasure"/>), the task stays completed by that one; otherwise the work is
    /// undone and the task goes back to the pool (重新打开), open, unclaimed and due as before. Returns whether it
    /// changed; a task completed otherwise is left as it is.
    /// </summary>
    public bool AnswerVoidedMeasure(Guid measureId, Guid? otherMeasureId, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Status != TaskState.Completed || MeasureId != measureId)
        {
            return false;
        }

        if (otherMeasureId is { } other)
        {
            MeasureId = other;
            Touch($"措施作废 the measure that completed it was voided; measure {other} on the case records the same work");
            return true;
        }

        Status = TaskState.Open;
        (ClaimedById, ClaimedByName, ClaimedOn) = (null, null, null);
        (CompletedById, CompletedByName, CompletedOn, Result, MeasureId) = (null, null, null, null, null);
        Touch($"重新打开 reopened by {context.RecordedBy}: the measure that completed it was voided on the case");
        return true;
    }

    /// <summary>
    /// Moves an open or claimed first-steps task to its case's first assignment as it now stands (after a voided
    /// assignment, or a new first assignment after one): due on the case's recounted <paramref name="dueOn"/>, and
    /// arisen on <paramref name="assignedOn"/> when that is earlier (work done since it arose stays recordable on its
    /// true day either way). Returns whether it moved.
    /// </summary>
    public bool FollowFirstSteps(DateOnly assignedOn, DateOnly dueOn)
    {
        var arose = assignedOn < CreatedOn ? assignedOn : CreatedOn;
        if (!IsOpen || Origin != TaskOrigin.FirstSteps || (DueOn == dueOn && CreatedOn == arose))
        {
            return false;
        }

        var before = DueOn;
        CreatedOn = arose;
        DueOn = dueOn;
        Touch($"期限调整 handler assigned {assignedOn:yyyy-MM-dd}, due {before:yyyy-MM-dd} → {dueOn:yyyy-MM-dd}: the case's first assignment was corrected");
        return true;
    }

    /// <summary>On a closed case only archiving, drafting and (after 终本) an online re-inquiry remain to be done.</summary>
    public static bool AllowedOnClosedCase(TaskType type, bool terminatedThisRound) =>
        type is TaskType.Archive or TaskType.DraftDocument || (terminatedThisRound && type == TaskType.OnlineInquiry);

    /// <summary>撤销: a task no longer needed (the step was taken another way, the case closed) leaves the pool with a reason.</summary>
    public void Cancel(string? reason, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!IsOpen)
        {
            throw new DomainException("task.status.invalid", $"The task is {Status}; only an open or claimed task is cancelled.");
        }

        CancelReason = InputText.Required(Prefix, reason, MaxTextLength, "reason");
        Status = TaskState.Cancelled;
        Touch($"撤销 cancelled: {CancelReason}");
    }

    /// <summary>
    /// The schedule this task served was struck (a 终本 closure reopened, the case resumed as 执恢): cancelled, and its
    /// <see cref="OriginKey"/> given up, so that the schedule set up again (the case closed anew on the same day) gets a
    /// task of its own for the same due date. A task cancelled by hand keeps its key: the planner does not make it again.
    /// </summary>
    public void CancelWithSchedule(string? reason, ChangeContext context)
    {
        Cancel(reason, context);
        OriginKey = null;
    }

    private static EnforcementTask New(
        TaskType type, Guid caseId, string caseNumber, TaskOrigin origin, string? originKey, string reason, DateOnly createdOn, DateOnly dueOn, ChangeContext context)
    {
        var task = new EnforcementTask
        {
            Type = type,
            CaseId = caseId,
            CaseNumber = caseNumber,
            Origin = origin,
            OriginKey = originKey,
            Reason = reason,
            CreatedOn = createdOn,
            CreatedBy = context.RecordedBy,
            DueOn = dueOn,
            Status = TaskState.Open,
        };
        task.Touch($"{type} task created ({origin}), due {dueOn:yyyy-MM-dd}");
        return task;
    }

    private void EnsureStatus(TaskState expected)
    {
        if (Status != expected)
        {
            throw new DomainException("task.status.invalid", $"The task is {Status}; this step needs it {expected}.");
        }
    }
}
