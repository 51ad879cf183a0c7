using Enforcement.Domain.Common;
using Enforcement.Domain.Parties;

namespace Enforcement.Domain.Petitions;

/// <summary>How a petition reached the court.</summary>
public enum PetitionChannel
{
    /// <summary>来访</summary>
    Visit,

    /// <summary>来信</summary>
    Letter,

    /// <summary>网上信访</summary>
    Online,

    /// <summary>来电</summary>
    Phone,

    /// <summary>转交: forwarded by another body, with its document number.</summary>
    Forwarded,
}

public enum PetitionCategory
{
    /// <summary>执行不力、拖延执行</summary>
    SlowEnforcement,

    /// <summary>对执行措施有异议</summary>
    MeasureObjection,

    /// <summary>投诉执行人员</summary>
    OfficerComplaint,

    /// <summary>请求加快执行款发放</summary>
    PaymentRequest,

    /// <summary>公职单位欠款</summary>
    PublicBodyDebt,

    /// <summary>其他</summary>
    Other,
}

/// <summary>Which deadlines apply: the SPC's rule for enforcement petitions, or the general petition rule.</summary>
public enum PetitionTrack
{
    /// <summary>涉执信访: registered and assigned within 5 working days, resolved within 30 days of receipt.</summary>
    Enforcement,

    /// <summary>普通信访: resolved within 60 days of acceptance.</summary>
    General,
}

/// <summary>Where a petition stands.</summary>
public enum PetitionStatus
{
    /// <summary>已登记: logged, acceptance not yet decided.</summary>
    Received,

    /// <summary>已受理</summary>
    Accepted,

    /// <summary>不予受理: with a reason and the date the petitioner was told.</summary>
    NotAccepted,

    /// <summary>已交办: to a handler or a unit.</summary>
    Assigned,

    /// <summary>已答复: the latest round is answered.</summary>
    Answered,

    /// <summary>复查中</summary>
    UnderReview,

    /// <summary>复核中</summary>
    UnderReReview,

    /// <summary>已办结: with the petitioner's satisfaction.</summary>
    Closed,
}

public enum Satisfaction
{
    /// <summary>满意</summary>
    Satisfied,

    /// <summary>基本满意</summary>
    BasicallySatisfied,

    /// <summary>不满意</summary>
    Dissatisfied,
}

/// <summary>How an answer was given to the petitioner.</summary>
public enum ReplyChannel
{
    /// <summary>当面答复</summary>
    InPerson,

    /// <summary>书面答复</summary>
    Letter,

    /// <summary>电话答复</summary>
    Phone,

    /// <summary>网上答复</summary>
    Online,
}

/// <summary>Who a petition was assigned to.</summary>
public enum AssigneeKind
{
    /// <summary>a handler (承办人) of the court</summary>
    Staff,

    /// <summary>a linked unit (联动单位)</summary>
    Unit,
}

/// <summary>The answering round: the first answer, then review (复查), then re-review (复核).</summary>
public enum PetitionRoundLevel
{
    /// <summary>办理答复</summary>
    Handling,

    /// <summary>复查</summary>
    Review,

    /// <summary>复核</summary>
    ReReview,
}

/// <summary>A deadline of a petition; each is shown with its due date, days left and whether it is overdue.</summary>
public enum PetitionDeadlineKind
{
    /// <summary>决定是否受理并告知: 15 days from receipt.</summary>
    Accept,

    /// <summary>登记交办: 5 working days from receipt, enforcement petitions.</summary>
    Assign,

    /// <summary>办结: 30 days from receipt (enforcement) or 60 from acceptance (general), plus an approved extension.</summary>
    Resolve,

    /// <summary>申请复查/复核: the petitioner's 30 days from the previous answer.</summary>
    ReviewRequest,

    /// <summary>复查/复核答复: 30 days from the request.</summary>
    ReviewAnswer,
}

public enum PetitionStepKind
{
    Received,
    Accepted,
    NotAccepted,
    Assigned,
    Extended,
    Answered,
    ReviewRequested,
    Closed,
    Note,
    CaseLinked,
    FlaggedRepeat,

    /// <summary>督办: a supervision order on the petition, a report, or the leader's decision.</summary>
    Supervision,
}

/// <summary>
/// A person or enterprise who petitions: identified like a party (resident ID or credit code, checked), with a phone
/// and an address. <see cref="IdentityCode"/> and <see cref="NamePhone"/> are the keys the repeat rule matches on.
/// </summary>
public sealed class Petitioner
{
    public const int MaxAddressLength = 200;

