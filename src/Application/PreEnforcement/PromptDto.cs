using System.Linq.Expressions;
using Ardalis.Specification;
using Enforcement.Application.Cases;
using Enforcement.Application.Common.Workflows;
using Enforcement.Domain.Calendar;
using Enforcement.Domain.PreEnforcement;

namespace Enforcement.Application.PreEnforcement;

/// <summary>A prompt before enforcement (执前督促) with its judgment, parties, notice, contacts and outcome.</summary>
public sealed record PromptDto : Common.IVersioned
{
    public Guid Id { get; init; }

    public string DocumentNumber { get; init; } = "";

    public string Court { get; init; } = "";

    public DateOnly EffectiveOn { get; init; }

    public int PerformanceDays { get; init; }

    /// <summary>The judgment's amount, in yuan.</summary>
    public decimal Amount { get; init; }

    /// <summary>The last day to perform: the effective date + the period, moved off a rest day.</summary>
    public DateOnly PerformanceDueOn { get; init; }

    /// <summary>Days from today to the performance deadline; negative once past.</summary>
    public int DaysLeft { get; init; }

    /// <summary>Past the performance deadline with no outcome.</summary>
    public bool Overdue { get; init; }

    /// <summary>The period runs into a year without a configured holiday list: only weekends were skipped.</summary>
    public bool DeadlineAssumesWeekendsOnly { get; init; }

    public IReadOnlyList<PartyDto> Applicants { get; init; } = [];

    public IReadOnlyList<PartyDto> Respondents { get; init; } = [];

    public DateOnly? NoticeSentOn { get; init; }

    public PromptChannel? NoticeChannel { get; init; }

    public IReadOnlyList<PromptContactDto> Contacts { get; init; } = [];

    public PromptOutcome? Outcome { get; init; }

    public DateOnly? OutcomeOn { get; init; }

    /// <summary>What the debtor paid in all, in yuan.</summary>
    public decimal? PaidAmount { get; init; }

    public string? SettlementPlan { get; init; }

    public IReadOnlyList<PromptInstalmentDto> Instalments { get; init; } = [];

    public Guid? CaseId { get; init; }

    public string? CaseNumber { get; init; }

    public string RecordedBy { get; init; } = "";

    public int Version { get; init; }
}

public sealed record PromptContactDto(Guid Id, DateOnly ContactedOn, PromptChannel Channel, string ContactPerson, string? Note, string RecordedBy);

public sealed record PromptInstalmentDto(int Number, DateOnly DueOn, decimal Amount);

/// <summary>A row of the prompt list: the judgment, the parties' names, the deadline and where the prompt stands.</summary>
public sealed record PromptSummaryDto
{
    public Guid Id { get; init; }

    public string DocumentNumber { get; init; } = "";

    public DateOnly EffectiveOn { get; init; }

    public decimal Amount { get; init; }

    public DateOnly PerformanceDueOn { get; init; }

    public int DaysLeft { get; init; }

    public bool Overdue { get; init; }

    public IReadOnlyList<string> Applicants { get; init; } = [];

    public IReadOnlyList<string> Respondents { get; init; } = [];

    public DateOnly? NoticeSentOn { get; init; }

    public int Contacts { get; init; }

    public PromptOutcome? Outcome { get; init; }

    public DateOnly? OutcomeOn { get; init; }

    public decimal? PaidAmount { get; init; }

    public string? CaseNumber { get; init; }
}

