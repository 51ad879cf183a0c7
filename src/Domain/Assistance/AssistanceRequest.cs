using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.LinkedUnits;

namespace Enforcement.Domain.Assistance;

/// <summary>What a linked unit is asked to do (协助执行通知书, 协查函).</summary>
public enum AssistanceType
{
    /// <summary>查找被执行人下落</summary>
    LocateDebtor,

    /// <summary>协助办理查封登记</summary>
    RegisterSeal,

    /// <summary>协助查询、报告财产</summary>
    ReportProperty,

    /// <summary>协助冻结</summary>
    Freeze,

    /// <summary>协助过户、划转</summary>
    Transfer,

    /// <summary>其他</summary>
    Other,
}

/// <summary>What the unit's reply says.</summary>
public enum AssistanceResult
{
    /// <summary>已协助办理: the unit did what was asked.</summary>
    Done,

    /// <summary>查到财产或下落</summary>
    PropertyFound,

    /// <summary>未查到</summary>
    NothingFound,

    /// <summary>无法协助 / 拒绝: the unit could not or would not act; the reply gives the reason.</summary>
    Declined,
}

/// <summary>The configured reply periods: working days after sending, per kind of unit.</summary>
public sealed record AssistanceRules(IReadOnlyDictionary<LinkedUnitKind, int> ReplyWorkingDays, int DefaultReplyWorkingDays = 7)
{
    public static AssistanceRules Default { get; } = new(new Dictionary<LinkedUnitKind, int>());

    public DateOnly ReplyDueOn(LinkedUnitKind kind, DateOnly sentOn, Calendar.LegalCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.EndOfWorkingDays(sentOn, ReplyWorkingDays.TryGetValue(kind, out var days) ? days : DefaultReplyWorkingDays);
    }
}

/// <summary>The case the request is sent from, and whether it is closed (after 终本, or otherwise).</summary>
public sealed record AssistanceCase(Guid Id, string Number, DateOnly FiledOn, bool Closed = false, bool TerminatedThisRound = false);

/// <summary>
/// An assistance request (协助执行) from a case to a linked unit: what is asked, the document and when it was sent, the
/// reply due after the unit kind's working days, and the reply with its result. A reply that found property may
/// record a measure on the case in the same transaction. Both the sending and the reply are on the case's timeline.
/// </summary>
public sealed class AssistanceRequest : AggregateRoot
{
    public const int MaxTextLength = 2000;
    public const int MaxShortTextLength = 100;
    private const string Prefix = "assistance";

    private AssistanceRequest()
    {
    }

    public Guid CaseId { get; private set; }

    public string CaseNumber { get; private set; } = "";

    public Guid UnitId { get; private set; }

    /// <summary>The unit's full name when the request was sent.</summary>
    public string UnitName { get; private set; } = "";

    public LinkedUnitKind UnitKind { get; private set; }

    public AssistanceType Type { get; private set; }

    public string DocumentNumber { get; private set; } = "";

    /// <summary>What is asked, in the document's words.</summary>
    public string Content { get; private set; } = "";

    public DateOnly SentOn { get; private set; }

    public DateOnly ReplyDueOn { get; private set; }

    public DateOnly? RepliedOn { get; private set; }

    public AssistanceResult? Result { get; private set; }

    public string? Reply { get; private set; }

    /// <summary>Calendar days from sending to the reply, kept for the per-unit average.</summary>
    public int? ReplyDays { get; private set; }

    /// <summary>The measure the reply recorded on the case.</summary>
    public Guid? MeasureId { get; private set; }

    public string RecordedBy { get; private set; } = "";

    public DateTime RecordedAtUtc { get; private set; }

    /// <summary>Unanswered past its due date.</summary>
    public bool IsOverdueOn(DateOnly today) => IsOverdue(RepliedOn, ReplyDueOn, today);

    /// <summary>The overdue rule, for a request read as a row.</summary>
    public static bool IsOverdue(DateOnly? repliedOn, DateOnly replyDueOn, DateOnly today) => repliedOn is null && replyDueOn < today;

