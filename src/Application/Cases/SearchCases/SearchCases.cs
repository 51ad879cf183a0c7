using Enforcement.Application.Abstractions;
using Enforcement.Application.Cases.Specifications;
using Enforcement.Application.Common;
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
    ClosureMode? ClosureMode = null) : IQuery<PagedResult<CaseSummaryDto>>, IPagedQuery
{
    public const string SortValues = "filedOn, -filedOn, deadline";
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

    public static CaseSort? ParseSort(string? sort) => sort switch
    {
        null or "" or "-filedOn" => CaseSort.FiledOnDescending,
        "filedOn" => CaseSort.FiledOnAscending,
        "deadline" => CaseSort.Deadline,
        _ => null,
    };
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
            .Must(sort => SearchCasesQuery.ParseSort(sort) is not null)
            .WithMessage($"Sort must be one of: {SearchCasesQuery.SortValues}.");
        RuleFor(q => q.Due)
            .Must(due => SearchCasesQuery.ParseDue(due) is not null)
            .WithMessage($"Due must be one of: {SearchCasesQuery.DueValues}.");
        RuleFor(q => q.ClosureMode).IsInEnum();
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

public sealed class SearchCasesHandler(IReadRepository<EnforcementCase> cases, ICourtClock clock)
    : IQueryHandler<SearchCasesQuery, PagedResult<CaseSummaryDto>>
{
    public async ValueTask<PagedResult<CaseSummaryDto>> Handle(SearchCasesQuery query, CancellationToken cancellationToken)
    {
        var pageSize = Paging.Size(query.PageSize);
        var today = clock.Today;
        var specification = new CasesMatchingFilterSpec(query, pageSize, today);
        var total = await cases.CountAsync(specification, cancellationToken);
        var items = total == 0
            ? []
            : await cases.ListAsync(specification, q => q.ProjectToSummary(), cancellationToken);
        return new PagedResult<CaseSummaryDto>(
            items.Select(item => item.AsOf(today)).ToList(), total, Paging.Number(query.Page), pageSize);
    }
}
