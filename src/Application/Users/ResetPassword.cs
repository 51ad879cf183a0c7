using FluentValidation;
using Mediator;

namespace Enforcement.Application.Users;

public sealed record ResetPasswordCommand(string? NewPassword) : ICommand<UserDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public string UserId { get; init; } = "";
}

public sealed class ResetPasswordValidator : AbstractValidator<ResetPasswordCommand>
{
    public ResetPasswordValidator() => RuleFor(c => c.NewPassword).MustBePassword();
}

public sealed class ResetPasswordHandler(IUserAccounts accounts) : ICommandHandler<ResetPasswordCommand, UserDto>
{
    public async ValueTask<UserDto> Handle(ResetPasswordCommand command, CancellationToken cancellationToken) =>
        await accounts.ResetPasswordAsync(command.UserId, command.NewPassword!, cancellationToken);
}
