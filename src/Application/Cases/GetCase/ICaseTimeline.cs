namespace Enforcement.Application.Cases.GetCase;

/// <summary>A case's timeline with each line's correction, if any: one query that joins the corrections.</summary>
public interface ICaseTimeline
{
    Task<IReadOnlyList<TimelineEntryDto>> ReadAsync(Guid caseId, CancellationToken cancellationToken);
}
