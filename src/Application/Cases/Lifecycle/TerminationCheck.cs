using Enforcement.Application.Abstractions;
using Enforcement.Application.Cases.Specifications;
using Enforcement.Application.Errors;
using Enforcement.Domain.Cases;
using Mediator;

namespace Enforcement.Application.Cases.Lifecycle;

/// <summary>
/// Which of the five 终本 conditions a closure on <see cref="ClosedOn"/> (today by default) would not meet, by the
/// names the closure's refusal uses. It reads the same rule the closure applies, so the two never disagree.
/// </summary>
public sealed record TerminationCheckQuery(Guid CaseId, DateOnly? ClosedOn = null) : IQuery<TerminationCheckDto>;

/// <summary>The conditions unmet on <see cref="ClosedOn"/>; 终本 may be recorded on that day when the list is empty.</summary>
public sealed record TerminationCheckDto(DateOnly ClosedOn, IReadOnlyList<string> Unmet)
{
    public bool Allowed => Unmet.Count == 0;
}

public sealed class TerminationCheckHandler(IRepository<EnforcementCase> cases, ICourtClock clock, CaseWorkflow workflow, CasePaymentsAsOf payments)
    : IQueryHandler<TerminationCheckQuery, TerminationCheckDto>
{
    public async ValueTask<TerminationCheckDto> Handle(TerminationCheckQuery query, CancellationToken cancellationToken)
    {
        var @case = await cases.FirstOrDefaultAsync(new CaseForChangeSpec(query.CaseId), cancellationToken)
            ?? throw new NotFoundException("case.not_found", $"No case has id {query.CaseId}.");
        var closedOn = query.ClosedOn ?? clock.Today;
        return new TerminationCheckDto(closedOn, @case.CheckTermination(closedOn, workflow.Context(), await payments.ReadAsync(@case.Id, closedOn, cancellationToken)));
    }
}
