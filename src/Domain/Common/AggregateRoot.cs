namespace Enforcement.Domain.Common;

/// <summary>Base of every aggregate root: identity, a concurrency version and pending domain events.</summary>
public abstract class AggregateRoot
{
    private readonly List<IDomainEvent> _domainEvents = [];

    public Guid Id { get; protected init; } = Guid.CreateVersion7();

    /// <summary>Optimistic concurrency version; the persistence layer increments it on every save.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<IDomainEvent> DomainEvents => _domainEvents;

    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);

    public void ClearDomainEvents() => _domainEvents.Clear();

    /// <summary>Called by the persistence layer when the aggregate is saved with changes.</summary>
    public void IncrementVersion() => Version++;
}
