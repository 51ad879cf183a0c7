using Enforcement.Domain.Common;

namespace Enforcement.Domain.Cases;

/// <summary>What a correction voids.</summary>
public enum CorrectionKind
{
    Payment,
    Measure,
    Pause,
    Assignment,
}

/// <summary>
/// 更正: a mistaken entry voided, with who, when and why. Append-only: nothing is deleted; the voided entry stays on
/// the timeline, struck through, and totals and deadlines are counted without it.
/// </summary>
public sealed class CaseCorrection
{
    public const int MaxReasonLength = 500;

    private CaseCorrection()
    {
    }

    internal CaseCorrection(Guid caseId, CorrectionKind kind, Guid recordId, string reason, ChangeContext context)
    {
        CaseId = caseId;
        Kind = kind;
        RecordId = recordId;
        Reason = reason;
        VoidedOn = context.Today;
        VoidedBy = context.RecordedBy;
        VoidedAtUtc = context.RecordedAtUtc;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    public Guid CaseId { get; private init; }

    public CorrectionKind Kind { get; private init; }

    public Guid RecordId { get; private init; }

    public string Reason { get; private init; } = "";

    public DateOnly VoidedOn { get; private init; }

    public string VoidedBy { get; private init; } = "";

    public DateTime VoidedAtUtc { get; private init; }
}

/// <summary>A payment as the payments table holds it, for a correction: the case does not load its payments.</summary>
public sealed record PaymentRecord(Guid Id, Money Amount, PaymentSource Source, DateOnly PaidOn, bool Voided, Guid? ObligationId = null);

/// <summary>An assignment as the assignments table holds it, for a correction.</summary>
public sealed record AssignmentRecord(Guid Id, Guid StaffId, string StaffName, DateOnly AssignedOn, DateTime RecordedAtUtc, bool Voided);
