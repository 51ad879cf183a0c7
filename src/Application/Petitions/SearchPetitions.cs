using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using Enforcement.Application.Common;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Parties;
using Enforcement.Domain.Petitions;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Petitions;

/// <summary>
/// Pages through petitions. <c>q</c>: a fragment of a petitioner's name or a case number; <c>caseNumber</c>: one case,
/// in either parenthesis style; <c>receivedFrom</c>/<c>receivedTo</c>: the receipt dates, inclusive; <c>overdue</c>: a
/// court deadline passed unmet; <c>dueWithinDays</c>: the next deadline falls from today to today + N; <c>flagged</c>:
/// repeat or collective. Due lists sort by the next deadline; the others newest first. An officer sees the petitions
/// on the cases they may work and those assigned to them.
/// </summary>
public sealed record SearchPetitionsQuery(
    string? Q = null, string? CaseNumber = null, Guid? CaseId = null, DateOnly? ReceivedFrom = null, DateOnly? ReceivedTo = null,
    PetitionChannel? Channel = null, PetitionCategory? Category = null, PetitionStatus? Status = null, bool? Overdue = null, int? DueWithinDays = null,
    bool? Repeat = null, bool? Collective = null, bool? Flagged = null, bool? UnresolvedCases = null, int? Page = null, int? PageSize = null)
    : IQuery<PagedResult<PetitionSummaryDto>>, IPagedQuery;

/// <summary>Today's visits (来访), newest first, as the search shows them to the reader.</summary>
public sealed record TodaysVisitsQuery(int? Page = null, int? PageSize = null) : IQuery<PagedResult<PetitionSummaryDto>>, IPagedQuery;

/// <summary>一人一档: every petition of one petitioner, found by ID or credit code (<c>identity</c>), or by name and phone. Reception and Leaders.</summary>
public sealed record PetitionerHistoryQuery(string? Identity = null, string? Name = null, string? Phone = null, int? Page = null, int? PageSize = null)
    : IQuery<PagedResult<PetitionSummaryDto>>, IPagedQuery;

public sealed class SearchPetitionsValidator : AbstractValidator<SearchPetitionsQuery>
{
    public SearchPetitionsValidator()
    {
        RuleFor(q => q.Q).MaximumLength(Party.MaxNameLength);
        RuleFor(q => q.CaseNumber).Must(n => Domain.Cases.CaseNumber.TryParse(n, out _)).When(q => q.CaseNumber is not null)
            .WithMessage("'{PropertyValue}' is not a case number such as （2025）湘0681执123号.");
        RuleFor(q => q.ReceivedTo).GreaterThanOrEqualTo(q => q.ReceivedFrom).When(q => q.ReceivedFrom is not null && q.ReceivedTo is not null)
            .WithMessage("receivedTo is before receivedFrom.");
        RuleFor(q => q.Channel).IsInEnum();
        RuleFor(q => q.Category).IsInEnum();
        RuleFor(q => q.Status).IsInEnum();
        RuleFor(q => q.DueWithinDays).InclusiveBetween(0, 366);
    }
}

public sealed class PetitionerHistoryValidator : AbstractValidator<PetitionerHistoryQuery>
{
    public PetitionerHistoryValidator()
    {
        RuleFor(q => q.Identity).Must(i => PetitionerHistoryHandler.IdentityCode(i) is not null).When(q => !string.IsNullOrWhiteSpace(q.Identity))
            .WithMessage("'{PropertyValue}' is neither a resident ID (GB 11643) nor a unified social credit code (GB 32100).");
        RuleFor(q => q.Name).NotEmpty().MaximumLength(Party.MaxNameLength).When(q => string.IsNullOrWhiteSpace(q.Identity))
            .WithMessage("Give the petitioner's ID or credit code, or their name and phone.");
        RuleFor(q => q.Phone).NotEmpty().Must(p => p is not null && Party.IsValidPhone(p)).When(q => string.IsNullOrWhiteSpace(q.Identity))
            .WithMessage("Give the petitioner's ID or credit code, or their name and a valid phone number.");
    }
}

