using System.Linq.Expressions;
using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using Enforcement.Application.Common;
using Enforcement.Application.Errors;
using Enforcement.Application.Obligations;
using Enforcement.Application.Security;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.Obligations;
using Enforcement.Domain.Supervision;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;

namespace Enforcement.Application.Supervision;

/// <summary>Section <c>Supervision</c>: when a case's claimed amount makes it a suggested key case.</summary>
public sealed class SupervisionOptions
{
    public const string SectionName = "Supervision";

    /// <summary>标的额大: an open case claiming at least this many yuan is suggested as key (default 5,000,000).</summary>
    public decimal LargeAmountThreshold { get; set; } = 5_000_000m;
}

/// <summary>
/// Pages through key cases: <c>active</c> (default true; false lists ended designations), leader in charge
/// (<c>mine</c> for the caller's), reason, case, and <c>caseOpen</c> (true: the case is not closed; the dashboard's
/// "key cases open"); newest designation first. An officer sees the key cases among the cases they may work.
/// </summary>
public sealed record SearchKeyCasesQuery(
    bool? Active = true, bool? Mine = null, Guid? LeaderInChargeId = null, KeyCaseReason? Reason = null, Guid? CaseId = null, int? Page = null, int? PageSize = null,
    bool? CaseOpen = null)
    : IQuery<PagedResult<KeyCaseDto>>, IPagedQuery;

public sealed record GetKeyCaseQuery(Guid Id) : IQuery<KeyCaseDto>;

/// <summary>The suggested key cases list: by status (default Pending), reason and case, newest first.</summary>
public sealed record SearchKeyCaseSuggestionsQuery(
    SuggestionStatus? Status = SuggestionStatus.Pending, KeyCaseReason? Reason = null, Guid? CaseId = null, int? Page = null, int? PageSize = null)
    : IQuery<PagedResult<KeyCaseSuggestionDto>>, IPagedQuery;

/// <summary>
/// Looks for the signals that are states rather than events, and suggests their cases once: an open case claiming at
/// least <c>Supervision:LargeAmountThreshold</c>, and a public-body debt in default (an instalment unpaid more than
/// <c>Obligations:DefaultAfterDays</c> after its due date) or reported to city leadership (市政府 or 市委; a report to 院领导 alone is not). <c>caseId</c> limits the scan to one case.
/// </summary>
public sealed record ScanKeyCaseSignalsCommand(Guid? CaseId = null) : ICommand<ScannedSignalsDto>;

public sealed record ScannedSignalsDto(int Suggested);

public sealed class SearchKeyCasesValidator : AbstractValidator<SearchKeyCasesQuery>
{
    public SearchKeyCasesValidator() => RuleFor(q => q.Reason).IsInEnum();
}

public sealed class SearchKeyCaseSuggestionsValidator : AbstractValidator<SearchKeyCaseSuggestionsQuery>
{
    public SearchKeyCaseSuggestionsValidator()
    {
        RuleFor(q => q.Status).IsInEnum();
        RuleFor(q => q.Reason).IsInEnum();
    }
}

public sealed class ScanKeyCaseSignalsValidator : AbstractValidator<ScanKeyCaseSignalsCommand>;

