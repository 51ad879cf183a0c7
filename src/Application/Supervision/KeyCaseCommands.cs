using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using Enforcement.Application.Common;
using Enforcement.Application.Common.Workflows;
using Enforcement.Application.Errors;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.Supervision;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Supervision;

/// <summary>
/// 列为重点案件: a Leader designates the case, with a reason, the leader's words, and the leader in charge
/// (default: the designating leader). <c>designatedOn</c> defaults to today.
/// </summary>
public sealed record DesignateKeyCaseCommand(
    Guid? CaseId, KeyCaseReason? Reason, [MultilineText] string? ReasonText, Guid? LeaderInChargeId = null, DateOnly? DesignatedOn = null)
    : ICommand<KeyCaseDto>;

/// <summary>跟踪记录: a dated note by the leader in charge; <c>writtenOn</c> defaults to today.</summary>
public sealed record AddKeyCaseNoteCommand([MultilineText] string? Text, DateOnly? WrittenOn = null) : AggregateCommand, ICommand<KeyCaseDto>;

/// <summary>Hands the tracking to another leader.</summary>
public sealed record ChangeKeyCaseLeaderCommand(Guid? LeaderInChargeId) : AggregateCommand, ICommand<KeyCaseDto>;

/// <summary>撤销重点案件, with a reason; <c>undesignatedOn</c> defaults to today.</summary>
public sealed record UndesignateKeyCaseCommand([MultilineText] string? Reason, DateOnly? UndesignatedOn = null) : AggregateCommand, ICommand<KeyCaseDto>;

/// <summary>
/// 采纳: the case becomes a key case for the suggestion's reason (or joins the designation it already has). The
/// leader in charge defaults to the accepting leader, the designation's words to the suggestion's detail.
/// </summary>
public sealed record AcceptKeyCaseSuggestionCommand([MultilineText] string? Reason = null, Guid? LeaderInChargeId = null)
    : AggregateCommand, ICommand<KeyCaseSuggestionDto>;

/// <summary>不予采纳, with a reason.</summary>
public sealed record DismissKeyCaseSuggestionCommand([MultilineText] string? Reason) : AggregateCommand, ICommand<KeyCaseSuggestionDto>;

public sealed class DesignateKeyCaseValidator : AbstractValidator<DesignateKeyCaseCommand>
{
    public DesignateKeyCaseValidator(ICourtClock clock)
    {
        RuleFor(c => c.CaseId).NotEmpty();
        RuleFor(c => c.Reason).NotNull().IsInEnum();
        RuleFor(c => c.ReasonText).NotEmpty().MaximumLength(KeyCase.MaxReasonLength);
        RuleFor(c => c.LeaderInChargeId).NotEqual(Guid.Empty);
        RuleFor(c => c.DesignatedOn).LessThanOrEqualTo(_ => clock.Today).WithMessage("A case cannot be designated on a day still to come.");
    }
}

public sealed class AddKeyCaseNoteValidator : AbstractValidator<AddKeyCaseNoteCommand>
{
    public AddKeyCaseNoteValidator(ICourtClock clock)
    {
        RuleFor(c => c.Text).NotEmpty().MaximumLength(KeyCase.MaxTextLength);
        RuleFor(c => c.WrittenOn).LessThanOrEqualTo(_ => clock.Today).WithMessage("A note cannot be dated on a day still to come.");
    }
}

public sealed class ChangeKeyCaseLeaderValidator : AbstractValidator<ChangeKeyCaseLeaderCommand>
{
    public ChangeKeyCaseLeaderValidator() => RuleFor(c => c.LeaderInChargeId).NotEmpty();
}

public sealed class UndesignateKeyCaseValidator : AbstractValidator<UndesignateKeyCaseCommand>
{
    public UndesignateKeyCaseValidator(ICourtClock clock)
    {
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(KeyCase.MaxReasonLength);
        RuleFor(c => c.UndesignatedOn).LessThanOrEqualTo(_ => clock.Today).WithMessage("A designation cannot end on a day still to come.");
    }
}

