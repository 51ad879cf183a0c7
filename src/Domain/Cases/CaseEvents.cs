using Enforcement.Domain.Common;

namespace Enforcement.Domain.Cases;

public sealed record CaseRegistered(Guid CaseId, string CaseNumber, bool PublicBodyDebtor) : IDomainEvent;
