using Enforcement.Application.Common;
using Enforcement.Application.Common.Workflows;
using Enforcement.Application.Cases.Lifecycle;
using Enforcement.Domain.Cases;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Cases.Corrections;

/// <summary>A court leader reopens a wrongly closed case, with a reason; the closure stays on the timeline.</summary>
public sealed record ReopenCaseCommand([MultilineText] string? Reason) : AggregateCommand, ICommand<CaseDetailDto>;

public sealed class ReopenCaseValidator : AbstractValidator<ReopenCaseCommand>
{
    public ReopenCaseValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(CaseCorrection.MaxReasonLength);
}

/// <summary>
/// A leadership decision: the Leader policy admits it, so the officer's own-case rule does not apply. What the closure
/// decided is undone: debts that ended with it are owed again, and the suggestions it withdrew wait for the leader
/// again (<see cref="WhatFollowsTheClosure"/>).
/// </summary>
public sealed class ReopenCaseHandler(CaseWorkflow workflow, WhatFollowsTheClosure follows)
    : ICommandHandler<ReopenCaseCommand, CaseDetailDto>
{
    public ValueTask<CaseDetailDto> Handle(ReopenCaseCommand command, CancellationToken cancellationToken) =>
        workflow.ChangeWithReadsAsync(command, async (c, context, ct) =>
        {
            c.Reopen(command.Reason, context);
            await follows.ReopenedAsync(c, ct);
        }, cancellationToken, checkAccess: false);
}
