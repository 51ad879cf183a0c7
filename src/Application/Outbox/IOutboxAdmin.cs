using Enforcement.Application.Common;

namespace Enforcement.Application.Outbox;

/// <summary>What an administrator may do with the outbox: see its messages, and send a dead-lettered one round again.</summary>
public interface IOutboxAdmin
{
    Task<PagedResult<OutboxMessageDto>> ListAsync(OutboxStatus? status, int page, int pageSize, CancellationToken cancellationToken);

    /// <summary>Puts a dead-lettered message back in the queue with a fresh count of attempts; false when there is no such message.</summary>
    Task<OutboxMessageDto?> RetryAsync(Guid id, CancellationToken cancellationToken);
}
