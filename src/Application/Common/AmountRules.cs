using Enforcement.Domain.Common;
using FluentValidation;

namespace Enforcement.Application.Common;

public static class AmountRules
{
    /// <summary>Ten thousand billion yuan: far above any claim, far below where fen overflow a long (<see cref="Money.MaxYuan"/>).</summary>
    public const decimal MaxAmount = Money.MaxYuan;

    /// <summary>
    /// A positive yuan amount with at most two decimals. An amount beyond the bounds is refused by the bound alone:
    /// counting the decimals of one near <see cref="decimal.MaxValue"/> would overflow.
    /// </summary>
    public static IRuleBuilderOptions<T, decimal?> MustBeAmount<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.NotNull()
            .GreaterThan(0m).WithMessage("The amount must be positive.")
            .LessThan(MaxAmount).WithMessage("The amount is implausibly large.")
            .Must(amount => amount is null || Math.Abs(amount.Value) >= MaxAmount || Money.HasAtMostTwoDecimals(amount.Value))
            .WithMessage("The amount has more than two decimals.").WithErrorCode("amount.too_many_decimals");
}
