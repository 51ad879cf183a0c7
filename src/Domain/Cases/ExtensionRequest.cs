namespace Enforcement.Domain.Cases;

public enum ExtensionStatus
{
    Pending,
    Approved,
    Refused,

    /// <summary>失效: the case closed while the request waited; a leader's reopening puts it back to pending.</summary>
    Lapsed,
}

/// <summary>A request to extend the case limit, decided by a court leader.</summary>
public sealed class ExtensionRequest
{
    private ExtensionRequest()
    {
    }

    internal ExtensionRequest(DateOnly requestedOn, int months, string reason)
    {
        RequestedOn = requestedOn;
        Months = months;
        Reason = reason;
        Status = ExtensionStatus.Pending;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    public DateOnly RequestedOn { get; private init; }

    public int Months { get; private init; }

    public string Reason { get; private init; } = "";

    public ExtensionStatus Status { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public Guid? ApproverId { get; private set; }

    public string? DecisionNote { get; private set; }

    internal void Decide(bool approve, Guid approverId, DateOnly decidedOn, string? note)
    {
        Status = approve ? ExtensionStatus.Approved : ExtensionStatus.Refused;
        ApproverId = approverId;
        DecidedOn = decidedOn;
        DecisionNote = note;
    }

    /// <summary>The case closed before a leader decided: nothing is left to extend.</summary>
    internal void Lapse() => Status = ExtensionStatus.Lapsed;

    /// <summary>The closure that lapsed the request was struck: it waits for the leader again.</summary>
    internal void Restore() => Status = ExtensionStatus.Pending;
}
