using System.Linq.Expressions;
using Ardalis.Specification;
using Enforcement.Application.Common.Workflows;
using Enforcement.Domain.Assistance;
using Enforcement.Domain.Calendar;
using Enforcement.Domain.LinkedUnits;

namespace Enforcement.Application.Assistance;

/// <summary>An assistance request to a linked unit, with its reply and whether it is overdue as of today.</summary>
public sealed record AssistanceRequestDto : Common.IVersioned
{
    public Guid Id { get; init; }

    public Guid CaseId { get; init; }

    public string CaseNumber { get; init; } = "";

    public Guid UnitId { get; init; }

    public string UnitName { get; init; } = "";

    public LinkedUnitKind UnitKind { get; init; }

    public AssistanceType Type { get; init; }

    public string DocumentNumber { get; init; } = "";

    public string Content { get; init; } = "";

    public DateOnly SentOn { get; init; }

    public DateOnly ReplyDueOn { get; init; }

    /// <summary>Days from today to the reply's due date; negative once past. Null once answered.</summary>
    public int? DaysLeft { get; init; }

    /// <summary>Unanswered past its due date.</summary>
    public bool Overdue { get; init; }

    /// <summary>The reply period runs into a year without a configured holiday list: only weekends were skipped.</summary>
    public bool DeadlineAssumesWeekendsOnly { get; init; }

    public DateOnly? RepliedOn { get; init; }

    public AssistanceResult? Result { get; init; }

    public string? Reply { get; init; }

    /// <summary>Answered on or before the due date; null while unanswered.</summary>
    public bool? AnsweredOnTime { get; init; }

    public int? ReplyDays { get; init; }

    /// <summary>The measure the reply recorded on the case.</summary>
    public Guid? MeasureId { get; init; }

    public string RecordedBy { get; init; } = "";

    public int Version { get; init; }
}

/// <summary>
/// How one unit answers: requests sent in the range, answered, answered on time, unanswered past due now, and
/// <c>onTimeRate</c> = answered on time ÷ (answered + unanswered past due), as a fraction; the average reply days of the answered.
/// </summary>
public sealed record UnitAssistanceFiguresDto(
    Guid UnitId, string UnitName, LinkedUnitKind UnitKind, int Sent, int Answered, int AnsweredOnTime, int OverdueOpen, decimal? OnTimeRate, decimal? AverageReplyDays);

public static class AssistanceMapper
{
    public static readonly Expression<Func<AssistanceRequest, AssistanceRequestDto>> Projection = r => new AssistanceRequestDto
    {
        Id = r.Id,
        CaseId = r.CaseId,
        CaseNumber = r.CaseNumber,
        UnitId = r.UnitId,
        UnitName = r.UnitName,
        UnitKind = r.UnitKind,
        Type = r.Type,
        DocumentNumber = r.DocumentNumber,
        Content = r.Content,
        SentOn = r.SentOn,
        ReplyDueOn = r.ReplyDueOn,
        RepliedOn = r.RepliedOn,
        Result = r.Result,
        Reply = r.Reply,
        ReplyDays = r.ReplyDays,
        MeasureId = r.MeasureId,
        RecordedBy = r.RecordedBy,
        Version = r.Version,
    };

    private static readonly Func<AssistanceRequest, AssistanceRequestDto> Compiled = Projection.Compile();

    public static AssistanceRequestDto ToDto(this AssistanceRequest request, DateOnly today, LegalCalendar calendar) => Compiled(request).AsOf(today, calendar);

    public static AssistanceRequestDto AsOf(this AssistanceRequestDto dto, DateOnly today, LegalCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(dto);
        ArgumentNullException.ThrowIfNull(calendar);
        return dto with
        {
            DeadlineAssumesWeekendsOnly = calendar.AssumesWeekendsOnly(dto.SentOn, dto.ReplyDueOn),
            DaysLeft = dto.RepliedOn is null ? dto.ReplyDueOn.DayNumber - today.DayNumber : null,
            Overdue = AssistanceRequest.IsOverdue(dto.RepliedOn, dto.ReplyDueOn, today),
            AnsweredOnTime = AssistanceRequest.OnTime(dto.RepliedOn, dto.ReplyDueOn),
        };
    }
}

/// <summary>How the workflow loads and reads back a request; who may work it is checked against its case.</summary>
public sealed class AssistanceDefinition(LegalCalendar calendar) : AggregateDefinition<AssistanceRequest, AssistanceRequestDto>
{
    public override string Noun => "assistance request";

    public override string NotFoundCode => "assistance.not_found";

    public override ISpecification<AssistanceRequest> ForChange(Guid id) => new AssistanceByIdSpec(id);

    public override AssistanceRequestDto ToDto(AssistanceRequest aggregate, DateOnly today) => aggregate.ToDto(today, calendar);
}

public sealed class AssistanceByIdSpec : Specification<AssistanceRequest>
{
    public AssistanceByIdSpec(Guid id) => Query.Where(r => r.Id == id);
}
