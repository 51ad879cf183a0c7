namespace Enforcement.Domain.Common;

/// <summary>Base of every aggregate root: identity, a concurrency version, pending changes and domain events.</summary>
public abstract class AggregateRoot
{
    private readonly List<IDomainEvent> _domainEvents = [];
    private readonly List<string> _changes = [];
    private readonly List<object> _appended = [];

    public Guid Id { get; protected init; } = Guid.CreateVersion7();

    /// <summary>Optimistic concurrency version; the persistence layer increments it on every save.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<IDomainEvent> DomainEvents => _domainEvents;

    /// <summary>One line for each change made since the aggregate was loaded or last saved: the audit trail's summary.</summary>
    public IReadOnlyList<string> Changes => _changes;

    /// <summary>
    /// Append-only records of the aggregate's history (timeline lines, payments, assignments) made since it was
    /// loaded or last saved. They are inserted with the next save and never loaded with the aggregate, so that a
    /// change loads only what its rules need however long the history grows.
    /// </summary>
    public IReadOnlyList<object> Appended => _appended;

    /// <summary>
    /// Whether a domain method changed the aggregate since it was loaded or last saved. The persistence
    /// layer bumps <see cref="Version"/> for these, even when only an owned collection changed.
    /// </summary>
    public bool HasChanges => _changes.Count > 0 || _domainEvents.Count > 0 || _appended.Count > 0;

    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);

    /// <summary>Records that the aggregate changed, in words; every domain method that changes state calls it.</summary>
    protected void Touch(string change) => _changes.Add(change);

    /// <summary>Adds an append-only record to the aggregate's history; see <see cref="Appended"/>.</summary>
    protected void Append(object record) => _appended.Add(record);

    /// <summary>Called by the persistence layer after a successful save.</summary>
    public void AcceptChanges()
    {
        _domainEvents.Clear();
        _changes.Clear();
        _appended.Clear();
    }

    /// <summary>Called by the persistence layer when the aggregate is saved with changes.</summary>
    public void IncrementVersion() => Version++;

    /// <summary>Called by the persistence layer when a save that incremented the version failed.</summary>
    public void RevertVersion() => Version--;
}
