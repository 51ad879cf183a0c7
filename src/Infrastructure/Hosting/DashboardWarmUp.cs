using Enforcement.Application.Dashboard;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Enforcement.Infrastructure.Hosting;

/// <summary>
/// Computes the default dashboard (this year to today) once the host has started, so the first leader to open it
/// reads a snapshot (<see cref="DashboardSnapshots"/>) instead of waiting for twenty aggregates over every case. It
/// does not delay readiness: it begins <see cref="AfterStart"/> after the start, so that the host's first requests do not
/// share two cores with it; if it fails, the first reader computes the dashboard as before. Then it computes again, one
/// at a time, the snapshots that readers found past their age (<see cref="DashboardSnapshots.DueAsync"/>, where other
/// instances write to the database), while those readers are answered from the old one.
/// </summary>
public sealed partial class DashboardWarmUp(
    IServiceScopeFactory scopes, DashboardSnapshots snapshots, IHostApplicationLifetime lifetime, ILogger<DashboardWarmUp> logger) : BackgroundService
{
    public static readonly TimeSpan AfterStart = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await using var stopping = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        try
        {
            await started.Task;
            await Task.Delay(AfterStart, stoppingToken);
            await SendAsync(new DashboardQuery(), stoppingToken);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            LogFailed(exception);
        }
        catch (OperationCanceledException)
        {
            return; // stopped before the host finished starting
        }

        try
        {
            await foreach (var (from, to, day) in snapshots.DueAsync(stoppingToken))
            {
                try
                {
                    await SendAsync(new DashboardQuery(from, to) { RefreshOf = day }, stoppingToken);
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    LogRefreshFailed(exception);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The host stops.
        }
    }

    private async Task SendAsync(DashboardQuery query, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ISender>().Send(query, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Computing a dashboard again in the background failed; its next reader computes it")]
    private partial void LogRefreshFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Computing the dashboard at start-up failed; the first reader computes it")]
    private partial void LogFailed(Exception exception);
}
