namespace Enforcement.Application.Common;

/// <summary>A detail that carries its aggregate's concurrency version, which the API sends as the ETag.</summary>
public interface IVersioned
{
    int Version { get; }
}
