using Enforcement.Application.Abstractions;
using Enforcement.Application.Common;
using Enforcement.Application.Common.Workflows;
using Enforcement.Application.Errors;
using Enforcement.Application.Security;
using Enforcement.Domain.Obligations;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Obligations;

/// <summary>
/// Reports the obligation to a level of leadership: CourtLeadership (院领导), then CityGovernment (市政府), then
/// CityPartyCommittee (市委). A refusal is a 422 listing the unmet rules by name. <c>overrideReason</c> (Leader only)
/// escalates before the previous level's follow-up deadline passed.
/// </summary>
public sealed record EscalateObligationCommand(
    EscalationLevel? Level, string? ReportNumber, DateOnly? ReportedOn, string? Recipients, DateOnly? FollowUpDueOn = null,
    [MultilineText] string? OverrideReason = null) : AggregateCommand, ICommand<ObligationDto>;

/// <summary>Records the instruction (批示) a level gave on the report: by whom, when, and its text.</summary>
public sealed record RecordInstructionCommand(string? By, DateOnly? InstructedOn, [MultilineText] string? Text) : AggregateCommand, ICommand<ObligationDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid EscalationId { get; init; }
}

/// <summary>Records how an escalation ended: Performed, PlanAgreed or NoResult.</summary>
public sealed record RecordEscalationOutcomeCommand(EscalationOutcome? Outcome, DateOnly? OutcomeOn, [MultilineText] string? Note = null)
    : AggregateCommand, ICommand<ObligationDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid EscalationId { get; init; }
}

public sealed class EscalateObligationValidator : AbstractValidator<EscalateObligationCommand>
{
    public EscalateObligationValidator()
    {
        RuleFor(c => c.Level).NotNull().IsInEnum();
        RuleFor(c => c.ReportNumber).NotEmpty().MaximumLength(Obligation.MaxShortTextLength);
        RuleFor(c => c.ReportedOn).NotNull();
        RuleFor(c => c.Recipients).NotEmpty().MaximumLength(Obligation.MaxShortTextLength * 2);
        RuleFor(c => c.FollowUpDueOn).GreaterThan(c => c.ReportedOn).When(c => c.FollowUpDueOn is not null && c.ReportedOn is not null)
            .WithMessage("The follow-up deadline falls after the report.");
        RuleFor(c => c.OverrideReason).MaximumLength(Obligation.MaxTextLength);
    }
}

public sealed class RecordInstructionValidator : AbstractValidator<RecordInstructionCommand>
{
    public RecordInstructionValidator()
    {
        RuleFor(c => c.By).NotEmpty().MaximumLength(Obligation.MaxShortTextLength);
        RuleFor(c => c.InstructedOn).NotNull();
        RuleFor(c => c.Text).NotEmpty().MaximumLength(Obligation.MaxTextLength);
    }
}

public sealed class RecordEscalationOutcomeValidator : AbstractValidator<RecordEscalationOutcomeCommand>
{
    public RecordEscalationOutcomeValidator()
    {
        RuleFor(c => c.Outcome).NotNull().IsInEnum();
        RuleFor(c => c.OutcomeOn).NotNull();
        RuleFor(c => c.Note).MaximumLength(Obligation.MaxTextLength);
    }
}

public sealed class EscalateObligationHandler(ObligationWork work, ICurrentActor actor) : ICommandHandler<EscalateObligationCommand, ObligationDto>
{
    public ValueTask<ObligationDto> Handle(EscalateObligationCommand command, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(command.OverrideReason) && !actor.IsInRole(Roles.Leader))
        {
            throw new ForbiddenException("obligation.escalation.override_leader_only", "Only a leader overrides the escalation order.",
                Auditing.AuditSubject.Of<Domain.Obligations.Obligation>(command.AggregateId));
        }

        return work.CoordinationAsync(command, (o, context) => o.Escalate(
            command.Level!.Value, command.ReportNumber, command.ReportedOn!.Value, command.Recipients, command.FollowUpDueOn, command.OverrideReason,
            work.Rules, context), cancellationToken);
    }
}

public sealed class RecordInstructionHandler(ObligationWork work) : ICommandHandler<RecordInstructionCommand, ObligationDto>
{
    public ValueTask<ObligationDto> Handle(RecordInstructionCommand command, CancellationToken cancellationToken) =>
        work.CoordinationAsync(command, (o, context) =>
            o.RecordInstruction(command.EscalationId, command.By, command.InstructedOn!.Value, command.Text, context), cancellationToken);
}

public sealed class RecordEscalationOutcomeHandler(ObligationWork work) : ICommandHandler<RecordEscalationOutcomeCommand, ObligationDto>
{
    public ValueTask<ObligationDto> Handle(RecordEscalationOutcomeCommand command, CancellationToken cancellationToken) =>
        work.CoordinationAsync(command, (o, context) =>
            o.RecordEscalationOutcome(command.EscalationId, command.Outcome!.Value, command.OutcomeOn!.Value, command.Note, context), cancellationToken);
}
