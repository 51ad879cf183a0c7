using Enforcement.Application.Cases.RegisterCase;
using Enforcement.Application.Common;
using Enforcement.Application.Outbox;
using Enforcement.Domain.Parties;
using Enforcement.Domain.Tests.Support;
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
                await scope.ServiceProvider.GetRequiredService<ISender>().Send(Register(number));
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
            if (messages.Count(m => m.Status == OutboxStatus.Delivered) == count || waited > TimeSpan.FromSeconds(20))
            {
                messages.Count(m => m.Status == OutboxStatus.Delivered).ShouldBe(count);
                return messages;
            }

            await Task.Delay(100);
        }
    }

    private static RegisterCaseCommand Register(string number) => new(
        number, new DateOnly(2025, 6, 3), false,
        new EnforcementBasisInput("汨罗市人民法院", "（2025）湘0681民初321号", new DateOnly(2025, 5, 20)), 86_000m,
        [new PartyInput(PartyKind.Enterprise, "湖南楚天建设工程有限公司", CreditCode: TestData.ValidCreditCode)],
        [new PartyInput(PartyKind.Township, "汨罗市长乐镇人民政府")]);
}
