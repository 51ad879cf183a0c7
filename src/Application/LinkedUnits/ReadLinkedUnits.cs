using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using Enforcement.Application.Common;
using Enforcement.Application.Errors;
using Enforcement.Domain.LinkedUnits;
using Enforcement.Domain.Obligations;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.LinkedUnits;

/// <summary>Pages through the registry by kind, active flag and public-body flag; <c>q</c> matches part of the full or short name.</summary>
public sealed record ListLinkedUnitsQuery(
    LinkedUnitKind? Kind = null, bool? Active = null, bool? PublicBody = null, string? Q = null, int? Page = null, int? PageSize = null)
    : IQuery<PagedResult<LinkedUnitDto>>, IPagedQuery;

/// <summary>A unit's page: the unit, its subordinate units and the totals of its obligations as of today.</summary>
public sealed record GetLinkedUnitQuery(Guid Id) : IQuery<LinkedUnitPageDto>;

public sealed record LinkedUnitPageDto(LinkedUnitDto Unit, UnitTotalsDto Totals, IReadOnlyList<UnitNameDto> Subordinates) : IVersioned
{
    public int Version => Unit.Version;
}

public sealed record UnitNameDto(Guid Id, string FullName, LinkedUnitKind Kind, bool Active);

/// <summary>The unit's obligations: how many, owed, paid, outstanding, letters unanswered past due, escalations open.</summary>
public sealed record UnitTotalsDto(int Obligations, decimal Owed, decimal Paid, decimal Outstanding, int LettersUnanswered, int EscalationsOpen);

public sealed class ListLinkedUnitsValidator : AbstractValidator<ListLinkedUnitsQuery>
{
    public ListLinkedUnitsValidator()
    {
        RuleFor(q => q.Kind).IsInEnum();
        RuleFor(q => q.Q).MaximumLength(50);
    }
}

public sealed class ListLinkedUnitsHandler(IReadRepository<LinkedUnit> units, ICurrentActor actor) : IQueryHandler<ListLinkedUnitsQuery, PagedResult<LinkedUnitDto>>
{
    public async ValueTask<PagedResult<LinkedUnitDto>> Handle(ListLinkedUnitsQuery query, CancellationToken cancellationToken)
    {
        var page = Paging.Number(query.Page);
        var pageSize = Paging.Size(query.PageSize);
        var specification = new LinkedUnitsMatchingFilterSpec(query, page, pageSize);
        var total = await units.CountAsync(specification, cancellationToken);
        var items = total == 0 ? [] : await units.ListAsync(specification, q => q.ProjectToDto(units.Subquery), cancellationToken);
        return new PagedResult<LinkedUnitDto>(items.Select(u => u.MaskedFor(actor)).ToList(), total, page, pageSize);
    }
}

public sealed class GetLinkedUnitHandler(IReadRepository<LinkedUnit> units, IReadRepository<Obligation> obligations, ICurrentActor actor, ICourtClock clock)
    : IQueryHandler<GetLinkedUnitQuery, LinkedUnitPageDto>
{
    public async ValueTask<LinkedUnitPageDto> Handle(GetLinkedUnitQuery query, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var all = units.Subquery;
        var owed = obligations.Subquery;
        var page = await units.FirstOrDefaultAsync(new LinkedUnitByIdSpec(query.Id), q => q.ProjectToDto(all).Select(u => new
            {
                Unit = u,
                Subordinates = all.Where(s => s.SuperiorUnitId == u.Id).OrderBy(s => s.FullName)
                    .Select(s => new UnitNameDto(s.Id, s.FullName, s.Kind, s.Active)).ToList(),
                Count = owed.Count(o => o.LinkedUnitId == u.Id),
                Owed = owed.Where(o => o.LinkedUnitId == u.Id).Sum(o => (long?)o.AmountFen) ?? 0,
                Paid = owed.Where(o => o.LinkedUnitId == u.Id).Sum(o => (long?)o.PaidFen) ?? 0,
                // Still owed: a debt paid, or ended with its case, has nothing outstanding, no letter to chase, no report to follow.
                Outstanding = owed.Where(o => o.LinkedUnitId == u.Id).Sum(o => (long?)o.OutstandingFen) ?? 0,
                Letters = owed.Where(o => o.LinkedUnitId == u.Id && o.Owing).SelectMany(o => o.Letters)
                    .Count(l => l.RepliedOn == null && l.ReplyDueOn < today),
                Escalations = owed.Where(o => o.LinkedUnitId == u.Id && o.Owing).Sum(o => (int?)o.OpenEscalations) ?? 0,
            }), cancellationToken)
            ?? throw new NotFoundException("linked_unit.not_found", $"No linked unit has id {query.Id}.");
        return new LinkedUnitPageDto(
            page.Unit.MaskedFor(actor),
            new UnitTotalsDto(page.Count, page.Owed / 100m, page.Paid / 100m, page.Outstanding / 100m, page.Letters, page.Escalations),
            page.Subordinates);
    }
}

