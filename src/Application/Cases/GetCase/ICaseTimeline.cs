namespace Enforcement.Application.Cases.GetCase;

/// <summary>A case's records that corrections can void, each with its correction if any: one query that joins the corrections.</summary>
public interface ICaseTimeline
{
    Task<IReadOnlyList<TimelineEntryDto>> ReadAsync(Guid caseId, CancellationToken cancellationToken);

    /// <summary>The case's payments in date order, then in the order recorded; null when there is no such case.</summary>
    Task<IReadOnlyList<CasePaymentDto>?> ReadPaymentsAsync(Guid caseId, CancellationToken cancellationToken);
}
