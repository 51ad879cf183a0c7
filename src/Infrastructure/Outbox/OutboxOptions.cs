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
}