public sealed class LinkedUnitsMatchingFilterSpec : Specification<LinkedUnit>
{
    public LinkedUnitsMatchingFilterSpec(ListLinkedUnitsQuery filter, int page, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.Kind is { } kind)
        {
            Query.Where(u => u.Kind == kind);
        }

        if (filter.Active is { } active)
        {
            Query.Where(u => u.Active == active);
        }

        if (filter.PublicBody is { } publicBody)
        {
            var kinds = LinkedUnitKinds.PublicBodies;
            Query.Where(u => kinds.Contains(u.Kind) == publicBody);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            Query.Search(u => u.SearchText, Like.Containing(filter.Q));
        }

        Query.OrderBy(u => u.Kind).ThenBy(u => u.FullName).ThenBy(u => u.Id).Skip((page - 1) * pageSize).Take(pageSize).AsNoTracking();
    }
}

/// <summary>A unit's history: the audit trail of the unit and of its obligations, newest first.</summary>
public sealed record GetLinkedUnitHistoryQuery(Guid Id, int? Page = null, int? PageSize = null) : IQuery<PagedResult<UnitHistoryEntryDto>>, IPagedQuery;

public sealed record UnitHistoryEntryDto(DateTime AtUtc, string UserName, string Action, string EntityType, string? EntityId, string Summary);

public sealed class GetLinkedUnitHistoryHandler(IReadRepository<LinkedUnit> units, IReadRepository<Obligation> obligations, IReadRepository<Auditing.AuditEntry> audit)
    : IQueryHandler<GetLinkedUnitHistoryQuery, PagedResult<UnitHistoryEntryDto>>
{
    public async ValueTask<PagedResult<UnitHistoryEntryDto>> Handle(GetLinkedUnitHistoryQuery query, CancellationToken cancellationToken)
    {
        if (!await units.AnyAsync(new LinkedUnitByIdSpec(query.Id), cancellationToken))
        {
            throw new NotFoundException("linked_unit.not_found", $"No linked unit has id {query.Id}.");
        }

        var page = Paging.Number(query.Page);
        var pageSize = Paging.Size(query.PageSize);
        var ids = (await obligations.ListAsync(new ObligationsOfUnitSpec(query.Id), q => q.Select(o => o.Id), cancellationToken))
            .Select(id => id.ToString()).Append(query.Id.ToString()).ToList();
        var specification = new AuditOfEntitiesSpec([nameof(LinkedUnit), nameof(Obligation)], ids, page, pageSize);
        var total = await audit.CountAsync(specification, cancellationToken);
        var items = total == 0 ? [] : await audit.ListAsync(specification, q => q.Select(a =>
            new UnitHistoryEntryDto(a.AtUtc, a.UserName, a.Action, a.EntityType, a.EntityId, a.Summary)), cancellationToken);
        return new PagedResult<UnitHistoryEntryDto>(items, total, page, pageSize);
    }
}

public sealed class ObligationsOfUnitSpec : Specification<Obligation>
{
    public ObligationsOfUnitSpec(Guid unitId) => Query.Where(o => o.LinkedUnitId == unitId).AsNoTracking();
}

public sealed class AuditOfEntitiesSpec : Specification<Auditing.AuditEntry>
{
    public AuditOfEntitiesSpec(IReadOnlyCollection<string> entityTypes, IReadOnlyCollection<string> entityIds, int page, int pageSize) =>
        Query.Where(a => entityTypes.Contains(a.EntityType) && entityIds.Contains(a.EntityId!))
            .OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id).Skip((page - 1) * pageSize).Take(pageSize).AsNoTracking();
}
