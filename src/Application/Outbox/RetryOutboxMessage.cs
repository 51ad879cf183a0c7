using Enforcement.Application.Errors;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Outbox;

/// <summary>Sends a dead-lettered message round again; handlers that already had it are not called twice.</summary>
public sealed record RetryOutboxMessageCommand(Guid Id) : ICommand<OutboxMessageDto>;

public sealed class RetryOutboxMessageValidator : AbstractValidator<RetryOutboxMessageCommand>
{
    public RetryOutboxMessageValidator() => RuleFor(c => c.Id).NotEmpty();
}

public sealed class RetryOutboxMessageHandler(IOutboxAdmin outbox) : ICommandHandler<RetryOutboxMessageCommand, OutboxMessageDto>
{
    public async ValueTask<OutboxMessageDto> Handle(RetryOutboxMessageCommand command, CancellationToken cancellationToken) =>
        await outbox.RetryAsync(command.Id, cancellationToken)
        ?? throw new NotFoundException("outbox.message.not_found", $"No dead-lettered outbox message has id {command.Id}.");
}
