namespace Enforcement.Application.Abstractions;

/// <summary>
/// A number that moves on, in this process, after every committed change to an aggregate. A read model computed at
/// one version still holds while the number has not moved. (The start-up recount of deadlines writes before any
/// read model is computed.)
/// </summary>
public interface IDataVersion
{
    long Current { get; }

    /// <summary>
    /// Whether every change to the database is committed through this process (one host on a SQLite file), so that a
    /// number that has not moved means nothing has changed. Several instances on one database see only their own changes.
    /// </summary>
    bool SeesEveryChange { get; }
}
