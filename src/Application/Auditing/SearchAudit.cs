using Enforcement.Application.Common;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Auditing;

public sealed record AuditEntryDto(
    long Id, DateTime AtUtc, string? UserId, string UserName, string Roles, string Action, string EntityType, string? EntityId, string Summary, AuditOutcome Outcome);

/// <summary>Reads the audit trail, newest first.</summary>
public interface IAuditLog
{
    Task<PagedResult<AuditEntryDto>> SearchAsync(SearchAuditQuery query, int page, int pageSize, CancellationToken cancellationToken);
}

/// <summary>Pages through the audit trail by entity, user and date range (court dates, inclusive).</summary>
public sealed record SearchAuditQuery(
    string? EntityType = null, string? EntityId = null, string? User = null, DateOnly? From = null, DateOnly? To = null, int? Page = null, int? PageSize = null)
    : IQuery<PagedResult<AuditEntryDto>>, IPagedQuery;

public sealed class SearchAuditValidator : AbstractValidator<SearchAuditQuery>
{
    public SearchAuditValidator()
    {
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("to must not be before from.");
    }
}

public sealed class SearchAuditHandler(IAuditLog log) : IQueryHandler<SearchAuditQuery, PagedResult<AuditEntryDto>>
{
    public async ValueTask<PagedResult<AuditEntryDto>> Handle(SearchAuditQuery query, CancellationToken cancellationToken) =>
        await log.SearchAsync(query, Paging.Number(query.Page), Paging.Size(query.PageSize), cancellationToken);
}