public sealed class AcceptKeyCaseSuggestionValidator : AbstractValidator<AcceptKeyCaseSuggestionCommand>
{
    public AcceptKeyCaseSuggestionValidator()
    {
        RuleFor(c => c.Reason).MaximumLength(KeyCaseSuggestion.MaxDetailLength);
        RuleFor(c => c.LeaderInChargeId).NotEqual(Guid.Empty);
    }
}

public sealed class DismissKeyCaseSuggestionValidator : AbstractValidator<DismissKeyCaseSuggestionCommand>
{
    public DismissKeyCaseSuggestionValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(KeyCaseSuggestion.MaxDetailLength);
}

/// <summary>
/// Designating, directly or by accepting a suggestion: one active designation per case (409 <c>key_case.duplicate</c>,
/// also under a race, through the unique index); the case's pending suggestions are accepted with it.
/// </summary>
public sealed class KeyCaseDesignation(
    IRepository<KeyCase> keyCases, IRepository<KeyCaseSuggestion> suggestions, IReadRepository<EnforcementCase> cases, StaffLookup staff, ICurrentActor actor)
{
    public async Task<KeyCase> DesignateAsync(
        Guid caseId, KeyCaseReason reason, string? reasonText, Guid? leaderId, DateOnly? designatedOn, ChangeContext context, Guid? suggestionId,
        CancellationToken cancellationToken)
    {
        var spec = new Specification<EnforcementCase>();
        spec.Query.Where(c => c.Id == caseId);
        var target = await cases.FirstOrDefaultAsync(spec, q => q.Select(c => new KeyCaseTarget(c.Id, c.Number.Value, c.FiledOn, c.Status == CaseStatus.Closed)), cancellationToken)
                     ?? throw new NotFoundException("case.not_found", $"No case has id {caseId}.");
        if (await ActiveAsync(caseId, cancellationToken) is { } existing)
        {
            throw new ConflictException("key_case.duplicate", $"{existing.CaseNumber} is a key case since {existing.DesignatedOn:yyyy-MM-dd} (id {existing.Id}).");
        }

        var leader = await staff.RequireAsync(
            leaderId ?? actor.StaffId ?? throw new DomainInputException("key_case.leader.missing", "leaderInChargeId", "Name the leader in charge: your account has no staff record."),
            "key_case.leader.not_found", "leaderInChargeId", cancellationToken);
        var keyCase = KeyCase.Designate(target, reason, reasonText, leader, designatedOn ?? context.Today, context, suggestionId);
        keyCases.Add(keyCase);
        var pendingSpec = new Specification<KeyCaseSuggestion>();
        pendingSpec.Query.Where(s => s.CaseId == caseId && s.Status == SuggestionStatus.Pending && s.Id != suggestionId);
        foreach (var pending in await suggestions.ListAsync(pendingSpec, cancellationToken))
        {
            pending.Accept(keyCase.Id, $"列为重点案件 {keyCase.DesignatedOn:yyyy-MM-dd}", context);
        }

        return keyCase;
    }

    public async Task<KeyCase?> ActiveAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var spec = new Specification<KeyCase>();
        spec.Query.Where(k => k.CaseId == caseId && k.UndesignatedOn == null);
        return await keyCases.FirstOrDefaultAsync(spec, cancellationToken);
    }

    /// <summary>Saves; a designation another leader saved first is 409.</summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await keyCases.SaveChangesAsync(cancellationToken);
        }
        catch (UniqueConstraintException)
        {
            throw new ConflictException("key_case.duplicate", "The case was designated a key case at the same time by someone else.");
        }
    }
}

public sealed class DesignateKeyCaseHandler(KeyCaseDesignation designation, Workflow<KeyCase, KeyCaseDto> workflow)
    : ICommandHandler<DesignateKeyCaseCommand, KeyCaseDto>
{
    public async ValueTask<KeyCaseDto> Handle(DesignateKeyCaseCommand command, CancellationToken cancellationToken)
    {
        var keyCase = await designation.DesignateAsync(
            command.CaseId!.Value, command.Reason!.Value, command.ReasonText, command.LeaderInChargeId, command.DesignatedOn, workflow.Context(), null, cancellationToken);
        await designation.SaveAsync(cancellationToken);
        return keyCase.ToDto();
    }
}

