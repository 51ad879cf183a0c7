using FluentValidation;
using Mediator;

namespace Enforcement.Application.Users;

public sealed record DisableUserCommand(string UserId) : ICommand<UserDto>;

public sealed class DisableUserValidator : AbstractValidator<DisableUserCommand>
{
    public DisableUserValidator() => RuleFor(c => c.UserId).NotEmpty().MaximumLength(64);
}

public sealed class DisableUserHandler(IUserAccounts accounts) : ICommandHandler<DisableUserCommand, UserDto>
{
    public async ValueTask<UserDto> Handle(DisableUserCommand command, CancellationToken cancellationToken) =>
        await accounts.DisableAsync(command.UserId, cancellationToken);
}
