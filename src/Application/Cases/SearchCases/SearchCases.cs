using Enforcement.Application.Abstractions;
using Enforcement.Application.Cases.Specifications;
using Enforcement.Application.Common;
using Enforcement.Domain.Calendar;
using Enforcement.Domain.Cases;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Cases.SearchCases;

/// <summary>The worklists: cases that need action now.</summary>
public enum CaseDue
{
    None,
    Overdue,
    Within5Days,
    NoHandler,
    ReinquiryDue,
}

public enum CaseSort
{
    FiledOnDescending,
    FiledOnAscending,
    Deadline,

    /// <summary>The re-inquiry worklist's own order: the re-inquiry due longest first (only with that worklist).</summary>
    ReinquiryDueOn,
}

/// <summary>Pages through cases. All filters are optional and combine with AND.</summary>
public sealed record SearchCasesQuery(
    string? Number = null,
    string? Q = null,
    CaseStatus? Status = null,
    CaseType? CaseType = null,
    bool? EnterpriseRelated = null,
    bool? PublicBodyDebtor = null,
    DateOnly? FiledFrom = null,
    DateOnly? FiledTo = null,
    int? Page = null,
    int? PageSize = null,
    string? Sort = null,
    string? Due = null,
    DateOnly? ClosedFrom = null,
    DateOnly? ClosedTo = null,
    ClosureMode? ClosureMode = null,
    string? After = null) : IQuery<PagedResult<CaseSummaryDto>>, IPagedQuery
{
    public const string SortValues = "filedOn, -filedOn, deadline, reinquiryDueOn (with due=reinquiryDue)";
    public const string DueValues = "overdue, within5days, noHandler, reinquiryDue";

    public static CaseDue? ParseDue(string? due) => due switch
    {
        null or "" => CaseDue.None,
        "overdue" => CaseDue.Overdue,
        "within5days" => CaseDue.Within5Days,
        "noHandler" => CaseDue.NoHandler,
        "reinquiryDue" => CaseDue.ReinquiryDue,
        _ => null,
    };

    /// <summary>
    /// The order asked for, or, when none is, the order a clerk works the list in: the overdue and near-deadline
    /// worklists by deadline (the most urgent first), the cases without a handler by filing date (the longest waiting
    /// first), the re-inquiry worklist by its due date, and every other list newest first. Null for an unknown sort.
    /// </summary>
    public static CaseSort? ParseSort(string? sort, CaseDue due = CaseDue.None) => sort switch
    {
        null or "" => due switch
        {
            CaseDue.Overdue or CaseDue.Within5Days => CaseSort.Deadline,
            CaseDue.NoHandler => CaseSort.FiledOnAscending,
            CaseDue.ReinquiryDue => CaseSort.ReinquiryDueOn,
            _ => CaseSort.FiledOnDescending,
        },
        "-filedOn" => CaseSort.FiledOnDescending,
        "filedOn" => CaseSort.FiledOnAscending,
        "deadline" => CaseSort.Deadline,
        "reinquiryDueOn" when due == CaseDue.ReinquiryDue => CaseSort.ReinquiryDueOn,
        _ => null,
    };

    /// <summary>This query's order (see <see cref="ParseSort"/>); null when <c>sort</c> names none this list has.</summary>
    public CaseSort? RequestedSort() => ParseSort(Sort, ParseDue(Due) ?? CaseDue.None);

    /// <summary>The order this query's list is read in; the validator has refused a query without one.</summary>
    public CaseSort SortToRead() => RequestedSort() ?? CaseSort.FiledOnDescending;
}

public sealed class SearchCasesValidator : AbstractValidator<SearchCasesQuery>
{
    public SearchCasesValidator()
    {
        RuleFor(q => q.Number)
            .Must(number => CaseNumber.TryParse(number, out _))
            .WithMessage("'{PropertyValue}' is not a case number like （2024）湘0681执1234号.")
            .When(q => q.Number is not null);
        RuleFor(q => q.Q).MaximumLength(100);
        RuleFor(q => q.Status).IsInEnum();
        RuleFor(q => q.CaseType).IsInEnum();
        RuleFor(q => q.Sort)
            .Must((q, _) => q.RequestedSort() is not null)
            .WithMessage($"Sort must be one of: {SearchCasesQuery.SortValues}.");
        RuleFor(q => q.Due)
            .Must(due => SearchCasesQuery.ParseDue(due) is not null)
            .WithMessage($"Due must be one of: {SearchCasesQuery.DueValues}.");
        RuleFor(q => q.ClosureMode).IsInEnum();
        RuleFor(q => q.After)
            .Must((q, after) => q.RequestedSort() is not { } sort || CaseCursor.TryParse(after, sort, out _))
            .WithMessage("after must be the next cursor of a page read with the same sort.")
            .When(q => q.After is not null);
        RuleFor(q => q.Page)
            .Null()
            .When(q => q.After is not null)
            .WithMessage("page and after cannot be combined: after continues from where the last page ended.");
        RuleFor(q => q.ClosedTo)
            .GreaterThanOrEqualTo(q => q.ClosedFrom)
            .When(q => q.ClosedFrom is not null && q.ClosedTo is not null)
            .WithMessage("closedTo must not be before closedFrom.");
        RuleFor(q => q.FiledTo)
            .GreaterThanOrEqualTo(q => q.FiledFrom)
            .When(q => q.FiledFrom is not null && q.FiledTo is not null)
            .WithMessage("filedTo must not be before filedFrom.");
    }
}

