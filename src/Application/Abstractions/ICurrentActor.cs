namespace Enforcement.Application.Abstractions;

/// <summary>Who is making the current request, as recorded on measures, assignments and the timeline.</summary>
public interface ICurrentActor
{
    string Name { get; }
}
