using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.LinkedUnits;

namespace Enforcement.Domain.Obligations;

/// <summary>Urging, the performance plan, payments, mediation and judicial suggestions.</summary>
public sealed partial class Obligation
{
    /// <summary>Sends an urging letter (督促履行函); the reply is due <see cref="ObligationRules.LetterReplyDays"/> days later unless a date is given.</summary>
    public UrgingLetter SendLetter(string? documentNumber, DateOnly sentOn, DateOnly? replyDueOn, ObligationRules rules, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var (number, due) = Sending(documentNumber, sentOn, replyDueOn, rules.LetterReplyDays, _letters.Select(l => l.DocumentNumber), "letter", context);
        var letter = new UrgingLetter(number, sentOn, due, context);
        _letters.Add(letter);
        Recount();
        Touch($"督促履行函 Urging letter {number} sent {sentOn:yyyy-MM-dd}, reply due {due:yyyy-MM-dd}");
        return letter;
    }

    public void RecordLetterReply(Guid letterId, DateOnly repliedOn, string? reply, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var letter = _letters.SingleOrDefault(l => l.Id == letterId)
            ?? throw new PartNotFoundException("obligation.letter.not_found", $"The obligation has no letter {letterId}.");
        if (letter.RepliedOn is not null)
        {
            throw new DomainConflictException("obligation.letter.already_replied", $"The reply to letter {letter.DocumentNumber} is already recorded.");
        }

        EnsureNotFuture(repliedOn, context, "repliedOn");
        if (repliedOn < letter.SentOn)
        {
            throw new DomainInputException("obligation.replied_on.before_sending", "repliedOn", "A reply cannot precede the letter.");
        }

        letter.Answer(repliedOn, Required(reply, MaxTextLength, "reply"));
        Recount();
        Touch($"复函 Reply to letter {letter.DocumentNumber} on {repliedOn:yyyy-MM-dd}{(repliedOn > letter.ReplyDueOn ? " (late)" : "")}");
    }

    /// <summary>
    /// Agrees a performance plan, or revises it: a new revision is added and the earlier ones are kept. The instalments
    /// must add up to what is outstanding on the agreement date (payments dated before it are deducted).
    /// </summary>
    public PlanRevision AgreePlan(DateOnly agreedOn, IReadOnlyList<(DateOnly DueOn, Money Amount)> instalments, string? note, PlanSource source, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(instalments);
        ArgumentNullException.ThrowIfNull(context);
        EnsureNotPerformed();
        EnsureNotFuture(agreedOn, context, "agreedOn");
        EnsureNotBeforeRecord(agreedOn, "agreedOn");
        if (CurrentRevision is { } current && agreedOn < current.AgreedOn)
        {
            throw new DomainInputException(
                "obligation.plan.before_current", "agreedOn", $"Revision {current.Number} was agreed on {current.AgreedOn:yyyy-MM-dd}; a revision cannot precede it.");
        }

        if (instalments.Count is 0 or > MaxInstalments)
        {
            throw new DomainInputException("obligation.plan.instalments_count", "instalments", $"A plan has 1 to {MaxInstalments} instalments.");
        }

        var previous = agreedOn;
        foreach (var (dueOn, amount) in instalments)
        {
            if (amount <= Money.Zero)
            {
                throw new DomainInputException("obligation.plan.amount_not_positive", "instalments", "Each instalment must be positive.");
            }

            if (dueOn < previous)
            {
                throw new DomainInputException(
                    "obligation.plan.due_dates_out_of_order", "instalments", "Instalments fall due on or after the agreement date, in date order.");
            }

            previous = dueOn;
        }

        var total = instalments.Aggregate(Money.Zero, (sum, i) => sum + i.Amount);
        // Outstanding on the agreement date: the amount less the debt's payments by then, and never more than its case
        // has left to recover (with what the debt itself paid since added back).
        var paidBefore = _payments.Where(p => p.PaidOn < agreedOn).Aggregate(Money.Zero, (sum, p) => sum + p.Amount);
        var caseLeft = Money.FromFen(CaseLeftFen) + (PaidAmount - paidBefore);
        var outstanding = Amount - paidBefore < caseLeft ? Amount - paidBefore : caseLeft;
        if (total != outstanding)
        {
            throw new DomainException(
                "obligation.plan.total_mismatch", $"The instalments come to {total}, but {outstanding} is outstanding on {agreedOn:yyyy-MM-dd}.",
                ["instalments_add_up_to_the_outstanding_amount"]);
        }

        var revision = new PlanRevision(PlanRevision + 1, agreedOn, source, total, Text(note, MaxTextLength, "note"), context);
        _revisions.Add(revision);
        var number = 0;
        foreach (var (dueOn, amount) in instalments)
        {
            _instalments.Add(new PlanInstalment(revision.Number, ++number, dueOn, amount));
        }

        PlanRevision = revision.Number;
        Recount();
        Touch($"履行计划 Plan revision {revision.Number} agreed {agreedOn:yyyy-MM-dd}: {instalments.Count} instalments, {total}");
        return revision;
    }

