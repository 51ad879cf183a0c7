using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.Parties;

namespace Enforcement.Domain.PreEnforcement;

/// <summary>How a prompting notice or a follow-up reached the debtor.</summary>
public enum PromptChannel
{
    /// <summary>当面</summary>
    InPerson,

    /// <summary>邮寄</summary>
    Post,

    /// <summary>电话</summary>
    Phone,

    /// <summary>短信</summary>
    TextMessage,

    /// <summary>电子送达</summary>
    ElectronicService,

    /// <summary>其他</summary>
    Other,
}

/// <summary>How a prompt ended, or where it stands.</summary>
public enum PromptOutcome
{
    /// <summary>全部自动履行: the debtor paid the whole amount; no enforcement case is needed.</summary>
    PerformedInFull,

    /// <summary>部分履行: part of the amount was paid.</summary>
    PerformedInPart,

    /// <summary>执前和解: the parties agreed a plan before enforcement.</summary>
    Settled,

    /// <summary>申请执行: the creditor applied for enforcement; the registered case is linked.</summary>
    EnforcementApplied,
}

/// <summary>The judgment whose performance is prompted: the document, the court, when it took effect, the performance period and the amount.</summary>
public sealed record PromptJudgment(string DocumentNumber, string Court, DateOnly EffectiveOn, int PerformanceDays, Money Amount);

/// <summary>A follow-up contact with a party (回访/跟进): when, how, with whom, and what was said.</summary>
public sealed class PromptContact
{
    private PromptContact()
    {
    }

    internal PromptContact(DateOnly contactedOn, PromptChannel channel, string contactPerson, string? note, ChangeContext context)
    {
        ContactedOn = contactedOn;
        Channel = channel;
        ContactPerson = contactPerson;
        Note = note;
        RecordedBy = context.RecordedBy;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    public DateOnly ContactedOn { get; private init; }

    public PromptChannel Channel { get; private init; }

    /// <summary>Who was contacted: the debtor, its legal representative, an agent.</summary>
    public string ContactPerson { get; private init; } = "";

    public string? Note { get; private init; }

    public string RecordedBy { get; private init; } = "";
}

/// <summary>An instalment of a settlement before enforcement (执前和解).</summary>
public sealed class PromptInstalment
{
    private PromptInstalment()
    {
    }

    internal PromptInstalment(int number, DateOnly dueOn, Money amount)
    {
        Number = number;
        DueOn = dueOn;
        Amount = amount;
    }

    public int Number { get; private init; }

    public DateOnly DueOn { get; private init; }

    public Money Amount { get; private init; }
}

/// <summary>
/// 执前督促: a judgment with a money obligation took effect, and the governance centre prompts the debtor to perform
/// before the creditor needs an enforcement case. The performance deadline is the judgment's period counted from its
/// effective date as a procedural period. The prompt ends performed in full or with the creditor's application for
/// enforcement (linked to the registered case); a part payment or a settlement leaves it open for what follows.
/// </summary>
public sealed class PrePerformancePrompt : AggregateRoot
{
    public const int MaxTextLength = 2000;
    public const int MaxShortTextLength = 100;
    public const int MaxParties = 20;
    public const int MaxContacts = 200;
    public const int MaxInstalments = 120;
    public const int MaxPerformanceDays = 365;
    private const string Prefix = "prompt";

    private readonly List<Party> _applicants = [];
    private readonly List<Party> _respondents = [];
    private readonly List<PromptContact> _contacts = [];
    private readonly List<PromptInstalment> _instalments = [];

    private PrePerformancePrompt()
    {
    }

    /// <summary>The judgment's document number, e.g. （2025）湘0681民初1234号.</summary>
    public string DocumentNumber { get; private set; } = "";

    public string Court { get; private set; } = "";

    public DateOnly EffectiveOn { get; private set; }

    /// <summary>The period the judgment gave to perform, in days from its effective date.</summary>
    public int PerformanceDays { get; private set; }

    public Money Amount { get; private set; }

    /// <summary>The last day to perform: the effective date + the period, moved off a rest day.</summary>
    public DateOnly PerformanceDueOn { get; private set; }

    public IReadOnlyList<Party> Applicants => _applicants;

    public IReadOnlyList<Party> Respondents => _respondents;

    public DateOnly? NoticeSentOn { get; private set; }

    public PromptChannel? NoticeChannel { get; private set; }

    public IReadOnlyList<PromptContact> Contacts => _contacts;

    public PromptOutcome? Outcome { get; private set; }

