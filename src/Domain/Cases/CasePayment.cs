using Enforcement.Domain.Common;

namespace Enforcement.Domain.Cases;

public enum PaymentSource
{
    /// <summary>自动履行</summary>
    Voluntary,

    /// <summary>扣划</summary>
    Deduction,

    /// <summary>拍卖款</summary>
    AuctionProceeds,

    /// <summary>和解分期款</summary>
    SettlementInstalment,
}

/// <summary>Money recovered for the applicant (执行到位); an append-only record of the case's history.</summary>
public sealed class CasePayment
{
    private CasePayment()
    {
    }

    internal CasePayment(Guid caseId, Money amount, DateOnly paidOn, PaymentSource source, string? note, ChangeContext context, Guid? obligationId = null)
    {
        CaseId = caseId;
        ObligationId = obligationId;
        Amount = amount;
        PaidOn = paidOn;
        Source = source;
        Note = note;
        RecordedBy = context.RecordedBy;
        RecordedAtUtc = context.RecordedAtUtc;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    public Guid CaseId { get; private init; }

    /// <summary>The public-body obligation the payment counts towards, if any.</summary>
    public Guid? ObligationId { get; private init; }

    public Money Amount { get; private init; }

    public DateOnly PaidOn { get; private init; }

    public PaymentSource Source { get; private init; }

    public string? Note { get; private init; }

    public string RecordedBy { get; private init; } = "";

    public DateTime RecordedAtUtc { get; private init; }
}
