using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Enforcement.Infrastructure.Outbox;

/// <summary>
/// Runs the dispatcher in the background: a moment after a save signals new messages (<see cref="OutboxOptions.GatherMilliseconds"/>,
/// so that the saves of that moment share a batch), else every few seconds for retries.
/// Of several instances on one database, one dispatches at a time (<see cref="Hosting.InstanceLock"/>).
/// </summary>
public sealed partial class OutboxWorker(
    OutboxDispatcher dispatcher, OutboxSignal signal, Hosting.InstanceLock instances, IOptions<OutboxOptions> options, ILogger<OutboxWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.DispatchInBackground)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // One instance dispatches at a time; the others leave it to that one (or to their next poll).
                await using var turn = await instances.AcquireAsync(Hosting.InstanceLock.Outbox, wait: false, stoppingToken);
                if (turn is not null)
                {
                    // A full batch may leave more behind; a partial one has emptied what is due.
                    while (await dispatcher.DispatchDueAsync(stoppingToken) >= Math.Max(1, options.Value.BatchSize))
                    {
                    }
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogDispatchFailed(exception);
            }

            try
            {
                if (await signal.WaitAsync(TimeSpan.FromSeconds(Math.Max(1, options.Value.PollSeconds)), stoppingToken)
                    && options.Value.GatherMilliseconds > 0)
                {
                    await Task.Delay(options.Value.GatherMilliseconds, stoppingToken);
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The outbox dispatcher failed; it tries again at the next poll")]
    private partial void LogDispatchFailed(Exception exception);
}
