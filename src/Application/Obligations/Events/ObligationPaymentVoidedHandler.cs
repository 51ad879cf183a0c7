using Enforcement.Application.Abstractions;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Obligations;
using Mediator;

namespace Enforcement.Application.Obligations.Events;

/// <summary>
/// A payment voided on the case stops counting towards the obligation it was recorded against. The void does it in the
/// same change (<see cref="Cases.Corrections.VoidPaymentHandler"/>); this delivers the messages written before it did,
/// and does nothing for a payment already uncounted.
/// </summary>
public sealed class ObligationPaymentVoidedHandler(IRepository<Obligation> obligations) : INotificationHandler<ObligationPaymentVoided>
{
    public async ValueTask Handle(ObligationPaymentVoided notification, CancellationToken cancellationToken)
    {
        var obligation = await obligations.FirstOrDefaultAsync(new ObligationByIdSpec(notification.ObligationId), cancellationToken);
        if (obligation is not null && obligation.UncountPayment(notification.PaymentId))
        {
            await obligations.SaveChangesAsync(cancellationToken);
        }
    }
}
