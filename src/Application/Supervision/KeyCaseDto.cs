using System.Linq.Expressions;
using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using Enforcement.Application.Common.Workflows;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Supervision;

namespace Enforcement.Application.Supervision;

/// <summary>A key case designation (重点案件), with its tracking notes in date order.</summary>
public sealed record KeyCaseDto : Common.IVersioned
{
    public Guid Id { get; init; }

    public Guid CaseId { get; init; }

    public string CaseNumber { get; init; } = "";

    public KeyCaseReason Reason { get; init; }

    public string ReasonText { get; init; } = "";

    public Guid LeaderInChargeId { get; init; }

    public string LeaderInChargeName { get; init; } = "";

    public DateOnly DesignatedOn { get; init; }

    public string DesignatedBy { get; init; } = "";

    /// <summary>The suggestion the designation accepted, if any.</summary>
    public Guid? SuggestionId { get; init; }

    /// <summary>Still a key case.</summary>
    public bool Active { get; init; }

    public DateOnly? UndesignatedOn { get; init; }

    public string? UndesignationReason { get; init; }

    public string? UndesignatedBy { get; init; }

    public IReadOnlyList<KeyCaseNoteDto> Notes { get; init; } = [];

    public int Version { get; init; }
}

public sealed record KeyCaseNoteDto(Guid Id, DateOnly WrittenOn, string Text, string WrittenBy);

/// <summary>A suggestion on the suggested key cases list, and whether the case is a key case already.</summary>
public sealed record KeyCaseSuggestionDto : Common.IVersioned
{
    public Guid Id { get; init; }

    public Guid CaseId { get; init; }

    public string CaseNumber { get; init; } = "";

    public KeyCaseReason Reason { get; init; }

    /// <summary>The petition that raised it, if a petition did.</summary>
    public Guid? PetitionId { get; init; }

    public string Detail { get; init; } = "";

    public DateOnly SuggestedOn { get; init; }

    public SuggestionStatus Status { get; init; }

    public DateOnly? DecidedOn { get; init; }

    public string? DecidedBy { get; init; }

    public string? DecisionReason { get; init; }

    public Guid? KeyCaseId { get; init; }

    /// <summary>The case is a key case now (designated directly, or through another suggestion).</summary>
    public bool CaseIsKey { get; init; }

    public int Version { get; init; }
}

public static class KeyCaseMapper
{
    public static readonly Expression<Func<KeyCase, KeyCaseDto>> Projection = k => new KeyCaseDto
    {
        Id = k.Id,
        CaseId = k.CaseId,
        CaseNumber = k.CaseNumber,
        Reason = k.Reason,
        ReasonText = k.ReasonText,
        LeaderInChargeId = k.LeaderInChargeId,
        LeaderInChargeName = k.LeaderInChargeName,
        DesignatedOn = k.DesignatedOn,
        DesignatedBy = k.DesignatedBy,
        SuggestionId = k.SuggestionId,
        Active = k.UndesignatedOn == null,
        UndesignatedOn = k.UndesignatedOn,
        UndesignationReason = k.UndesignationReason,
        UndesignatedBy = k.UndesignatedBy,
        Notes = k.Notes.OrderBy(n => n.WrittenOn).ThenBy(n => n.RecordedAtUtc).Select(n => new KeyCaseNoteDto(n.Id, n.WrittenOn, n.Text, n.WrittenBy)).ToList(),
        Version = k.Version,
    };

    private static readonly Func<KeyCase, KeyCaseDto> Compiled = Projection.Compile();

    public static KeyCaseDto ToDto(this KeyCase keyCase) => Compiled(keyCase);

    /// <summary>The suggestion, and whether its case is key now (a correlated lookup on the key cases' case index).</summary>
    public static Expression<Func<KeyCaseSuggestion, KeyCaseSuggestionDto>> SuggestionProjection(IQueryable<KeyCase> keyCases) => s => new KeyCaseSuggestionDto
    {
        Id = s.Id,
        CaseId = s.CaseId,
        CaseNumber = s.CaseNumber,
        Reason = s.Reason,
        PetitionId = s.PetitionId,
        Detail = s.Detail,
        SuggestedOn = s.SuggestedOn,
        Status = s.Status,
        DecidedOn = s.DecidedOn,
        DecidedBy = s.DecidedBy,
        DecisionReason = s.DecisionReason,
        KeyCaseId = s.KeyCaseId,
        CaseIsKey = keyCases.Any(k => k.CaseId == s.CaseId && k.UndesignatedOn == null),
        Version = s.Version,
    };

    /// <summary>The suggestion projection itself, run in memory on a loaded suggestion; the caller knows whether its case is key.</summary>
    private static readonly Func<KeyCaseSuggestion, KeyCaseSuggestionDto> CompiledSuggestion =
        SuggestionProjection(Enumerable.Empty<KeyCase>().AsQueryable()).Compile();

    public static KeyCaseSuggestionDto ToDto(this KeyCaseSuggestion s, bool caseIsKey) => CompiledSuggestion(s) with { CaseIsKey = caseIsKey };
}

/// <summary>Key cases are changed by Leaders only (the endpoint's policy); a tracking note only by the leader in charge.</summary>
public sealed class KeyCaseDefinition : AggregateDefinition<KeyCase, KeyCaseDto>
{
    public override string Noun => "key case";

    public override string NotFoundCode => "key_case.not_found";

    public override ISpecification<KeyCase> ForChange(Guid id) => new KeyCaseByIdSpec(id);

    public override KeyCaseDto ToDto(KeyCase aggregate, DateOnly today) => aggregate.ToDto();
}

public sealed class KeyCaseByIdSpec : Specification<KeyCase>
{
    public KeyCaseByIdSpec(Guid id) => Query.Where(k => k.Id == id);
}

/// <summary>A suggestion reads back with <c>caseIsKey</c> as the decision left it: accepted means key.</summary>
public sealed class KeyCaseSuggestionDefinition : AggregateDefinition<KeyCaseSuggestion, KeyCaseSuggestionDto>
{
    public override string Noun => "key case suggestion";

    public override string NotFoundCode => "key_case_suggestion.not_found";

    public override ISpecification<KeyCaseSuggestion> ForChange(Guid id) => new SuggestionByIdSpec(id);

    public override KeyCaseSuggestionDto ToDto(KeyCaseSuggestion aggregate, DateOnly today) => aggregate.ToDto(aggregate.Status == SuggestionStatus.Accepted);

    private sealed class SuggestionByIdSpec : Specification<KeyCaseSuggestion>
    {
        public SuggestionByIdSpec(Guid id) => Query.Where(s => s.Id == id);
    }
}

/// <summary>The staff record of a leader in charge or an addressee, loaded for the domain's checks.</summary>
public sealed class StaffLookup(IReadRepository<Domain.Staff.StaffMember> staff)
{
    public async Task<Domain.Staff.StaffMember> RequireAsync(Guid id, string code, string field, CancellationToken cancellationToken)
    {
        var specification = new Specification<Domain.Staff.StaffMember>();
        specification.Query.Where(s => s.Id == id);
        return await staff.FirstOrDefaultAsync(specification, q => q, cancellationToken)
               ?? throw new Domain.Common.DomainInputException(code, field, $"No staff member has id {id}.");
    }
}
