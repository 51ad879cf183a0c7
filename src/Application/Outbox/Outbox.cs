namespace Enforcement.Application.Outbox;

public enum OutboxStatus
{
    /// <summary>Waiting for delivery, or for a retry after a failed one.</summary>
    Pending,

    /// <summary>Every handler has had it.</summary>
    Delivered,

    /// <summary>Retries ran out; an administrator looks at the error and retries it.</summary>
    DeadLettered,
}

/// <summary>One domain event in the outbox, as an administrator sees it.</summary>
public sealed record OutboxMessageDto(
    Guid Id,
    string Type,
    string Payload,
    OutboxStatus Status,
    DateTime OccurredAtUtc,
    int Attempts,
    DateTime? NextAttemptAtUtc,
    DateTime? ProcessedAtUtc,
    string? LastError);
