using Mediator;

namespace Enforcement.Domain.Common;

/// <summary>Something that happened to an aggregate; published after the change is committed.</summary>
public interface IDomainEvent : INotification;
