using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Enforcement.Application.Cases.SearchCases;

/// <summary>
/// Where a page of the case list ends, to read the next one from there (keyset paging): the last row's sort date and
/// id, and which sort they belong to. Read by a range of the list's index, so a page deep in a million cases costs
/// what the first page costs, where an offset would step over every row before it. Written as
/// <c>f20250616.{id}</c> (filing date, newest first), <c>a20250616.{id}</c> (filing date, oldest first),
/// <c>d20251216.{id}</c> (deadline) or <c>r20251216.{id}</c> (re-inquiry due).
/// </summary>
public sealed record CaseCursor(CaseSort Sort, DateOnly Date, Guid Id)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix(Sort)}{Date:yyyyMMdd}.{Id:N}");

    /// <summary>The cursor after <paramref name="last"/>, the last row of a page read in <paramref name="sort"/>.</summary>
    public static CaseCursor After(CaseSummaryDto last, CaseSort sort)
    {
        ArgumentNullException.ThrowIfNull(last);
        return new CaseCursor(sort, sort switch
        {
            CaseSort.Deadline => last.Deadline,
            CaseSort.ReinquiryDueOn => last.NextReinquiryDueOn ?? DateOnly.MaxValue, // the worklist holds only cases with one
            _ => last.FiledOn,
        }, last.Id);
    }

    /// <summary>Reads a cursor written for <paramref name="sort"/>; false for anything else.</summary>
    public static bool TryParse(string? text, CaseSort sort, [NotNullWhen(true)] out CaseCursor? cursor)
    {
        cursor = null;
        if (text is not { Length: 42 } || text[0] != Prefix(sort) || text[9] != '.'
            || !DateOnly.TryParseExact(text.AsSpan(1, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || !Guid.TryParseExact(text.AsSpan(10), "N", out var id))
        {
            return false;
        }

        cursor = new CaseCursor(sort, date, id);
        return true;
    }

    private static char Prefix(CaseSort sort) => sort switch
    {
        CaseSort.Deadline => 'd',
        CaseSort.ReinquiryDueOn => 'r',
        CaseSort.FiledOnAscending => 'a',
        _ => 'f',
    };
}
