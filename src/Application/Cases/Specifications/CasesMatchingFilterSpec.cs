using Ardalis.Specification;
using Enforcement.Application.Cases.SearchCases;
using Enforcement.Domain.Cases;

namespace Enforcement.Application.Cases.Specifications;

/// <summary>The case list's filters, sort and page. Every filter has an index behind it (see the EF configuration).</summary>
public sealed class CasesMatchingFilterSpec : Specification<EnforcementCase>
{
    public CasesMatchingFilterSpec(SearchCasesQuery filter, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(filter);

        if (filter.Number is not null)
        {
            var number = CaseNumber.Parse(filter.Number);
            Query.Where(c => c.Number == number);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            Query.Search(c => c.SearchText, "%" + EscapeLike(NormaliseFragment(filter.Q)) + "%");
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

        if (filter.FiledFrom is { } from)
        {
            Query.Where(c => c.FiledOn >= from);
        }

        if (filter.FiledTo is { } to)
        {
            Query.Where(c => c.FiledOn <= to);
        }

        switch (SearchCasesQuery.ParseSort(filter.Sort))
        {
            case CaseSort.FiledOnAscending:
                Query.OrderBy(c => c.FiledOn).ThenBy(c => c.Id);
                break;
            case CaseSort.Deadline:
                Query.OrderBy(c => c.Deadline).ThenBy(c => c.Id);
                break;
            default:
                Query.OrderByDescending(c => c.FiledOn).ThenByDescending(c => c.Id);
                break;
        }

        var page = filter.Page ?? 1;
        Query.Skip((page - 1) * pageSize).Take(pageSize);
        Query.AsNoTracking();
    }

    /// <summary>A fragment typed with ASCII parentheses matches the normalised full-width number.</summary>
    private static string NormaliseFragment(string fragment) =>
        fragment.Trim().Replace('(', '（').Replace(')', '）');

    private static string EscapeLike(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal);
}
