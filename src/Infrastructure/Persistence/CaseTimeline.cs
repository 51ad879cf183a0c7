using Enforcement.Application.Cases;
using Enforcement.Application.Cases.GetCase;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Supervision;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Infrastructure.Persistence;

/// <summary>
/// A case's timeline in date order, then in the order it was recorded, through the (CaseId, OccurredOn) index, with the
/// case's handler: one query. Each line that records a voided entry carries the correction's reason (a correlated lookup
/// on the unique RecordId index), and each supervision line its order's addressee (by the order's key).
/// </summary>
public sealed class CaseTimeline(EnforcementDbContext db) : ICaseTimeline
{
    public async Task<CaseTimelineRead?> ReadAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var corrections = db.Set<CaseCorrection>();
        var orders = db.Set<SupervisionOrder>();
        var read = await db.Set<EnforcementCase>().AsNoTracking()
            .Where(c => c.Id == caseId)
            .Select(c => new
            {
                c.HandlerId,
                Lines = db.Set<TimelineEntry>().Where(e => e.CaseId == c.Id)
                    .OrderBy(e => e.OccurredOn).ThenBy(e => e.RecordedAtUtc).ThenBy(e => e.Id)
                    .Select(e => new
                    {
                        Entry = new TimelineEntryDto
                        {
                            Id = e.Id,
                            Kind = e.Kind,
                            OccurredOn = e.OccurredOn,
                            Summary = e.Summary,
                            RecordedBy = e.RecordedBy,
                            RecordedAtUtc = e.RecordedAtUtc,
                            RecordId = e.RecordId,
                            VoidReason = e.Kind == TimelineKind.Voided ? null : corrections.Where(x => x.RecordId == e.RecordId).Select(x => x.Reason).FirstOrDefault(),
                        },
                        AddresseeId = e.Kind == TimelineKind.Supervision
                            ? orders.Where(o => o.Id == e.RecordId).Select(o => (Guid?)o.AddresseeId).FirstOrDefault()
                            : null,
                    })
                    .ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return read is null
            ? null
            : new CaseTimelineRead(read.HandlerId, read.Lines.Select(l => new CaseTimelineLine(l.Entry with { Voided = l.Entry.VoidReason is not null }, l.AddresseeId)).ToList());
    }

    public async Task<IReadOnlyList<CasePaymentDto>?> ReadPaymentsAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var corrections = db.Set<CaseCorrection>();
        var rows = await db.Set<EnforcementCase>().AsNoTracking()
            .Where(c => c.Id == caseId)
            .Select(c => new
            {
                Payments = db.Set<CasePayment>().Where(p => p.CaseId == c.Id)
                    .OrderBy(p => p.PaidOn).ThenBy(p => p.RecordedAtUtc).ThenBy(p => p.Id)
                    .Select(p => new CasePaymentDto
                    {
                        Id = p.Id,
                        PaidOn = p.PaidOn,
                        Amount = p.Amount.Yuan,
                        Source = p.Source,
                        Note = p.Note,
                        ObligationId = p.ObligationId,
                        RecordedBy = p.RecordedBy,
                        RecordedAtUtc = p.RecordedAtUtc,
                        VoidReason = corrections.Where(x => x.RecordId == p.Id).Select(x => x.Reason).FirstOrDefault(),
                    })
                    .ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return rows?.Payments.Select(p => p with { Voided = p.VoidReason is not null }).ToList();
    }
}
