using Enforcement.Application.Outbox;

namespace Enforcement.Infrastructure.Outbox;

/// <summary>
/// A domain event written in the same transaction as the change that raised it, and delivered after the commit by
/// <see cref="OutboxDispatcher"/>: a committed change never loses its reaction, and a failing reaction never fails the change.
/// </summary>
public sealed class OutboxMessage
{
    public const int MaxErrorLength = 2000;

    private OutboxMessage()
    {
    }

    public OutboxMessage(string type, string payload, DateTime occurredAtUtc)
    {
        Type = type;
        Payload = payload;
        OccurredAtUtc = occurredAtUtc;
        NextAttemptAtUtc = occurredAtUtc;
        Status = OutboxStatus.Pending;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    /// <summary>The event's type name, e.g. <c>Enforcement.Domain.Cases.CaseRegistered</c>.</summary>
    public string Type { get; private init; } = "";

    /// <summary>The event as JSON.</summary>
    public string Payload { get; private init; } = "";

    public DateTime OccurredAtUtc { get; private init; }

    public OutboxStatus Status { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>When a pending message is next due; null once delivered or dead-lettered.</summary>
    public DateTime? NextAttemptAtUtc { get; private set; }

    public DateTime? ProcessedAtUtc { get; private set; }

    public string? LastError { get; private set; }

    internal void Delivered(DateTime nowUtc)
    {
        Status = OutboxStatus.Delivered;
        ProcessedAtUtc = nowUtc;
        NextAttemptAtUtc = null;
        Attempts++;
    }

    /// <summary>A failed attempt: try again after a growing delay, or give up after <paramref name="maxAttempts"/>.</summary>
    internal void Failed(string error, DateTime nowUtc, int maxAttempts, TimeSpan firstDelay)
    {
        Attempts++;
        LastError = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
        if (Attempts >= maxAttempts)
        {
            Status = OutboxStatus.DeadLettered;
            ProcessedAtUtc = nowUtc;
            NextAttemptAtUtc = null;
            return;
        }

        var delay = firstDelay * Math.Pow(2, Math.Min(Attempts - 1, 12));
        NextAttemptAtUtc = nowUtc + (delay > TimeSpan.FromHours(1) ? TimeSpan.FromHours(1) : delay);
    }

    internal void Requeue(DateTime nowUtc)
    {
        Status = OutboxStatus.Pending;
        Attempts = 0;
        NextAttemptAtUtc = nowUtc;
        ProcessedAtUtc = null;
    }
}

/// <summary>
/// One handler that has had a message that is to be tried again (another handler failed, or the host stopped): the retry
/// skips it, so no handler sees a message twice after succeeding. A message delivered to every handler needs none.
/// </summary>
public sealed class OutboxDelivery
{
    private OutboxDelivery()
    {
    }

    public OutboxDelivery(Guid messageId, string handler, DateTime deliveredAtUtc)
    {
        MessageId = messageId;
        Handler = handler;
        DeliveredAtUtc = deliveredAtUtc;
    }

    public Guid MessageId { get; private init; }

    public string Handler { get; private init; } = "";

    public DateTime DeliveredAtUtc { get; private init; }
}
