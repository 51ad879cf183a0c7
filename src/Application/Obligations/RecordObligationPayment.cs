using Enforcement.Application.Cases.Lifecycle;
using Enforcement.Application.Common;
using Enforcement.Application.Common.Workflows;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Obligations;

/// <summary>
/// Records a payment by the unit. It is recorded once, as a payment of the case (the one record of recovered money),
/// and counts towards the obligation, optionally against an instalment of the current plan; both change in one transaction.
/// </summary>
public sealed record RecordObligationPaymentCommand(
    decimal? Amount, DateOnly? PaidOn, PaymentSource? Source = null, int? InstalmentNumber = null, [MultilineText] string? Note = null)
    : AggregateCommand, ICommand<ObligationDto>;

public sealed class RecordObligationPaymentValidator : AbstractValidator<RecordObligationPaymentCommand>
{
    public RecordObligationPaymentValidator()
    {
        RuleFor(c => c.Amount).MustBeAmount();
        RuleFor(c => c.PaidOn).NotNull();
        RuleFor(c => c.Source).IsInEnum();
        RuleFor(c => c.InstalmentNumber).GreaterThan(0);
        RuleFor(c => c.Note).MaximumLength(EnforcementCase.MaxTextLength);
    }
}

public sealed class RecordObligationPaymentHandler(ObligationWork work, CaseWorkflow caseWorkflow, WhatFollowsAPayment follows) : ICommandHandler<RecordObligationPaymentCommand, ObligationDto>
{
    public ValueTask<ObligationDto> Handle(RecordObligationPaymentCommand command, CancellationToken cancellationToken) =>
        work.Workflow.ChangeWithReadsAsync(command, async (obligation, context, ct) =>
        {
            obligation.EnsureTakesPayments();
            // Loading the case for the change checks that the officer may work it.
            var @case = await caseWorkflow.LoadAsync(obligation.CaseId, expectedVersion: null, ct);
            var payment = @case.RecordPayment(
                Money.FromYuan(command.Amount!.Value), command.PaidOn!.Value, command.Source ?? PaymentSource.Voluntary,
                command.Note ?? $"{obligation.UnitName} 履行款", context, obligation.Id);
            obligation.CountPayment(payment, command.InstalmentNumber);
            await follows.CountedAsync(@case, ct);
        }, cancellationToken, checkAccess: false);
}
