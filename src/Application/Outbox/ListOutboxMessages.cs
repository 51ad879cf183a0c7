using Enforcement.Application.Common;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Outbox;

/// <summary>Pages through the outbox, newest first, optionally by status (e.g. the dead letters).</summary>
public sealed record ListOutboxMessagesQuery(OutboxStatus? Status = null, int? Page = null, int? PageSize = null) : IQuery<PagedResult<OutboxMessageDto>>, IPagedQuery;

public sealed class ListOutboxMessagesValidator : AbstractValidator<ListOutboxMessagesQuery>
{
    public ListOutboxMessagesValidator()
    {
        RuleFor(q => q.Status).IsInEnum();
    }
}

public sealed class ListOutboxMessagesHandler(IOutboxAdmin outbox) : IQueryHandler<ListOutboxMessagesQuery, PagedResult<OutboxMessageDto>>
{
    public async ValueTask<PagedResult<OutboxMessageDto>> Handle(ListOutboxMessagesQuery query, CancellationToken cancellationToken) =>
        await outbox.ListAsync(query.Status, Paging.Number(query.Page), Paging.Size(query.PageSize), cancellationToken);
}
