using Enforcement.Application.Abstractions;
using Enforcement.Application.Errors;
using Enforcement.Domain.Calendar;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;

namespace Enforcement.Application.Common.Workflows;

/// <summary>
/// The one load-check-save path of every aggregate: load by specification, check the actor may change this record,
/// check the expected version, apply the domain method, save in one transaction, and map the result.
/// </summary>
public sealed class Workflow<T, TDto>(
    IRepository<T> repository, AggregateDefinition<T, TDto> definition, ICourtClock clock, LegalCalendar calendar, ICurrentActor actor)
    where T : AggregateRoot
{
    public DateOnly Today => clock.Today;

    /// <summary>Who records the change, today, now, and the calendar that counts its periods.</summary>
    public ChangeContext Context() => new(actor.Name, clock.Today, clock.UtcNow, calendar);

    /// <summary>
    /// Loads an aggregate for a change. <paramref name="checkAccess"/>: whether the change is work on the record that
    /// <see cref="AggregateDefinition{T,TDto}.EnsureMayChange"/> restricts; a leadership decision, whose policy
    /// already names the role, passes false.
    /// </summary>
    public async Task<T> LoadAsync(Guid id, int? expectedVersion, CancellationToken cancellationToken, bool checkAccess = true)
    {
        var aggregate = await repository.FirstOrDefaultAsync(definition.ForChange(id), cancellationToken)
            ?? throw new NotFoundException(definition.NotFoundCode, $"No {definition.Noun} has id {id}.");
        if (checkAccess)
        {
            definition.EnsureMayChange(aggregate, actor);
        }

        PreconditionFailedException.ThrowIfStale(aggregate, expectedVersion, definition.Noun);
        return aggregate;
    }

    /// <summary>Applies <paramref name="change"/> to the addressed aggregate and saves it in one transaction.</summary>
    public async ValueTask<TDto> ChangeAsync(
        AggregateCommand command, Action<T, ChangeContext> change, CancellationToken cancellationToken, bool checkAccess = true)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(change);
        var aggregate = await LoadAsync(command.AggregateId, command.ExpectedVersion, cancellationToken, checkAccess);
        change(aggregate, Context());
        return await SaveAsync(aggregate, cancellationToken);
    }

    /// <summary>
    /// As <see cref="ChangeAsync"/>, for a change that also reads records the aggregate does not load (its payments, its
    /// assignments): they are read after the aggregate is loaded, so that a change committed in between moves the
    /// version and refuses this save (409) rather than leaving the aggregate counted from a stale read.
    /// </summary>
    public async ValueTask<TDto> ChangeWithReadsAsync(
        AggregateCommand command, Func<T, ChangeContext, CancellationToken, Task> change, CancellationToken cancellationToken, bool checkAccess = true)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(change);
        var aggregate = await LoadAsync(command.AggregateId, command.ExpectedVersion, cancellationToken, checkAccess);
        await change(aggregate, Context(), cancellationToken);
        return await SaveAsync(aggregate, cancellationToken);
    }

    /// <summary>
    /// Adds a new aggregate and saves it. A unique index that refuses it (a duplicate that slipped past the caller's
    /// check under concurrency) becomes <paramref name="duplicate"/>.
    /// </summary>
    public async ValueTask<TDto> AddAsync(T aggregate, Func<ConflictException> duplicate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(duplicate);
        repository.Add(aggregate);
        try
        {
            return await SaveAsync(aggregate, cancellationToken);
        }
        catch (UniqueConstraintException)
        {
            throw duplicate();
        }
    }

    /// <summary>Saves every tracked change in one transaction and maps <paramref name="aggregate"/>.</summary>
    public async Task<TDto> SaveAsync(T aggregate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        await repository.SaveChangesAsync(cancellationToken);
        return definition.AsReadBy(definition.ToDto(aggregate, clock.Today), actor);
    }
}
