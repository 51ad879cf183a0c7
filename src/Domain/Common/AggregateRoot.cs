namespace Enforcement.Domain.Common;

/// <summary>Base of every aggregate root: identity, a concurrency version and pending domain events.</summary>
public abstract class AggregateRoot
{
    private readonly List<IDomainEvent> _domainEvents = [];

    public Guid Id { get; protected init; } = Guid.CreateVersion7();

    /// <summary>Optimistic concurrency version; the persistence layer increments it on every save.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<IDomainEvent> DomainEvents => _domainEvents;

    /// <summary>
    /// Whether a domain method changed the aggregate since it was loaded or last saved. The persistence
    /// layer bumps <see cref="Version"/> for these, even when only an owned collection changed.
    /// </summary>
    public bool HasChanges { get; private set; }

    protected void Raise(IDomainEvent domainEvent)
    {
        _domainEvents.Add(domainEvent);
        Touch();
    }

    /// <summary>Marks the aggregate as changed; every domain method that changes state calls it.</summary>
    protected void Touch() => HasChanges = true;

    /// <summary>Called by the persistence layer after a successful save.</summary>
    public void AcceptChanges()
    {
        _domainEvents.Clear();
        HasChanges = false;
    }

    /// <summary>Called by the persistence layer when the aggregate is saved with changes.</summary>
    public void IncrementVersion() => Version++;
}
