using Enforcement.Application.Abstractions;

namespace Enforcement.Infrastructure.Persistence;

/// <summary>
/// The scope's unit of work, over the scope's context. It is not the context itself: a scope disposes every disposable
/// that a registration hands out, so a second registration answering with the context would have it disposed twice.
/// A pooled context disposed twice goes back to the pool twice, and the second time it may already be another
/// request's, which then finds its connection closed under a running query (decision 27).
/// </summary>
internal sealed class ContextUnitOfWork(EnforcementDbContext db) : IUnitOfWork
{
    public void DiscardChanges() => db.ChangeTracker.Clear();
}
