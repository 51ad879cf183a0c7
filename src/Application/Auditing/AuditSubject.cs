namespace Enforcement.Application.Auditing;

/// <summary>A record as the audit trail names it: its aggregate's type name and its id.</summary>
public sealed record AuditSubject(string EntityType, string EntityId)
{
    public static AuditSubject Of<TAggregate>(Guid id) => new(typeof(TAggregate).Name, id.ToString());
}

/// <summary>
/// Where the message being handled came from, for the audit row of a refusal: the request as the row describes it
/// (<c>POST /api/cases/{id}/payments</c>, or the web application's page), its address (the row's entity id when no
/// record is named), and the record that address names, which comes first for an API request. Null for work that no
/// request started (start-up, background work, tests that send messages directly).
/// </summary>
public sealed record RequestOrigin(string Request, string Address, AuditSubject? Record);

/// <summary>Gives the <see cref="RequestOrigin"/> of the current scope; each host says how it knows.</summary>
public interface IRequestOrigin
{
    RequestOrigin? Current { get; }
}

/// <summary>No request: start-up, background work and hosts that send messages themselves.</summary>
public sealed class NoRequestOrigin : IRequestOrigin
{
    public RequestOrigin? Current => null;
}
