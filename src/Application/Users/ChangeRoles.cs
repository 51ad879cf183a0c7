using FluentValidation;
using Mediator;

namespace Enforcement.Application.Users;

public sealed record ChangeRolesCommand(IReadOnlyList<string>? Roles) : ICommand<UserDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public string UserId { get; init; } = "";
}

public sealed class ChangeRolesValidator : AbstractValidator<ChangeRolesCommand>
{
    public ChangeRolesValidator() => RuleFor(c => c.Roles).MustBeRoles();
}

public sealed class ChangeRolesHandler(IUserAccounts accounts) : ICommandHandler<ChangeRolesCommand, UserDto>
{
    public async ValueTask<UserDto> Handle(ChangeRolesCommand command, CancellationToken cancellationToken) =>
        await accounts.ChangeRolesAsync(command.UserId, command.Roles!.Distinct().ToList(), cancellationToken);
}