    public DateOnly? OutcomeOn { get; private set; }

    /// <summary>What the debtor paid in all: the whole amount when performed in full, the part recorded otherwise.</summary>
    public Money? PaidAmount { get; private set; }

    /// <summary>执前和解: the plan agreed, in words.</summary>
    public string? SettlementPlan { get; private set; }

    public IReadOnlyList<PromptInstalment> Instalments => _instalments;

    /// <summary>The enforcement case the creditor applied for.</summary>
    public Guid? CaseId { get; private set; }

    public string? CaseNumber { get; private set; }

    /// <summary>Performed in full, or enforcement applied for: nothing more is recorded.</summary>
    public bool IsFinal => Outcome is PromptOutcome.PerformedInFull or PromptOutcome.EnforcementApplied;

    /// <summary>The prompts still awaiting a final outcome (not <see cref="IsFinal"/>), as a query reads them.</summary>
    public static System.Linq.Expressions.Expression<Func<PrePerformancePrompt, bool>> AwaitingAFinalOutcome { get; } =
        p => p.Outcome == null || (p.Outcome != PromptOutcome.PerformedInFull && p.Outcome != PromptOutcome.EnforcementApplied);

    /// <summary>The document number and the parties' names, normalized for fragment search.</summary>
    public string SearchText { get; private set; } = "";

    public string RecordedBy { get; private set; } = "";

    public DateTime RecordedAtUtc { get; private set; }

    /// <summary>The last day to perform: <paramref name="effectiveOn"/> + <paramref name="days"/>, the start day not counted, moved off a rest day.</summary>
    public static DateOnly PerformanceDue(DateOnly effectiveOn, int days, Calendar.LegalCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.EndOfDays(effectiveOn, days);
    }

    /// <summary>Past its performance deadline with no outcome: on the worklist.</summary>
    public bool IsOverdueOn(DateOnly today) => IsOverdue(Outcome, PerformanceDueOn, today);

    /// <summary>The overdue rule, for a prompt read as a row: no outcome, and the performance deadline has passed.</summary>
    public static bool IsOverdue(PromptOutcome? outcome, DateOnly performanceDueOn, DateOnly today) => outcome is null && performanceDueOn < today;

    public static PrePerformancePrompt Open(
        PromptJudgment judgment, IReadOnlyCollection<Party> applicants, IReadOnlyCollection<Party> respondents, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(judgment);
        ArgumentNullException.ThrowIfNull(applicants);
        ArgumentNullException.ThrowIfNull(respondents);
        ArgumentNullException.ThrowIfNull(context);
        InputText.NotFuture(Prefix, judgment.EffectiveOn, context.Today, "effectiveOn");
        if (judgment.Amount <= Money.Zero)
        {
            throw new DomainInputException("prompt.amount.not_positive", "amount", "A prompt is for a judgment with a money obligation: the amount must be positive.");
        }

        if (judgment.PerformanceDays is < 0 or > MaxPerformanceDays)
        {
            throw new DomainInputException("prompt.performance_days.out_of_range", "performanceDays", $"The performance period is 0 to {MaxPerformanceDays} days.");
        }

        if (Cases.CaseNumber.LitigationPartsOf(judgment.DocumentNumber) is not { } parts)
        {
            throw new DomainInputException("prompt.document_number.not_a_judgment", "documentNumber",
                $"'{judgment.DocumentNumber}' is not the number of a judgment or other title, such as （2025）湘0681民初123号; an enforcement or preservation number is not.");
        }

        if (parts.Year > judgment.EffectiveOn.Year)
        {
            throw new DomainInputException("prompt.document_number.after_effective", "documentNumber",
                $"A judgment numbered in {parts.Year} cannot have taken effect on {judgment.EffectiveOn:yyyy-MM-dd}.");
        }

        if (applicants.Count is 0 or > MaxParties || respondents.Count is 0 or > MaxParties)
        {
            throw new DomainInputException("prompt.parties.count", "respondents", $"A prompt names 1 to {MaxParties} applicants and respondents.");
        }

        var prompt = new PrePerformancePrompt
        {
            DocumentNumber = InputText.Required(Prefix, judgment.DocumentNumber, MaxShortTextLength, "documentNumber"),
            Court = InputText.Required(Prefix, judgment.Court, MaxShortTextLength, "court"),
            EffectiveOn = judgment.EffectiveOn,
            PerformanceDays = judgment.PerformanceDays,
            Amount = judgment.Amount,
            PerformanceDueOn = PerformanceDue(judgment.EffectiveOn, judgment.PerformanceDays, context.Calendar),
            RecordedBy = context.RecordedBy,
            RecordedAtUtc = context.RecordedAtUtc,
        };
        prompt._applicants.AddRange(applicants);
        prompt._respondents.AddRange(respondents);
        prompt.SearchText = Common.SearchText.Column(
            string.Join(" ", applicants.Concat(respondents).Select(p => p.Name).Prepend(prompt.DocumentNumber)));
        prompt.Touch($"执前督促 prompt opened for {prompt.DocumentNumber}, effective {judgment.EffectiveOn:yyyy-MM-dd}, perform by {prompt.PerformanceDueOn:yyyy-MM-dd}");
        return prompt;
    }

