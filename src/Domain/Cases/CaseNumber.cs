using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using Enforcement.Domain.Common;

namespace Enforcement.Domain.Cases;

/// <summary>
/// A case number (案号) such as <c>（2024）湘0681执1234号</c>: year, court code, type code and sequence.
/// ASCII parentheses are accepted on input and normalised to full-width.
/// </summary>
public sealed partial record CaseNumber
{
    public const int MinYear = 1990;
    public const int MaxYear = 2100;

    private static readonly Dictionary<string, CaseType> TypeCodes = new(StringComparer.Ordinal)
    {
        ["执"] = CaseType.FirstEnforcement,
        ["执恢"] = CaseType.ResumedEnforcement,
        ["执保"] = CaseType.PreservationEnforcement,
        ["执异"] = CaseType.Objection,
        ["执复"] = CaseType.Reconsideration,
        ["执监"] = CaseType.Supervision,
        ["财保"] = CaseType.PreservationReview,
    };

    private CaseNumber(int year, string courtCode, string typeCode, int sequence)
    {
        Year = year;
        CourtCode = courtCode;
        TypeCode = typeCode;
        Sequence = sequence;
        Value = string.Create(CultureInfo.InvariantCulture, $"（{year}）{courtCode}{typeCode}{sequence}号");
    }

    public int Year { get; }

    /// <summary>Province abbreviation, plus 2 digits (intermediate court) or 4 digits (basic court).</summary>
    public string CourtCode { get; }

    public string TypeCode { get; }

    public int Sequence { get; }

    public CaseType CaseType => TypeCodes[TypeCode];

    /// <summary>Whether the number can carry an enforcement case (every type but 财保).</summary>
    public bool IsEnforcement => CaseType != CaseType.PreservationReview;

    /// <summary>
    /// Whether the case enforces a title (执, or 执恢 after a 终本 or a broken settlement): not an objection (执异), a
    /// reconsideration (执复) or a supervision (执监) about an enforcement, nor a preservation's own 执保. Only such a
    /// case takes over a preservation's measures or answers a prompt before enforcement.
    /// </summary>
    public bool EnforcesTitle => CaseType is CaseType.FirstEnforcement or CaseType.ResumedEnforcement;

    /// <summary>Whether the number can carry a preservation order (财保 or 执保).</summary>
    public bool IsPreservation => CaseType is CaseType.PreservationReview or CaseType.PreservationEnforcement;

    /// <summary>The normalised form, with full-width parentheses.</summary>
    public string Value { get; }

    public static CaseNumber Parse(string? text) =>
        TryParse(text, out var number, out var error)
            ? number
            : throw new DomainException("case_number.invalid", error);

    public static bool TryParse(string? text, [NotNullWhen(true)] out CaseNumber? number) =>
        TryParse(text, out number, out _);

    public static bool TryParse(string? text, [NotNullWhen(true)] out CaseNumber? number, out string error) =>
        TryParse(text, out number, out error, checkCourt: true);

    /// <summary>
    /// A number as the database stores it: checked when it was entered, by the rules of that day. Reading it back
    /// never refuses it for a rule added since (the court code's province), which would make its rows unreadable.
    /// </summary>
    public static CaseNumber FromStored(string text) =>
        TryParse(text, out var number, out var error, checkCourt: false) ? number : throw new DomainException("case_number.invalid", error);

