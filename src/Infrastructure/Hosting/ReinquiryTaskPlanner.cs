using Enforcement.Application.Supervision;
using Enforcement.Application.Tasks;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Enforcement.Infrastructure.Hosting;

/// <summary>
/// The work that comes due with the calendar rather than with a request, once <see cref="FirstRoundAfter"/> after
/// start-up (so that it does not share two cores with the host's first requests), then every
/// <c>Tasks:PlanEveryMinutes</c>: the 终本 cases' re-inquiries go into the task pool
/// (<see cref="PlanReinquiryTasksCommand"/>, a task once), and the standing key-case signals, a large claim or a
/// public-body debt in default, become suggestions (<see cref="ScanKeyCaseSignalsCommand"/>, once per case and reason).
/// Of several instances on one database, one runs it at a time (<see cref="InstanceLock"/>).
/// </summary>
public sealed partial class ReinquiryTaskPlanner(
    IServiceScopeFactory scopes, InstanceLock instances, IOptions<TaskOptions> options, ILogger<ReinquiryTaskPlanner> logger)
    : BackgroundService
{
    public static readonly TimeSpan FirstRoundAfter = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.PlanInBackground)
        {
            return;
        }

        try
        {
            await Task.Delay(FirstRoundAfter, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return; // stopped within its first seconds
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, options.Value.PlanEveryMinutes)));
        do
        {
            try
            {
                // One instance plans at a time; another's run in the same period finds nothing left to do anyway.
                await using var turn = await instances.AcquireAsync(InstanceLock.Planner, wait: false, stoppingToken);
                if (turn is null)
                {
                    continue;
                }

                await using var scope = scopes.CreateAsyncScope();
                var sender = scope.ServiceProvider.GetRequiredService<ISender>();
                var planned = await sender.Send(new PlanReinquiryTasksCommand(), stoppingToken);
                if (planned.Created > 0)
                {
                    LogPlanned(planned.Created);
                }

                var scanned = await sender.Send(new ScanKeyCaseSignalsCommand(), stoppingToken);
                if (scanned.Suggested > 0)
                {
                    LogSuggested(scanned.Suggested);
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(exception);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Put {Count} 终本 re-inquiries in the task pool")]
    private partial void LogPlanned(int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Suggested {Count} key cases from a large claim or a public-body debt in default")]
    private partial void LogSuggested(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Planning the re-inquiry tasks or scanning the key-case signals failed; it tries again at the next run")]
    private partial void LogFailed(Exception exception);
}
