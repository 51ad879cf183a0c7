using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;

namespace Enforcement.Domain.Petitions;

/// <summary>A case number as the receptionist gave it, with the case it names if the registry knows it.</summary>
public sealed record CaseMention(string CaseNumber, Guid? CaseId);

/// <summary>What the receptionist records when a petition arrives.</summary>
public sealed record PetitionIntake(
    PetitionChannel Channel,
    DateOnly ReceivedOn,
    TimeOnly? ReceivedAt,
    IReadOnlyList<Petitioner> Petitioners,
    int? Headcount,
    IReadOnlyList<CaseMention> Cases,
    PetitionCategory Category,
    PetitionTrack? Track,
    string? Content,
    string? Request,
    string? ForwardedBy = null,
    string? ForwardedDocumentNumber = null);

/// <summary>
/// A petition (信访) about enforcement cases: who came or wrote, about which cases, what they ask for, and every step
/// of its handling with its legal deadlines. The flags (repeat, collective, overdue) are computed, never set by hand;
/// <see cref="DueOn"/> is the earliest deadline the court still has to meet, kept in a column so that the due and
/// overdue lists filter on an index.
/// </summary>
public sealed partial class Petition : AggregateRoot
{
    public const int MaxTextLength = 2000;
    public const int MaxShortTextLength = 100;
    public const int MaxPetitioners = 50;
    public const int MaxCases = 10;
    public const int MaxHeadcount = 10_000;

    private readonly List<Petitioner> _petitioners = [];
    private readonly List<PetitionCase> _cases = [];
    private readonly List<PetitionRound> _rounds = [];
    private readonly List<PetitionStep> _steps = [];

    private Petition()
    {
    }

    public PetitionChannel Channel { get; private set; }

    /// <summary>For a forwarded petition (转交): the body that forwarded it.</summary>
    public string? ForwardedBy { get; private set; }