public sealed class SearchKeyCasesHandler(IReadRepository<KeyCase> keyCases, CaseWorkGuard guard, ICurrentActor actor)
    : IQueryHandler<SearchKeyCasesQuery, PagedResult<KeyCaseDto>>
{
    public async ValueTask<PagedResult<KeyCaseDto>> Handle(SearchKeyCasesQuery query, CancellationToken cancellationToken) =>
        await keyCases.PageAsync(Matching(query, guard, actor.StaffId), query, KeyCaseMapper.Projection, cancellationToken);

    /// <summary>A designation whose case is not closed: the list's <c>caseOpen=true</c> and the dashboard's "key cases open".</summary>
    public static Expression<Func<KeyCase, bool>> OfOpenCase(IQueryable<EnforcementCase> cases) =>
        k => !cases.Any(c => c.Id == k.CaseId && c.Status == CaseStatus.Closed);

    private static Expression<Func<KeyCase, bool>> OfClosedCase(IQueryable<EnforcementCase> cases) =>
        k => cases.Any(c => c.Id == k.CaseId && c.Status == CaseStatus.Closed);

    /// <summary>The list's filters, the reader's reach and its order: newest designation first. The export reads the same.</summary>
    public static Specification<KeyCase> Matching(SearchKeyCasesQuery query, CaseWorkGuard guard, Guid? me)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(guard);
        var specification = new Specification<KeyCase>();
        var filter = specification.Query
            .Where(k => k.UndesignatedOn == null, query.Active == true)
            .Where(k => k.UndesignatedOn != null, query.Active == false)
            .Where(k => k.LeaderInChargeId == me, query.Mine == true)
            .Where(k => k.LeaderInChargeId == query.LeaderInChargeId, query.LeaderInChargeId is not null)
            .Where(k => k.Reason == query.Reason, query.Reason is not null)
            .Where(k => k.CaseId == query.CaseId, query.CaseId is not null);
        if (query.CaseOpen is { } open)
        {
            filter.Where(open ? OfOpenCase(guard.AllCases) : OfClosedCase(guard.AllCases));
        }

        if (!guard.ReadsAll)
        {
            var workable = guard.WorkableCases;
            filter.Where(k => workable.Any(c => c.Id == k.CaseId));
        }

        filter.OrderByDescending(k => k.DesignatedOn).ThenByDescending(k => k.Id);
        return specification;
    }
}

public sealed class GetKeyCaseHandler(IReadRepository<KeyCase> keyCases, CaseWorkGuard guard) : IQueryHandler<GetKeyCaseQuery, KeyCaseDto>
{
    public async ValueTask<KeyCaseDto> Handle(GetKeyCaseQuery query, CancellationToken cancellationToken)
    {
        var specification = new Specification<KeyCase>();
        specification.Query.Where(k => k.Id == query.Id);
        if (!guard.ReadsAll)
        {
            var workable = guard.WorkableCases;
            specification.Query.Where(k => workable.Any(c => c.Id == k.CaseId));
        }

        return await keyCases.FirstOrDefaultAsync(specification, q => q.Select(KeyCaseMapper.Projection), cancellationToken)
               ?? throw new NotFoundException("key_case.not_found", $"No key case you may see has id {query.Id}.");
    }
}

public sealed class SearchKeyCaseSuggestionsHandler(IReadRepository<KeyCaseSuggestion> suggestions, IReadRepository<KeyCase> keyCases, CaseWorkGuard guard)
    : IQueryHandler<SearchKeyCaseSuggestionsQuery, PagedResult<KeyCaseSuggestionDto>>
{
    public async ValueTask<PagedResult<KeyCaseSuggestionDto>> Handle(SearchKeyCaseSuggestionsQuery query, CancellationToken cancellationToken) =>
        await suggestions.PageAsync(Matching(query, guard), query, KeyCaseMapper.SuggestionProjection(keyCases.Subquery), cancellationToken);

    /// <summary>
    /// The list's filters, the reader's reach (an officer: the suggestions on cases they may work, as for key cases) and
    /// its order: newest first. The key cases export's second sheet reads the same.
    /// </summary>
    public static Specification<KeyCaseSuggestion> Matching(SearchKeyCaseSuggestionsQuery query, CaseWorkGuard guard)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(guard);
        var specification = new Specification<KeyCaseSuggestion>();
        var filter = specification.Query
            .Where(s => s.Status == query.Status, query.Status is not null)
            .Where(s => s.Reason == query.Reason, query.Reason is not null)
            .Where(s => s.CaseId == query.CaseId, query.CaseId is not null);
        if (!guard.ReadsAll)
        {
            var workable = guard.WorkableCases;
            filter.Where(s => workable.Any(c => c.Id == s.CaseId));
        }

        filter.OrderByDescending(s => s.SuggestedOn).ThenByDescending(s => s.Id);
        return specification;
    }
}

