using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.Preservation;
using Enforcement.Domain.Tests.Support;
using Enforcement.Infrastructure.Persistence;

namespace Enforcement.Infrastructure.Tests;

/// <summary>The dashboard's 脱保 figure counts each lost hold once, wherever it is kept.</summary>
public sealed class LapsedHoldsTests : IDisposable
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_hold_converted_into_a_case_and_renewed_there_has_not_lapsed_but_one_lost_before_the_conversion_has()
    {
        var context = TestData.Context(D(2025, 3, 2));
        var order = PreservationOrder.Create(
            PreservationKind.DuringLitigation, null, "（2025）湘0681民初321号", [TestData.Enterprise()], [TestData.Person()],
            Money.FromYuan(300_000m), SecurityForm.Guarantee, Money.FromYuan(300_000m),
            new DateTime(2025, 2, 28, 2, 0, 0, DateTimeKind.Utc), new DateTime(2025, 3, 1, 2, 0, 0, DateTimeKind.Utc), D(2025, 3, 1), null, context);
        // A deposit frozen on 2025-03-02 runs to 2026-03-01; a car seized for less, to 2025-05-31, and left to lapse.
        order.AddMeasure(AssetKind.BankDeposit, "冻结中国建设银行汨罗支行账户", Money.FromYuan(200_000m), "中国建设银行汨罗支行", D(2025, 3, 2), context);
        order.AddMeasure(AssetKind.Movable, "扣押车辆 湘F·12345", null, "汨罗市公安局交警大队", D(2025, 3, 2), context, until: D(2025, 5, 31));

        // Converted on 2025-06-20 into the case on its judgment, which renews the freeze before it expires.
        var @case = TestData.RegisterCase("（2025）湘0681执88号", filedOn: D(2025, 6, 16), respondents: [TestData.Person()], today: D(2025, 6, 20));
        order.ConvertTo(@case, TestData.Context(D(2025, 6, 20)));
        var freeze = @case.Measures.ShouldHaveSingleItem();
        @case.RenewHold(freeze.Id, D(2026, 2, 20), null, TestData.Context(D(2026, 2, 20)));
        using (var db = _database.NewContext())
        {
            db.AddRange(order, @case);
            await db.SaveChangesAsync();
        }

        using var read = _database.NewContext();
        var sums = new DashboardSums(read, _database.Provider);
        (await sums.LapsedHoldsAsync(D(2025, 1, 1), D(2026, 12, 31), D(2026, 6, 1), CancellationToken.None)).ShouldBe(1); // the car only
        (await sums.LapsedHoldsAsync(D(2026, 1, 1), D(2026, 12, 31), D(2026, 6, 1), CancellationToken.None)).ShouldBe(0);
    }
}