    private static bool TryParse(string? text, [NotNullWhen(true)] out CaseNumber? number, out string error, bool checkCourt)
    {
        number = null;
        var match = Pattern().Match(text?.Trim() ?? "");
        if (!match.Success)
        {
            error = MistypedMessage(text) ?? $"'{text}' is not a case number like （2024）湘0681执1234号.";
            return false;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year is < MinYear or > MaxYear)
        {
            error = $"Year {year} in case number '{text}' is out of range.";
            return false;
        }

        if (checkCourt && !IsCourtCode(match.Groups["court"].Value))
        {
            error = $"'{match.Groups["court"].Value}' in case number '{text}' is not a court code: a province's abbreviation (湘, 京, 粤…), alone or with 2 or 4 digits of its administrative code (湘06, 湘0681).";
            return false;
        }

        var typeCode = match.Groups["type"].Value;
        if (!TypeCodes.ContainsKey(typeCode))
        {
            error = $"Type code '{typeCode}' is not a type this system keeps (执, 执恢, 执保, 执异, 执复, 执监, 财保).";
            return false;
        }

        var sequenceText = match.Groups["seq"].Value;
        if (sequenceText[0] == '0' || !int.TryParse(sequenceText, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            error = $"Sequence '{sequenceText}' in case number '{text}' must be a positive number without leading zeros.";
            return false;
        }

        number = new CaseNumber(year, match.Groups["court"].Value, typeCode, sequence);
        error = "";
        return true;
    }

    /// <summary>
    /// The number a text that is not one would be without its spaces and with its full-width digits read as ASCII
    /// ("（2026）湘0681执 177号" is （2026）湘0681执177号), or null. Such a text is refused, not read as that number (a
    /// number is typed in one form only), but the refusal can say what was meant.
    /// </summary>
    public static CaseNumber? MistypedAs(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || Pattern().IsMatch(text.Trim()))
        {
            return null;
        }

        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c)).Select(c => c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c));
        return Pattern().IsMatch(compact) && TryParse(compact, out var meant) ? meant : null;
    }

    /// <summary>Why a mistyped number (<see cref="MistypedAs"/>) is refused, naming the number meant; null for any other text.</summary>
    public static string? MistypedMessage(string? text) =>
        MistypedAs(text) is { } meant ? $"'{text}' has spaces or full-width digits in it; type the case number as {meant}." : null;

    /// <summary>Builds a number from its parts, e.g. the 执恢 number of a resumed case.</summary>
    public static CaseNumber Create(int year, string courtCode, CaseType type, int sequence)
    {
        var typeCode = TypeCodes.Single(pair => pair.Value == type).Key;
        return Parse(string.Create(CultureInfo.InvariantCulture, $"（{year}）{courtCode}{typeCode}{sequence}号"));
    }

    public override string ToString() => Value;

    /// <summary>
    /// Whether two titles (judgments, mediations, enforcement bases) are the same document: the case numbers they start
    /// with compared as <see cref="NormaliseAny"/> writes them ("（2025）湘0681民初123号民事判决书" is the judgment
    /// (2025)湘0681民初123号), or the texts as typed when they do not start with one.
    /// </summary>
    public static bool SameDocument(string first, string second) => TitleOf(first) == TitleOf(second);

    /// <summary>The case number a document is known by (its leading number, normalised), or the trimmed text when it has none.</summary>
    public static string TitleOf(string text)
    {
        var (trimmed, number, _) = SplitTitle(text);
        return number ?? trimmed;
    }

    /// <summary>
    /// A document's title as stored: trimmed, with the case number it begins with normalised to full-width parentheses
    /// (<c>(2024)湘0681民初905号民事判决书</c> → <c>（2024）湘0681民初905号民事判决书</c>); other titles (an arbitral
    /// award's, a notarial deed's) as typed.
    /// </summary>
    public static string NormaliseTitle(string text)
    {
        var (trimmed, number, tail) = SplitTitle(text);
        return number is null ? trimmed : number + tail;
    }

    /// <summary>A title trimmed, the court case number it begins with (normalised; null when none) and what follows it.</summary>
    private static (string Trimmed, string? Number, string Tail) SplitTitle(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var leading = LeadingPattern().Match(trimmed);
        return leading.Success && NormaliseAny(leading.Value) is { } number ? (trimmed, number, trimmed[leading.Length..]) : (trimmed, null, "");
    }

    /// <summary>
    /// Normalises any court case number (a litigation one such as （2025）湘0681民初123号 included) to full-width
    /// parentheses; null when the text does not have the shape of a case number.
    /// </summary>
    public static string? NormaliseAny(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (Pattern().Match(trimmed) is not { Success: true } match || !IsCourtCode(match.Groups["court"].Value))
        {
            return null;
        }

        return "（" + trimmed[1..5] + "）" + trimmed[6..];
    }

    /// <summary>The year and the type code (民初, 执, 财保…) of any court case number; null when the text is not one.</summary>
    public static (int Year, string TypeCode)? PartsOfAny(string? text)
    {
        var match = Pattern().Match(text?.Trim() ?? "");
        return match.Success && IsCourtCode(match.Groups["court"].Value) ? (int.Parse(match.Groups["year"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture), match.Groups["type"].Value) : null;
    }

    /// <summary>
    /// The year and type code of a litigation case number, the number a judgment or mediation is known by (民初, 民终,
    /// 商初…); null when the text is not a case number, or is an enforcement or preservation number (执, 执恢, 执保, 执异,
    /// 财保…), which names no title to enforce.
    /// </summary>
    public static (int Year, string TypeCode)? LitigationPartsOf(string? text) =>
        PartsOfAny(text) is { } parts && !parts.TypeCode.Contains('执', StringComparison.Ordinal) && !parts.TypeCode.Contains('保', StringComparison.Ordinal)
            ? parts
            : null;

    // The provinces' abbreviations (34 province-level divisions), 兵 for the courts of the Xinjiang Production and
    // Construction Corps and 军 for military courts.
    private const string Provinces = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼台港澳兵军";

    /// <summary>A province's abbreviation, alone or with the digits of a prefecture (2) or county (4) code, which are never all zeros.</summary>
    private static bool IsCourtCode(string court) =>
        court == SupremeCourt
        || (court.Length > 0 && Provinces.Contains(court[0], StringComparison.Ordinal) && (court.Length == 1 || court.AsSpan(1).ContainsAnyExcept('0')));

    /// <summary>The Supreme People's Court's code, e.g. （2024）最高法民终1号, （2024）最高法执监1号.</summary>
    private const string SupremeCourt = "最高法";

    // Court code: one CJK province abbreviation, optionally followed by 2 or 4 digits.
    // Type code: CJK characters up to 号's digits (validated against the known list above).
    // Digits are ASCII only: \d would also admit full-width and other scripts' digits, which neither parse as a
    // year nor compare equal to the same number typed in ASCII.
    [GeneratedRegex(@"^[（(](?<year>[0-9]{4})[）)](?<court>最高法|\p{IsCJKUnifiedIdeographs}(?:[0-9]{4}|[0-9]{2})?)(?<type>\p{IsCJKUnifiedIdeographs}{1,4})(?<seq>[0-9]{1,9})号$")]
    private static partial Regex Pattern();

    // A case number at the start of a title, followed by the document's name (民事判决书, 调解书…).
    [GeneratedRegex(@"^[（(][0-9]{4}[）)](?:最高法|\p{IsCJKUnifiedIdeographs}(?:[0-9]{4}|[0-9]{2})?)\p{IsCJKUnifiedIdeographs}{1,4}[0-9]{1,9}号")]
    private static partial Regex LeadingPattern();
}
