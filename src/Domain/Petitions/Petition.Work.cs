using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;

namespace Enforcement.Domain.Petitions;

public sealed partial class Petition
{
    /// <summary>受理: accepted, the petitioner told on <paramref name="decidedOn"/>. A general petition's resolve period starts here.</summary>
    public void Accept(DateOnly decidedOn, PetitionRules rules, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(context);
        EnsureStatus("accepted", PetitionStatus.Received);
        InOrder(decidedOn, ReceivedOn, "receipt", context, "decidedOn");
        DecidedOn = decidedOn;
        ResolveDueOn ??= rules.ResolveDueOn(Track, decidedOn, ExtensionDays, context.Calendar);
        _rounds.Add(new PetitionRound(PetitionRoundLevel.Handling, null, null, ResolveDueOn.Value));
        Status = PetitionStatus.Accepted;
        Step(PetitionStepKind.Accepted, decidedOn, $"受理 Accepted{Late(decidedOn, AcceptDueOn)}; resolve by {ResolveDueOn:yyyy-MM-dd}", context);
        Recount();
    }

    /// <summary>不予受理: with the reason, the petitioner told on <paramref name="decidedOn"/>.</summary>
    public void NotAccept(DateOnly decidedOn, string? reason, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        EnsureStatus("not accepted", PetitionStatus.Received);
        InOrder(decidedOn, ReceivedOn, "receipt", context, "decidedOn");
        NotAcceptedReason = Required(reason, MaxTextLength, "reason");
        DecidedOn = decidedOn;
        Status = PetitionStatus.NotAccepted;
        Step(PetitionStepKind.NotAccepted, decidedOn, $"不予受理 Not accepted{Late(decidedOn, AcceptDueOn)}: {NotAcceptedReason}", context);
        Recount();
    }

    /// <summary>交办: to a handler of the court or to a linked unit; a later assignment replaces the earlier one.</summary>
    public void Assign(DateOnly assignedOn, AssigneeKind kind, Guid assigneeId, string assigneeName, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        EnsureDefined(kind, "assigneeKind");
        EnsureStatus("assigned", PetitionStatus.Accepted, PetitionStatus.Assigned);
        InOrder(assignedOn, AssignedOn ?? DecidedOn!.Value, AssignedOn is null ? "acceptance" : "the first assignment", context, "assignedOn");
        var first = AssignedOn is null;
        AssignedOn ??= assignedOn;
        AssigneeKind = kind;
        AssigneeId = assigneeId;
        AssigneeName = assigneeName;
        Status = PetitionStatus.Assigned;
        var late = first && AssignDueOn is { } due ? Late(assignedOn, due) : "";
        Step(PetitionStepKind.Assigned, assignedOn, $"{(first ? "交办" : "改交办")} Assigned to {assigneeName}{late}", context);
        Recount();
    }

    /// <summary>
    /// 延期: a Leader extends the resolve period once, by up to <see cref="PetitionRules.MaxExtensionDays"/> days, with a
    /// reason, on or before its last day.
    /// </summary>
    public void Extend(int days, string? reason, PetitionRules rules, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(context);
        EnsureStatus("extended", PetitionStatus.Received, PetitionStatus.Accepted, PetitionStatus.Assigned);
        if (days < 1 || days > rules.MaxExtensionDays)
        {
            throw new DomainInputException("petition.extension.days_invalid", "days", $"An extension is 1 to {rules.MaxExtensionDays} days.");
        }

        var text = Required(reason, MaxTextLength, "reason");
        if (ExtensionDays > 0)
        {
            throw new DomainException("petition.extension.already_granted", $"The resolve period was already extended by {ExtensionDays} days on {ExtendedOn:yyyy-MM-dd}; it extends once.");
        }

        if (ResolveDueOn is not { } due)
        {
            throw new DomainException("petition.extension.not_accepted", "A general petition's resolve period starts when it is accepted; accept it first.");
        }

        if (context.Today > due)
        {
            throw new DomainException("petition.extension.too_late", $"The resolve period ended on {due:yyyy-MM-dd}; an extension is approved before it ends.");
        }

        var startsOn = Track == PetitionTrack.Enforcement ? ReceivedOn : DecidedOn!.Value;
        ExtensionDays = days;
        ExtensionReason = text;
        ExtendedBy = context.RecordedBy;
        ExtendedOn = context.Today;
        ResolveDueOn = rules.ResolveDueOn(Track, startsOn, days, context.Calendar);
        _rounds.SingleOrDefault(r => r.Level == PetitionRoundLevel.Handling)?.MoveDue(ResolveDueOn.Value);
        Step(PetitionStepKind.Extended, context.Today, $"延期 Extended by {days} days to {ResolveDueOn:yyyy-MM-dd}: {text}", context);
        Recount();
    }