    /// <summary>履行告知: the prompting notice was sent, once, on or after the judgment took effect.</summary>
    public void SendNotice(DateOnly sentOn, PromptChannel channel, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        EnsureNotFinal();
        EnsureDated(sentOn, context, "sentOn");
        if (NoticeSentOn is not null)
        {
            throw new DomainConflictException("prompt.notice.already_sent", $"The prompting notice was sent on {NoticeSentOn:yyyy-MM-dd}; record a follow-up contact instead.");
        }

        NoticeSentOn = sentOn;
        NoticeChannel = channel;
        Touch($"督促履行通知 notice sent {sentOn:yyyy-MM-dd} by {channel}");
    }

    public PromptContact AddContact(DateOnly contactedOn, PromptChannel channel, string? contactPerson, string? note, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        EnsureNotFinal();
        EnsureDated(contactedOn, context, "contactedOn");
        if (_contacts.Count >= MaxContacts)
        {
            throw new DomainException("prompt.contacts.too_many", $"A prompt keeps at most {MaxContacts} contacts.");
        }

        var contact = new PromptContact(contactedOn, channel, InputText.Required(Prefix, contactPerson, MaxShortTextLength, "contactPerson"),
            InputText.Optional(Prefix, note, MaxTextLength, "note"), context);
        _contacts.Add(contact);
        Touch($"回访 contact {contactedOn:yyyy-MM-dd} with {contact.ContactPerson} by {channel}");
        return contact;
    }

    /// <summary>全部自动履行: the debtor paid the whole amount.</summary>
    public void RecordPerformedInFull(DateOnly on, ChangeContext context)
    {
        BeginOutcome(on, context);
        PaidAmount = Amount;
        EndOutcome(PromptOutcome.PerformedInFull, on, $"全部履行 performed in full {on:yyyy-MM-dd} ({Amount})");
    }

    /// <summary>部分履行: <paramref name="paidSoFar"/> is what the debtor has paid in all; it grows with each record and stays below the amount.</summary>
    public void RecordPerformedInPart(DateOnly on, Money paidSoFar, ChangeContext context)
    {
        BeginOutcome(on, context);
        if (paidSoFar <= Money.Zero || paidSoFar >= Amount)
        {
            throw new DomainInputException("prompt.paid_amount.not_partial", "paidAmount",
                $"A part performance pays more than nothing and less than the judgment's {Amount}; the whole amount is performed in full.");
        }

        if (PaidAmount is { } before && paidSoFar <= before)
        {
            throw new DomainInputException("prompt.paid_amount.not_more", "paidAmount", $"The debtor had already paid {before} in all; give the new total.");
        }

        PaidAmount = paidSoFar;
        EndOutcome(PromptOutcome.PerformedInPart, on, $"部分履行 performed in part {on:yyyy-MM-dd}: {paidSoFar} of {Amount}");
    }