/// <summary>
/// A page of the case list: the fragment index finds the cases that contain a fragment first, then one count of the
/// whole list (stopping at <see cref="CountCap"/>) and one query of the page, by offset (<c>page</c>) or from a cursor
/// (<c>after</c>). When the fragment is the only filter the index has counted already, and in filing order it has also
/// chosen the page, so only the page's own cases are read.
/// </summary>
public sealed class SearchCasesHandler(IReadRepository<EnforcementCase> cases, ICaseTextIndex textIndex, ICourtClock clock, LegalCalendar calendar)
    : IQueryHandler<SearchCasesQuery, PagedResult<CaseSummaryDto>>
{
    /// <summary>Beyond this many matches the list says "10,000+": counting further costs time and tells a reader nothing.</summary>
    public const int CountCap = 10_000;

    /// <summary>A fragment that more cases than this contain is read in the list's order with LIKE, not through the index.</summary>
    public const int MatchLimit = 2_000;

    public async ValueTask<PagedResult<CaseSummaryDto>> Handle(SearchCasesQuery query, CancellationToken cancellationToken)
    {
        var pageSize = Paging.Size(query.PageSize);
        var page = Paging.Number(query.Page);
        var today = clock.Today;
        var text = string.IsNullOrWhiteSpace(query.Q)
            ? TextMatches.NotNarrowed
            : await textIndex.FindAsync(query.Q, MatchLimit, cancellationToken);
        if (text.Cases is { Count: 0 })
        {
            return new PagedResult<CaseSummaryDto>([], 0, page, pageSize);
        }

        // The index has counted already when the fragment is the only filter; in filing order it has the dates to choose
        // the page from as well, so only the page's own cases are read.
        var (found, sort) = (text.Ids, query.SortToRead());
        var counted = OnlyText(query) && text is { Cases: not null } or { MoreThanLimit: true };
        var specification = counted && text.Cases is { } matches && sort is CaseSort.FiledOnDescending or CaseSort.FiledOnAscending
            ? new CasesMatchingFilterSpec(query with { Page = null, After = null }, pageSize, today, PageInFilingOrder(matches, sort, query.After, page, pageSize))
            : new CasesMatchingFilterSpec(query, pageSize, today, found);
        var (total, capped) = counted
            ? (text.Cases?.Count ?? MatchLimit, text.MoreThanLimit)
            : await CountAsync(query.After is null ? specification : new CasesMatchingFilterSpec(query with { After = null }, pageSize, today, found), cancellationToken);
        var items = total == 0 || (!capped && query.After is null && total <= (page - 1) * (long)pageSize)
            ? []
            : await cases.ListAsync(specification, q => q.ProjectToSummary(), cancellationToken);
        var next = items.Count == pageSize ? CaseCursor.After(items[^1], specification.Sort).ToString() : null;
        return new PagedResult<CaseSummaryDto>(items.Select(item => item.AsOf(today, calendar)).ToList(), total, page, pageSize, capped, next);
    }

    /// <summary>
    /// The ids of a page of <paramref name="matches"/> in filing order, as the list reads it: by filing date, then by id
    /// (a Guid compares as its canonical text, which is SQLite's stored order and PostgreSQL's order of uuids), after the
    /// cursor or from the page's offset.
    /// </summary>
    private static List<Guid> PageInFilingOrder(IReadOnlyList<TextMatch> matches, CaseSort sort, string? after, int page, int pageSize)
    {
        var ascending = sort == CaseSort.FiledOnAscending;
        var ordered = ascending
            ? matches.OrderBy(m => m.FiledOn).ThenBy(m => m.CaseId)
            : matches.OrderByDescending(m => m.FiledOn).ThenByDescending(m => m.CaseId);
        var selected = CaseCursor.TryParse(after, sort, out var cursor)
            ? ordered.Where(m => (m.FiledOn, m.CaseId).CompareTo((cursor.Date, cursor.Id)) is var order && (ascending ? order > 0 : order < 0))
            : ordered.Skip((page - 1) * pageSize);
        return selected.Take(pageSize).Select(m => m.CaseId).ToList();
    }

    private async Task<(int Total, bool Capped)> CountAsync(CasesMatchingFilterSpec specification, CancellationToken cancellationToken)
    {
        var counted = await cases.CountUpToAsync(specification, CountCap + 1, cancellationToken);
        return (Math.Min(counted, CountCap), counted > CountCap);
    }

    private static bool OnlyText(SearchCasesQuery query) =>
        query with { Q = null, Page = null, PageSize = null, Sort = null, After = null, Due = string.IsNullOrEmpty(query.Due) ? null : query.Due }
            == new SearchCasesQuery();
}
