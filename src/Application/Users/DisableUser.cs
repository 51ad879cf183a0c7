using Enforcement.Application.Abstractions;
using Enforcement.Domain.Common;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Users;

public sealed record DisableUserCommand(string UserId) : ICommand<UserDto>;

public sealed class DisableUserValidator : AbstractValidator<DisableUserCommand>
{
    public DisableUserValidator() => RuleFor(c => c.UserId).NotEmpty().MaximumLength(64);
}

/// <summary>An administrator cannot disable their own account, nor the last Admin: someone must be able to administer.</summary>
public sealed class DisableUserHandler(IUserAccounts accounts, ICurrentActor actor) : ICommandHandler<DisableUserCommand, UserDto>
{
    public async ValueTask<UserDto> Handle(DisableUserCommand command, CancellationToken cancellationToken)
    {
        if (command.UserId == actor.UserId)
        {
            throw new DomainException("user.cannot_disable_self", "You cannot disable your own account; ask another administrator.");
        }

        if (await accounts.IsLastActiveAdminAsync(command.UserId, cancellationToken))
        {
            throw new DomainException("user.last_admin", "This is the last active administrator; appoint another before disabling it.");
        }

        return await accounts.DisableAsync(command.UserId, cancellationToken);
    }
}