    /// <summary>
    /// Refuses a payment before it is recorded on the case: a debt performed or ended with its case takes none, and says
    /// so (<c>obligation.performed</c>, <c>obligation.ended</c>) rather than the closed case's <c>case.closed</c>.
    /// </summary>
    public void EnsureTakesPayments() => EnsureNotPerformed();

    /// <summary>Counts a payment recorded on the case towards the obligation, optionally against an instalment of the current plan.</summary>
    public void CountPayment(CasePayment payment, int? instalmentNumber)
    {
        ArgumentNullException.ThrowIfNull(payment);
        EnsureNotPerformed();
        if (payment.CaseId != CaseId)
        {
            throw new DomainException("obligation.payment.other_case", "The payment belongs to another case.");
        }

        if (payment.Amount > Outstanding)
        {
            throw new DomainException(
                "obligation.payment.exceeds_outstanding", $"{payment.Amount} is more than the {Outstanding} outstanding; record the surplus as a case payment.",
                ["payment_within_the_outstanding_amount"]);
        }

        if (instalmentNumber is { } number && CurrentInstalments.All(i => i.Number != number))
        {
            throw new DomainInputException(
                "obligation.instalment.not_found", "instalmentNumber", $"The current plan has no instalment {number}.");
        }

        _payments.Add(new ObligationPayment(payment.Id, payment.PaidOn, payment.Amount, instalmentNumber));
        Recount();
        Touch($"还款 Payment {payment.Amount} on {payment.PaidOn:yyyy-MM-dd}; paid {PaidAmount} of {Amount}");
    }

    /// <summary>Stops counting a case payment that was voided on the case. Returns false if it was not counted here.</summary>
    public bool UncountPayment(Guid casePaymentId)
    {
        var payment = _payments.SingleOrDefault(p => p.CasePaymentId == casePaymentId);
        if (payment is null)
        {
            return false;
        }

        _payments.Remove(payment);
        Recount();
        Touch($"作废还款 Voided payment {payment.Amount} of {payment.PaidOn:yyyy-MM-dd}; paid {PaidAmount} of {Amount}");
        return true;
    }

    /// <summary>Records a mediation session (调处). An agreement carries the plan it creates or revises.</summary>
    public MediationSession RecordMediation(
        DateOnly heldOn, string? place, IReadOnlyList<MediationParticipant> participants, string? participantNames, MediationOutcome outcome,
        DateOnly? adjournedTo, string? note, IReadOnlyList<(DateOnly DueOn, Money Amount)>? plan, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(participants);
        ArgumentNullException.ThrowIfNull(context);
        EnsureNotPerformed();
        EnsureNotFuture(heldOn, context, "heldOn");
        EnsureNotBeforeRecord(heldOn, "heldOn");
        if (!Enum.IsDefined(outcome) || participants.Any(p => !Enum.IsDefined(p)))
        {
            throw new DomainInputException("obligation.mediation.invalid", "outcome", "Unknown outcome or participant.");
        }

        if (!participants.Contains(MediationParticipant.Court) || participants.Distinct().Count() < 2)
        {
            throw new DomainInputException(
                "obligation.mediation.participants", "participants", "A mediation session is held by the court with at least one other party.");
        }

        switch (outcome)
        {
            case MediationOutcome.Adjourned when adjournedTo is null || adjournedTo <= heldOn:
                throw new DomainInputException("obligation.mediation.adjourned_to", "adjournedTo", "An adjourned session names a later date.");
            case not MediationOutcome.Adjourned when adjournedTo is not null:
                throw new DomainInputException("obligation.mediation.adjourned_to", "adjournedTo", "Only an adjourned session names a later date.");
            case MediationOutcome.Agreement when plan is not { Count: > 0 }:
                throw new DomainInputException("obligation.mediation.plan_missing", "instalments", "An agreement records the plan's instalments.");
            case not MediationOutcome.Agreement when plan is { Count: > 0 }:
                throw new DomainInputException("obligation.mediation.plan_without_agreement", "instalments", "Only an agreement records a plan.");
        }

        int? revision = outcome == MediationOutcome.Agreement ? AgreePlan(heldOn, plan!, note, PlanSource.Mediation, context).Number : null;
        var session = new MediationSession(
            heldOn, Required(place, MaxShortTextLength, "place"), participants.Distinct().ToList(), Text(participantNames, MaxTextLength, "participantNames"),
            outcome, adjournedTo, Text(note, MaxTextLength, "note"), revision, context);
        _mediations.Add(session);
        Touch($"调处 Mediation on {heldOn:yyyy-MM-dd} at {session.Place}: {outcome}");
        return session;
    }

