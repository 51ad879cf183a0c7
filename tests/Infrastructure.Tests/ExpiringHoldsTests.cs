using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.Preservation;
using Enforcement.Domain.Tests.Support;
using Enforcement.Infrastructure.Persistence;

namespace Enforcement.Infrastructure.Tests;

public sealed class ExpiringHoldsTests : IDisposable
{
    private static readonly DateOnly Today = new(2025, 6, 16);
    private readonly TestDatabase _database = new();

    public ExpiringHoldsTests()
    {
        using var db = _database.NewContext();
        var context = TestData.Context(Today);
        var order = PreservationOrder.Create(
            PreservationKind.DuringLitigation, null, "（2024）湘0681民初321号", [TestData.Enterprise()], [TestData.Person()],
            Money.FromYuan(100_000m), SecurityForm.Cash, Money.FromYuan(100_000m),
            new DateTime(2024, 6, 1, 1, 0, 0, DateTimeKind.Utc), new DateTime(2024, 6, 1, 5, 0, 0, DateTimeKind.Utc), new DateOnly(2024, 6, 1), null, context);
        order.AddMeasure(AssetKind.BankDeposit, "冻结存款甲", null, "中国银行", new DateOnly(2024, 6, 22), context); // to 2025-06-21
        order.AddMeasure(AssetKind.BankDeposit, "冻结存款乙", null, "中国银行", new DateOnly(2024, 8, 1), context); // to 2025-07-31
        var released = order.AddMeasure(AssetKind.BankDeposit, "冻结存款丙", null, "中国银行", new DateOnly(2024, 6, 20), context);
        order.ReleaseHold(released.Id, new DateOnly(2024, 9, 1), "解除", context);
        var @case = TestData.RegisterCase("（2024）湘0681执9号", filedOn: new DateOnly(2024, 6, 20), today: Today);
        @case.RecordMeasure(MeasureKind.Freeze, new DateOnly(2024, 6, 27), "冻结被执行人存款", null, "中国银行", null, null, false, context);
        @case.RecordMeasure(MeasureKind.EnforcementNotice, new DateOnly(2024, 6, 27), "通知", null, null, null, null, false, context);
        db.PreservationOrders.Add(order);
        db.Cases.Add(@case);
        db.SaveChanges();
    }

    [Fact]
    public async Task Live_holds_on_orders_and_cases_come_soonest_first_in_one_list()
    {
        using var db = _database.NewContext();
        var page = await new ExpiringHolds(db).ListAsync(Today, Today, Today.AddDays(30), 1, 20, CancellationToken.None);
        page.Items.Select(i => (i.Source, i.ExpiresOn, i.DaysLeft)).ShouldBe([("order", new DateOnly(2025, 6, 21), 5), ("case", new DateOnly(2025, 6, 26), 10)]);
        page.Total.ShouldBe(2);
        page.Items[1].OwnerNumber.ShouldBe("（2024）湘0681执9号");
        page.Items[0].OwnerNumber.ShouldBe("（2024）湘0681民初321号");
    }

    [Fact]
    public async Task Both_halves_of_the_list_read_through_indexes_never_a_full_scan()
    {
        if (!_database.IsSqlite)
        {
            return; // SQLite's own plan; the same reads on PostgreSQL are checked by their results
        }

        using var db = _database.NewContext();
        var plan = await TestDatabase.QueryPlanAsync(db, new ExpiringHolds(db).ExpiryDates(Today, Today.AddDays(30)));

        var text = string.Join('\n', plan);
        plan.ShouldNotContain(line => line.StartsWith("SCAN", StringComparison.Ordinal)); // every table is searched through an index
        text.ShouldContain("IX_CaseMeasures_HoldExpiresOn_HoldReleasedOn");
    }

    public void Dispose() => _database.Dispose();
}