    private Petitioner()
    {
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    /// <summary>Where the clerk named this petitioner, from 0: the first is the one the receipt is addressed to.</summary>
    public int Position { get; private set; }

    public PartyKind Kind { get; private init; }

    public string Name { get; private init; } = "";

    /// <summary>The name normalized by <see cref="SearchText"/>, for fragment search.</summary>
    public string SearchName { get; private init; } = "";

    public string? IdNumber { get; private init; }

    public string? CreditCode { get; private init; }

    public string? Phone { get; private init; }

    public string? Address { get; private init; }

    /// <summary>The resident ID or the credit code: who the petitioner is, whatever name they give.</summary>
    public string? IdentityCode { get; private init; }

    internal void PlaceAt(int position) => Position = position;

    /// <summary>Name and phone together, for a petitioner who gave no ID.</summary>
    public string? NamePhone { get; private init; }

    public static Petitioner Create(Party party, string? address)
    {
        ArgumentNullException.ThrowIfNull(party);
        address = string.IsNullOrWhiteSpace(address) ? null : address.Trim();
        if (address?.Length > MaxAddressLength)
        {
            throw new DomainInputException("petition.address.too_long", "address", $"An address is at most {MaxAddressLength} characters.");
        }

        return new Petitioner
        {
            Kind = party.Kind,
            Name = party.Name,
            SearchName = SearchText.Normalize(party.Name),
            IdNumber = party.IdNumber,
            CreditCode = party.CreditCode,
            Phone = party.Phone,
            Address = address,
            IdentityCode = party.IdNumber ?? party.CreditCode,
            NamePhone = KeyOf(party.Name, party.Phone),
        };
    }

    /// <summary>
    /// The name-and-phone key; null without a phone, since a name alone does not identify anyone. It reads the name as
    /// search reads it (<see cref="SearchText.Normalize"/>: full-width letters as half-width, Latin letters whatever
    /// their case) without its spaces, and the phone's digits only, so that 0731-84567890 and 073184567890, 电话 甲 and
    /// 电话甲, or Ｍａｒｙ王 and mary王 are one petitioner (the record keeps each as typed).
    /// </summary>
    public static string? KeyOf(string name, string? phone)
    {
        ArgumentNullException.ThrowIfNull(name);
        return phone is null ? null : $"{string.Concat(SearchText.Normalize(name).Where(c => !char.IsWhiteSpace(c)))}|{string.Concat(phone.Where(char.IsAsciiDigit))}";
    }

    /// <summary>
    /// The same petitioner: by ID or credit code; where either record lacks one, by name and phone. Two different IDs
    /// are two people, whatever name and phone they share.
    /// </summary>
    public bool SameAs(Petitioner other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return IdentityCode is not null && other.IdentityCode is not null
            ? IdentityCode == other.IdentityCode
            : NamePhone is not null && NamePhone == other.NamePhone;
    }
}

/// <summary>
/// A case the petition is about. A number the registry knows links to the case; any other is kept as typed, flagged
/// for a clerk to resolve.
/// </summary>
public sealed class PetitionCase
{
    public const int MaxNumberLength = 60;

    private PetitionCase()
    {
    }

    internal PetitionCase(string caseNumber, Guid? caseId)
    {
        CaseNumber = caseNumber;
        CaseId = caseId;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    /// <summary>The normalized case number, or the text as typed when it is not a case number.</summary>
    public string CaseNumber { get; private set; } = "";

    public Guid? CaseId { get; private set; }

    public bool Resolved => CaseId is not null;

    internal void Resolve(Guid caseId, string caseNumber)
    {
        CaseId = caseId;
        CaseNumber = caseNumber;
    }
}

/// <summary>
/// One answering round: the first handling, a review (复查) or a re-review (复核). A review round records when the
/// petitioner asked for it; every round has its answer's due date and, once given, the answer.
/// </summary>
public sealed class PetitionRound
{
    private PetitionRound()
    {
    }

    internal PetitionRound(PetitionRoundLevel level, DateOnly? requestedOn, DateOnly? requestDueOn, DateOnly dueOn)
    {
        Level = level;
        RequestedOn = requestedOn;
        RequestDueOn = requestDueOn;
        DueOn = dueOn;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    public PetitionRoundLevel Level { get; private init; }

    /// <summary>When the petitioner asked for this review; null for the first handling.</summary>
    public DateOnly? RequestedOn { get; private init; }

    /// <summary>The last day the petitioner could ask for it.</summary>
    public DateOnly? RequestDueOn { get; private init; }

    public DateOnly DueOn { get; private set; }

    public DateOnly? AnsweredOn { get; private set; }

    public string? Reply { get; private set; }

    public ReplyChannel? Channel { get; private set; }

    public string? AnsweredBy { get; private set; }

    internal void MoveDue(DateOnly dueOn) => DueOn = dueOn;

    internal void Answer(DateOnly answeredOn, string reply, ReplyChannel channel, string answeredBy)
    {
        AnsweredOn = answeredOn;
        Reply = reply;
        Channel = channel;
        AnsweredBy = answeredBy;
    }
}

/// <summary>A line of the petition's own timeline: every step, dated and by whom.</summary>
public sealed class PetitionStep
{
    /// <summary>A step is a heading plus what the clerk wrote, cut to this length.</summary>
    public const int MaxSummaryLength = Petition.MaxTextLength + 200;

    private PetitionStep()
    {
    }

    internal PetitionStep(PetitionStepKind kind, DateOnly occurredOn, string summary, Cases.ChangeContext context)
    {
        Kind = kind;
        OccurredOn = occurredOn;
        Summary = Common.InputText.Clip(summary, MaxSummaryLength);
        RecordedBy = context.RecordedBy;
        RecordedAtUtc = context.RecordedAtUtc;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    public PetitionStepKind Kind { get; private init; }

    public DateOnly OccurredOn { get; private init; }

    public string Summary { get; private init; } = "";

    public string RecordedBy { get; private init; } = "";

    public DateTime RecordedAtUtc { get; private init; }
}
