using Enforcement.Domain.Calendar;

namespace Enforcement.Domain.Cases;

/// <summary>
/// The enforcement case clock (法发〔2006〕35号), in one place: the limit, the handler and first-step
/// deadlines, the extension window and the 终本 re-inquiry schedule.
/// </summary>
public static class StatutoryClock
{
    /// <summary>Months a case may run: 6, or 3 for non-litigation enforcement.</summary>
    public const int LimitMonths = 6;
    public const int NonLitigationLimitMonths = 3;

    /// <summary>A handler is assigned within 7 days of filing.</summary>
    public const int HandlerDays = 7;

    /// <summary>The enforcement notice and asset-report order go out within 3 days of assignment.</summary>
    public const int FirstStepsDays = 3;

    /// <summary>An extension is requested within the last 5 days before the deadline.</summary>
    public const int ExtensionWindowDays = 5;

    /// <summary>"Near the deadline" for worklists: within 5 days.</summary>
    public const int NearDeadlineDays = 5;

    /// <summary>After 终本, the online inquiry is repeated every 6 months for 5 years.</summary>
    public const int ReinquiryIntervalMonths = 6;
    public const int ReinquiryYears = 5;

    /// <summary>终本 needs more than 3 months since filing.</summary>
    public const int TerminationMinimumMonths = 3;

    public static int Months(bool nonLitigation, int extensionMonths) =>
        (nonLitigation ? NonLitigationLimitMonths : LimitMonths) + extensionMonths;

    /// <summary>Filing + the limit (with approved extensions) + paused days, moved off a rest day.</summary>
    public static DateOnly Deadline(DateOnly filedOn, int months, int pausedDays, LegalCalendar calendar) =>
        calendar.EndOfMonths(filedOn, months, pausedDays);

    /// <summary>Whole days from <paramref name="today"/> to <paramref name="deadline"/>; negative once overdue.</summary>
    public static int DaysRemaining(DateOnly deadline, DateOnly today) => deadline.DayNumber - today.DayNumber;

    /// <summary>
    /// The deadlines a case stores so that worklists can index them, counted from what the case records: the limit,
    /// the handler deadline, and (once a handler came) the first-step deadline. The aggregate and the start-up
    /// refresher both count them here.
    /// </summary>
    public static StoredDeadlines Count(DateOnly filedOn, bool nonLitigation, int extensionMonths, int pausedDays, DateOnly? firstAssignedOn, LegalCalendar calendar) =>
        new(Deadline(filedOn, Months(nonLitigation, extensionMonths), pausedDays, calendar),
            HandlerDueOn(filedOn, calendar),
            firstAssignedOn is { } assigned ? FirstStepsDueOn(assigned, calendar) : null);

    public static DateOnly HandlerDueOn(DateOnly filedOn, LegalCalendar calendar) => calendar.EndOfDays(filedOn, HandlerDays);

    public static DateOnly FirstStepsDueOn(DateOnly assignedOn, LegalCalendar calendar) => calendar.EndOfDays(assignedOn, FirstStepsDays);

    /// <summary>Whether the first handler came after <paramref name="handlerDueOn"/>, or had not come by <paramref name="today"/> after it.</summary>
    public static bool HandlerLate(DateOnly handlerDueOn, DateOnly? firstAssignedOn, DateOnly today) =>
        (firstAssignedOn ?? today) > handlerDueOn;

    /// <summary>
    /// Whether the notice or the asset-report order went out after <paramref name="dueOn"/>, or is still
    /// missing on <paramref name="today"/> after it.
    /// </summary>
    public static bool FirstStepsLate(DateOnly? dueOn, DateOnly? noticeSentOn, DateOnly? assetReportOrderedOn, DateOnly today) =>
        dueOn is { } due && ((noticeSentOn ?? today) > due || (assetReportOrderedOn ?? today) > due);

    /// <summary>Whether <paramref name="today"/> lies in the last 5 days before <paramref name="deadline"/>, the deadline included.</summary>
    public static bool InExtensionWindow(DateOnly deadline, DateOnly today) =>
        deadline.DayNumber - today.DayNumber is >= 0 and <= ExtensionWindowDays;

    /// <summary>
    /// The next re-inquiry after a 终本 closure: 6 months after the last inquiry made since the closure
    /// (or after the closure itself), and none once 5 years from the closure have passed.
    /// </summary>
    public static DateOnly? NextReinquiryDue(DateOnly closedOn, DateOnly? lastInquiryOn)
    {
        var from = lastInquiryOn is { } last && last > closedOn ? last : closedOn;
        var next = from.AddMonths(ReinquiryIntervalMonths);
        return next <= ReinquiryEnds(closedOn) ? next : null;
    }

    /// <summary>The last day of the re-inquiry duty: 5 years after the 终本 closure (a 29 February closure ends on 28 February).</summary>
    public static DateOnly ReinquiryEnds(DateOnly closedOn) => closedOn.AddYears(ReinquiryYears);

    /// <summary>A re-inquiry is due from its date until the duty ends; after that the case no longer asks for one.</summary>
    public static bool ReinquiryDue(DateOnly? nextDueOn, DateOnly? dutyEndsOn, DateOnly today) => nextDueOn <= today && today <= dutyEndsOn;
}

/// <summary>The deadlines stored on a case.</summary>
public readonly record struct StoredDeadlines(DateOnly Deadline, DateOnly HandlerDueOn, DateOnly? FirstStepsDueOn);
