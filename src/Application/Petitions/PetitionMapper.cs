using Enforcement.Application.Security;
using Enforcement.Domain.Calendar;
using Enforcement.Domain.Petitions;

namespace Enforcement.Application.Petitions;

public static class PetitionMapper
{
    /// <summary>The petition in full, unmasked, its related cases without their handlers (<see cref="PetitionReader"/> adds them).</summary>
    public static PetitionDto ToDto(this Petition p, DateOnly today, PetitionRules rules, LegalCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(calendar);
        var deadlines = p.DeadlinesOn(today, rules, calendar);
        return new PetitionDto
        {
            Id = p.Id,
            Channel = p.Channel,
            ForwardedBy = p.ForwardedBy,
            ForwardedDocumentNumber = p.ForwardedDocumentNumber,
            ReceivedOn = p.ReceivedOn,
            ReceivedAt = p.ReceivedAt,
            ReceivedBy = p.ReceivedBy,
            Headcount = p.Headcount,
            Category = p.Category,
            Track = p.Track,
            Content = p.Content,
            Request = p.Request,
            Status = p.Status,
            Collective = p.Collective,
            Repeat = p.Repeat,
            RepeatOfId = p.RepeatOfId,
            Overdue = p.OverdueOn(today),
            DueOn = p.DueOn,
            DaysLeft = DaysLeft(p.DueOn, today),
            Deadlines = deadlines.Select(d => new PetitionDeadlineDto(
                d.Kind, d.Level, d.DueOn, d.MetOn, d.DaysLeft, d.Overdue, d.MetLate, d.PetitionersWindow)).ToList(),
            DeadlineAssumesWeekendsOnly = calendar.AssumesWeekendsOnly([p.ReceivedOn, .. deadlines.Select(d => (DateOnly?)d.DueOn)]),
            Petitioners = p.Petitioners.OrderBy(x => x.Position).Select(x => new PetitionerDto(x.Kind, x.Name, x.IdNumber, x.CreditCode, x.Phone, x.Address)).ToList(),
            Cases = p.Cases.Select(c => new PetitionCaseDto(c.Id, c.CaseNumber, c.CaseId, c.Resolved, null, null)).ToList(),
            DecidedOn = p.DecidedOn,
            NotAcceptedReason = p.NotAcceptedReason,
            AssignedOn = p.AssignedOn,
            AssigneeKind = p.AssigneeKind,
            AssigneeId = p.AssigneeId,
            AssigneeName = p.AssigneeName,
            ExtensionDays = p.ExtensionDays,
            ExtensionReason = p.ExtensionReason,
            ExtendedBy = p.ExtendedBy,
            Rounds = p.Rounds.OrderBy(r => r.Level).Select(r => new PetitionRoundDto(
                r.Level, r.RequestedOn, r.DueOn, r.AnsweredOn, r.Reply, r.Channel, r.AnsweredBy, r.AnsweredOn > r.DueOn)).ToList(),
            ClosedOn = p.ClosedOn,
            Satisfaction = p.Satisfaction,
            Timeline = p.Steps.OrderBy(s => s.OccurredOn).ThenBy(s => s.RecordedAtUtc).ThenBy(s => s.Id)
                .Select(s => new PetitionStepDto(s.Kind, s.OccurredOn, s.Summary, s.RecordedBy, s.RecordedAtUtc)).ToList(),
            Version = p.Version,
        };
    }

    public static int? DaysLeft(DateOnly? dueOn, DateOnly today) => dueOn is { } due ? due.DayNumber - today.DayNumber : null;

    /// <summary>The petition with its petitioners' ID, phone and address masked.</summary>
    public static PetitionDto WithPersonalDataMasked(this PetitionDto petition)
    {
        ArgumentNullException.ThrowIfNull(petition);
        return petition with
        {
            Petitioners = petition.Petitioners.Select(p => p with
            {
                IdNumber = Masking.IdNumber(p.IdNumber),
                Phone = Masking.Phone(p.Phone),
                Address = Masking.Address(p.Address),
            }).ToList(),
        };
    }

    public static bool HasPersonalData(this PetitionDto petition)
    {
        ArgumentNullException.ThrowIfNull(petition);
        return petition.Petitioners.Any(p => p.IdNumber is not null || p.Phone is not null || p.Address is not null);
    }
}
