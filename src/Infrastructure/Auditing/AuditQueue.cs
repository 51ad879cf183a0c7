using System.Threading.Channels;
using Enforcement.Application.Auditing;

namespace Enforcement.Infrastructure.Auditing;

/// <summary>
/// Audit rows that stand alone (reads of personal data, exports, logins, refusals), on their way to the database.
/// A read puts its row here and answers at once; <see cref="AuditQueueWriter"/> writes the rows in batches, one
/// transaction each, so that reads never wait in SQLite's write queue. The queue is bounded: when it is full a read
/// waits for room rather than drop its row. <see cref="FlushAsync"/> waits until every row queued before it is written,
/// so the audit trail's own reader sees every row already queued.
/// </summary>
public sealed class AuditQueue
{
    private readonly Channel<AuditEntry> _channel;
    private long _enqueued;
    private long _written;
    private TaskCompletionSource _progress = NewProgress();
    private volatile bool _open;

    public AuditQueue(int capacity)
    {
        _channel = Channel.CreateBounded<AuditEntry>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
    }

    internal ChannelReader<AuditEntry> Reader => _channel.Reader;

    /// <summary>
    /// Called by <see cref="AuditQueueWriter"/> as it starts. Until then (a host whose hosted services do not run, such as
    /// a bare service provider) nothing would write the queue, so it takes no rows.
    /// </summary>
    public void Open() => _open = true;

    /// <summary>Queues a row; false when no writer has started or it has stopped, and the caller writes the row itself.</summary>
    public async ValueTask<bool> TryEnqueueAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        if (!_open)
        {
            return false;
        }

        try
        {
            await _channel.Writer.WriteAsync(entry, cancellationToken);
        }
        catch (ChannelClosedException)
        {
            return false;
        }

        Interlocked.Increment(ref _enqueued);
        return true;
    }

    /// <summary>Waits until every row queued before this call is in the database.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var target = Volatile.Read(ref _enqueued);
        while (true)
        {
            var progress = Volatile.Read(ref _progress).Task;
            if (Volatile.Read(ref _written) >= target || _channel.Reader.Completion.IsCompleted)
            {
                return;
            }

            await progress.WaitAsync(cancellationToken);
        }
    }

    /// <summary>No more rows: the writer drains what is queued and stops.</summary>
    internal void Complete() => _channel.Writer.TryComplete();

    internal void Written(int count)
    {
        Interlocked.Add(ref _written, count);
        Interlocked.Exchange(ref _progress, NewProgress()).TrySetResult();
    }

    private static TaskCompletionSource NewProgress() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
