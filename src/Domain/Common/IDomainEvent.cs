using Mediator;

namespace Enforcement.Domain.Common;

/// <summary>Something that happened to an aggregate; written to the outbox with the change, and delivered after the commit.</summary>
public interface IDomainEvent : INotification;
