using Enforcement.Application.Abstractions;
using Enforcement.Application.Common;
using Enforcement.Application.Staff.Specifications;
using Enforcement.Domain.Staff;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Staff;

/// <summary>Pages through staff, by unit and active flag; <c>q</c> matches a fragment of the name.</summary>
public sealed record ListStaffQuery(CourtUnit? Unit = null, bool? Active = null, string? Q = null, int? Page = null, int? PageSize = null)
    : IQuery<PagedResult<StaffDto>>, IPagedQuery;

public sealed class ListStaffValidator : AbstractValidator<ListStaffQuery>
{
    public ListStaffValidator()
    {
        RuleFor(q => q.Unit).IsInEnum();
        RuleFor(q => q.Q).MaximumLength(50);
    }
}

public sealed class ListStaffHandler(IReadRepository<StaffMember> staff) : IQueryHandler<ListStaffQuery, PagedResult<StaffDto>>
{
    public async ValueTask<PagedResult<StaffDto>> Handle(ListStaffQuery query, CancellationToken cancellationToken)
    {
        var pageSize = Paging.Size(query.PageSize);
        var page = Paging.Number(query.Page);
        var specification = new StaffMatchingFilterSpec(query, page, pageSize);
        var total = await staff.CountAsync(specification, cancellationToken);
        var items = total == 0 ? [] : await staff.ListAsync(specification, q => q.ProjectToDto(), cancellationToken);
        return new PagedResult<StaffDto>(items, total, page, pageSize);
    }
}
