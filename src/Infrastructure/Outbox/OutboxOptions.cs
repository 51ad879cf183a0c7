namespace Enforcement.Infrastructure.Outbox;

/// <summary>Section <c>Outbox</c>.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>Run the background dispatcher. Tests switch it off and call <see cref="OutboxDispatcher"/> themselves.</summary>
    public bool DispatchInBackground { get; set; } = true;

    /// <summary>How often the dispatcher looks for due retries when no new message has signalled it.</summary>
    public int PollSeconds { get; set; } = 5;

    /// <summary>Attempts before a message is dead-lettered.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The delay after the first failure; it doubles with each further one, up to an hour.</summary>
    public int FirstRetrySeconds { get; set; } = 10;

    public int BatchSize { get; set; } = 50;

    /// <summary>
    /// How long the dispatcher gathers after a save signals it, so that the saves of that moment are delivered as one
    /// batch: under a stream of registrations one claim and one record per batch, not per message. 0 dispatches at once.
    /// </summary>
    public int GatherMilliseconds { get; set; } = 50;
}
