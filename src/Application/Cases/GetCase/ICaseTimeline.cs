namespace Enforcement.Application.Cases.GetCase;

/// <summary>A case's records that corrections can void, each with its correction if any: one query that joins the corrections.</summary>
public interface ICaseTimeline
{
    /// <summary>The case's handler and its timeline in date order, then in the order recorded; null when there is no such case.</summary>
    Task<CaseTimelineRead?> ReadAsync(Guid caseId, CancellationToken cancellationToken);

    /// <summary>The case's payments in date order, then in the order recorded; null when there is no such case.</summary>
    Task<IReadOnlyList<CasePaymentDto>?> ReadPaymentsAsync(Guid caseId, CancellationToken cancellationToken);
}

/// <summary>A case's timeline as stored, with what decides who may read each line: the case's handler, and each supervision line's addressee.</summary>
public sealed record CaseTimelineRead(Guid? HandlerId, IReadOnlyList<CaseTimelineLine> Lines);

/// <summary>A line, and for a supervision order's line (督办) the staff member the order is addressed to.</summary>
public sealed record CaseTimelineLine(TimelineEntryDto Entry, Guid? AddresseeId);
