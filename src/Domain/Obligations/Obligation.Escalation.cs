using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;

namespace Enforcement.Domain.Obligations;

/// <summary>
/// Escalation to leadership (向院领导、市政府、市委报告). The rules, each with the stable name a refusal lists:
/// the obligation is not performed; it is in default or an urging letter went unanswered past its due date; each
/// level comes after the previous one was escalated and its follow-up deadline passed without performance, unless a
/// leader overrides with a reason; and each level is escalated once, upwards only.
/// </summary>
public sealed partial class Obligation
{
    public const string NotPerformed = "obligation_not_performed";
    public const string DefaultOrLetterUnanswered = "plan_in_default_or_letter_unanswered_past_due";
    public const string LevelAboveHighest = "level_above_the_highest_escalated";
    public const string PreviousLevelEscalated = "previous_level_escalated";
    public const string PreviousFollowUpPassed = "previous_level_follow_up_deadline_passed";
    public const string ReportedAfterLowerLevel = "reported_on_or_after_the_lower_levels";

    /// <summary>The next level to escalate to; null after the city party committee.</summary>
    public EscalationLevel? NextLevel => EscalationLevel >= (int)Obligations.EscalationLevel.CityPartyCommittee ? null : (EscalationLevel)(EscalationLevel + 1);

    /// <summary>The rules <paramref name="level"/> does not meet on <paramref name="reportedOn"/>; an override waives the previous-level rules.</summary>
    public IReadOnlyList<string> UnmetForEscalation(EscalationLevel level, DateOnly reportedOn, bool overridden, ObligationRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var unmet = new List<string>();
        if (!Owing)
        {
            unmet.Add(NotPerformed);
        }

        // An override waives the waiting, never the order: a level is not reported before one already reported below it.
        if (_escalations.Any(e => e.Level < level && e.ReportedOn > reportedOn))
        {
            unmet.Add(ReportedAfterLowerLevel);
        }

        if (!InDefaultOn(reportedOn, rules) && !_letters.Any(l => l.UnansweredPastDueOn(reportedOn)))
        {
            unmet.Add(DefaultOrLetterUnanswered);
        }

        if ((int)level <= EscalationLevel)
        {
            unmet.Add(LevelAboveHighest);
        }

        if (!overridden && level > Obligations.EscalationLevel.CourtLeadership)
        {
            var previous = _escalations.SingleOrDefault(e => e.Level == level - 1);
            if (previous is null)
            {
                unmet.Add(PreviousLevelEscalated);
            }

            if (previous is null || previous.FollowUpDueOn >= reportedOn)
            {
                unmet.Add(PreviousFollowUpPassed);
            }
        }

        return unmet;
    }

    /// <summary>
    /// Reports the obligation to <paramref name="level"/>. <paramref name="overrideReason"/>: a leader's reason to escalate
    /// before the previous level's follow-up passed (the caller checks the role). The follow-up deadline defaults to
    /// <see cref="ObligationRules.FollowUpDays"/> days after the report.
    /// </summary>
    public Escalation Escalate(
        EscalationLevel level, string? reportNumber, DateOnly reportedOn, string? recipients, DateOnly? followUpDueOn, string? overrideReason,
        ObligationRules rules, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(context);
        if (!Enum.IsDefined(level))
        {
            throw new DomainInputException("obligation.escalation.level_invalid", "level", $"Unknown level {level}.");
        }

        var number = Required(reportNumber, MaxShortTextLength, "reportNumber");
        var to = Required(recipients, MaxShortTextLength * 2, "recipients");
        var why = Text(overrideReason, MaxTextLength, "overrideReason");
        EnsureNotFuture(reportedOn, context, "reportedOn");
        var followUp = followUpDueOn ?? context.Calendar.EndOfDays(reportedOn, rules.FollowUpDays);
        if (followUp <= reportedOn)
        {
            throw new DomainInputException("obligation.escalation.follow_up_not_after_report", "followUpDueOn", "The follow-up deadline falls after the report.");
        }

        EnsureNotEnded();
        var unmet = UnmetForEscalation(level, reportedOn, why is not null, rules);
        if (unmet.Count > 0)
        {
            throw new DomainException(
                "obligation.escalation.refused", $"The obligation cannot be escalated to {level} on {reportedOn:yyyy-MM-dd}: {string.Join(", ", unmet)}.", unmet);
        }

        var escalation = new Escalation(level, number, reportedOn, to, followUp, why, context);
        _escalations.Add(escalation);
        Recount();
        Touch($"报告 Escalated to {level} ({number}) on {reportedOn:yyyy-MM-dd}, follow-up by {followUp:yyyy-MM-dd}{(why is null ? "" : $"; override: {why}")}");
        return escalation;
    }

