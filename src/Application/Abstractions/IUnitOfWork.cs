namespace Enforcement.Application.Abstractions;

/// <summary>The scope's pending changes as a whole.</summary>
public interface IUnitOfWork
{
    /// <summary>Forgets every loaded and pending change, so that the next load reads what is stored now.</summary>
    void DiscardChanges();
}
