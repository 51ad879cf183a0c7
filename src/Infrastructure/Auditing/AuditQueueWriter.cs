using Enforcement.Application.Auditing;
using Enforcement.Infrastructure.Persistence;
using Enforcement.Infrastructure.Persistence.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Enforcement.Infrastructure.Auditing;

/// <summary>
/// Writes the <see cref="AuditQueue"/> in batches of up to <see cref="AuditQueueOptions.MaxBatch"/> rows, one transaction
/// each. Under load the rows that arrive while one batch commits make the next batch, so a commit serves many reads.
/// On a clean shutdown the queue is closed and drained before the host stops. A crash loses what is queued and not
/// yet committed: at most <see cref="AuditQueueOptions.DelayMilliseconds"/> plus one commit's worth of rows.
/// </summary>
public sealed partial class AuditQueueWriter(
    AuditQueue queue, IServiceScopeFactory scopes, IDatabaseProvider provider, IOptions<AuditQueueOptions> options, ILogger<AuditQueueWriter> logger)
    : BackgroundService
{
    private volatile bool _stopping;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        queue.Open();
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromMilliseconds(options.Value.DelayMilliseconds);
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                if (delay > TimeSpan.Zero)
                {
                    await Task.Delay(delay, stoppingToken);
                }

                await WriteBatchAsync();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: StopAsync drains the queue.
        }
    }

    /// <summary>Closes the queue and writes what is in it, also when the loop never got to run.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping = true;
        await base.StopAsync(cancellationToken);
        queue.Complete();
        while (queue.Reader.TryPeek(out _))
        {
            await WriteBatchAsync();
        }
    }

    private async Task WriteBatchAsync()
    {
        var max = Math.Max(1, options.Value.MaxBatch);
        var batch = new List<AuditEntry>(max);
        while (batch.Count < max && queue.Reader.TryRead(out var entry))
        {
            batch.Add(entry);
        }

        await WriteAsync(batch);
    }

    private async Task WriteAsync(List<AuditEntry> batch)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
                db.AuditEntries.AddRange(batch);
                await db.SaveChangesAsync(CancellationToken.None);
                queue.Written(batch.Count);
                return;
            }
            catch (DbUpdateException exception) when (provider.IsDataError(exception))
            {
                // The database refused a row itself, and would refuse it again: write the others one by one, and
                // report the row that cannot be stored rather than hold every later row behind it.
                if (batch.Count == 1)
                {
                    LogRefused(exception, batch[0].Action, batch[0].EntityType, batch[0].EntityId);
                    queue.Written(1);
                    return;
                }

                foreach (var row in batch)
                {
                    await WriteAsync([row]);
                }

                return;
            }
            catch (Exception exception)
            {
                // Keep the rows and try again: the bounded queue makes reads wait meanwhile instead of losing rows.
                // Only when the host is stopping does the writer give up, after five attempts, and say how many rows it lost.
                if (attempt >= 5 && _stopping)
                {
                    LogLost(exception, batch.Count);
                    return;
                }

                LogRetry(exception, batch.Count, attempt);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt, 10)), CancellationToken.None);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Count} audit rows could not be written while the host stopped, and are lost")]
    private partial void LogLost(Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The database refused an audit row ({Action} on {EntityType} {EntityId}); it is not written")]
    private partial void LogRefused(Exception exception, string action, string entityType, string? entityId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Writing {Count} audit rows failed (attempt {Attempt}); retrying")]
    private partial void LogRetry(Exception exception, int count, int attempt);
}

/// <summary>The audit queue's settings (<c>Audit</c> section).</summary>
public sealed class AuditQueueOptions
{
    public const string SectionName = "Audit";

    /// <summary>How many rows may wait; a read waits for room beyond this. Default 10,000.</summary>
    public int Capacity { get; set; } = 10_000;

    /// <summary>The most rows one transaction writes. Default 500.</summary>
    public int MaxBatch { get; set; } = 500;

    /// <summary>
    /// How long the writer waits after the first row before it commits, to gather more rows per commit. Default 0:
    /// commit at once, so a crash loses only the rows of the commit in progress. A larger value writes fewer, larger
    /// transactions and widens that window by as much.
    /// </summary>
    public int DelayMilliseconds { get; set; }
}