/// <summary>Prompt DTOs: one expression each, projected in SQL for reads and compiled for the aggregate after a change.</summary>
public static class PromptMapper
{
    public static readonly Expression<Func<PrePerformancePrompt, PromptDto>> Detail = p => new PromptDto
    {
        Id = p.Id,
        DocumentNumber = p.DocumentNumber,
        Court = p.Court,
        EffectiveOn = p.EffectiveOn,
        PerformanceDays = p.PerformanceDays,
        Amount = p.Amount.Yuan,
        PerformanceDueOn = p.PerformanceDueOn,
        Applicants = p.Applicants.Select(a => new PartyDto { Kind = a.Kind, Name = a.Name, IdNumber = a.IdNumber, CreditCode = a.CreditCode, Phone = a.Phone }).ToList(),
        Respondents = p.Respondents.Select(a => new PartyDto { Kind = a.Kind, Name = a.Name, IdNumber = a.IdNumber, CreditCode = a.CreditCode, Phone = a.Phone }).ToList(),
        NoticeSentOn = p.NoticeSentOn,
        NoticeChannel = p.NoticeChannel,
        Contacts = p.Contacts.OrderBy(c => c.ContactedOn)
            .Select(c => new PromptContactDto(c.Id, c.ContactedOn, c.Channel, c.ContactPerson, c.Note, c.RecordedBy)).ToList(),
        Outcome = p.Outcome,
        OutcomeOn = p.OutcomeOn,
        PaidAmount = p.PaidAmount == null ? null : p.PaidAmount.Value.Yuan,
        SettlementPlan = p.SettlementPlan,
        Instalments = p.Instalments.OrderBy(i => i.Number).Select(i => new PromptInstalmentDto(i.Number, i.DueOn, i.Amount.Yuan)).ToList(),
        CaseId = p.CaseId,
        CaseNumber = p.CaseNumber,
        RecordedBy = p.RecordedBy,
        Version = p.Version,
    };

    public static readonly Expression<Func<PrePerformancePrompt, PromptSummaryDto>> Summary = p => new PromptSummaryDto
    {
        Id = p.Id,
        DocumentNumber = p.DocumentNumber,
        EffectiveOn = p.EffectiveOn,
        Amount = p.Amount.Yuan,
        PerformanceDueOn = p.PerformanceDueOn,
        Applicants = p.Applicants.Select(a => a.Name).ToList(),
        Respondents = p.Respondents.Select(a => a.Name).ToList(),
        NoticeSentOn = p.NoticeSentOn,
        Contacts = p.Contacts.Count,
        Outcome = p.Outcome,
        OutcomeOn = p.OutcomeOn,
        PaidAmount = p.PaidAmount == null ? null : p.PaidAmount.Value.Yuan,
        CaseNumber = p.CaseNumber,
    };

    private static readonly Func<PrePerformancePrompt, PromptDto> CompiledDetail = Detail.Compile();

    public static PromptDto ToDto(this PrePerformancePrompt prompt, DateOnly today, LegalCalendar calendar) => CompiledDetail(prompt).AsOf(today, calendar);

    public static PromptDto AsOf(this PromptDto dto, DateOnly today, LegalCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(dto);
        ArgumentNullException.ThrowIfNull(calendar);
        return dto with
        {
            DaysLeft = dto.PerformanceDueOn.DayNumber - today.DayNumber,
            Overdue = PrePerformancePrompt.IsOverdue(dto.Outcome, dto.PerformanceDueOn, today),
            DeadlineAssumesWeekendsOnly = calendar.AssumesWeekendsOnly(dto.EffectiveOn, dto.PerformanceDueOn),
        };
    }

    public static PromptSummaryDto AsOf(this PromptSummaryDto dto, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(dto);
        return dto with
        {
            DaysLeft = dto.PerformanceDueOn.DayNumber - today.DayNumber,
            Overdue = PrePerformancePrompt.IsOverdue(dto.Outcome, dto.PerformanceDueOn, today),
        };
    }
}

/// <summary>How the workflow loads and reads back a prompt. The endpoint's policy admits who works prompts.</summary>
public sealed class PromptDefinition(LegalCalendar calendar) : AggregateDefinition<PrePerformancePrompt, PromptDto>
{
    public override string Noun => "prompt";

    public override string NotFoundCode => "prompt.not_found";

    public override ISpecification<PrePerformancePrompt> ForChange(Guid id) => new PromptByIdSpec(id);

    public override PromptDto ToDto(PrePerformancePrompt aggregate, DateOnly today) => aggregate.ToDto(today, calendar);
}

public sealed class PromptByIdSpec : Specification<PrePerformancePrompt>
{
    public PromptByIdSpec(Guid id) => Query.Where(p => p.Id == id).AsSplitQuery();
}
