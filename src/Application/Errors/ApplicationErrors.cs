namespace Enforcement.Application.Errors;

/// <summary>The requested resource does not exist (404).</summary>
public sealed class NotFoundException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>The request conflicts with what is stored: a duplicate or a lost race (409).</summary>
public class ConflictException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>A unique index refused the save; handlers turn it into a conflict with their own code.</summary>
public sealed class UniqueConstraintException(string message, Exception inner) : Exception(message, inner);

/// <summary>The client's <c>If-Match</c> version is not the stored one (412).</summary>
public sealed class PreconditionFailedException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;

    /// <summary>Refuses a change made on <paramref name="expected"/> when the aggregate is at another version.</summary>
    public static void ThrowIfStale(Domain.Common.AggregateRoot aggregate, int? expected, string what)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        if (expected is { } version && version != aggregate.Version)
        {
            throw new PreconditionFailedException("concurrency.stale_version", version < 0
                ? $"If-Match names no version of the {what} (a weak entity tag never matches, RFC 9110): send its strong ETag, \"{aggregate.Version}\"."
                : $"The {what} is at version {aggregate.Version}, not {version}: reload it and apply the change again.");
        }
    }
}

/// <summary>Another request changed the aggregate between this request's read and its save.</summary>
public sealed class ConcurrencyConflictException(string message, Exception inner)
    : ConflictException("concurrency.conflict", message)
{
    public Exception Cause { get; } = inner;
}

/// <summary>
/// The user's role allows the kind of request, but not on this record (403). <paramref name="subject"/> names the
/// record refused on, so that the refusal is on that record's audit trail whichever host sent the message
/// (<see cref="Auditing.AuditBehavior{TMessage, TResponse}"/>).
/// </summary>
public sealed class ForbiddenException(string code, string message, Auditing.AuditSubject? subject = null) : Exception(message)
{
    public string Code { get; } = code;

    /// <summary>The record refused on (a case, a petition, a task…), or null when the refusal names none.</summary>
    public Auditing.AuditSubject? Subject { get; } = subject;

    /// <summary>Set once the refusal is on the audit trail, so that an outer message or the host does not write it again.</summary>
    public bool Audited { get; set; }
}
