using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using Enforcement.Application.Auditing;
using Enforcement.Application.Common;
using Enforcement.Application.Errors;
using Enforcement.Domain.Calendar;
using Enforcement.Domain.PreEnforcement;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.PreEnforcement;

/// <summary>
/// Pages through prompts: a fragment of the judgment's number or a party's name (<c>q</c>), the effective dates, the
/// outcome, those with no outcome yet (<c>pending</c>), and the worklist of those past their performance deadline
/// with no outcome (<c>overdue</c>, soonest deadline first). Otherwise newest judgment first.
/// </summary>
public sealed record SearchPromptsQuery(
    string? Q = null,
    DateOnly? EffectiveFrom = null,
    DateOnly? EffectiveTo = null,
    PromptOutcome? Outcome = null,
    bool? Pending = null,
    bool? Overdue = null,
    int? Page = null,
    int? PageSize = null) : IQuery<PagedResult<PromptSummaryDto>>, IPagedQuery;

public sealed record GetPromptQuery(Guid Id) : IQuery<PromptDto>;

/// <summary>
/// 自动履行率 over the judgments that took effect from <c>from</c> to <c>to</c> (default: this year to today): those
/// performed in full without an enforcement case ÷ all of them, with the other outcomes counted beside.
/// </summary>
public sealed record VoluntaryPerformanceRateQuery(DateOnly? From = null, DateOnly? To = null) : IQuery<VoluntaryPerformanceRateDto>;

/// <summary>The rate with its numerator and denominator; <c>rate</c> is a fraction (0.5372), null when no judgment took effect.</summary>
public sealed record VoluntaryPerformanceRateDto(
    DateOnly From,
    DateOnly To,
    int Numerator,
    int Denominator,
    decimal? Rate,
    int PerformedInPart,
    int Settled,
    int EnforcementApplied,
    int NoOutcome);

public sealed class SearchPromptsValidator : AbstractValidator<SearchPromptsQuery>
{
    public SearchPromptsValidator()
    {
        RuleFor(q => q.Q).MaximumLength(PrePerformancePrompt.MaxShortTextLength);
        RuleFor(q => q.Outcome).IsInEnum();
        RuleFor(q => q.EffectiveTo).GreaterThanOrEqualTo(q => q.EffectiveFrom).When(q => q.EffectiveFrom is not null && q.EffectiveTo is not null)
            .WithMessage("effectiveTo must not precede effectiveFrom.");
    }
}

public sealed class VoluntaryPerformanceRateValidator : AbstractValidator<VoluntaryPerformanceRateQuery>
{
    public VoluntaryPerformanceRateValidator() =>
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("to must not precede from.");
}

public sealed class SearchPromptsHandler(IReadRepository<PrePerformancePrompt> prompts, ICourtClock clock)
    : IQueryHandler<SearchPromptsQuery, PagedResult<PromptSummaryDto>>
{
    public async ValueTask<PagedResult<PromptSummaryDto>> Handle(SearchPromptsQuery query, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var specification = new Specification<PrePerformancePrompt>();
        var filter = specification.Query;
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = Like.Containing(query.Q);
            filter.Search(p => p.SearchText, pattern);
        }

        filter.Where(p => p.EffectiveOn >= query.EffectiveFrom!.Value, query.EffectiveFrom is not null)
            .Where(p => p.EffectiveOn <= query.EffectiveTo!.Value, query.EffectiveTo is not null)
            .Where(p => p.Outcome == query.Outcome, query.Outcome is not null)
            .Where(p => p.Outcome == null, query.Pending == true)
            .Where(p => p.Outcome != null, query.Pending == false)
            .Where(p => p.Outcome == null && p.PerformanceDueOn < today, query.Overdue == true)
            .Where(p => p.Outcome != null || p.PerformanceDueOn >= today, query.Overdue == false);
        if (query.Overdue == true)
        {
            filter.OrderBy(p => p.PerformanceDueOn).ThenBy(p => p.Id);
        }
        else
        {
            filter.OrderByDescending(p => p.EffectiveOn).ThenByDescending(p => p.Id);
        }

        var result = await prompts.PageAsync(specification, query, PromptMapper.Summary, cancellationToken);
        return result with { Items = result.Items.Select(p => p.AsOf(today)).ToList() };
    }
}

/// <summary>Reads one prompt; the parties' ID and phone numbers are shown to the roles that work prompts, and the read is audited.</summary>
public sealed class GetPromptHandler(IReadRepository<PrePerformancePrompt> prompts, ICourtClock clock, LegalCalendar calendar, IAuditTrail audit)
    : IQueryHandler<GetPromptQuery, PromptDto>
{
    public async ValueTask<PromptDto> Handle(GetPromptQuery query, CancellationToken cancellationToken)
    {
        var specification = new Specification<PrePerformancePrompt>();
        specification.Query.Where(p => p.Id == query.Id).AsSplitQuery();
        var prompt = await prompts.FirstOrDefaultAsync(specification, q => q.Select(PromptMapper.Detail), cancellationToken)
            ?? throw new NotFoundException("prompt.not_found", $"No prompt has id {query.Id}.");
        if (Security.Masking.HasPersonalData(prompt.Applicants.Concat(prompt.Respondents)))
        {
            await audit.WriteNowAsync("ReadPersonalData", nameof(PrePerformancePrompt), prompt.Id.ToString(),
                $"Unmasked ID and phone numbers of the prompt for {prompt.DocumentNumber}", AuditOutcome.Succeeded, cancellationToken);
        }

        return prompt.AsOf(clock.Today, calendar);
    }
}

public sealed class VoluntaryPerformanceRateHandler(IReadRepository<PrePerformancePrompt> prompts, ICourtClock clock)
    : IQueryHandler<VoluntaryPerformanceRateQuery, VoluntaryPerformanceRateDto>
{
    public async ValueTask<VoluntaryPerformanceRateDto> Handle(VoluntaryPerformanceRateQuery query, CancellationToken cancellationToken)
    {
        var to = query.To ?? clock.Today;
        var from = query.From ?? InputHygiene.YearStartOf(to);
        if (from > to)
        {
            throw new Domain.Common.DomainInputException("prompt.rate.range_invalid", "from", $"from {from:yyyy-MM-dd} is after to {to:yyyy-MM-dd}.");
        }

        var specification = new Specification<PrePerformancePrompt>();
        specification.Query.Where(p => p.EffectiveOn >= from && p.EffectiveOn <= to);
        var counts = (await prompts.ListAsync(specification, q => q.GroupBy(_ => 1).Select(g => new
        {
            All = g.Count(),
            Full = g.Count(p => p.Outcome == PromptOutcome.PerformedInFull),
            Part = g.Count(p => p.Outcome == PromptOutcome.PerformedInPart),
            Settled = g.Count(p => p.Outcome == PromptOutcome.Settled),
            Applied = g.Count(p => p.Outcome == PromptOutcome.EnforcementApplied),
            None = g.Count(p => p.Outcome == null),
        }), cancellationToken)).SingleOrDefault();
        return counts is null
            ? new VoluntaryPerformanceRateDto(from, to, 0, 0, null, 0, 0, 0, 0)
            : new VoluntaryPerformanceRateDto(from, to, counts.Full, counts.All, Math.Round((decimal)counts.Full / counts.All, 4, MidpointRounding.AwayFromZero),
                counts.Part, counts.Settled, counts.Applied, counts.None);
    }
}
