using Enforcement.Application.Errors;
using Enforcement.Application.LinkedUnits;
using Enforcement.Domain.LinkedUnits;
using Enforcement.Domain.Tests.Support;
using Enforcement.Infrastructure.Persistence;

namespace Enforcement.Infrastructure.Tests;

/// <summary>The loop check of the linked-unit hierarchy holds when two requests place units at the same time.</summary>
public sealed class LinkedUnitPlacementTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Two_requests_that_would_each_close_half_of_a_loop_cannot_both_succeed()
    {
        var bureau = TestData.Unit("汨罗市住房和城乡建设局", LinkedUnitKind.GovernmentDepartment);
        var centre = TestData.Unit("汨罗市城市建设服务中心", LinkedUnitKind.PublicInstitution);
        using (var db = _database.NewContext())
        {
            db.AddRange(bureau, centre);
            await db.SaveChangesAsync();
        }

        // Both read the hierarchy before either saves: the centre under the bureau, and the bureau under the centre.
        using var first = _database.NewContext();
        using var second = _database.NewContext();
        var firstUnits = new EfRepository<LinkedUnit>(first, _database.Provider);
        var secondUnits = new EfRepository<LinkedUnit>(second, _database.Provider);
        var centreInFirst = (await firstUnits.FirstOrDefaultAsync(new LinkedUnitByIdSpec(centre.Id), CancellationToken.None))!;
        var bureauInSecond = (await secondUnits.FirstOrDefaultAsync(new LinkedUnitByIdSpec(bureau.Id), CancellationToken.None))!;
        await new LinkedUnitRegistry(firstUnits).PlaceAsync(centreInFirst, bureau.Id, isNew: false, CancellationToken.None);
        await new LinkedUnitRegistry(secondUnits).PlaceAsync(bureauInSecond, centre.Id, isNew: false, CancellationToken.None);

        await firstUnits.SaveChangesAsync(CancellationToken.None);
        await Should.ThrowAsync<ConcurrencyConflictException>(() => secondUnits.SaveChangesAsync(CancellationToken.None));

        using var read = _database.NewContext();
        read.LinkedUnits.Single(u => u.Id == centre.Id).SuperiorUnitId.ShouldBe(bureau.Id);
        read.LinkedUnits.Single(u => u.Id == bureau.Id).SuperiorUnitId.ShouldBeNull();
    }
}
