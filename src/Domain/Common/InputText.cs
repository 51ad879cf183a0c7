namespace Enforcement.Domain.Common;

/// <summary>
/// The one reading of what a clerk types into an aggregate's fields: text is trimmed and blank is absent; too long, or
/// missing where required, is refused with <c>{prefix}.{field_in_snake_case}.too_long</c> / <c>.missing</c>; a date
/// still to come with <c>.future</c>.
/// </summary>
public static class InputText
{
    public static string? Optional(string prefix, string? text, int maxLength, string field)
    {
        var value = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        return value?.Length > maxLength
            ? throw new DomainInputException($"{prefix}.{SnakeCase(field)}.too_long", field, $"{field} is longer than {maxLength} characters.")
            : value;
    }

    public static string Required(string prefix, string? text, int maxLength, string field) =>
        Optional(prefix, text, maxLength, field) ?? throw new DomainInputException($"{prefix}.{SnakeCase(field)}.missing", field, $"Give the {field}.");

    public static void NotFuture(string prefix, DateOnly day, DateOnly today, string field)
    {
        if (day > today)
        {
            throw new DomainInputException($"{prefix}.{SnakeCase(field)}.future", field, $"{field} {day:yyyy-MM-dd} is in the future.");
        }
    }

    /// <summary>
    /// Text the system composes (a timeline line: a heading plus what the clerk wrote; a search column: every party's
    /// name) cut to its column, ending with "…" when cut. The clerk's own text is refused when too long (above); what
    /// is derived from it must never be what a database refuses.
    /// </summary>
    public static string Clip(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= maxLength ? text : string.Concat(text.AsSpan(0, maxLength - 1), "…");
    }

    /// <summary><c>decidedOn</c> → <c>decided_on</c>: a field's name in a problem code.</summary>
    public static string SnakeCase(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return string.Concat(field.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
    }
}