public sealed class SearchPetitionsHandler(IReadRepository<Petition> petitions, IReadRepository<EnforcementCase> cases, ICourtClock clock, ICurrentActor actor)
    : IQueryHandler<SearchPetitionsQuery, PagedResult<PetitionSummaryDto>>
{
    public ValueTask<PagedResult<PetitionSummaryDto>> Handle(SearchPetitionsQuery query, CancellationToken cancellationToken)
    {
        var officer = PetitionReader.ReadsAllOf(actor) ? null : new OfficerScope(actor.StaffId, cases.Subquery);
        return petitions.PageAsync(new PetitionsMatchingSpec(query, clock.Today, officer), query, clock.Today, cancellationToken);
    }
}

public sealed class TodaysVisitsHandler(IMediator mediator, ICourtClock clock) : IQueryHandler<TodaysVisitsQuery, PagedResult<PetitionSummaryDto>>
{
    public ValueTask<PagedResult<PetitionSummaryDto>> Handle(TodaysVisitsQuery query, CancellationToken cancellationToken) =>
        mediator.Send(new SearchPetitionsQuery(
            ReceivedFrom: clock.Today, ReceivedTo: clock.Today, Channel: PetitionChannel.Visit, Page: query.Page, PageSize: query.PageSize), cancellationToken);
}

public sealed class PetitionerHistoryHandler(IReadRepository<Petition> petitions, ICourtClock clock)
    : IQueryHandler<PetitionerHistoryQuery, PagedResult<PetitionSummaryDto>>
{
    public ValueTask<PagedResult<PetitionSummaryDto>> Handle(PetitionerHistoryQuery query, CancellationToken cancellationToken)
    {
        var code = IdentityCode(query.Identity);
        var namePhone = code is null ? Petitioner.KeyOf(query.Name!.Trim(), query.Phone!.Trim()) : null;
        var specification = new Specification<Petition>();
        specification.Query.Where(p => p.Petitioners.Any(x => code != null ? x.IdentityCode == code : x.NamePhone == namePhone));
        return petitions.PageAsync(specification, query, clock.Today, cancellationToken);
    }

    /// <summary>The resident ID or credit code as stored, or null when the text is neither.</summary>
    public static string? IdentityCode(string? identity) =>
        ResidentId.TryParse(identity, out var id) ? id.Value : Domain.Parties.CreditCode.TryParse(identity, out var code) ? code.Value : null;
}

/// <summary>An officer's reach: the petitions assigned to them and those on the cases they may work (theirs and unassigned ones).</summary>
public sealed record OfficerScope(Guid? StaffId, IQueryable<EnforcementCase> Cases);

/// <summary>The petition list's filters, in SQL; each has an index behind it (see the EF configuration).</summary>
public sealed class PetitionsMatchingSpec : Specification<Petition>
{
    public PetitionsMatchingSpec(SearchPetitionsQuery filter, DateOnly today, OfficerScope? officer)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (officer is { StaffId: var staffId, Cases: var cases })
        {
            Query.Where(p => (p.AssigneeKind == AssigneeKind.Staff && p.AssigneeId == staffId)
                             || p.Cases.Any(c => cases.Any(k => k.Id == c.CaseId && (k.HandlerId == null || k.HandlerId == staffId))));
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            Query.Search(p => p.SearchText, Like.Containing(filter.Q));
        }

        if (filter.CaseNumber is not null)
        {
            var number = Domain.Cases.CaseNumber.Parse(filter.CaseNumber).Value;
            Query.Where(p => p.Cases.Any(c => c.CaseNumber == number));
        }

        if (filter.CaseId is { } caseId)
        {
            Query.Where(p => p.Cases.Any(c => c.CaseId == caseId));
        }

