using Enforcement.Domain.Common;

namespace Enforcement.Domain.Tests.Common;

public sealed class MoneyTests
{
    [Fact]
    public void Yuan_are_held_as_whole_fen()
    {
        var money = Money.FromYuan(1234.56m);
        money.Fen.ShouldBe(123456);
        money.Yuan.ShouldBe(1234.56m);
    }

    [Fact]
    public void More_than_two_decimals_is_refused_not_rounded() =>
        Should.Throw<DomainException>(() => Money.FromYuan(10.005m)).Code.ShouldBe("money.too_many_decimals");

    [Fact]
    public void Amounts_add_and_compare_in_fen()
    {
        var sum = Money.FromYuan(0.10m) + Money.FromYuan(0.20m);
        sum.ShouldBe(Money.FromYuan(0.30m));
        (sum > Money.FromYuan(0.29m)).ShouldBeTrue();
    }
}