/// <summary>Only the leader in charge writes the tracking notes (403 <c>key_case.not_leader_in_charge</c>).</summary>
public sealed class AddKeyCaseNoteHandler(Workflow<KeyCase, KeyCaseDto> workflow, ICurrentActor actor) : ICommandHandler<AddKeyCaseNoteCommand, KeyCaseDto>
{
    public ValueTask<KeyCaseDto> Handle(AddKeyCaseNoteCommand command, CancellationToken cancellationToken) =>
        workflow.ChangeAsync(command, (keyCase, context) =>
        {
            if (actor.StaffId != keyCase.LeaderInChargeId)
            {
                throw new ForbiddenException("key_case.not_leader_in_charge", $"Only the leader in charge, {keyCase.LeaderInChargeName}, writes the tracking notes.",
                    Auditing.AuditSubject.Of<KeyCase>(keyCase.Id));
            }

            keyCase.AddNote(command.WrittenOn ?? context.Today, command.Text, context);
        }, cancellationToken);
}

public sealed class ChangeKeyCaseLeaderHandler(Workflow<KeyCase, KeyCaseDto> workflow, StaffLookup staff) : ICommandHandler<ChangeKeyCaseLeaderCommand, KeyCaseDto>
{
    public ValueTask<KeyCaseDto> Handle(ChangeKeyCaseLeaderCommand command, CancellationToken cancellationToken) =>
        workflow.ChangeWithReadsAsync(command, async (keyCase, context, ct) =>
            keyCase.ChangeLeader(await staff.RequireAsync(command.LeaderInChargeId!.Value, "key_case.leader.not_found", "leaderInChargeId", ct), context), cancellationToken);
}

public sealed class UndesignateKeyCaseHandler(Workflow<KeyCase, KeyCaseDto> workflow) : ICommandHandler<UndesignateKeyCaseCommand, KeyCaseDto>
{
    public ValueTask<KeyCaseDto> Handle(UndesignateKeyCaseCommand command, CancellationToken cancellationToken) =>
        workflow.ChangeAsync(command, (keyCase, context) => keyCase.Undesignate(command.UndesignatedOn ?? context.Today, command.Reason, context), cancellationToken);
}

/// <summary>Accepting designates the case for the suggestion's reason, or joins its active designation, in one transaction.</summary>
public sealed class AcceptKeyCaseSuggestionHandler(Workflow<KeyCaseSuggestion, KeyCaseSuggestionDto> workflow, KeyCaseDesignation designation)
    : ICommandHandler<AcceptKeyCaseSuggestionCommand, KeyCaseSuggestionDto>
{
    public async ValueTask<KeyCaseSuggestionDto> Handle(AcceptKeyCaseSuggestionCommand command, CancellationToken cancellationToken)
    {
        var suggestion = await workflow.LoadAsync(command.AggregateId, command.ExpectedVersion, cancellationToken);
        var context = workflow.Context();
        suggestion.EnsurePending();
        var keyCase = await designation.ActiveAsync(suggestion.CaseId, cancellationToken)
                      ?? await designation.DesignateAsync(suggestion.CaseId, suggestion.Reason, command.Reason ?? suggestion.Detail,
                          command.LeaderInChargeId, null, context, suggestion.Id, cancellationToken);
        suggestion.Accept(keyCase.Id, command.Reason, context);
        await designation.SaveAsync(cancellationToken);
        return suggestion.ToDto(caseIsKey: true);
    }
}

public sealed class DismissKeyCaseSuggestionHandler(Workflow<KeyCaseSuggestion, KeyCaseSuggestionDto> workflow)
    : ICommandHandler<DismissKeyCaseSuggestionCommand, KeyCaseSuggestionDto>
{
    public ValueTask<KeyCaseSuggestionDto> Handle(DismissKeyCaseSuggestionCommand command, CancellationToken cancellationToken) =>
        workflow.ChangeAsync(command, (suggestion, context) => suggestion.Dismiss(command.Reason, context), cancellationToken);
}
