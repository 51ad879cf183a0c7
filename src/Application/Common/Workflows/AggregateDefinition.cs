using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using Enforcement.Domain.Common;

namespace Enforcement.Application.Common.Workflows;

/// <summary>
/// What the one workflow needs to know about a kind of aggregate: how to load it for a change, who may change it,
/// and how it reads back. A module adds one of these, and no workflow code of its own.
/// </summary>
public abstract class AggregateDefinition<T, TDto>
    where T : AggregateRoot
{
    /// <summary>The aggregate's name in messages: "case", "preservation order".</summary>
    public abstract string Noun { get; }

    /// <summary>The problem code when no aggregate has the id, e.g. <c>case.not_found</c>.</summary>
    public abstract string NotFoundCode { get; }

    /// <summary>Loads the aggregate with what its rules need, tracked.</summary>
    public abstract ISpecification<T> ForChange(Guid id);

    /// <summary>Refuses (403) a change by <paramref name="actor"/> on this particular record; the endpoint's policy has already checked the role.</summary>
    public virtual void EnsureMayChange(T aggregate, ICurrentActor actor)
    {
    }

    /// <summary>The detail returned after a change.</summary>
    public abstract TDto ToDto(T aggregate, DateOnly today);

    /// <summary>
    /// The detail as <paramref name="reader"/>, who made the change, may read it now: a change can take the record
    /// out of their reach (an officer handing a case to another), and then they read what anyone out of reach reads.
    /// </summary>
    public virtual TDto AsReadBy(TDto dto, ICurrentActor reader) => dto;
}
