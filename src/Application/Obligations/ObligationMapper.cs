using Enforcement.Domain.Calendar;
using Enforcement.Domain.Obligations;

namespace Enforcement.Application.Obligations;

public static class ObligationMapper
{
    public static ObligationDto ToDto(this Obligation o, DateOnly today, ObligationRules rules, LegalCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(o);
        ArgumentNullException.ThrowIfNull(calendar);
        DateOnly?[] periods =
        [
            o.DeliveredOn, o.StatutoryDueOn, .. o.Letters.SelectMany(l => new DateOnly?[] { l.SentOn, l.ReplyDueOn }),
            .. o.Suggestions.SelectMany(s => new DateOnly?[] { s.SentOn, s.ReplyDueOn }),
            .. o.Escalations.SelectMany(e => new DateOnly?[] { e.ReportedOn, e.FollowUpDueOn }),
        ];
        var reasons = o.EscalationReasonsOn(today, rules);
        return new ObligationDto
        {
            Id = o.Id,
            CaseId = o.CaseId,
            CaseNumber = o.CaseNumber,
            LinkedUnitId = o.LinkedUnitId,
            UnitName = o.UnitName,
            Amount = o.Amount.Yuan,
            Paid = o.PaidAmount.Yuan,
            Outstanding = o.Outstanding.Yuan,
            Basis = o.Basis,
            DeliveredOn = o.DeliveredOn,
            ContractPaymentDays = o.ContractPaymentDays,
            StatutoryDueOn = o.StatutoryDueOn,
            DeadlineAssumesWeekendsOnly = calendar.AssumesWeekendsOnly(periods),
            OverdueDays = o.OverdueDaysOn(today),
            Status = o.StatusOn(today, rules),
            PerformedOn = o.PerformedOn,
            CaseCoveredOn = o.CaseCoveredOn,
            EndedOn = o.EndedOn,
            EndedWith = o.EndedWith,
            LetterOverdue = o.Owing && o.OpenLetterReplyDueOn < today,
            SuggestionOverdue = o.Owing && o.OpenSuggestionReplyDueOn < today,
            SuggestedEscalation = reasons.Count > 0 ? o.NextLevel : null,
            EscalationReasons = reasons,
            RecordedOn = o.RecordedOn,
            RecordedBy = o.RecordedBy,
            Letters = o.Letters.OrderBy(l => l.SentOn).Select(l => new UrgingLetterDto(
                l.Id, l.DocumentNumber, l.SentOn, l.ReplyDueOn, l.RepliedOn, l.Reply, o.Owing && l.RepliedOn is null && l.ReplyDueOn < today,
                l.RepliedOn > l.ReplyDueOn, l.RecordedBy)).ToList(),
            Plan = o.Revisions.OrderBy(r => r.Number).Select(r => new PlanRevisionDto(
                r.Number, r.AgreedOn, r.Source, r.Total.Yuan, r.Note, r.RecordedBy,
                Instalments(o, r.Number, today))).ToList(),
            CurrentPlanRevision = o.PlanRevision,
            Payments = o.Payments.OrderBy(p => p.PaidOn).Select(p => new ObligationPaymentDto(p.CasePaymentId, p.PaidOn, p.Amount.Yuan, p.InstalmentNumber)).ToList(),
            Mediations = o.Mediations.OrderBy(m => m.HeldOn).Select(m => new MediationDto(
                m.Id, m.HeldOn, m.Place, m.Participants, m.ParticipantNames, m.Outcome, m.AdjournedTo, m.Note, m.PlanRevision, m.RecordedBy)).ToList(),
            Suggestions = o.Suggestions.OrderBy(s => s.SentOn).Select(s => new JudicialSuggestionDto(
                s.Id, s.Recipient, s.RecipientUnitId, s.RecipientName, s.DocumentNumber, s.SentOn, s.Summary, s.ReplyDueOn, s.RepliedOn, s.Reply, s.Adopted,
                o.Owing && s.RepliedOn is null && s.ReplyDueOn < today)).ToList(),
            Escalations = o.Escalations.OrderBy(e => e.Level).Select(e => new EscalationDto(
                e.Id, e.Level, e.ReportNumber, e.ReportedOn, e.Recipients, e.FollowUpDueOn, e.OverrideReason, e.OverriddenBy, e.InstructionBy, e.InstructedOn,
                e.Instruction, e.Outcome, e.OutcomeOn, e.OutcomeNote, o.Owing && e.Instruction is null && e.Outcome is null, o.Owing && e.Outcome is null && e.FollowUpDueOn < today, e.RecordedBy)).ToList(),
            Version = o.Version,
        };
    }

    /// <summary>
    /// A plan's instalments with the day each was covered and how late: paid late, by the days from its due date to that
    /// day; unpaid, by the days to today (the current plan, still owed), to the day a new plan replaced it, or to the
    /// day the debt ended with its case.
    /// </summary>
    private static List<InstalmentDto> Instalments(Obligation o, int revision, DateOnly today)
    {
        var until = o.SupersededOn(revision) ?? (o.Owing ? today : o.EndedOn);
        return [.. o.CoverageOf(revision).Select(c => new InstalmentDto(
            c.Instalment.Number, c.Instalment.DueOn, c.Instalment.Amount.Yuan, c.CoveredOn is not null,
            (c.CoveredOn ?? until) is { } settled ? Math.Max(0, settled.DayNumber - c.Instalment.DueOn.DayNumber) : 0,
            c.CoveredOn))];
    }
}
