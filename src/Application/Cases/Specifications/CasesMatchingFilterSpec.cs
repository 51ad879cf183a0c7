using Ardalis.Specification;
using Enforcement.Application.Cases.SearchCases;
using Enforcement.Application.Common;
using Enforcement.Domain.Cases;

namespace Enforcement.Application.Cases.Specifications;

/// <summary>
/// The case list's filters, sort and page (every row, unpaged, when <c>pageSize</c> is null: an export).
/// Every filter has an index behind it (see the EF configuration). A fragment (<c>q</c>) is the cases the fragment index
/// found to contain it, or, where the index cannot narrow it, matched with LIKE in the list's order.
/// </summary>
public sealed class CasesMatchingFilterSpec : Specification<EnforcementCase>
{
    /// <summary>The order the list is read in, which the next page's cursor names.</summary>
    public CaseSort Sort { get; }

    public CasesMatchingFilterSpec(SearchCasesQuery filter, int? pageSize, DateOnly today, IReadOnlyList<Guid>? containingQ = null)
    {
        ArgumentNullException.ThrowIfNull(filter);

        switch (SearchCasesQuery.ParseDue(filter.Due))
        {
            // Only running cases are overdue or near: a paused case's deadline moves on while it is paused.
            case CaseDue.Overdue:
                Query.Where(CaseWorklists.Overdue(today));
                break;
            case CaseDue.Within5Days:
                Query.Where(CaseWorklists.NearDeadline(today));
                break;
            case CaseDue.NoHandler:
                Query.Where(CaseWorklists.WithoutHandler());
                break;
            case CaseDue.ReinquiryDue:
                Query.Where(CaseWorklists.ReinquiryDue(today));
                break;
        }

        if (filter.Number is not null)
        {
            var number = CaseNumber.Parse(filter.Number);
            Query.Where(c => c.Number == number);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            if (containingQ is not null)
            {
                var ids = containingQ.ToArray();
                Query.Where(c => ids.Contains(c.Id));
            }
            else
            {
                Query.Search(c => c.SearchText, Like.Containing(filter.Q));
            }
        }

        if (filter.Status is { } status)
        {
            Query.Where(c => c.Status == status);
        }

        if (filter.CaseType is { } caseType)
        {
            Query.Where(c => c.CaseType == caseType);
        }

        if (filter.EnterpriseRelated is { } enterpriseRelated)
        {
            Query.Where(c => c.EnterpriseRelated == enterpriseRelated);
        }

        if (filter.PublicBodyDebtor is { } publicBodyDebtor)
        {
            Query.Where(c => c.PublicBodyDebtor == publicBodyDebtor);
        }

        if (filter.ClosedFrom is { } closedFrom)
        {
            Query.Where(c => c.Closure!.ClosedOn >= closedFrom);
        }

        if (filter.ClosedTo is { } closedTo)
        {
            Query.Where(c => c.Closure!.ClosedOn <= closedTo);
        }

        if (filter.ClosureMode is { } closureMode)
        {
            Query.Where(c => c.Closure!.Mode == closureMode);
        }

        if (filter.FiledFrom is { } from)
        {
            Query.Where(c => c.FiledOn >= from);
        }

        if (filter.FiledTo is { } to)
        {
            Query.Where(c => c.FiledOn <= to);
        }

        var sort = Sort = filter.SortToRead();
        var cursor = pageSize is not null && CaseCursor.TryParse(filter.After, sort, out var after) ? after : null;
        if (cursor is not null)
        {
            // The rows after the cursor in the list's order; the first condition bounds the index range.
            var (date, id) = (cursor.Date, cursor.Id);
            Query.Where(sort switch
            {
                CaseSort.FiledOnAscending => c => c.FiledOn >= date && (c.FiledOn > date || c.Id.CompareTo(id) > 0),
                CaseSort.Deadline => c => c.Deadline >= date && (c.Deadline > date || c.Id.CompareTo(id) > 0),
                CaseSort.ReinquiryDueOn => c => c.NextReinquiryDueOn >= date && (c.NextReinquiryDueOn > date || c.Id.CompareTo(id) > 0),
                _ => c => c.FiledOn <= date && (c.FiledOn < date || c.Id.CompareTo(id) < 0),
            });
        }

        switch (sort)
        {
            case CaseSort.FiledOnAscending:
                Query.OrderBy(c => c.FiledOn).ThenBy(c => c.Id);
                break;
            case CaseSort.Deadline:
                Query.OrderBy(c => c.Deadline).ThenBy(c => c.Id);
                break;
            case CaseSort.ReinquiryDueOn:
                Query.OrderBy(c => c.NextReinquiryDueOn).ThenBy(c => c.Id);
                break;
            default:
                Query.OrderByDescending(c => c.FiledOn).ThenByDescending(c => c.Id);
                break;
        }

        if (pageSize is { } size)
        {
            Query.Skip(cursor is null ? (Paging.Number(filter.Page) - 1) * size : 0).Take(size);
        }

        Query.AsNoTracking();
    }
}