/// <summary>Two set-based reads, then one save: each case and reason is suggested once, and never while the case is key.</summary>
public sealed class ScanKeyCaseSignalsHandler(
    IReadRepository<EnforcementCase> cases, IReadRepository<Obligation> obligations, IReadRepository<KeyCase> keyCases,
    IRepository<KeyCaseSuggestion> suggestions, IOptions<SupervisionOptions> options, IOptions<ObligationOptions> obligationOptions, ICourtClock clock)
    : ICommandHandler<ScanKeyCaseSignalsCommand, ScannedSignalsDto>
{
    public async ValueTask<ScannedSignalsDto> Handle(ScanKeyCaseSignalsCommand command, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var key = keyCases.Subquery;
        var suggested = suggestions.Subquery;
        var threshold = Money.FromYuan(options.Value.LargeAmountThreshold);
        var large = new Specification<EnforcementCase>();
        large.Query.Where(c => c.Id == command.CaseId, command.CaseId is not null)
            .Where(c => c.Status != CaseStatus.Closed && c.ClaimedAmount >= threshold
                        && !key.Any(k => k.CaseId == c.Id && k.UndesignatedOn == null)
                        && !suggested.Any(s => s.CaseId == c.Id && s.Reason == KeyCaseReason.LargeAmount));
        var largeCases = await cases.ListAsync(large, q => q.Select(c => new { c.Id, c.Number, c.ClaimedAmount }), cancellationToken);

        var cutoff = today.AddDays(-obligationOptions.Value.DefaultAfterDays);
        // City leadership is 市政府, then 市委; a report to the court's own leadership (院领导) is not yet one.
        const int CityLeadership = (int)EscalationLevel.CityGovernment;
        var open = cases.Subquery.Where(c => c.Status != CaseStatus.Closed);
        var defaulted = new Specification<Obligation>();
        defaulted.Query.Where(o => o.CaseId == command.CaseId, command.CaseId is not null)
            .Where(o => o.Owing && ((o.PlanRevision > 0 && o.OpenInstalmentDueOn < cutoff) || o.EscalationLevel >= CityLeadership)
                        && open.Any(c => c.Id == o.CaseId)
                        && !key.Any(k => k.CaseId == o.CaseId && k.UndesignatedOn == null)
                        && !suggested.Any(s => s.CaseId == o.CaseId && s.Reason == KeyCaseReason.PublicBodyDebtor));
        var debts = await obligations.ListAsync(defaulted, q => q.Select(o => new { o.CaseId, o.CaseNumber, o.UnitName, o.EscalationLevel }), cancellationToken);

        var signals = largeCases
            .Select(c => new KeyCaseSuggested(c.Id, c.Number.Value, KeyCaseReason.LargeAmount, null, $"标的额大：执行标的 {c.ClaimedAmount}，达到 {threshold} Claimed {c.ClaimedAmount}, at least {threshold}"))
            .Concat(debts.DistinctBy(d => d.CaseId).Select(d => new KeyCaseSuggested(d.CaseId, d.CaseNumber, KeyCaseReason.PublicBodyDebtor, null,
                d.EscalationLevel >= CityLeadership
                    ? $"公职单位欠款 {d.UnitName}：已报告市领导 reported to city leadership"
                    : $"公职单位欠款 {d.UnitName}：履行计划逾期超过 {obligationOptions.Value.DefaultAfterDays} 日 an instalment unpaid more than {obligationOptions.Value.DefaultAfterDays} days")))
            .ToList();
        if (signals.Count == 0)
        {
            return new ScannedSignalsDto(0);
        }

        foreach (var signal in signals)
        {
            suggestions.Add(KeyCaseSuggestion.From(signal, today));
        }

        try
        {
            await suggestions.SaveChangesAsync(cancellationToken);
        }
        catch (UniqueConstraintException)
        {
            // A concurrent scan made them first.
            return new ScannedSignalsDto(0);
        }

        return new ScannedSignalsDto(signals.Count);
    }
}

/// <summary>A case registered with a large claim is suggested at once, not at the next scan.</summary>
public sealed class LargeClaimSignalHandler(ISender sender, IOptions<SupervisionOptions> options) : INotificationHandler<CaseRegistered>
{
    public async ValueTask Handle(CaseRegistered notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);

        // A claim below the threshold signals nothing, and a case just registered has no public-body debt yet: no scan.
        // (The hourly round scans every case for both.)
        if (notification.ClaimedAmount < options.Value.LargeAmountThreshold)
        {
            return;
        }

        await sender.Send(new ScanKeyCaseSignalsCommand(notification.CaseId), cancellationToken);
    }
}
