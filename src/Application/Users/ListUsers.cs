using Enforcement.Application.Common;
using Mediator;

namespace Enforcement.Application.Users;

public sealed record ListUsersQuery(int? Page = null, int? PageSize = null) : IQuery<PagedResult<UserDto>>, IPagedQuery;

public sealed class ListUsersHandler(IUserAccounts accounts) : IQueryHandler<ListUsersQuery, PagedResult<UserDto>>
{
    public async ValueTask<PagedResult<UserDto>> Handle(ListUsersQuery query, CancellationToken cancellationToken) =>
        await accounts.ListAsync(Paging.Number(query.Page), Paging.Size(query.PageSize), cancellationToken);
}
