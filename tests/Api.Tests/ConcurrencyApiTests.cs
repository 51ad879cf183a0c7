using System.Net;
using Enforcement.Application.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests;

public sealed class ConcurrencyApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_write_without_if_match_that_loses_a_race_is_409_and_overwrites_nothing()
    {
        var client = factory.ClientFor(Roles.Coordinator);
        var created = await (await client.PostJsonAsync("/api/cases", Requests.RegisterCase("（2025）湘0681执6601号"))).ReadJsonAsync();
        var id = created.GetProperty("id").GetGuid();

        // Another writer commits between this request's read and its write.
        var race = new RaceInterceptor(id);
        using var racing = factory.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.ConfigureDbContext<Infrastructure.Persistence.EnforcementDbContext>(options => options.AddInterceptors(race))));
        var racer = racing.CreateClient();
        racer.DefaultRequestHeaders.Authorization = client.DefaultRequestHeaders.Authorization;

        var response = await racer.PostJsonAsync($"/api/cases/{id}/payments", new { amount = 500m, paidOn = "2025-06-10", source = "Voluntary" });

        await CasesApiTests.ShouldBeProblem(response, HttpStatusCode.Conflict, "concurrency.conflict");
        race.Fired.ShouldBeTrue();
        var stored = await (await client.GetAsync($"/api/cases/{id}")).ReadJsonAsync();
        stored.GetProperty("recoveredAmount").GetDecimal().ShouldBe(0m);
        stored.GetProperty("version").GetInt32().ShouldBe(2); // the other writer's version
    }

    /// <summary>Just before the case is saved, bumps its version in the database as a concurrent writer would.</summary>
    private sealed class RaceInterceptor(Guid caseId) : SaveChangesInterceptor
    {
        public bool Fired { get; private set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            var db = eventData.Context!;
            if (!Fired && db.ChangeTracker.Entries<Domain.Cases.EnforcementCase>().Any(e => e.Entity.Id == caseId && e.State == EntityState.Modified))
            {
                Fired = true;
                await db.Database.ExecuteSqlAsync($"UPDATE Cases SET Version = Version + 1 WHERE Id = {caseId}", cancellationToken);
            }

            return result;
        }
    }
}
