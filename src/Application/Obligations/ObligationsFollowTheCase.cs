using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using Enforcement.Application.Common;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Obligations;

namespace Enforcement.Application.Obligations;

/// <summary>
/// A public body's debts share their case's fate, in the case's own transaction: a closure other than 终本 ends the
/// unpaid ones (随案结案: nothing is owed, overdue or escalated any more, and nothing more can be recorded), and reopening
/// the case revives them. A 终本 case keeps its debts open; resuming it as 执恢 moves them to the new case.
/// </summary>
public sealed class ObligationsFollowTheCase(IRepository<Obligation> obligations)
{
    public async Task ClosedAsync(EnforcementCase @case, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@case);
        if (@case.Closure is not { Mode: not ClosureMode.TerminatedThisRound } closure)
        {
            return;
        }

        var caseId = @case.Id;
        foreach (var obligation in await obligations.ListAsync(Loaded(o => o.CaseId == caseId && o.Owing), cancellationToken))
        {
            obligation.EndWithCase(closure.Mode, closure.ClosedOn);
        }
    }

    /// <summary>The debts to change, with their parts in split queries (one row per part, not their product).</summary>
    private static Specification<Obligation> Loaded(System.Linq.Expressions.Expression<Func<Obligation, bool>> criteria)
    {
        var specification = Specs.Where(criteria);
        specification.Query.AsSplitQuery();
        return specification;
    }

    public async Task ReopenedAsync(EnforcementCase @case, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var caseId = @case.Id;
        foreach (var obligation in await obligations.ListAsync(Loaded(o => o.CaseId == caseId && o.EndedOn != null), cancellationToken))
        {
            obligation.ReviveWithCase();
        }
    }
}
