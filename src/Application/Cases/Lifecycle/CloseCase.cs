using Enforcement.Application.Common.Workflows;
using Enforcement.Domain.Cases;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Cases.Lifecycle;

/// <summary>Closes the case. 终本 (TerminatedThisRound) is checked against its five conditions from the case's own record.</summary>
public sealed record CloseCaseCommand(ClosureMode? Mode, DateOnly? ClosedOn, string? Note) : AggregateCommand, ICommand<CaseDetailDto>;

public sealed class CloseCaseValidator : AbstractValidator<CloseCaseCommand>
{
    public CloseCaseValidator()
    {
        RuleFor(c => c.Mode).NotNull().IsInEnum();
        RuleFor(c => c.ClosedOn).NotNull();
        RuleFor(c => c.Note).NotEmpty().MaximumLength(EnforcementCase.MaxTextLength);
    }
}

public sealed class CloseCaseHandler(CaseWorkflow workflow) : ICommandHandler<CloseCaseCommand, CaseDetailDto>
{
    public ValueTask<CaseDetailDto> Handle(CloseCaseCommand command, CancellationToken cancellationToken) =>
        workflow.ChangeAsync(command, (c, context) => c.Close(command.Mode!.Value, command.ClosedOn!.Value, command.Note, context), cancellationToken);
}
