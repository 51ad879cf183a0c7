namespace Enforcement.Application.Abstractions;

/// <summary>
/// A number that moves on, in this process, after every committed change to an aggregate. A read model computed at
/// one version still holds while the number has not moved. (The start-up recount of deadlines writes before any
/// read model is computed.)
/// </summary>
public interface IDataVersion
{
    long Current { get; }
}