    public string? ForwardedDocumentNumber { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    public TimeOnly? ReceivedAt { get; private set; }

    /// <summary>The receptionist's name.</summary>
    public string ReceivedBy { get; private set; } = "";

    /// <summary>The receptionist's staff record, when the user has one.</summary>
    public Guid? ReceivedByStaffId { get; private set; }

    /// <summary>How many people came, for a visit.</summary>
    public int? Headcount { get; private set; }

    /// <summary>集体访: a visit of five or more people (configurable).</summary>
    public bool Collective { get; private set; }

    /// <summary>重复访: the same petitioner about the same case within the repeat window of an earlier petition.</summary>
    public bool Repeat { get; private set; }

    /// <summary>The earlier petition this one repeats.</summary>
    public Guid? RepeatOfId { get; private set; }

    public PetitionCategory Category { get; private set; }

    public PetitionTrack Track { get; private set; }

    public string Content { get; private set; } = "";

    /// <summary>What the petitioner asks for.</summary>
    public string Request { get; private set; } = "";

    public PetitionStatus Status { get; private set; }

    public DateOnly AcceptDueOn { get; private set; }

    /// <summary>The date the petitioner was told whether the petition is accepted.</summary>
    public DateOnly? DecidedOn { get; private set; }

    public string? NotAcceptedReason { get; private set; }

    /// <summary>Enforcement petitions: the assignment deadline (5 working days from receipt).</summary>
    public DateOnly? AssignDueOn { get; private set; }

    /// <summary>The first assignment's date, which meets the assignment deadline; a reassignment changes only the assignee.</summary>
    public DateOnly? AssignedOn { get; private set; }

    public AssigneeKind? AssigneeKind { get; private set; }

    public Guid? AssigneeId { get; private set; }

    public string? AssigneeName { get; private set; }

    /// <summary>The resolve deadline, extension included; known from receipt for an enforcement petition, from acceptance for a general one.</summary>
    public DateOnly? ResolveDueOn { get; private set; }

    public int ExtensionDays { get; private set; }

    public string? ExtensionReason { get; private set; }

    public string? ExtendedBy { get; private set; }

    public DateOnly? ExtendedOn { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public Satisfaction? Satisfaction { get; private set; }

    /// <summary>The earliest deadline the court has still to meet at the current stage; null when it has none.</summary>
    public DateOnly? DueOn { get; private set; }

    /// <summary>Related case numbers the registry did not know, waiting for a clerk.</summary>
    public int UnresolvedCases { get; private set; }

    /// <summary>The petitioners' names and the case numbers, normalized by <see cref="Common.SearchText"/>, for fragment search.</summary>
    public string SearchText { get; private set; } = "";

    public IReadOnlyList<Petitioner> Petitioners => _petitioners;

    public IReadOnlyList<PetitionCase> Cases => _cases;

    public IReadOnlyList<PetitionRound> Rounds => _rounds;

    public IReadOnlyList<PetitionStep> Steps => _steps;

    public bool OverdueOn(DateOnly today) => DueOn < today;

    /// <summary>Logs a petition as received, with its deadlines from receipt.</summary>
    public static Petition Log(PetitionIntake intake, Guid? receivedByStaffId, PetitionRules rules, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(intake);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(context);
        EnsureDefined(intake.Channel, "channel");
        EnsureDefined(intake.Category, "category");
        if (intake.Track is { } chosen)
        {
            EnsureDefined(chosen, "track");
        }

        // The enforcement track's deadlines run from receipt because the petition is about a case (the SPC's rule): one
        // that names none is a general petition, counted from its acceptance.
        if (intake.Track == PetitionTrack.Enforcement && intake.Cases.Count == 0)
        {
            throw new DomainInputException(
                "petition.track.no_case", "track", "An enforcement petition is about a case: name its case number, or log it on the general track.");
        }

        NotFuture(intake.ReceivedOn, context, "receivedOn");
        if (intake.Petitioners.Count is 0 or > MaxPetitioners)
        {
            throw new DomainInputException("petition.petitioners.count", "petitioners", $"Name 1 to {MaxPetitioners} petitioners.");
        }

        // One person is named once (Petitioner.SameAs: by ID or credit code, else name and phone): the same person named
        // twice would count twice towards a collective visit (集体访) and its headcount.
        if (intake.Petitioners.Where((p, i) => intake.Petitioners.Skip(i + 1).Any(p.SameAs)).FirstOrDefault() is { } twice)
        {
            throw new DomainException("petition.petitioners.duplicate", $"{twice.Name} is named twice (the same ID number or credit code, or name and phone); each petitioner is a different person or body.");
        }

        if (intake.Cases.Count > MaxCases)
        {
            throw new DomainInputException("petition.cases.too_many", "caseNumbers", $"Name at most {MaxCases} case numbers.");
        }

        var headcount = intake.Headcount;
        if (intake.Channel == PetitionChannel.Visit)
        {
            headcount ??= intake.Petitioners.Count;
            if (headcount < intake.Petitioners.Count || headcount > MaxHeadcount)
            {
                throw new DomainInputException(
                    "petition.headcount.invalid", "headcount", $"A visit's headcount counts every person who came: at least the {intake.Petitioners.Count} petitioners named, at most {MaxHeadcount}.");
            }
        }
        else if (headcount is not null)
        {
            throw new DomainInputException("petition.headcount.not_a_visit", "headcount", "A headcount is recorded for a visit (来访) only.");
        }

        var forwarded = intake.Channel == PetitionChannel.Forwarded;
        var forwardedBy = Text(intake.ForwardedBy, MaxShortTextLength, "forwardedBy");
        var forwardedDocument = Text(intake.ForwardedDocumentNumber, MaxShortTextLength, "forwardedDocumentNumber");
        if (forwarded && (forwardedBy is null || forwardedDocument is null))
        {
            throw new DomainInputException(
                "petition.forwarded.incomplete", forwardedBy is null ? "forwardedBy" : "forwardedDocumentNumber", "A forwarded petition (转交) names the body that forwarded it and its document number.");
        }

        if (!forwarded && (forwardedBy ?? forwardedDocument) is not null)
        {
            throw new DomainInputException("petition.forwarded.not_forwarded", "forwardedBy", "Only a forwarded petition (转交) names a forwarding body and document.");
        }

        var track = intake.Track ?? (intake.Cases.Count > 0 ? PetitionTrack.Enforcement : PetitionTrack.General);
        var petition = new Petition
        {
            Channel = intake.Channel,
            ForwardedBy = forwardedBy,
            ForwardedDocumentNumber = forwardedDocument,
            ReceivedOn = intake.ReceivedOn,
            ReceivedAt = intake.ReceivedAt,
            ReceivedBy = context.RecordedBy,
            ReceivedByStaffId = receivedByStaffId,
            Headcount = headcount,
            Collective = rules.IsCollective(intake.Channel, headcount),
            Category = intake.Category,
            Track = track,
            Content = Required(intake.Content, MaxTextLength, "content"),
            Request = Required(intake.Request, MaxTextLength, "request"),
            Status = PetitionStatus.Received,
            AcceptDueOn = rules.AcceptDueOn(intake.ReceivedOn, context.Calendar),
            AssignDueOn = track == PetitionTrack.Enforcement ? rules.AssignDueOn(intake.ReceivedOn, context.Calendar) : null,
            ResolveDueOn = track == PetitionTrack.Enforcement ? rules.ResolveDueOn(track, intake.ReceivedOn, 0, context.Calendar) : null,
        };
        // Rows come back in their key's order; the position keeps the order the clerk named them in.
        foreach (var (petitioner, position) in intake.Petitioners.Select((p, i) => (p, i)))
        {
            petitioner.PlaceAt(position);
        }

        petition._petitioners.AddRange(intake.Petitioners);
        foreach (var mention in intake.Cases.DistinctBy(c => c.CaseNumber))
        {
            petition._cases.Add(new PetitionCase(mention.CaseNumber, mention.CaseId));
        }

        var names = string.Join("、", intake.Petitioners.Select(p => p.Name));
        var what = headcount is { } people ? $"{intake.Channel} of {people}" : intake.Channel.ToString();
        petition.Step(PetitionStepKind.Received, intake.ReceivedOn, $"信访登记 Received: {what} by {names}, {intake.Category}", context,
            $"信访登记 Petition received: {what}, {intake.Category}");
        if (petition.Collective)
        {
            petition.SuggestKeyCase(petition._cases, KeyCaseReason.CollectiveVisit, petition.CollectiveDetail);
        }

        petition.Recount();
        return petition;
    }

    /// <summary>
    /// Flags repeats between a newly logged petition and the others of the same petitioners and cases: the new one
    /// repeats an earlier one (same day included); a later one, logged before it with a backdated receipt, repeats the
    /// new one.
    /// </summary>
    public static void FlagRepeats(Petition added, IEnumerable<Petition> others, PetitionRules rules, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(added);
        ArgumentNullException.ThrowIfNull(others);
        foreach (var other in others.Where(o => o.Id != added.Id).OrderBy(o => o.ReceivedOn))
        {
            if (other.ReceivedOn <= added.ReceivedOn)
            {
                added.FlagRepeatOf(other, rules, context);
            }
            else
            {
                other.FlagRepeatOf(added, rules, context);
            }
        }
    }

    /// <summary>Whether <paramref name="later"/> repeats <paramref name="earlier"/>: a shared petitioner, a shared case, within the window.</summary>
    public static bool Repeats(Petition earlier, Petition later, PetitionRules rules)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(later);
        ArgumentNullException.ThrowIfNull(rules);
        return rules.WithinRepeatWindow(earlier.ReceivedOn, later.ReceivedOn)
               && later._cases.Any(c => earlier._cases.Any(e => e.CaseNumber == c.CaseNumber))
               && later._petitioners.Any(p => earlier._petitioners.Any(p.SameAs));
    }

    private void FlagRepeatOf(Petition earlier, PetitionRules rules, ChangeContext context)
    {
        if (Repeat || !Repeats(earlier, this, rules))
        {
            return;
        }

        Repeat = true;
        RepeatOfId = earlier.Id;
        var shared = _cases.Where(c => earlier._cases.Any(e => e.CaseNumber == c.CaseNumber)).ToList();
        Step(PetitionStepKind.FlaggedRepeat, ReceivedOn,
            $"重复访 Repeat petition: same petitioner about {string.Join("、", shared.Select(c => c.CaseNumber))} as on {earlier.ReceivedOn:yyyy-MM-dd}", context);
        SuggestKeyCase(shared, KeyCaseReason.RepeatedPetitions, $"重复访：{ReceivedOn:yyyy-MM-dd} 收到，首次 {earlier.ReceivedOn:yyyy-MM-dd} Repeat petition received {ReceivedOn:yyyy-MM-dd}, first on {earlier.ReceivedOn:yyyy-MM-dd}");
    }

    private void SuggestKeyCase(IEnumerable<PetitionCase> cases, KeyCaseReason reason, string detail)
    {
        foreach (var @case in cases.Where(c => c.Resolved))
        {
            Raise(new KeyCaseSuggested(@case.CaseId!.Value, @case.CaseNumber, reason, Id, detail));
        }
    }

    private string CollectiveDetail => $"集体访：{ReceivedOn:yyyy-MM-dd} {Headcount} 人来访 Collective visit of {Headcount} people on {ReceivedOn:yyyy-MM-dd}";

    /// <summary>The pending signals for a case linked after the petition was flagged.</summary>
    private void SuggestKeyCaseFor(PetitionCase @case)
    {
        if (Collective)
        {
            SuggestKeyCase([@case], KeyCaseReason.CollectiveVisit, CollectiveDetail);
        }

        if (Repeat)
        {
            SuggestKeyCase([@case], KeyCaseReason.RepeatedPetitions, $"重复访：{ReceivedOn:yyyy-MM-dd} 收到 Repeat petition received {ReceivedOn:yyyy-MM-dd}");
        }
    }

    /// <summary>
    /// A supervision order's step (督办), on the petition's timeline. The order writes its own line on the cases'
    /// timelines, where only the readers who may see the order read it.
    /// </summary>
    public void RecordSupervision(Supervision.SupervisionStep step, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(step);
        _steps.Add(new PetitionStep(PetitionStepKind.Supervision, step.On, step.Summary, context));
        Touch(step.Summary);
    }

    /// <summary>
    /// Writes a step on the petition's timeline and on the timeline of every case it is linked to. The case's line is
    /// <paramref name="caseSummary"/> when given: a case timeline is read by everyone who reads the case, so it names no
    /// petitioner and carries no note's text.
    /// </summary>
    private void Step(PetitionStepKind kind, DateOnly occurredOn, string summary, ChangeContext context, string? caseSummary = null)
    {
        _steps.Add(new PetitionStep(kind, occurredOn, summary, context));
        foreach (var @case in _cases.Where(c => c.Resolved))
        {
            Append(new TimelineEntry(@case.CaseId!.Value, TimelineKind.Petition, occurredOn, caseSummary ?? summary, context, Id));
        }

        Touch(summary);
    }

    /// <summary>Recounts <see cref="DueOn"/> and <see cref="UnresolvedCases"/> from the facts.</summary>
    private void Recount()
    {
        UnresolvedCases = _cases.Count(c => !c.Resolved);
        SearchText = Common.SearchText.Column(string.Join(" ", _petitioners.Select(p => p.Name).Concat(_cases.Select(c => c.CaseNumber))));
        DueOn = Status switch
        {
            PetitionStatus.Received => Earliest(AcceptDueOn, AssignDueOn, ResolveDueOn),
            PetitionStatus.Accepted => Earliest(AssignDueOn, ResolveDueOn),
            PetitionStatus.Assigned => ResolveDueOn,
            PetitionStatus.UnderReview or PetitionStatus.UnderReReview => CurrentRound?.DueOn,
            _ => null,
        };
    }

    private static DateOnly? Earliest(params DateOnly?[] days) => days.Where(d => d is not null).Min();

    private PetitionRound? CurrentRound => _rounds.MaxBy(r => r.Level);

    private static void EnsureDefined<TEnum>(TEnum value, string field)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new DomainInputException($"petition.{field}.invalid", field, $"{value} is not a {field}.");
        }
    }

    private static string? Text(string? text, int maxLength, string field) => InputText.Optional("petition", text, maxLength, field);

    private static string Required(string? text, int maxLength, string field) => InputText.Required("petition", text, maxLength, field);

    private static void NotFuture(DateOnly day, ChangeContext context, string field) => InputText.NotFuture("petition", day, context.Today, field);

    /// <summary>A step's date: not in the future, and not before the step it follows.</summary>
    private static void InOrder(DateOnly day, DateOnly notBefore, string after, ChangeContext context, string field)
    {
        NotFuture(day, context, field);
        if (day < notBefore)
        {
            throw new DomainInputException($"petition.{InputText.SnakeCase(field)}.too_early", field, $"{field} {day:yyyy-MM-dd} is before {after} ({notBefore:yyyy-MM-dd}).");
        }
    }
}
