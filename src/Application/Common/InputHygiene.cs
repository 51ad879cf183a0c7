using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using FluentValidation.Results;

namespace Enforcement.Application.Common;

/// <summary>
/// Marks a free-text property (a reason, a note, terms) that may span lines: newline, carriage return and tab
/// are allowed in it, and so are zero-width joiners. Every other text is a single line.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class MultilineTextAttribute : Attribute;

/// <summary>
/// Checks every text and date of every message before its validators run, so that no field, today's or a future
/// one, can let through what no court record should hold:
/// <list type="bullet">
/// <item>control characters (NUL, escape, C1 controls; newline and tab only in <see cref="MultilineTextAttribute"/> text);</item>
/// <item>bidirectional overrides and isolates, which can make a name read differently from what is stored;</item>
/// <item>zero-width and other invisible formatting characters (soft hyphen, tags) in single-line text (names,
/// numbers), which make two equal-looking names differ; only zero-width joiners are allowed in free text;</item>
/// <item>characters that print as nothing (Hangul fillers, the combining grapheme joiner, the blank braille pattern),
/// and variation selectors in single-line text. (Private-use characters stay: older systems store rare characters of
/// names, 生僻字, there.)</item>
/// <item>unpaired surrogates;</item>
/// <item>dates and instants before the People's Republic (<see cref="EarliestDate"/>) or after <see cref="LatestDate"/>.</item>
/// </list>
/// It walks the message's properties, and nested records and lists, with reflection learned once per type.
/// </summary>
public static class InputHygiene
{
    /// <summary>No legal document of the People's Republic is older than its founding.</summary>
    public static readonly DateOnly EarliestDate = new(1949, 10, 1);

    /// <summary>Far beyond any legal period (a freeze renewed to its maximum ends within a few years).</summary>
    public static readonly DateOnly LatestDate = new(2099, 12, 31);

    /// <summary>A range's default start: 1 January of <paramref name="to"/>'s year, not before <see cref="EarliestDate"/>.</summary>
    public static DateOnly YearStartOf(DateOnly to)
    {
        var start = new DateOnly(to.Year, 1, 1);
        return start < EarliestDate ? EarliestDate : start;
    }

