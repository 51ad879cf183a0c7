using Enforcement.Application.Security;
using FluentValidation;

namespace Enforcement.Application.Users;

public static class UserRules
{
    public const int MinPasswordLength = 10;

    public static IRuleBuilderOptions<T, IReadOnlyList<string>?> MustBeRoles<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule) =>
        rule.NotEmpty().WithMessage("A user needs at least one role.")
            .Must(roles => roles is null || roles.All(r => Roles.All.Contains(r)))
            .WithMessage($"Roles are: {string.Join(", ", Roles.All)}.");

    public static IRuleBuilderOptions<T, string?> MustBePassword<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MinimumLength(MinPasswordLength).MaximumLength(128);
}
