using Enforcement.Application.Abstractions;

namespace Enforcement.Infrastructure.Persistence;

/// <summary>Moved on by <see cref="EnforcementDbContext"/> after each committed save of an aggregate.</summary>
public sealed class DataVersion(bool seesEveryChange) : IDataVersion
{
    private long _current;

    public long Current => Interlocked.Read(ref _current);

    public bool SeesEveryChange { get; } = seesEveryChange;

    public void Advance() => Interlocked.Increment(ref _current);
}
