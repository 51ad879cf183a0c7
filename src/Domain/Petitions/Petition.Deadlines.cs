using Enforcement.Domain.Calendar;

namespace Enforcement.Domain.Petitions;

/// <summary>
/// A deadline of a petition as of a day: met on <see cref="MetOn"/> (late when after <see cref="DueOn"/>), or still
/// open, with the days left (negative once passed). <see cref="PetitionersWindow"/> marks the petitioner's own window
/// to ask for a review, which the court cannot miss.
/// </summary>
public sealed record PetitionDeadline(
    PetitionDeadlineKind Kind, PetitionRoundLevel? Level, DateOnly DueOn, DateOnly? MetOn, int DaysLeft, bool Overdue, bool MetLate, bool PetitionersWindow);

public sealed partial class Petition
{
    /// <summary>Every deadline of the petition so far, met or open, in the order they arise.</summary>
    public IReadOnlyList<PetitionDeadline> DeadlinesOn(DateOnly today, PetitionRules rules, LegalCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(calendar);
        var deadlines = new List<PetitionDeadline> { Court(PetitionDeadlineKind.Accept, null, AcceptDueOn, DecidedOn, today) };
        if (Status == PetitionStatus.NotAccepted)
        {
            return deadlines;
        }

        if (AssignDueOn is { } assignDue)
        {
            deadlines.Add(Court(PetitionDeadlineKind.Assign, null, assignDue, AssignedOn, today));
        }

        if (ResolveDueOn is { } resolveDue)
        {
            var handling = _rounds.SingleOrDefault(r => r.Level == PetitionRoundLevel.Handling);
            deadlines.Add(Court(PetitionDeadlineKind.Resolve, PetitionRoundLevel.Handling, resolveDue, handling?.AnsweredOn, today));
        }

        foreach (var round in _rounds.Where(r => r.Level != PetitionRoundLevel.Handling).OrderBy(r => r.Level))
        {
            deadlines.Add(Window(round.Level, round.RequestDueOn!.Value, round.RequestedOn, today));
            deadlines.Add(Court(PetitionDeadlineKind.ReviewAnswer, round.Level, round.DueOn, round.AnsweredOn, today));
        }

        if (CurrentRound is { AnsweredOn: { } answeredOn, Level: < PetitionRoundLevel.ReReview } last)
        {
            deadlines.Add(Window(last.Level + 1, rules.ReviewRequestDueOn(answeredOn, calendar), null, today));
        }

        return deadlines;
    }

    private static PetitionDeadline Court(PetitionDeadlineKind kind, PetitionRoundLevel? level, DateOnly due, DateOnly? met, DateOnly today) =>
        new(kind, level, due, met, due.DayNumber - today.DayNumber, met is null && today > due, met > due, false);

    private static PetitionDeadline Window(PetitionRoundLevel level, DateOnly due, DateOnly? met, DateOnly today) =>
        new(PetitionDeadlineKind.ReviewRequest, level, due, met, due.DayNumber - today.DayNumber, false, false, true);
}