    /// <summary>Records the instruction (批示) the level gave: who, when, what. Recorded once.</summary>
    public void RecordInstruction(Guid escalationId, string? by, DateOnly instructedOn, string? text, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var escalation = EscalationById(escalationId);
        if (escalation.Instruction is not null)
        {
            throw new DomainConflictException("obligation.escalation.instruction_recorded", $"The instruction on report {escalation.ReportNumber} is already recorded.");
        }

        EnsureNotFuture(instructedOn, context, "instructedOn");
        if (instructedOn < escalation.ReportedOn)
        {
            throw new DomainInputException("obligation.instructed_on.before_report", "instructedOn", "An instruction cannot precede the report.");
        }

        escalation.Instruct(Required(by, MaxShortTextLength, "by"), instructedOn, Required(text, MaxTextLength, "text"));
        Touch($"批示 Instruction on report {escalation.ReportNumber} by {escalation.InstructionBy} on {instructedOn:yyyy-MM-dd}");
    }

    /// <summary>Records how the escalation ended: performed, plan agreed or no result. Recorded once.</summary>
    public void RecordEscalationOutcome(Guid escalationId, EscalationOutcome outcome, DateOnly outcomeOn, string? note, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var escalation = EscalationById(escalationId);
        if (escalation.Outcome is not null)
        {
            throw new DomainConflictException("obligation.escalation.outcome_recorded", $"The outcome of report {escalation.ReportNumber} is already recorded.");
        }

        if (!Enum.IsDefined(outcome))
        {
            throw new DomainInputException("obligation.escalation.outcome_invalid", "outcome", $"Unknown outcome {outcome}.");
        }

        EnsureNotFuture(outcomeOn, context, "outcomeOn");
        if (outcomeOn < escalation.ReportedOn)
        {
            throw new DomainInputException("obligation.outcome_on.before_report", "outcomeOn", "An outcome cannot precede the report.");
        }

        // The outcome says what happened: performance, or a plan agreed after the report, by the outcome's day.
        if (outcome == EscalationOutcome.Performed && !(PerformedOn <= outcomeOn))
        {
            throw new DomainException(
                "obligation.escalation.outcome_not_performed", $"The debt was not paid in full by {outcomeOn:yyyy-MM-dd} ({PaidAmount} of {Amount} paid so far).");
        }

        if (outcome == EscalationOutcome.PlanAgreed && !_revisions.Any(r => r.AgreedOn >= escalation.ReportedOn && r.AgreedOn <= outcomeOn))
        {
            throw new DomainException(
                "obligation.escalation.outcome_no_plan", $"No plan was agreed between the report of {escalation.ReportedOn:yyyy-MM-dd} and {outcomeOn:yyyy-MM-dd}.");
        }

        escalation.Conclude(outcome, outcomeOn, Text(note, MaxTextLength, "note"));
        Recount();
        Touch($"报告结果 Report {escalation.ReportNumber} ended {outcomeOn:yyyy-MM-dd}: {outcome}");
    }

    /// <summary>
    /// Whether the rules allow the next level today, and why the obligation calls for it: a plan in default, a letter
    /// unanswered, a judicial suggestion ignored. Empty when no escalation is suggested.
    /// </summary>
    public IReadOnlyList<string> EscalationReasonsOn(DateOnly today, ObligationRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (NextLevel is not { } next || UnmetForEscalation(next, today, overridden: false, rules).Count > 0)
        {
            return [];
        }

        var reasons = new List<string>();
        if (InDefaultOn(today, rules))
        {
            reasons.Add($"plan_in_default: instalment due {OpenInstalmentDueOn:yyyy-MM-dd} is {DaysLateOn(today)} days late");
        }

        foreach (var letter in _letters.Where(l => l.UnansweredPastDueOn(today)))
        {
            reasons.Add($"letter_unanswered: {letter.DocumentNumber}, reply due {letter.ReplyDueOn:yyyy-MM-dd}");
        }

        foreach (var suggestion in _suggestions.Where(s => s.UnansweredPastDueOn(today)))
        {
            reasons.Add($"judicial_suggestion_unanswered: {suggestion.DocumentNumber}, reply due {suggestion.ReplyDueOn:yyyy-MM-dd}");
        }

        if (_escalations.SingleOrDefault(e => (int)e.Level == EscalationLevel) is { } previous)
        {
            reasons.Add($"previous_level_follow_up_passed: {previous.Level} follow-up was due {previous.FollowUpDueOn:yyyy-MM-dd}");
        }

        return reasons;
    }

    private Escalation EscalationById(Guid escalationId) =>
        _escalations.SingleOrDefault(e => e.Id == escalationId)
        ?? throw new PartNotFoundException("obligation.escalation.not_found", $"The obligation has no escalation {escalationId}.");
}
