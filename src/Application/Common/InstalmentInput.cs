using Enforcement.Domain.Common;
using FluentValidation;

namespace Enforcement.Application.Common;

/// <summary>An instalment of a settlement or a performance plan: due date and amount in yuan.</summary>
public sealed record InstalmentInput(DateOnly? DueOn, decimal? Amount)
{
    public static IReadOnlyList<(DateOnly DueOn, Money Amount)> ToPlan(IEnumerable<InstalmentInput> instalments) =>
        instalments.Select(i => (i.DueOn!.Value, Money.FromYuan(i.Amount!.Value))).ToList();
}

public static class InstalmentRules
{
    /// <summary>No more than <paramref name="max"/> instalments, said as a count (not as a value's limit).</summary>
    public static IRuleBuilderOptions<T, IReadOnlyList<InstalmentInput>?> AtMostInstalments<T>(this IRuleBuilder<T, IReadOnlyList<InstalmentInput>?> rule, int max) =>
        rule.Must(instalments => instalments is null || instalments.Count <= max)
            .WithMessage(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"A plan has at most {max} instalments."))
            .WithErrorCode("instalments.too_many");
}

public sealed class InstalmentInputValidator : AbstractValidator<InstalmentInput>
{
    public InstalmentInputValidator()
    {
        RuleFor(i => i.DueOn).NotNull();
        RuleFor(i => i.Amount).MustBeAmount();
    }
}