    /// <summary>执前和解: the parties agreed a plan; its instalments fall on or after the day it was agreed, in order.</summary>
    public void RecordSettlement(DateOnly on, string? plan, IReadOnlyList<(DateOnly DueOn, Money Amount)> instalments, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(instalments);
        BeginOutcome(on, context);
        if (instalments.Count is 0 or > MaxInstalments)
        {
            throw new DomainInputException("prompt.instalments.count", "instalments", $"A settlement plan has 1 to {MaxInstalments} instalments.");
        }

        for (var i = 0; i < instalments.Count; i++)
        {
            if (instalments[i].Amount <= Money.Zero)
            {
                throw new DomainInputException("prompt.instalments.amount_not_positive", "instalments", "Each instalment is a positive amount.");
            }

            if (instalments[i].DueOn < on || (i > 0 && instalments[i].DueOn < instalments[i - 1].DueOn))
            {
                throw new DomainInputException("prompt.instalments.out_of_order", "instalments",
                    "Instalments fall on or after the day the settlement was agreed, in date order.");
            }
        }

        // As a case's settlement: the plan promises at most what the judgment has left unpaid.
        var total = instalments.Aggregate(Money.Zero, (sum, x) => sum + x.Amount);
        var left = Amount - (PaidAmount ?? Money.Zero);
        if (total > left)
        {
            throw new DomainInputException(
                "prompt.instalments.exceeds_outstanding", "instalments", $"The instalments come to {total}; the judgment has {left} left unpaid.");
        }

        SettlementPlan = InputText.Required(Prefix, plan, MaxTextLength, "plan");
        _instalments.Clear();
        _instalments.AddRange(instalments.Select((x, i) => new PromptInstalment(i + 1, x.DueOn, x.Amount)));
        EndOutcome(PromptOutcome.Settled, on, $"执前和解 settled {on:yyyy-MM-dd}: {instalments.Count} instalments, {total} in all");
    }

    /// <summary>
    /// 申请执行: the creditor applied for enforcement and the case was registered, on this prompt's judgment
    /// (<paramref name="caseDocumentNumber"/>, the case's title). The case's timeline shows the prompt that preceded it,
    /// without the parties' personal data.
    /// </summary>
    public void RecordEnforcementApplied(DateOnly on, Guid caseId, string caseNumber, DateOnly caseFiledOn, string caseDocumentNumber, ChangeContext context)
    {
        BeginOutcome(on, context);
        if (!Cases.CaseNumber.TryParse(caseNumber, out var number) || !number.EnforcesTitle)
        {
            throw new DomainException("prompt.case.not_enforcement", $"Case {caseNumber} does not enforce a title: the creditor applies for enforcement as a 执 or 执恢 case.");
        }

        if (caseFiledOn < EffectiveOn)
        {
            throw new DomainException("prompt.case.filed_before_judgment", $"Case {caseNumber} was filed before the judgment took effect; it cannot enforce it.");
        }

        if (!Cases.CaseNumber.SameDocument(caseDocumentNumber, DocumentNumber))
        {
            throw new DomainException(
                "prompt.case.different_title", $"Case {caseNumber} enforces {caseDocumentNumber}, not the judgment {DocumentNumber} this prompt is about.");
        }

        CaseId = caseId;
        CaseNumber = caseNumber;
        var summary = $"执前督促 Prompt before enforcement: {DocumentNumber} effective {EffectiveOn:yyyy-MM-dd}, to perform by {PerformanceDueOn:yyyy-MM-dd}"
            + (NoticeSentOn is { } sent ? $"; notice sent {sent:yyyy-MM-dd}" : "; no notice sent")
            + $"; {_contacts.Count} follow-up contact(s)"
            + (PaidAmount is { } paid ? $"; {paid} paid before enforcement" : "")
            + $"; creditor applied for enforcement {on:yyyy-MM-dd}";
        Append(new TimelineEntry(caseId, TimelineKind.PrePerformancePrompt, on, summary, context, Id));
        EndOutcome(PromptOutcome.EnforcementApplied, on, $"申请执行 enforcement applied for {on:yyyy-MM-dd}: case {caseNumber}");
    }

    private void BeginOutcome(DateOnly on, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        EnsureNotFinal();
        EnsureDated(on, context, "outcomeOn");
        if (OutcomeOn is { } previous && on < previous)
        {
            throw new DomainInputException("prompt.outcome_on.too_early", "outcomeOn", $"The previous outcome was recorded on {previous:yyyy-MM-dd}.");
        }
    }

    private void EndOutcome(PromptOutcome outcome, DateOnly on, string summary)
    {
        Outcome = outcome;
        OutcomeOn = on;
        Touch(summary);
    }

    private void EnsureNotFinal()
    {
        if (IsFinal)
        {
            throw new DomainException("prompt.outcome.final", $"The prompt ended {Outcome} on {OutcomeOn:yyyy-MM-dd}; nothing more is recorded on it.");
        }
    }

    private void EnsureDated(DateOnly day, ChangeContext context, string field)
    {
        InputText.NotFuture(Prefix, day, context.Today, field);
        if (day < EffectiveOn)
        {
            throw new DomainInputException($"{Prefix}.{InputText.SnakeCase(field)}.too_early", field, $"The judgment took effect on {EffectiveOn:yyyy-MM-dd}; {field} cannot precede it.");
        }
    }
}
