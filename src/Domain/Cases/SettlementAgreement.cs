using Enforcement.Domain.Common;

namespace Enforcement.Domain.Cases;

public enum SettlementStatus
{
    /// <summary>Being performed; enforcement is suspended.</summary>
    Active,

    /// <summary>履行完毕</summary>
    Performed,

    /// <summary>不履行和解协议</summary>
    Breached,
}

public sealed record SettlementInstalment(DateOnly DueOn, Money Amount);

/// <summary>A settlement agreement (执行和解) with its instalment plan.</summary>
public sealed class SettlementAgreement
{
    private readonly List<SettlementInstalment> _instalments = [];

    private SettlementAgreement()
    {
    }

    internal SettlementAgreement(DateOnly agreedOn, string terms, IEnumerable<SettlementInstalment> instalments)
    {
        AgreedOn = agreedOn;
        Terms = terms;
        Status = SettlementStatus.Active;
        _instalments.AddRange(instalments);
    }

    public DateOnly AgreedOn { get; private init; }

    public string Terms { get; private init; } = "";

    public SettlementStatus Status { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    public IReadOnlyList<SettlementInstalment> Instalments => _instalments;

    /// <summary>The instalments' sum: what the settlement promises.</summary>
    public Money Total => _instalments.Aggregate(Money.Zero, (sum, i) => sum + i.Amount);

    /// <summary>Payments dated on or after the agreement, recorded while the settlement ran.</summary>
    public Money Paid { get; private set; }

    internal void RecordPaid(Money amount) => Paid += amount;

    internal void End(SettlementStatus status, DateOnly endedOn)
    {
        Status = status;
        EndedOn = endedOn;
    }
}