    /// <summary>答复: answers the open round (the handling, a review or a re-review).</summary>
    public void Answer(DateOnly answeredOn, string? reply, ReplyChannel channel, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        EnsureDefined(channel, "channel");
        EnsureStatus("answered", PetitionStatus.Assigned, PetitionStatus.UnderReview, PetitionStatus.UnderReReview);
        var round = CurrentRound!;
        InOrder(answeredOn, round.RequestedOn ?? AssignedOn!.Value, round.RequestedOn is null ? "the first assignment" : "the request", context, "answeredOn");
        round.Answer(answeredOn, Required(reply, MaxTextLength, "reply"), channel, context.RecordedBy);
        Status = PetitionStatus.Answered;
        Step(PetitionStepKind.Answered, answeredOn, $"{RoundName(round.Level)}答复 Answered ({round.Level}, {channel}){Late(answeredOn, round.DueOn)}", context);
        Recount();
    }

    /// <summary>
    /// 申请复查/复核: the petitioner asks for a review of the answer, then a re-review of the review, each within
    /// <see cref="PetitionRules.ReviewRequestDays"/> days of the answer; the review is due 30 days after the request.
    /// </summary>
    public void RequestReview(DateOnly requestedOn, PetitionRules rules, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(context);
        EnsureStatus("reviewed", PetitionStatus.Answered, PetitionStatus.Closed);
        var previous = CurrentRound!;
        if (previous.Level == PetitionRoundLevel.ReReview)
        {
            throw new DomainException("petition.review.exhausted", "The re-review (复核) is the last answer; no further review is possible.");
        }

        var answeredOn = previous.AnsweredOn!.Value;
        InOrder(requestedOn, ClosedOn ?? answeredOn, ClosedOn is null ? "the answer" : "the closure", context, "requestedOn");
        var requestDue = rules.ReviewRequestDueOn(answeredOn, context.Calendar);
        if (requestedOn > requestDue)
        {
            throw new DomainException(
                "petition.review.too_late", $"A review is asked for within {rules.ReviewRequestDays} days of the answer of {previous.AnsweredOn:yyyy-MM-dd}, by {requestDue:yyyy-MM-dd}.");
        }

        var level = previous.Level + 1;
        _rounds.Add(new PetitionRound(level, requestedOn, requestDue, rules.ReviewAnswerDueOn(requestedOn, context.Calendar)));
        Status = level == PetitionRoundLevel.Review ? PetitionStatus.UnderReview : PetitionStatus.UnderReReview;
        ClosedOn = null;
        Satisfaction = null;
        Step(PetitionStepKind.ReviewRequested, requestedOn, $"申请{RoundName(level)} {level} requested; answer due {CurrentRound!.DueOn:yyyy-MM-dd}", context);
        Recount();
    }

    /// <summary>办结: closed after an answer, with the petitioner's satisfaction.</summary>
    public void Close(DateOnly closedOn, Satisfaction satisfaction, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        EnsureDefined(satisfaction, "satisfaction");
        EnsureStatus("closed", PetitionStatus.Answered);
        InOrder(closedOn, CurrentRound!.AnsweredOn!.Value, "the answer", context, "closedOn");
        ClosedOn = closedOn;
        Satisfaction = satisfaction;
        Status = PetitionStatus.Closed;
        Step(PetitionStepKind.Closed, closedOn, $"办结 Closed: {satisfaction}", context);
        Recount();
    }

    /// <summary>A handling note by an officer, coordinator or receptionist, on the petition's and the cases' timelines.</summary>
    public void AddNote(string? note, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Step(PetitionStepKind.Note, context.Today, $"办理记录 Note: {Required(note, MaxTextLength, "note")}", context, "办理记录 A handling note was added to the petition");
    }

    /// <summary>
    /// A clerk resolves a case number the registry did not know: the link now names the case, which gets the petition's
    /// steps from here on and any pending key-case signal. Repeats are flagged again by the caller.
    /// </summary>
    public void ResolveCase(Guid linkId, Guid caseId, string caseNumber, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var link = _cases.SingleOrDefault(c => c.Id == linkId)
                   ?? throw new PartNotFoundException("petition.case_link.not_found", $"The petition has no case link {linkId}.");
        if (link.Resolved)
        {
            throw new DomainConflictException("petition.case_link.already_resolved", $"The link is already to case {link.CaseNumber}; a petition's case is resolved once.");
        }

        if (_cases.Any(c => c.CaseId == caseId))
        {
            throw new DomainConflictException("petition.case_link.duplicate", $"The petition is already linked to case {caseNumber}.");
        }

        var typed = link.CaseNumber;
        link.Resolve(caseId, caseNumber);
        Step(PetitionStepKind.CaseLinked, context.Today, $"关联案件 Case {caseNumber} linked (entered as {typed})", context);
        SuggestKeyCaseFor(link);
        Recount();
    }

    private void EnsureStatus(string verb, params PetitionStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new DomainException("petition.status.invalid", $"A petition that is {Status} cannot be {verb}; it must be {string.Join(" or ", allowed)}.");
        }
    }

    private static string Late(DateOnly on, DateOnly due) => on > due ? $", {on.DayNumber - due.DayNumber} days late (due {due:yyyy-MM-dd})" : "";

    private static string RoundName(PetitionRoundLevel level) => level switch
    {
        PetitionRoundLevel.Review => "复查",
        PetitionRoundLevel.ReReview => "复核",
        _ => "",
    };
}
