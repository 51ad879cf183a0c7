using Enforcement.Domain.Calendar;

namespace Enforcement.Domain.Petitions;

/// <summary>
/// The periods of petition work (DOMAIN.md, "Petitions"), each from configuration, and the one place that turns them
/// into due dates by the legal calendar: the start day is not counted and a period ending on a rest day ends on the
/// next working day; working-day periods skip weekends and holidays.
/// </summary>
public sealed record PetitionRules(
    int AcceptDays = 15,
    int AssignWorkingDays = 5,
    int EnforcementResolveDays = 30,
    bool EnforcementResolveInWorkingDays = false,
    int GeneralResolveDays = 60,
    int MaxExtensionDays = 30,
    int ReviewRequestDays = 30,
    int ReviewAnswerDays = 30,
    int RepeatWindowMonths = 12,
    int CollectiveHeadcount = 5)
{
    public static PetitionRules Default { get; } = new();

    /// <summary>Decide whether to accept, and tell the petitioner, within 15 days of receipt.</summary>
    public DateOnly AcceptDueOn(DateOnly receivedOn, LegalCalendar calendar) => Calendar(calendar).EndOfDays(receivedOn, AcceptDays);

    /// <summary>An enforcement petition is registered and assigned within 5 working days of receipt.</summary>
    public DateOnly AssignDueOn(DateOnly receivedOn, LegalCalendar calendar) => Calendar(calendar).EndOfWorkingDays(receivedOn, AssignWorkingDays);

    /// <summary>
    /// The resolve deadline: an enforcement petition 30 days (or working days) from receipt, a general one 60 days from
    /// acceptance; an approved extension lengthens the period by its days.
    /// </summary>
    public DateOnly ResolveDueOn(PetitionTrack track, DateOnly startsOn, int extensionDays, LegalCalendar calendar)
    {
        Calendar(calendar);
        return track == PetitionTrack.Enforcement && EnforcementResolveInWorkingDays
            ? calendar.EndOfDays(calendar.EndOfWorkingDays(startsOn, EnforcementResolveDays), extensionDays)
            : calendar.EndOfDays(startsOn, (track == PetitionTrack.Enforcement ? EnforcementResolveDays : GeneralResolveDays) + extensionDays);
    }

    /// <summary>The petitioner asks for a review (复查) or re-review (复核) within 30 days of the previous answer.</summary>
    public DateOnly ReviewRequestDueOn(DateOnly answeredOn, LegalCalendar calendar) => Calendar(calendar).EndOfDays(answeredOn, ReviewRequestDays);

    /// <summary>A review or re-review is answered within 30 days of the request.</summary>
    public DateOnly ReviewAnswerDueOn(DateOnly requestedOn, LegalCalendar calendar) => Calendar(calendar).EndOfDays(requestedOn, ReviewAnswerDays);

    /// <summary>
    /// Whether a petition received on <paramref name="later"/> repeats one received on <paramref name="earlier"/>: on the
    /// same day or up to the same date <see cref="RepeatWindowMonths"/> months later (clamped to the month's end, so
    /// 2024-02-29 reaches 2025-02-28). A look-back window, not a deadline: rest days do not move it.
    /// </summary>
    public bool WithinRepeatWindow(DateOnly earlier, DateOnly later) => earlier <= later && later <= earlier.AddMonths(RepeatWindowMonths);

    /// <summary>Five or more people who came in person about one matter (集体访).</summary>
    public bool IsCollective(PetitionChannel channel, int? headcount) => channel == PetitionChannel.Visit && headcount >= CollectiveHeadcount;

    private static LegalCalendar Calendar(LegalCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar;
    }
}
