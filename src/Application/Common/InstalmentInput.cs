using Enforcement.Domain.Common;
using FluentValidation;

namespace Enforcement.Application.Common;

/// <summary>An instalment of a settlement or a performance plan: due date and amount in yuan.</summary>
public sealed record InstalmentInput(DateOnly? DueOn, decimal? Amount)
{
    public static IReadOnlyList<(DateOnly DueOn, Money Amount)> ToPlan(IEnumerable<InstalmentInput> instalments) =>
        instalments.Select(i => (i.DueOn!.Value, Money.FromYuan(i.Amount!.Value))).ToList();
}

public sealed class InstalmentInputValidator : AbstractValidator<InstalmentInput>
{
    public InstalmentInputValidator()
    {
        RuleFor(i => i.DueOn).NotNull();
        RuleFor(i => i.Amount).MustBeAmount();
    }
}
