using Enforcement.Application.Common;
using Enforcement.Application.Common.Workflows;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Cases.Lifecycle;

/// <summary>Records money recovered (执行到位). A total above the claim is accepted and shows as a surplus.</summary>
public sealed record RecordPaymentCommand(decimal? Amount, DateOnly? PaidOn, PaymentSource? Source, [MultilineText] string? Note = null)
    : AggregateCommand, ICommand<CaseDetailDto>;

public sealed class RecordPaymentValidator : AbstractValidator<RecordPaymentCommand>
{
    public RecordPaymentValidator()
    {
        RuleFor(c => c.Amount).MustBeAmount();
        RuleFor(c => c.PaidOn).NotNull();
        RuleFor(c => c.Source).NotNull().IsInEnum();
        RuleFor(c => c.Note).MaximumLength(EnforcementCase.MaxTextLength);
    }
}

/// <summary>Records the payment, and counts it for the public bodies' debts on the case (<see cref="WhatFollowsAPayment"/>).</summary>
public sealed class RecordPaymentHandler(CaseWorkflow workflow, WhatFollowsAPayment follows) : ICommandHandler<RecordPaymentCommand, CaseDetailDto>
{
    public ValueTask<CaseDetailDto> Handle(RecordPaymentCommand command, CancellationToken cancellationToken) =>
        workflow.ChangeWithReadsAsync(command, async (c, context, ct) =>
        {
            c.RecordPayment(Money.FromYuan(command.Amount!.Value), command.PaidOn!.Value, command.Source!.Value, command.Note, context);
            await follows.CountedAsync(c, ct);
        }, cancellationToken);
}