    /// <summary>Sends a judicial suggestion (司法建议) to the unit or its superior; the reply is due <see cref="ObligationRules.SuggestionReplyDays"/> days later.</summary>
    public JudicialSuggestion SendSuggestion(
        SuggestionRecipient recipient, LinkedUnit recipientUnit, string? documentNumber, DateOnly sentOn, string? summary, DateOnly? replyDueOn,
        ObligationRules rules, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(recipientUnit);
        ArgumentNullException.ThrowIfNull(rules);
        var (number, due) = Sending(documentNumber, sentOn, replyDueOn, rules.SuggestionReplyDays, _suggestions.Select(s => s.DocumentNumber), "suggestion", context);
        var suggestion = new JudicialSuggestion(
            recipient, recipientUnit.Id, recipientUnit.FullName, number, sentOn, Required(summary, MaxTextLength, "summary"), due, context);
        _suggestions.Add(suggestion);
        Recount();
        Touch($"司法建议 Judicial suggestion {number} to {recipientUnit.FullName} sent {sentOn:yyyy-MM-dd}, reply due {due:yyyy-MM-dd}");
        return suggestion;
    }

    public void RecordSuggestionReply(Guid suggestionId, DateOnly repliedOn, string? reply, bool adopted, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var suggestion = _suggestions.SingleOrDefault(s => s.Id == suggestionId)
            ?? throw new PartNotFoundException("obligation.suggestion.not_found", $"The obligation has no judicial suggestion {suggestionId}.");
        if (suggestion.RepliedOn is not null)
        {
            throw new DomainConflictException("obligation.suggestion.already_replied", $"The reply to suggestion {suggestion.DocumentNumber} is already recorded.");
        }

        EnsureNotFuture(repliedOn, context, "repliedOn");
        if (repliedOn < suggestion.SentOn)
        {
            throw new DomainInputException("obligation.replied_on.before_sending", "repliedOn", "A reply cannot precede the suggestion.");
        }

        suggestion.Answer(repliedOn, Required(reply, MaxTextLength, "reply"), adopted);
        Recount();
        Touch($"司法建议回复 Reply to suggestion {suggestion.DocumentNumber} on {repliedOn:yyyy-MM-dd}; adopted: {adopted}");
    }

    /// <summary>
    /// The checks a sent document shares (a letter, a suggestion): not performed, numbered once, sent by today, and a
    /// reply due after sending, <paramref name="replyDays"/> days later by the legal calendar unless given.
    /// </summary>
    private (string Number, DateOnly ReplyDueOn) Sending(
        string? documentNumber, DateOnly sentOn, DateOnly? replyDueOn, int replyDays, IEnumerable<string> numbersSent, string what, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        EnsureNotPerformed();
        var number = Required(documentNumber, MaxShortTextLength, "documentNumber");
        EnsureNotFuture(sentOn, context, "sentOn");
        EnsureNotBeforeRecord(sentOn, "sentOn");
        if (numbersSent.Contains(number))
        {
            throw new DomainConflictException($"obligation.{what}.duplicate_number", $"A {what} numbered {number} is already recorded.");
        }

        var due = replyDueOn ?? context.Calendar.EndOfDays(sentOn, replyDays);
        return due > sentOn
            ? (number, due)
            : throw new DomainInputException("obligation.reply_due.not_after_sending", "replyDueOn", $"The reply is due after the {what} is sent.");
    }

    private void EnsureNotBeforeRecord(DateOnly day, string field)
    {
        // Letters and plans may predate the obligation's entry in the system (a backlog is entered later), but not the
        // delivery, nor the filing of the case: before it the court had no enforcement in which to urge the body.
        if (DeliveredOn is { } delivered && day < delivered)
        {
            throw new DomainInputException($"obligation.{InputText.SnakeCase(field)}.before_delivery", field, $"{field} {day:yyyy-MM-dd} precedes the delivery on {delivered:yyyy-MM-dd}.");
        }

        if (CaseFiledOn is { } filed && day < filed)
        {
            throw new DomainInputException(
                $"obligation.{InputText.SnakeCase(field)}.before_filing", field, $"{field} {day:yyyy-MM-dd} precedes the filing of the enforcement case on {filed:yyyy-MM-dd}.");
        }
    }
}
