using Enforcement.Application.Abstractions;
using Enforcement.Application.Cases.Lifecycle;
using Enforcement.Application.Cases.Specifications;
using Enforcement.Application.Common;
using Enforcement.Application.Errors;
using Enforcement.Application.Obligations;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Obligations;
using Mediator;

namespace Enforcement.Application.Cases.Corrections;

/// <summary>
/// Voids a mistaken payment: the recovered amount is counted again without it; the payment stays, struck through. A
/// payment a public body made on its debt stops counting towards the debt in the same change, so that the debt's page
/// and the case never disagree.
/// </summary>
public sealed record VoidPaymentCommand([MultilineText] string? Reason) : CorrectionCommand(Reason), ICommand<CaseDetailDto>;

public sealed class VoidPaymentValidator : CorrectionValidator<VoidPaymentCommand>;

public sealed class VoidPaymentHandler(
    CaseWorkflow workflow, IReadRepository<CasePayment> payments, IReadRepository<CaseCorrection> corrections, IRepository<Obligation> obligations,
    WhatFollowsAPayment follows)
    : ICommandHandler<VoidPaymentCommand, CaseDetailDto>
{
    public ValueTask<CaseDetailDto> Handle(VoidPaymentCommand command, CancellationToken cancellationToken) =>
        workflow.ChangeWithReadsAsync(command, async (c, context, ct) =>
        {
            var payment = await payments.FirstOrDefaultAsync(
                    new PaymentOfCaseSpec(c.Id, command.RecordId), q => q.Select(p => new { p.Id, p.Amount, p.Source, p.PaidOn, p.ObligationId }), ct)
                ?? throw new NotFoundException("case.payment.not_found", $"The case has no payment {command.RecordId}.");
            var voided = (await corrections.ListAsync(new CorrectionsOfCaseSpec(c.Id, CorrectionKind.Payment), q => q.Select(x => x.RecordId), ct))
                .Contains(payment.Id);
            c.VoidPayment(new PaymentRecord(payment.Id, payment.Amount, payment.Source, payment.PaidOn, voided, payment.ObligationId), command.Reason, context);
            if (payment.ObligationId is { } obligationId
                && await obligations.FirstOrDefaultAsync(new ObligationByIdSpec(obligationId), ct) is { } obligation)
            {
                obligation.UncountPayment(payment.Id);
            }

            await follows.CountedAsync(c, ct);
        }, cancellationToken);
}
