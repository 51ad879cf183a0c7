using Enforcement.Application.Outbox;
using Enforcement.Infrastructure.Outbox;
using Enforcement.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Infrastructure.Tests;

/// <summary>The background dispatcher: woken by a save, it gathers a moment so that the saves of that moment share a batch.</summary>
public sealed class OutboxWorkerTests
{
    [Fact]
    public async Task Saves_signalled_within_the_gathering_moment_are_delivered_in_one_batch()
    {
        await using var host = await TestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Outbox:DispatchInBackground"] = "true",
            ["Outbox:GatherMilliseconds"] = "1500",
        });
        var worker = ActivatorUtilities.CreateInstance<OutboxWorker>(host.Services);
        await worker.StartAsync(CancellationToken.None);
        try
        {
            // The worker's first round finds nothing; each registration then signals it. A dispatch of our own waits at the
            // worker's gate until that round is over, so the first registration cannot fall into it.
            await Task.Delay(200);
            (await host.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync()).ShouldBe(0);
            foreach (var number in (string[])["（2025）湘0681执521号", "（2025）湘0681执522号"])
            {
                await using var scope = host.Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ISender>().Send(OutboxTests.RegisterCommand(number));
            }

            var delivered = await DeliveredAsync(host, count: 2);

            // One batch records its messages with one time: the first signal did not dispatch the first case alone.
            delivered.Select(m => m.ProcessedAtUtc).Distinct().ShouldHaveSingleItem();
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }
    }

    private static async Task<List<OutboxMessage>> DeliveredAsync(TestHost host, int count)
    {
        for (var waited = TimeSpan.Zero; ; waited += TimeSpan.FromMilliseconds(100))
        {
            await using var scope = host.Services.CreateAsyncScope();
            var messages = await scope.ServiceProvider.GetRequiredService<EnforcementDbContext>().OutboxMessages.AsNoTracking().ToListAsync();
            var delivered = messages.Count(m => m.Status == OutboxStatus.Delivered);
            if (delivered == count || waited > TimeSpan.FromSeconds(20))
            {
                delivered.ShouldBe(count);
                return messages;
            }

            await Task.Delay(100);
        }
    }
}
