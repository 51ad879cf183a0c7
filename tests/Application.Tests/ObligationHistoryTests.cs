using Enforcement.Application.Obligations;
using Enforcement.Domain.Common;
using Enforcement.Domain.Obligations;
using Enforcement.Domain.Tests.Support;

namespace Enforcement.Application.Tests;

/// <summary>A debt's plan history shows, for every revision, what was paid under it and how late.</summary>
public sealed class ObligationHistoryTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void Each_revision_shows_the_day_each_instalment_was_covered_and_the_days_it_was_late()
    {
        var township = TestData.Unit();
        var @case = TestData.RegisterLinkedCase(township);
        var obligation = Obligation.Record(
            new CaseRef(@case.Id, @case.Number.Value, [township.Id]), township, Money.FromYuan(300_000m), "（2024）湘0681民初88号民事判决：支付工程款",
            null, null, TestData.Context(D(2025, 6, 16)));
        obligation.AgreePlan(D(2025, 6, 16), [(D(2025, 7, 1), Money.FromYuan(100_000m)), (D(2025, 8, 1), Money.FromYuan(100_000m)), (D(2025, 9, 1), Money.FromYuan(100_000m))],
            "镇政府承诺分三期支付", PlanSource.Negotiated, TestData.Context(D(2025, 6, 16)));
        void Pay(decimal yuan, DateOnly on) =>
            obligation.CountPayment(@case.RecordPayment(Money.FromYuan(yuan), on, Domain.Cases.PaymentSource.Voluntary, null, TestData.Context(on)), null);
        Pay(100_000m, D(2025, 7, 11));
        Pay(50_000m, D(2025, 8, 10));
        obligation.AgreePlan(D(2025, 8, 15), [(D(2025, 10, 31), Money.FromYuan(50_000m)), (D(2025, 12, 31), Money.FromYuan(100_000m))],
            "调处后变更", PlanSource.Mediation, TestData.Context(D(2025, 8, 15)));
        Pay(50_000m, D(2025, 10, 31));

        var plan = obligation.ToDto(D(2026, 1, 5), ObligationRules.Default, TestData.Calendar).Plan;

        // The first plan, replaced on 08-15: the first instalment paid 10 days late; the second 14 days late when replaced;
        // the third not yet due then.
        plan[0].Instalments.Select(i => (i.Covered, i.CoveredOn, i.DaysLate)).ShouldBe(
            [(true, D(2025, 7, 11), 10), (false, null, 14), (false, null, 0)]);
        // The current plan: paid on its due day, then unpaid 5 days past 12-31.
        plan[1].Instalments.Select(i => (i.Covered, i.CoveredOn, i.DaysLate)).ShouldBe(
            [(true, D(2025, 10, 31), 0), (false, null, 5)]);
    }
}
