using Enforcement.Domain.Common;

namespace Enforcement.Domain.Cases;

public sealed record CaseRegistered(Guid CaseId, string CaseNumber) : IDomainEvent;

/// <summary>A payment that counted towards a public-body obligation was voided on the case; the obligation stops counting it.</summary>
public sealed record ObligationPaymentVoided(Guid CaseId, Guid PaymentId, Guid ObligationId) : IDomainEvent;