        if (filter.ReceivedFrom is { } from)
        {
            Query.Where(p => p.ReceivedOn >= from);
        }

        if (filter.ReceivedTo is { } to)
        {
            Query.Where(p => p.ReceivedOn <= to);
        }

        if (filter.Channel is { } channel)
        {
            Query.Where(p => p.Channel == channel);
        }

        if (filter.Category is { } category)
        {
            Query.Where(p => p.Category == category);
        }

        if (filter.Status is { } status)
        {
            Query.Where(p => p.Status == status);
        }

        if (filter.Overdue is { } overdue)
        {
            Query.Where(p => (p.DueOn < today) == overdue);
        }

        if (filter.DueWithinDays is { } days)
        {
            var until = today.AddDays(days);
            Query.Where(p => p.DueOn >= today && p.DueOn <= until);
        }

        if (filter.Repeat is { } repeat)
        {
            Query.Where(p => p.Repeat == repeat);
        }

        if (filter.Collective is { } collective)
        {
            Query.Where(p => p.Collective == collective);
        }

        if (filter.Flagged is { } flagged)
        {
            Query.Where(p => (p.Repeat || p.Collective) == flagged);
        }

        if (filter.UnresolvedCases is { } unresolved)
        {
            Query.Where(p => (p.UnresolvedCases > 0) == unresolved);
        }

        if (filter.Overdue == true || filter.DueWithinDays is not null)
        {
            Query.OrderBy(p => p.DueOn).ThenBy(p => p.Id);
        }
    }
}

internal static class PetitionPages
{
    /// <summary>One page of petition rows, newest first unless the specification orders them: a count and one projected query.</summary>
    public static async ValueTask<PagedResult<PetitionSummaryDto>> PageAsync(
        this IReadRepository<Petition> petitions, Specification<Petition> specification, IPagedQuery paging, DateOnly today, CancellationToken cancellationToken)
    {
        var page = Paging.Number(paging.Page);
        var pageSize = Paging.Size(paging.PageSize);
        var total = await petitions.CountAsync(specification, cancellationToken);
        if (total == 0)
        {
            return new PagedResult<PetitionSummaryDto>([], 0, page, pageSize);
        }

        if (!specification.OrderExpressions.Any())
        {
            specification.Query.OrderByDescending(p => p.ReceivedOn).ThenByDescending(p => p.Id);
        }

        specification.Query.Skip((page - 1) * pageSize).Take(pageSize).AsNoTracking();
        var rows = await petitions.ListAsync(specification, q => q.Select(p => new
        {
            p.Id, p.Channel, p.ReceivedOn, p.ReceivedAt, p.Category, p.Status, p.Headcount, p.Collective, p.Repeat, p.DueOn, p.UnresolvedCases,
            p.AssigneeName, p.Version, Names = p.Petitioners.OrderBy(x => x.Position).Select(x => x.Name).ToList(), Numbers = p.Cases.Select(c => c.CaseNumber).ToList(),
        }), cancellationToken);
        var items = rows.Select(p => new PetitionSummaryDto
        {
            Id = p.Id,
            Channel = p.Channel,
            ReceivedOn = p.ReceivedOn,
            ReceivedAt = p.ReceivedAt,
            Category = p.Category,
            Status = p.Status,
            PetitionerNames = p.Names,
            Headcount = p.Headcount,
            CaseNumbers = p.Numbers,
            Collective = p.Collective,
            Repeat = p.Repeat,
            Overdue = p.DueOn < today,
            DueOn = p.DueOn,
            DaysLeft = PetitionMapper.DaysLeft(p.DueOn, today),
            UnresolvedCases = p.UnresolvedCases,
            AssigneeName = p.AssigneeName,
            Version = p.Version,
        }).ToList();
        return new PagedResult<PetitionSummaryDto>(items, total, page, pageSize);
    }
}
