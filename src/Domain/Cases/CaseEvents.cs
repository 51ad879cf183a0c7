using Enforcement.Domain.Common;

namespace Enforcement.Domain.Cases;

/// <summary>
/// A case was registered, claiming <paramref name="ClaimedAmount"/> yuan (none in events stored before the amount was
/// carried; a reaction that needs it then reads the case).
/// </summary>
public sealed record CaseRegistered(Guid CaseId, string CaseNumber, decimal? ClaimedAmount = null) : IDomainEvent;

/// <summary>
/// The case has its first handler: the notice and the asset-report order are due by <paramref name="FirstStepsDueOn"/>.
/// The task pool turns the steps not yet taken into tasks.
/// </summary>
public sealed record FirstHandlerAssigned(
    Guid CaseId, string CaseNumber, DateOnly AssignedOn, DateOnly FirstStepsDueOn, bool NoticeSent, bool AssetReportOrdered) : IDomainEvent;

/// <summary>
/// The case went to a handler (<paramref name="HandlerId"/>), its first or another, or back to an earlier one when an
/// assignment was voided: the task pool gives back the claims of those who may no longer work it.
/// </summary>
public sealed record CaseHandlerChanged(Guid CaseId, Guid? HandlerId) : IDomainEvent;

/// <summary>
/// The case's 6-monthly re-inquiries after 终本 stopped for good: it was resumed as 执恢, where enforcement now runs.
/// The task pool cancels the open re-inquiry task, which would record an inquiry on the closed original. (A reopened
/// case keeps its task: an online inquiry on a running case is still work to do, and a new 终本 closure needs it.)
/// </summary>
public sealed record ReinquiriesStopped(Guid CaseId, string Reason) : IDomainEvent;

/// <summary>
/// A voided assignment moved the case's first assignment to <paramref name="FirstAssignedOn"/> and its first-steps
/// deadline to <paramref name="FirstStepsDueOn"/> (<see cref="EnforcementCase.VoidAssignment"/>): the pool's open
/// first-steps tasks move with them.
/// </summary>
public sealed record FirstStepsDueMoved(Guid CaseId, DateOnly FirstAssignedOn, DateOnly FirstStepsDueOn) : IDomainEvent;

/// <summary>
/// A first step or an online inquiry was recorded on the case (<see cref="EnforcementCase.RecordMeasure"/>): the task
/// pool completes an open task for the same work, so that nobody does it twice.
/// </summary>
public sealed record CaseMeasureRecorded(Guid CaseId, Guid MeasureId, MeasureKind Kind, DateOnly TakenOn) : IDomainEvent;

/// <summary>
/// A measure was voided by a correction: a pool task that it completed goes back to the pool, unless the case records
/// the same work otherwise.
/// </summary>
public sealed record CaseMeasureVoided(Guid CaseId, Guid MeasureId, MeasureKind Kind) : IDomainEvent;

/// <summary>The case closed: the task pool takes out the open work that a closed case can no longer take.</summary>
public sealed record CaseClosed(Guid CaseId, ClosureMode Mode, DateOnly ClosedOn) : IDomainEvent;

/// <summary>A payment that counted towards a public-body obligation was voided on the case; the obligation stops counting it.</summary>
public sealed record ObligationPaymentVoided(Guid CaseId, Guid PaymentId, Guid ObligationId) : IDomainEvent;

/// <summary>Why a case is, or is suggested to be, a key case (重点案件).</summary>
public enum KeyCaseReason
{
    /// <summary>标的额大</summary>
    LargeAmount,

    /// <summary>公职单位为被执行人</summary>
    PublicBodyDebtor,

    /// <summary>重复信访</summary>
    RepeatedPetitions,

    /// <summary>集体访</summary>
    CollectiveVisit,

    /// <summary>社会影响大</summary>
    SocialImpact,

    /// <summary>其他</summary>
    Other,
}

/// <summary>
/// A signal that the case needs leadership attention (a repeat petition, a collective visit): the supervision module
/// lists it as a suggested key case for a Leader to accept or dismiss.
/// </summary>
public sealed record KeyCaseSuggested(Guid CaseId, string CaseNumber, KeyCaseReason Reason, Guid? PetitionId, string Detail) : IDomainEvent;
