using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using Enforcement.Application.Errors;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;

namespace Enforcement.Application.Security;

/// <summary>The case a record hangs on, as the guard read it.</summary>
public sealed record WorkableCase(
    Guid Id, CaseNumber Number, DateOnly FiledOn, Guid? HandlerId, CaseStatus Status, ClosureMode? ClosureMode, string? ResumedAsCaseNumber = null)
{
    public bool Closed => Status == CaseStatus.Closed;

    /// <summary>Closed by 终本 and not resumed since: the searches that go on after 终本 are still done on it.</summary>
    public bool TerminatedThisRound => Closed && ClosureMode == Domain.Cases.ClosureMode.TerminatedThisRound && ResumedAsCaseNumber is null;

    /// <summary>
    /// A 终本 case resumed as 执恢 handed its work to the new case: 422 <c>{prefix}.case.closed</c> naming it, as its own
    /// re-inquiries are refused (<c>case.reinquiry.resumed</c>).
    /// </summary>
    public void EnsureNotResumed(string prefix)
    {
        if (ResumedAsCaseNumber is { } resumed)
        {
            throw new DomainException($"{prefix}.case.closed", $"Case {Number} was resumed as {resumed}; work that case instead.");
        }
    }
}

/// <summary>
/// Work that hangs on a case (a pool task, an assistance request) is open to whoever may work the case: a coordinator
/// every case, an officer their own and unassigned ones (<see cref="CaseAccess.CanWork"/>).
/// </summary>
public sealed class CaseWorkGuard(ICurrentActor actor, IReadRepository<EnforcementCase> cases)
{
    /// <summary>
    /// The case, if the actor may work it: 422 <c>{prefix}.case.not_found</c> when there is none, 403
    /// <c>{prefix}.not_your_case</c> when an officer may not work it.
    /// </summary>
    public async Task<WorkableCase> RequireWorkableAsync(Guid caseId, string prefix, CancellationToken cancellationToken)
    {
        var @case = await cases.FirstOrDefaultAsync(new CaseIdSpec(caseId),
                        q => q.Select(c => new
                        {
                            c.Id, c.Number, c.FiledOn, c.HandlerId, c.HandlerName, c.Status, ClosureMode = c.Closure == null ? (ClosureMode?)null : c.Closure.Mode,
                            c.ResumedAsCaseNumber,
                        }), cancellationToken)
                    ?? throw new DomainException($"{prefix}.case.not_found", $"No case has id {caseId}.");
        if (!actor.CanWork(@case.HandlerId))
        {
            throw new ForbiddenException($"{prefix}.not_your_case",
                $"Case {@case.Number} is handled by {@case.HandlerName}; an officer works only their own cases and unassigned ones.",
                Auditing.AuditSubject.Of<EnforcementCase>(@case.Id));
        }

        return new WorkableCase(@case.Id, @case.Number, @case.FiledOn, @case.HandlerId, @case.Status, @case.ClosureMode, @case.ResumedAsCaseNumber);
    }

    /// <summary>The cases the actor may work, as a subquery for a list's filter (every case for a coordinator).</summary>
    public IQueryable<EnforcementCase> WorkableCases
    {
        get
        {
            var staffId = actor.StaffId;
            return actor.IsInRole(Roles.Coordinator) ? cases.Subquery : cases.Subquery.Where(c => c.HandlerId == null || c.HandlerId == staffId);
        }
    }

    /// <summary>Every case, as a subquery for a list's filter on its case's state (the reader's reach is <see cref="WorkableCases"/>).</summary>
    public IQueryable<EnforcementCase> AllCases => cases.Subquery;

    /// <summary>Whether the actor reads every case's records (coordinators and leaders) rather than only the cases they may work.</summary>
    public bool ReadsAll => actor.IsInRole(Roles.Coordinator) || actor.IsInRole(Roles.Leader);

    private sealed class CaseIdSpec : Specification<EnforcementCase>
    {
        public CaseIdSpec(Guid id) => Query.Where(c => c.Id == id);
    }
}
