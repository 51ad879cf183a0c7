namespace Enforcement.Domain.Common;

/// <summary>
/// A business rule was broken. <see cref="Code"/> is stable and machine-readable;
/// <see cref="Details"/> lists each unmet condition where a rule has several.
/// </summary>
public class DomainException(string code, string message, IReadOnlyList<string>? details = null)
    : Exception(message)
{
    public string Code { get; } = code;

    public IReadOnlyList<string> Details { get; } = details ?? [];
}
