using System.Globalization;

namespace Enforcement.Web.Services;

/// <summary>How the pages write dates and amounts: yyyy-MM-dd, and ¥1,234,567.89.</summary>
public static class Display
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "—";

    public static string DateTime(DateTime utc) =>
        utc.ToUniversalTime().AddHours(8).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string DateTime(DateTime? utc) => utc is { } u ? DateTime(u) : "—";

    public static string Money(decimal amount) =>
        (amount < 0 ? "-" : "") + "¥" + Math.Abs(amount).ToString("#,##0.00", CultureInfo.InvariantCulture);

    public static string Money(decimal? amount) => amount is { } a ? Money(a) : "—";

    /// <summary>What a clerk typed, trimmed; nothing for blank text.</summary>
    public static string? Typed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Days left before a deadline, in words: 剩余 5 天, 今日到期, 已超期 3 天.</summary>
    public static string DaysLeft(int days) => days switch
    {
        > 0 => $"剩余 {days} 天",
        0 => "今日到期",
        _ => $"已超期 {-days} 天",
    };

    /// <summary>
    /// A worklist or record link of the API (<c>/api/cases/…</c>) as the page that shows it. Records without a page of
    /// their own yet (a task, a key case, a debt, an assistance request) open their list.
    /// </summary>
    public static string PageOf(string apiLink)
    {
        var page = apiLink.StartsWith("/api/", StringComparison.Ordinal) ? apiLink[4..] : apiLink;
        foreach (var (record, list) in ListsOnly)
        {
            if (!page.StartsWith(record, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = page[record.Length..];
            if (record.EndsWith('/') && rest.Length > 0 && rest[0] != '?')
            {
                return list; // a record without a page of its own: its list
            }

            if (!record.EndsWith('/') && (rest.Length == 0 || rest[0] == '?'))
            {
                // A list of the API: the page that shows it, with the same filters (after the page's own, if it has any).
                return rest.Length > 0 && list.Contains('?', StringComparison.Ordinal) ? list + "&" + rest[1..] : list + rest;
            }
        }

        return page;
    }

    private static readonly (string Record, string List)[] ListsOnly =
    [
        ("/preservation/measures/expiring", "/preservation"),
        ("/preservation/measures/lapsed", "/preservation?status=lapsed"),
        ("/preservation/orders", "/preservation"),
        ("/obligations/report", "/obligations"),
        ("/obligations/escalations", "/obligations?tab=escalations"),
        ("/prompts/voluntary-performance-rate", "/prompts"),
        ("/assistance-requests/units", "/assistance"),
        ("/tasks/", "/tasks"),
        ("/key-cases/", "/key-cases"),
        ("/assistance-requests/", "/assistance"),
    ];
}
