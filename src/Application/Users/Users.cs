using Enforcement.Application.Common;
using Enforcement.Application.Security;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Users;

public sealed record UserDto(string Id, string UserName, IReadOnlyList<string> Roles, Guid? StaffId, bool Disabled);

/// <summary>User accounts, kept by ASP.NET Core Identity. Every change is audited in its own transaction.</summary>
public interface IUserAccounts
{
    Task<UserDto> CreateAsync(string userName, string password, IReadOnlyList<string> roles, Guid? staffId, CancellationToken cancellationToken);

    Task<UserDto> ChangeRolesAsync(string userId, IReadOnlyList<string> roles, CancellationToken cancellationToken);

    /// <summary>Disables the account: it can no longer log in, and its tokens stop working at once.</summary>
    Task<UserDto> DisableAsync(string userId, CancellationToken cancellationToken);

    Task<UserDto> ResetPasswordAsync(string userId, string newPassword, CancellationToken cancellationToken);

    Task<PagedResult<UserDto>> ListAsync(int page, int pageSize, CancellationToken cancellationToken);
}

/// <summary>Creates a login for a member of staff. There is no self-registration.</summary>
public sealed record CreateUserCommand(string? UserName, string? Password, IReadOnlyList<string>? Roles, Guid? StaffId) : ICommand<UserDto>;

public sealed record ChangeRolesCommand(IReadOnlyList<string>? Roles) : ICommand<UserDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public string UserId { get; init; } = "";
}

public sealed record DisableUserCommand(string UserId) : ICommand<UserDto>;

public sealed record ResetPasswordCommand(string? NewPassword) : ICommand<UserDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public string UserId { get; init; } = "";
}

public sealed record ListUsersQuery(int? Page = null, int? PageSize = null) : IQuery<PagedResult<UserDto>>;

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

public sealed class CreateUserValidator : AbstractValidator<CreateUserCommand>
{
    public CreateUserValidator()
    {
        RuleFor(c => c.UserName).NotEmpty().MaximumLength(50).Matches("^[A-Za-z0-9._@-]+$")
            .WithMessage("A user name uses letters, digits and . _ @ - only.");
        RuleFor(c => c.Password).MustBePassword();
        RuleFor(c => c.Roles).MustBeRoles();
    }
}

public sealed class ChangeRolesValidator : AbstractValidator<ChangeRolesCommand>
{
    public ChangeRolesValidator() => RuleFor(c => c.Roles).MustBeRoles();
}

public sealed class ResetPasswordValidator : AbstractValidator<ResetPasswordCommand>
{
    public ResetPasswordValidator() => RuleFor(c => c.NewPassword).MustBePassword();
}

public sealed class CreateUserHandler(IUserAccounts accounts) : ICommandHandler<CreateUserCommand, UserDto>
{
    public async ValueTask<UserDto> Handle(CreateUserCommand command, CancellationToken cancellationToken) =>
        await accounts.CreateAsync(command.UserName!, command.Password!, command.Roles!.Distinct().ToList(), command.StaffId, cancellationToken);
}

public sealed class ChangeRolesHandler(IUserAccounts accounts) : ICommandHandler<ChangeRolesCommand, UserDto>
{
    public async ValueTask<UserDto> Handle(ChangeRolesCommand command, CancellationToken cancellationToken) =>
        await accounts.ChangeRolesAsync(command.UserId, command.Roles!.Distinct().ToList(), cancellationToken);
}

public sealed class DisableUserHandler(IUserAccounts accounts) : ICommandHandler<DisableUserCommand, UserDto>
{
    public async ValueTask<UserDto> Handle(DisableUserCommand command, CancellationToken cancellationToken) =>
        await accounts.DisableAsync(command.UserId, cancellationToken);
}

public sealed class ResetPasswordHandler(IUserAccounts accounts) : ICommandHandler<ResetPasswordCommand, UserDto>
{
    public async ValueTask<UserDto> Handle(ResetPasswordCommand command, CancellationToken cancellationToken) =>
        await accounts.ResetPasswordAsync(command.UserId, command.NewPassword!, cancellationToken);
}

public sealed class ListUsersHandler(IUserAccounts accounts) : IQueryHandler<ListUsersQuery, PagedResult<UserDto>>
{
    public async ValueTask<PagedResult<UserDto>> Handle(ListUsersQuery query, CancellationToken cancellationToken) =>
        await accounts.ListAsync(query.Page is > 0 ? query.Page.Value : 1, Paging.Size(query.PageSize), cancellationToken);
}