    /// <summary>Whether a reply came on or before its due date; null while unanswered.</summary>
    public static bool? OnTime(DateOnly? repliedOn, DateOnly replyDueOn) => repliedOn is { } replied ? replied <= replyDueOn : null;

    /// <summary>Answered, on or before the due date.</summary>
    public bool AnsweredOnTime => OnTime(RepliedOn, ReplyDueOn) == true;

    public static AssistanceRequest Send(
        AssistanceCase @case, LinkedUnit unit, AssistanceType type, string? documentNumber, string? content, DateOnly sentOn,
        AssistanceRules rules, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(context);
        if (!unit.Active)
        {
            throw new DomainException("assistance.unit.inactive", $"{unit.FullName} is no longer an active linked unit.");
        }

        if (@case.Closed && !(@case.TerminatedThisRound && type is AssistanceType.LocateDebtor or AssistanceType.ReportProperty))
        {
            throw new DomainException("assistance.case.closed",
                $"Case {@case.Number} is closed: after 终本 only the debtor and their property are still searched for; resume the case (执恢) to act.");
        }

        InputText.NotFuture(Prefix, sentOn, context.Today, "sentOn");
        if (sentOn < @case.FiledOn)
        {
            throw new DomainInputException("assistance.sent_on.too_early", "sentOn", $"Case {@case.Number} was filed on {@case.FiledOn:yyyy-MM-dd}.");
        }

        var request = new AssistanceRequest
        {
            CaseId = @case.Id,
            CaseNumber = @case.Number,
            UnitId = unit.Id,
            UnitName = unit.FullName,
            UnitKind = unit.Kind,
            Type = type,
            DocumentNumber = InputText.Required(Prefix, documentNumber, MaxShortTextLength, "documentNumber"),
            Content = InputText.Required(Prefix, content, MaxTextLength, "content"),
            SentOn = sentOn,
            ReplyDueOn = rules.ReplyDueOn(unit.Kind, sentOn, context.Calendar),
            RecordedBy = context.RecordedBy,
            RecordedAtUtc = context.RecordedAtUtc,
        };
        request.Log(sentOn, $"协助执行 {type} request {request.DocumentNumber} sent to {unit.FullName}, reply due {request.ReplyDueOn:yyyy-MM-dd}", context);
        return request;
    }

    /// <summary>回复: the unit's reply, once, on or after sending; <paramref name="measureId"/> is the measure it recorded on the case.</summary>
    public void RecordReply(DateOnly repliedOn, AssistanceResult result, string? reply, Guid? measureId, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (RepliedOn is not null)
        {
            throw new DomainConflictException("assistance.already_replied", $"{UnitName} replied on {RepliedOn:yyyy-MM-dd}.");
        }

        InputText.NotFuture(Prefix, repliedOn, context.Today, "repliedOn");
        if (repliedOn < SentOn)
        {
            throw new DomainInputException("assistance.replied_on.too_early", "repliedOn", $"The request was sent on {SentOn:yyyy-MM-dd}.");
        }

        if (measureId is not null && !RecordsMeasure(result))
        {
            throw new DomainInputException("assistance.measure.not_allowed", "measure", "Only a reply that did what was asked or found property records a measure.");
        }

        Reply = InputText.Required(Prefix, reply, MaxTextLength, "reply");
        RepliedOn = repliedOn;
        Result = result;
        ReplyDays = repliedOn.DayNumber - SentOn.DayNumber;
        MeasureId = measureId;
        Log(repliedOn, $"协助执行回复 {UnitName} replied to {DocumentNumber}: {result}" + (repliedOn > ReplyDueOn ? $" (late, due {ReplyDueOn:yyyy-MM-dd})" : ""), context);
    }

    /// <summary>A reply with this result may record a measure on the case.</summary>
    public static bool RecordsMeasure(AssistanceResult result) => result is AssistanceResult.Done or AssistanceResult.PropertyFound;

    private void Log(DateOnly on, string summary, ChangeContext context)
    {
        Append(new TimelineEntry(CaseId, TimelineKind.Assistance, on, summary, context, Id));
        Touch(summary);
    }
}
