using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using Enforcement.Application.Cases;
using Enforcement.Application.Cases.Specifications;
using Enforcement.Application.Common.Workflows;
using Enforcement.Application.Errors;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.LinkedUnits;
using Enforcement.Domain.Obligations;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.LinkedUnits;

/// <summary>Confirms that a respondent of the case is a linked unit; the public-body debtor flag follows from the unit's kind.</summary>
public sealed record LinkRespondentCommand(string? RespondentName, Guid? LinkedUnitId) : AggregateCommand, ICommand<CaseDetailDto>;

/// <summary>Removes a respondent's link to a unit; refused while an obligation of that unit is recorded on the case.</summary>
public sealed record UnlinkRespondentCommand : AggregateCommand, ICommand<CaseDetailDto>
{
    public Guid LinkedUnitId { get; init; }
}

/// <summary>The registry's units that match the case's respondents and are not linked yet.</summary>
public sealed record GetUnitSuggestionsQuery(Guid CaseId) : IQuery<IReadOnlyList<UnitLinkSuggestionDto>>;

public sealed class LinkRespondentValidator : AbstractValidator<LinkRespondentCommand>
{
    public LinkRespondentValidator()
    {
        RuleFor(c => c.RespondentName).NotEmpty().MaximumLength(Domain.Parties.Party.MaxNameLength);
        RuleFor(c => c.LinkedUnitId).NotEmpty();
    }
}

public sealed class LinkRespondentHandler(CaseWorkflow workflow, IRepository<LinkedUnit> units) : ICommandHandler<LinkRespondentCommand, CaseDetailDto>
{
    public ValueTask<CaseDetailDto> Handle(LinkRespondentCommand command, CancellationToken cancellationToken) =>
        workflow.ChangeWithReadsAsync(command, async (c, context, ct) =>
        {
            var unit = await units.FirstOrDefaultAsync(new LinkedUnitByIdSpec(command.LinkedUnitId!.Value), ct)
                ?? throw new DomainInputException("linked_unit.not_found", "linkedUnitId", $"No linked unit has id {command.LinkedUnitId}.");
            c.LinkRespondent(command.RespondentName!, unit, context);
        }, cancellationToken);
}

public sealed class UnlinkRespondentHandler(CaseWorkflow workflow, IReadRepository<Obligation> obligations) : ICommandHandler<UnlinkRespondentCommand, CaseDetailDto>
{
    public ValueTask<CaseDetailDto> Handle(UnlinkRespondentCommand command, CancellationToken cancellationToken) =>
        workflow.ChangeWithReadsAsync(command, async (c, context, ct) =>
        {
            if (await obligations.AnyAsync(new ObligationOfCaseAndUnitSpec(c.Id, command.LinkedUnitId), ct))
            {
                throw new ConflictException(
                    "case.linked_unit.has_obligation", "An obligation of this unit is recorded on the case; the link it rests on cannot be removed.");
            }

            c.UnlinkUnit(command.LinkedUnitId, context);
        }, cancellationToken);
}

public sealed class GetUnitSuggestionsHandler(IReadRepository<EnforcementCase> cases, UnitMatcher matcher)
    : IQueryHandler<GetUnitSuggestionsQuery, IReadOnlyList<UnitLinkSuggestionDto>>
{
    public async ValueTask<IReadOnlyList<UnitLinkSuggestionDto>> Handle(GetUnitSuggestionsQuery query, CancellationToken cancellationToken)
    {
        var parties = await cases.FirstOrDefaultAsync(new CaseByIdSpec(query.CaseId), q => q.Select(c => new
            {
                Respondents = c.Respondents.Select(r => new { r.Name, r.CreditCode }).ToList(),
                Linked = c.UnitLinks.Select(l => l.RespondentName).ToList(),
            }), cancellationToken)
            ?? throw new NotFoundException("case.not_found", $"No case has id {query.CaseId}.");
        return await matcher.SuggestAsync(
            parties.Respondents.Where(r => !parties.Linked.Contains(r.Name)).Select(r => (r.Name, r.CreditCode)).ToList(), cancellationToken);
    }
}

/// <summary>Matches respondents to the registry: a credit code matches exactly, a name matches the unit's full name as search normalizes it.</summary>
public sealed class UnitMatcher(IReadRepository<LinkedUnit> units)
{
    public async Task<IReadOnlyList<UnitLinkSuggestionDto>> SuggestAsync(IReadOnlyList<(string Name, string? CreditCode)> respondents, CancellationToken ct)
    {
        if (respondents.Count == 0)
        {
            return [];
        }

        var names = respondents.Select(r => LinkedUnit.MatchNameOf(r.Name)).Distinct().ToList();
        var codes = respondents.Where(r => r.CreditCode is not null).Select(r => r.CreditCode!).Distinct().ToList();
        var matches = await units.ListAsync(
            new LinkedUnitsMatchingSpec(names, codes, activeOnly: true), q => q.Select(u => new { u.Id, u.FullName, u.Kind, u.MatchName, u.CreditCode }), ct);
        return respondents.SelectMany(r => matches
                .Where(u => (r.CreditCode is not null && u.CreditCode == r.CreditCode) || u.MatchName == LinkedUnit.MatchNameOf(r.Name))
                .Select(u => new UnitLinkSuggestionDto(r.Name, u.Id, u.FullName, u.Kind,
                    r.CreditCode is not null && u.CreditCode == r.CreditCode ? "creditCode" : "name")))
            .ToList();
    }
}

public sealed class ObligationOfCaseAndUnitSpec : Specification<Obligation>
{
    public ObligationOfCaseAndUnitSpec(Guid caseId, Guid unitId) => Query.Where(o => o.CaseId == caseId && o.LinkedUnitId == unitId);
}

public sealed class UnlinkRespondentValidator : AbstractValidator<UnlinkRespondentCommand>
{
    public UnlinkRespondentValidator() => RuleFor(c => c.LinkedUnitId).NotEmpty();
}
