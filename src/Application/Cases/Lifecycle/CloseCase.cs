using Enforcement.Application.Common;
using Enforcement.Application.Abstractions;
using Enforcement.Application.Cases.Specifications;
using Enforcement.Application.Common.Workflows;
using Enforcement.Domain.Common;
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
/// A 执行完毕 closure counts only the payments dated on or before it, read from the payments table. The case's unpaid
/// public-body debts and key-case suggestions follow the closure (<see cref="WhatFollowsTheClosure"/>).
/// </summary>
public sealed class CloseCaseHandler(
    CaseWorkflow workflow, IReadRepository<CasePayment> payments, IReadRepository<CaseCorrection> corrections, WhatFollowsTheClosure follows)
    : ICommandHandler<CloseCaseCommand, CaseDetailDto>
{
    public ValueTask<CaseDetailDto> Handle(CloseCaseCommand command, CancellationToken cancellationToken) =>
        workflow.ChangeWithReadsAsync(command, async (c, context, ct) =>
        {
            Money? recoveredByClosure = null;
            if (command.Mode == ClosureMode.FullyPerformed)
            {
                var voided = (await corrections.ListAsync(new CorrectionsOfCaseSpec(c.Id, CorrectionKind.Payment), q => q.Select(x => x.RecordId), ct)).ToHashSet();
                var paid = await payments.ListAsync(new PaymentsOfCaseSpec(c.Id, command.ClosedOn!.Value), q => q.Select(p => new { p.Id, p.Amount }), ct);
                recoveredByClosure = paid.Where(p => !voided.Contains(p.Id)).Aggregate(Money.Zero, (sum, p) => sum + p.Amount);
            }

            c.Close(command.Mode!.Value, command.ClosedOn!.Value, command.Note, context, recoveredByClosure);
            await follows.ClosedAsync(c, ct);
        }, cancellationToken);
}
