using Enforcement.Application.Abstractions;
using Enforcement.Application.Security;
using Enforcement.Domain.Common;
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

/// <summary>
/// Taking the Admin role from the last active Admin is refused, as is an administrator taking it from themselves or
/// giving themselves a role they do not hold (a casework role is granted by another administrator, so that no one
/// account both administers and works cases on its own word).
/// </summary>
public sealed class ChangeRolesHandler(IUserAccounts accounts, ICurrentActor actor) : ICommandHandler<ChangeRolesCommand, UserDto>
{
    public async ValueTask<UserDto> Handle(ChangeRolesCommand command, CancellationToken cancellationToken)
    {
        var roles = command.Roles!.Distinct().ToList();
        if (command.UserId == actor.UserId
            && roles.Except(await accounts.RolesOfAsync(command.UserId, cancellationToken)).FirstOrDefault() is { } added)
        {
            // The stored roles, not the login's claims: a role taken away a moment ago may still be in the claims.
            throw new DomainException("user.cannot_grant_self", $"You cannot give yourself the {added} role; ask another administrator.");
        }

        if (!roles.Contains(Roles.Admin))
        {
            if (command.UserId == actor.UserId && actor.IsInRole(Roles.Admin))
            {
                throw new DomainException("user.cannot_demote_self", "You cannot take the Admin role from yourself; ask another administrator.");
            }

            if (await accounts.IsLastActiveAdminAsync(command.UserId, cancellationToken))
            {
                throw new DomainException("user.last_admin", "This is the last active administrator; appoint another before removing the role.");
            }
        }

        return await accounts.ChangeRolesAsync(command.UserId, roles, cancellationToken);
    }
}
