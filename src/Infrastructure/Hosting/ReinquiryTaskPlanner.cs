using Enforcement.Application.Tasks;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Enforcement.Infrastructure.Hosting;

/// <summary>
/// Puts the 终本 cases' re-inquiries in the task pool as they come due: once shortly after start-up, then every
/// <c>Tasks:PlanEveryMinutes</c>. Each run is one <see cref="PlanReinquiryTasksCommand"/>, which makes a task once.
/// </summary>
public sealed partial class ReinquiryTaskPlanner(IServiceScopeFactory scopes, IOptions<TaskOptions> options, ILogger<ReinquiryTaskPlanner> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.PlanInBackground)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, options.Value.PlanEveryMinutes)));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var planned = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new PlanReinquiryTasksCommand(), stoppingToken);
                if (planned.Created > 0)
                {
                    LogPlanned(planned.Created);
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Planning the re-inquiry tasks failed; it tries again at the next run")]
    private partial void LogFailed(Exception exception);
}