    /// <summary>
    /// An instant's day is read in Beijing time, whatever offset the client wrote it with: one instant, one answer. The
    /// bounds are instants (a fixed +08:00, far from any day China kept summer time), so nothing is converted and an
    /// instant at the end of the calendar cannot overflow.
    /// </summary>
    private static readonly DateTimeOffset EarliestInstant = new(EarliestDate.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));

    private static readonly DateTimeOffset FirstInstantAfter = new(LatestDate.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));

    private static readonly ConcurrentDictionary<Type, Field[]> Fields = new();

    public static IReadOnlyList<ValidationFailure> Check(object message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var failures = new List<ValidationFailure>();
        Walk(message, prefix: "", depth: 0, failures);
        return failures;
    }

    /// <summary>Why a text is refused, or null when it is clean.</summary>
    public static string? Problem(string text, bool multiline)
    {
        ArgumentNullException.ThrowIfNull(text);
        var baseCodePoint = -1; // the character the marks that follow combine with; -1 at the start or after a space
        var marks = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var paired = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var point = paired ? char.ConvertToUtf32(c, text[i + 1]) : c;
            if (Unattached(point, ref baseCodePoint, ref marks) is { } unattached)
            {
                return string.Create(CultureInfo.InvariantCulture, $"The text contains {unattached} (U+{point:X4}) at position {i + 1}.");
            }

            if (paired)
            {
                var outside = point is >= 0xE0000 and <= 0xE007F ? "an invisible tag character"
                    : (point & 0xFFFE) == 0xFFFE ? "a noncharacter"
                    : CharUnicodeInfo.GetUnicodeCategory(point) == UnicodeCategory.Format ? "an invisible formatting character" : null;
                if (outside is not null)
                {
                    return string.Create(CultureInfo.InvariantCulture, $"The text contains {outside} (U+{point:X}) at position {i + 1}.");
                }

                i++;
                continue;
            }

            var refused = c switch
            {
                '\n' or '\r' or '\t' => multiline ? null : "a line break or tab",
                _ when char.IsControl(c) => "a control character",
                _ when char.IsSurrogate(c) => "an unpaired surrogate",
                '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E' or '\u2066' or '\u2067' or '\u2068' or '\u2069'
                    or '\u200E' or '\u200F' or '\u061C' => "a bidirectional control",
                '\u2028' or '\u2029' => multiline ? null : "a line break",
                '\u200C' or '\u200D' => multiline ? null : "a zero-width character",
                '\uFFFE' or '\uFFFF' or (>= '\uFDD0' and <= '\uFDEF') => "a noncharacter",
                // Characters that print as nothing: "汨罗市教育局\u3164" would pass for 汨罗市教育局. Hangul fillers, the
                // combining grapheme joiner, Khmer's inherent vowels, the blank braille pattern.
                '\u115F' or '\u1160' or '\u3164' or '\uFFA0' or '\u034F' or '\u17B4' or '\u17B5' or '\u2800' => "an invisible character",
                // Variation selectors choose an emoji's look in free text; in a name they only make two names differ.
                (>= '\uFE00' and <= '\uFE0F') or (>= '\u180B' and <= '\u180F') => multiline ? null : "a variation selector",
                _ when char.GetUnicodeCategory(c) == UnicodeCategory.Format => "an invisible formatting character",
                _ => null,
            };
            if (refused is not null)
            {
                return string.Create(CultureInfo.InvariantCulture, $"The text contains {refused} (U+{(int)c:X4}) at position {i + 1}.");
            }
        }

        return null;
    }

    /// <summary>
    /// A combining mark with nothing to combine with (at the start, after a space), more than
    /// <see cref="MaxMarksInARow"/> marks on one character (a "zalgo" name that prints as a smear), or an ideographic
    /// variation selector (U+E0100–E01EF, which picks a rare glyph of a 生僻字) after anything but an ideograph: each
    /// prints as nothing, or as something no name is.
    /// </summary>
    private static string? Unattached(int point, ref int baseCodePoint, ref int marks)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(point);
        if (category is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
        {
            baseCodePoint = point <= 0xFFFF && char.IsWhiteSpace((char)point) ? -1 : point;
            marks = 0;
            return null;
        }

        if (baseCodePoint < 0)
        {
            return "a combining mark with no character to combine with";
        }

        if (++marks > MaxMarksInARow)
        {
            return "too many combining marks on one character";
        }

        return point is >= 0xE0100 and <= 0xE01EF && !IsIdeograph(baseCodePoint) ? "a variation selector after a character that is not an ideograph" : null;
    }

    /// <summary>Vietnamese stacks two marks on a letter; nothing in a court's records stacks more than four.</summary>
    private const int MaxMarksInARow = 4;

    private static bool IsIdeograph(int point) =>
        // The unified ideographs and their extensions A to I (B–I and the compatibility supplement lie in 20000–323AF).
        point is >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x323AF;

    private static void Walk(object value, string prefix, int depth, List<ValidationFailure> failures)
    {
        if (depth > 8)
        {
            return;
        }

        foreach (var field in Fields.GetOrAdd(value.GetType(), Learn))
        {
            var path = prefix + field.Name;
            switch (field.Property.GetValue(value))
            {
                case null:
                    break;
                case string text when Problem(text, field.Multiline) is { } problem:
                    failures.Add(new ValidationFailure(path, problem) { ErrorCode = "text.refused" });
                    break;
                case DateOnly date when date < EarliestDate || date > LatestDate:
                    failures.Add(new ValidationFailure(path, string.Create(CultureInfo.InvariantCulture,
                        $"The date must lie between {EarliestDate:yyyy-MM-dd} and {LatestDate:yyyy-MM-dd}.")) { ErrorCode = "date.implausible" });
                    break;
                case DateTimeOffset instant when instant < EarliestInstant || instant >= FirstInstantAfter:
                    failures.Add(new ValidationFailure(path, string.Create(CultureInfo.InvariantCulture,
                        $"The time must lie between {EarliestDate:yyyy-MM-dd} and {LatestDate:yyyy-MM-dd}.")) { ErrorCode = "date.implausible" });
                    break;
                case string or DateOnly or DateTimeOffset:
                    break;
                case IEnumerable items when field.Nested:
                    var index = 0;
                    foreach (var item in items)
                    {
                        if (item is string text && Problem(text, field.Multiline) is { } problem)
                        {
                            failures.Add(new ValidationFailure($"{path}[{index}]", problem) { ErrorCode = "text.refused" });
                        }
                        else if (item is not null and not string)
                        {
                            Walk(item, $"{path}[{index}].", depth + 1, failures);
                        }

                        index++;
                    }

                    break;
                case var nested when field.Nested:
                    Walk(nested, path + ".", depth + 1, failures);
                    break;
            }
        }
    }

    /// <summary>The properties worth checking: texts, dates, and the records and lists of this library that hold them.</summary>
    private static Field[] Learn(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.CanRead)
            .Select(p => new Field(p, p.Name, Multiline(type, p), Nested(p.PropertyType)))
            .Where(f => f.Nested || f.Property.PropertyType == typeof(string)
                || (Nullable.GetUnderlyingType(f.Property.PropertyType) ?? f.Property.PropertyType) is var t && (t == typeof(DateOnly) || t == typeof(DateTimeOffset)))];

    private static bool Multiline(Type type, PropertyInfo property) =>
        property.IsDefined(typeof(MultilineTextAttribute))
        || type.GetConstructors().SelectMany(c => c.GetParameters())
            .Any(p => p.Name == property.Name && p.IsDefined(typeof(MultilineTextAttribute)));

    private static bool Nested(Type type)
    {
        if (type == typeof(string))
        {
            return false;
        }

        var element = type.IsArray ? type.GetElementType()
            : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
        return element is not null ? element == typeof(string) || IsOwn(element) : IsOwn(type);
    }

    private static bool IsOwn(Type type) =>
        type is { IsClass: true } && type.Namespace?.StartsWith("Enforcement.", StringComparison.Ordinal) == true;

    private sealed record Field(PropertyInfo Property, string Name, bool Multiline, bool Nested);
}
