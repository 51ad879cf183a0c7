using Enforcement.Application.Common;
using Enforcement.Application.Common.Workflows;
using Enforcement.Domain.Cases;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Cases.Lifecycle;

/// <summary>Closes the case. 终本 (TerminatedThisRound) is checked against its five conditions from the case's own record.</summary>
public sealed record CloseCaseCommand(ClosureMode? Mode, DateOnly? ClosedOn, [MultilineText] string? Note) : AggregateCommand, ICommand<CaseDetailDto>;

public sealed class CloseCaseValidator : AbstractValidator<CloseCaseCommand>
{
    public CloseCaseValidator()
    {
        RuleFor(c => c.Mode).NotNull().IsInEnum();
        RuleFor(c => c.ClosedOn).NotNull();
        RuleFor(c => c.Note).NotEmpty().MaximumLength(EnforcementCase.MaxTextLength);
    }
}

/// <summary>
/// A 执行完毕 closure counts only the payments dated on or before it, and no closure is dated before a payment on
/// record, read from the payments table (<see cref="CasePaymentsAsOf"/>). The case's unpaid
/// public-body debts and key-case suggestions follow the closure (<see cref="WhatFollowsTheClosure"/>).
/// </summary>
public sealed class CloseCaseHandler(CaseWorkflow workflow, CasePaymentsAsOf payments, WhatFollowsTheClosure follows)
    : ICommandHandler<CloseCaseCommand, CaseDetailDto>
{
    public ValueTask<CaseDetailDto> Handle(CloseCaseCommand command, CancellationToken cancellationToken) =>
        workflow.ChangeWithReadsAsync(command, async (c, context, ct) =>
        {
            c.Close(command.Mode!.Value, command.ClosedOn!.Value, command.Note, context, await payments.ReadAsync(c.Id, command.ClosedOn!.Value, ct));
            await follows.ClosedAsync(c, ct);
        }, cancellationToken);
}
