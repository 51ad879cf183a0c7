using System.Net;
using System.Net.Http.Json;
using Enforcement.Application.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests;

public sealed class ConcurrencyApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_write_without_if_match_that_loses_a_race_is_applied_again_to_the_latest_version()
    {
        var (client, id) = await RegisterAsync("（2025）湘0681执6601号");
        var race = new RaceInterceptor(id, times: 2);
        var racer = Racing(race, client);

        var response = await racer.PostJsonAsync($"/api/cases/{id}/payments", new { amount = 500m, paidOn = "2025-06-10", source = "Voluntary" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        race.Fired.ShouldBe(2);
        var stored = await (await client.GetAsync($"/api/cases/{id}")).ReadJsonAsync();
        stored.GetProperty("recoveredAmount").GetDecimal().ShouldBe(500m);
        stored.GetProperty("version").GetInt32().ShouldBe(4); // two racing writers, then this payment
        (await PaymentsAsync(client, id)).ShouldBe(1);
    }

    [Fact]
    public async Task A_write_without_if_match_that_loses_every_race_is_409_and_overwrites_nothing()
    {
        var (client, id) = await RegisterAsync("（2025）湘0681执6602号");
        var race = new RaceInterceptor(id, times: int.MaxValue);
        var racer = Racing(race, client);

        var response = await racer.PostJsonAsync($"/api/cases/{id}/payments", new { amount = 500m, paidOn = "2025-06-10", source = "Voluntary" });

        await CasesApiTests.ShouldBeProblem(response, HttpStatusCode.Conflict, "concurrency.conflict");
        race.Fired.ShouldBe(Application.Behaviors.ConcurrencyRetryBehavior<Application.Cases.Lifecycle.RecordPaymentCommand, object>.MaxAttempts);
        var stored = await (await client.GetAsync($"/api/cases/{id}")).ReadJsonAsync();
        stored.GetProperty("recoveredAmount").GetDecimal().ShouldBe(0m);
    }

    [Fact]
    public async Task A_write_with_if_match_that_loses_a_race_is_412_without_a_retry()
    {
        var (client, id) = await RegisterAsync("（2025）湘0681执6603号");
        var race = new RaceInterceptor(id, times: 1);
        var racer = Racing(race, client);

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{id}/payments")
        {
            Content = JsonContent.Create(new { amount = 500m, paidOn = "2025-06-10", source = "Voluntary" }),
        };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"1\""));
        var response = await racer.SendAsync(request);

        await CasesApiTests.ShouldBeProblem(response, HttpStatusCode.PreconditionFailed, "concurrency.stale_version");
        race.Fired.ShouldBe(1);
        var stored = await (await client.GetAsync($"/api/cases/{id}")).ReadJsonAsync();
        stored.GetProperty("recoveredAmount").GetDecimal().ShouldBe(0m);
        stored.GetProperty("version").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task Sixteen_clients_paying_into_one_case_at_once_lose_no_payment()
    {
        var (client, id) = await RegisterAsync("（2025）湘0681执6604号");
        var clients = Enumerable.Range(0, 16).Select(_ =>
        {
            var c = factory.CreateClient();
            c.DefaultRequestHeaders.Authorization = client.DefaultRequestHeaders.Authorization;
            return c;
        }).ToArray();

        var responses = await Task.WhenAll(clients.SelectMany((c, i) => Enumerable.Range(0, 4).Select(j =>
            c.PostJsonAsync($"/api/cases/{id}/payments", new { amount = 100m + i, paidOn = "2025-06-10", source = "Voluntary", note = $"第{i}号客户端第{j}笔" }))));

        var accepted = responses.Count(r => r.StatusCode == HttpStatusCode.OK);
        var conflicts = responses.Count(r => r.StatusCode == HttpStatusCode.Conflict);
        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK || r.StatusCode == HttpStatusCode.Conflict);
        accepted.ShouldBeGreaterThanOrEqualTo(60); // few 409s: the server re-applies a change that lost a race
        var expected = responses.Select((r, n) => (r, amount: 100m + n / 4)).Where(x => x.r.StatusCode == HttpStatusCode.OK).Sum(x => x.amount);

        var stored = await (await client.GetAsync($"/api/cases/{id}")).ReadJsonAsync();
        (await PaymentsAsync(client, id)).ShouldBe(accepted);
        stored.GetProperty("recoveredAmount").GetDecimal().ShouldBe(expected);
        stored.GetProperty("version").GetInt32().ShouldBe(1 + accepted);
        _ = conflicts;
    }

    private static async Task<int> PaymentsAsync(HttpClient client, Guid id) =>
        (await (await client.GetAsync($"/api/cases/{id}/timeline")).ReadJsonAsync()).EnumerateArray().Count(e => e.GetProperty("kind").GetString() == "Payment");

    private async Task<(HttpClient Client, Guid Id)> RegisterAsync(string caseNumber)
    {
        var client = factory.ClientFor(Roles.Coordinator);
        var created = await (await client.PostJsonAsync("/api/cases", Requests.RegisterCase(caseNumber))).ReadJsonAsync();
        return (client, created.GetProperty("id").GetGuid());
    }

    private HttpClient Racing(RaceInterceptor race, HttpClient client)
    {
        var racing = factory.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.ConfigureDbContext<Infrastructure.Persistence.EnforcementDbContext>(options => options.AddInterceptors(race))));
        var racer = racing.CreateClient();
        racer.DefaultRequestHeaders.Authorization = client.DefaultRequestHeaders.Authorization;
        return racer;
    }

    /// <summary>Just before the case is saved, bumps its version in the database as a concurrent writer would.</summary>
    private sealed class RaceInterceptor(Guid caseId, int times) : SaveChangesInterceptor
    {
        public int Fired { get; private set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            var db = eventData.Context!;
            if (Fired < times && db.ChangeTracker.Entries<Domain.Cases.EnforcementCase>().Any(e => e.Entity.Id == caseId && e.State == EntityState.Modified))
            {
                Fired++;
                await db.Database.ExecuteSqlAsync($"UPDATE \"Cases\" SET \"Version\" = \"Version\" + 1 WHERE \"Id\" = {caseId}", cancellationToken);
            }

            return result;
        }
    }
}
