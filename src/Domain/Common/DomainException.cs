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

/// <summary>A part of an aggregate named in the request (a measure, an extension request) does not exist: a 404, like an unknown aggregate.</summary>
public sealed class PartNotFoundException(string code, string message) : DomainException(code, message);

/// <summary>The change would record something a second time that exists once (a second suit on an order): a 409.</summary>
public sealed class DomainConflictException(string code, string message) : DomainException(code, message);

/// <summary>
/// A value in the request is out of its allowed range in a way only the aggregate can see (a renewal's end beyond the
/// legal maximum from the current expiry): a 400 naming the field, like a validator's refusal.
/// </summary>
public sealed class DomainInputException(string code, string field, string message) : DomainException(code, message)
{
    /// <summary>The request field, in the API's (camelCase) spelling.</summary>
    public string Field { get; } = field;
}
