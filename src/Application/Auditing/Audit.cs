using Enforcement.Application.Common;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Auditing;

public enum AuditOutcome
{
    Succeeded,
    Refused,
}

/// <summary>One append-only row of the audit trail: who did what to which record, when, and whether it was allowed.</summary>
public sealed class AuditEntry
{
    public const int MaxSummaryLength = 1000;

    private AuditEntry()
    {
    }

    public AuditEntry(DateTime atUtc, string? userId, string userName, string roles, string action, string entityType, string? entityId, string summary, AuditOutcome outcome)
    {
        AtUtc = atUtc;
        UserId = userId;
        UserName = userName;
        Roles = roles;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        Summary = summary.Length > MaxSummaryLength ? summary[..MaxSummaryLength] : summary;
        Outcome = outcome;
    }

    public long Id { get; private init; }

    public DateTime AtUtc { get; private init; }

    public string? UserId { get; private init; }

    public string UserName { get; private init; } = "";

    public string Roles { get; private init; } = "";

    public string Action { get; private init; } = "";

    public string EntityType { get; private init; } = "";

    public string? EntityId { get; private init; }

    public string Summary { get; private init; } = "";

    public AuditOutcome Outcome { get; private init; }
}

/// <summary>Writes the audit trail for the current request's user.</summary>
public interface IAuditTrail
{
    /// <summary>The action being performed (the command's name); set by the audit behavior.</summary>
    string? CurrentAction { get; set; }

    /// <summary>Adds a row to the next save, so that it commits or rolls back with the change.</summary>
    void Stage(string entityType, string? entityId, string summary);

    /// <summary>Writes a row now, in its own transaction: refusals and reads of personal data.</summary>
    Task WriteNowAsync(string action, string entityType, string? entityId, string summary, AuditOutcome outcome, CancellationToken cancellationToken);
}

/// <summary>Names every command in the audit trail; reads are not audited here.</summary>
public sealed class AuditBehavior<TMessage, TResponse>(IAuditTrail audit) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is IBaseCommand)
        {
            audit.CurrentAction = typeof(TMessage).Name.Replace("Command", "", StringComparison.Ordinal);
        }

        return next(message, cancellationToken);
    }
}

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
    : IQuery<PagedResult<AuditEntryDto>>;

public sealed class SearchAuditValidator : AbstractValidator<SearchAuditQuery>
{
    public SearchAuditValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).GreaterThanOrEqualTo(1);
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("to must not be before from.");
    }
}

public sealed class SearchAuditHandler(IAuditLog log) : IQueryHandler<SearchAuditQuery, PagedResult<AuditEntryDto>>
{
    public async ValueTask<PagedResult<AuditEntryDto>> Handle(SearchAuditQuery query, CancellationToken cancellationToken) =>
        await log.SearchAsync(query, query.Page ?? 1, Paging.Size(query.PageSize), cancellationToken);
}
