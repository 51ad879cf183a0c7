using Enforcement.Application.Common;
using Mediator;

namespace Enforcement.Application.Users;

public sealed record ListUsersQuery(int? Page = null, int? PageSize = null) : IQuery<PagedResult<UserDto>>;

public sealed class ListUsersHandler(IUserAccounts accounts) : IQueryHandler<ListUsersQuery, PagedResult<UserDto>>
{
    public async ValueTask<PagedResult<UserDto>> Handle(ListUsersQuery query, CancellationToken cancellationToken) =>
        await accounts.ListAsync(query.Page is > 0 ? query.Page.Value : 1, Paging.Size(query.PageSize), cancellationToken);
}
