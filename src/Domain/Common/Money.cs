using System.Globalization;

namespace Enforcement.Domain.Common;

/// <summary>
/// An amount of renminbi, held as whole fen so that the database can compare, order and sum it.
/// Shown in yuan with two decimals.
/// </summary>
public readonly record struct Money : IComparable<Money>
{
    private Money(long fen) => Fen = fen;

    public long Fen { get; }

    public decimal Yuan => Fen / 100m;

    public static Money Zero => default;

    /// <summary>
    /// Ten thousand billion yuan: far above any claim, far below where fen overflow a long. No single amount, and no
    /// running total of a record (a case's recovered money), goes beyond it.
    /// </summary>
    public const decimal MaxYuan = 10_000_000_000_000m;

    public static Money Max => new((long)(MaxYuan * 100m));

    public static Money FromFen(long fen) => new(fen);

    /// <summary>Converts a yuan amount; refuses more than two decimals rather than rounding money away.</summary>
    public static Money FromYuan(decimal yuan)
    {
        var fen = yuan * 100m;
        if (fen != decimal.Truncate(fen))
        {
            throw new DomainException("money.too_many_decimals", $"Amount {yuan} has more than two decimals.");
        }

        return new Money(decimal.ToInt64(fen));
    }

    public static bool HasAtMostTwoDecimals(decimal yuan) => yuan * 100m == decimal.Truncate(yuan * 100m);

    public static Money operator +(Money left, Money right) => new(checked(left.Fen + right.Fen));

    public static Money operator -(Money left, Money right) => new(checked(left.Fen - right.Fen));

    public static bool operator <(Money left, Money right) => left.Fen < right.Fen;

    public static bool operator >(Money left, Money right) => left.Fen > right.Fen;

    public static bool operator <=(Money left, Money right) => left.Fen <= right.Fen;

    public static bool operator >=(Money left, Money right) => left.Fen >= right.Fen;

    public int CompareTo(Money other) => Fen.CompareTo(other.Fen);

    public override string ToString() => "¥" + Yuan.ToString("N2", CultureInfo.InvariantCulture);
}
