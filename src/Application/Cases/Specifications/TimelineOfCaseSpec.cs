using Ardalis.Specification;
using Enforcement.Domain.Cases;

namespace Enforcement.Application.Cases.Specifications;

/// <summary>A case's timeline in date order, then in the order it was recorded, through the (CaseId, OccurredOn) index.</summary>
public sealed class TimelineOfCaseSpec : Specification<TimelineEntry>
{
    public TimelineOfCaseSpec(Guid caseId) =>
        Query.Where(e => e.CaseId == caseId).OrderBy(e => e.OccurredOn).ThenBy(e => e.RecordedAtUtc).ThenBy(e => e.Id).AsNoTracking();
}
