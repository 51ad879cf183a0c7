using Enforcement.Application.Common.Workflows;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Cases.Lifecycle;

/// <summary>Ends the open pause (恢复执行); the paused days move the deadline.</summary>
public sealed record EndPauseCommand(DateOnly? EndedOn) : AggregateCommand, ICommand<CaseDetailDto>;

public sealed class EndPauseValidator : AbstractValidator<EndPauseCommand>
{
    public EndPauseValidator() => RuleFor(c => c.EndedOn).NotNull();
}

public sealed class EndPauseHandler(CaseWorkflow workflow) : ICommandHandler<EndPauseCommand, CaseDetailDto>
{
    public ValueTask<CaseDetailDto> Handle(EndPauseCommand command, CancellationToken cancellationToken) =>
        workflow.ChangeAsync(command, (c, context) => c.EndPause(command.EndedOn!.Value, context), cancellationToken);
}
