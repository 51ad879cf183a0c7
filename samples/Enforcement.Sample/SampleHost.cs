using Enforcement.Application.Abstractions;
using Enforcement.Application.Cases;
using Enforcement.Application.Cases.GetCase;
using Enforcement.Application.Cases.RegisterCase;
using Enforcement.Application.Common;
using Enforcement.Domain.Parties;
using Enforcement.Infrastructure;
using Mediator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Enforcement.Sample;

/// <summary>
/// Everything a host needs is <c>AddEnforcement</c>: this one registers a case and reads it back, as the system actor
/// (section <c>Actor</c>), on its own SQLite file, with the shipped holiday lists.
/// </summary>
public static class SampleHost
{
    public static async Task<CaseDetailDto> RunAsync(string databasePath, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Enforcement"] = $"Data Source={databasePath}",
            ["Actor:Name"] = "批量导入",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddEnforcement(builder.Configuration, builder.Environment.ContentRootPath);

        using var host = builder.Build();
        await host.StartAsync(cancellationToken); // migrates the database and starts the outbox dispatcher
        try
        {
            CaseDetailDto registered;
            await using (var scope = host.Services.CreateAsyncScope())
            {
                var today = scope.ServiceProvider.GetRequiredService<ICourtClock>().Today;
                registered = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new RegisterCaseCommand(
                    $"（{today.Year}）湘0681执{Random.Shared.Next(10_000, 99_999)}号",
                    today,
                    NonLitigation: false,
                    new EnforcementBasisInput("汨罗市人民法院", $"（{today.Year}）湘0681民初88号", today.AddDays(-20)),
                    ClaimedAmount: 256_000.50m,
                    [new PartyInput(PartyKind.Enterprise, "湖南佳禾食品有限公司", CreditCode: "91350100M000100Y43")],
                    [new PartyInput(PartyKind.Township, "汨罗市长乐镇人民政府")]), cancellationToken);
            }

            await using (var scope = host.Services.CreateAsyncScope())
            {
                var read = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new GetCaseQuery(registered.Id), cancellationToken);
                await output.WriteLineAsync($"{read.CaseNumber} registered by the library: deadline {read.Deadline:yyyy-MM-dd}, " +
                                            $"{read.DaysRemaining} days left, public-body debtor: {read.PublicBodyDebtor}");
                return read;
            }
        }
        finally
        {
            await host.StopAsync(cancellationToken);
        }
    }
}
