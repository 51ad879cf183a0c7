using FluentValidation;
using Mediator;

namespace Enforcement.Application.Users;

/// <summary>Creates a login for a member of staff. There is no self-registration.</summary>
public sealed record CreateUserCommand(string? UserName, string? Password, IReadOnlyList<string>? Roles, Guid? StaffId) : ICommand<UserDto>;

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

public sealed class CreateUserHandler(IUserAccounts accounts) : ICommandHandler<CreateUserCommand, UserDto>
{
    public async ValueTask<UserDto> Handle(CreateUserCommand command, CancellationToken cancellationToken) =>
        await accounts.CreateAsync(command.UserName!, command.Password!, command.Roles!.Distinct().ToList(), command.StaffId, cancellationToken);
}
