using Enforcement.Application.Abstractions;
using Enforcement.Application.Common;
using Enforcement.Application.Common.Workflows;
using Enforcement.Application.LinkedUnits;
using Enforcement.Domain.Common;
using Enforcement.Domain.LinkedUnits;
using Enforcement.Domain.Obligations;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Obligations;

/// <summary>
/// Records a mediation session (调处). <c>outcome</c>: Agreement (with <c>instalments</c>: it creates or revises the
/// plan), NoAgreement, or Adjourned (with <c>adjournedTo</c>).
/// </summary>
public sealed record RecordMediationCommand(
    DateOnly? HeldOn, string? Place, IReadOnlyList<MediationParticipant>? Participants, MediationOutcome? Outcome,
    [MultilineText] string? ParticipantNames = null, DateOnly? AdjournedTo = null, [MultilineText] string? Note = null,
    IReadOnlyList<InstalmentInput>? Instalments = null) : AggregateCommand, ICommand<ObligationDto>;

/// <summary>Records a judicial suggestion (司法建议) sent to the unit or to its superior.</summary>
public sealed record SendJudicialSuggestionCommand(
    SuggestionRecipient? Recipient, string? DocumentNumber, DateOnly? SentOn, [MultilineText] string? Summary, DateOnly? ReplyDueOn = null)
    : AggregateCommand, ICommand<ObligationDto>;

/// <summary>Records the reply to a judicial suggestion and whether it was adopted, once.</summary>
public sealed record RecordSuggestionReplyCommand(DateOnly? RepliedOn, [MultilineText] string? Reply, bool? Adopted) : AggregateCommand, ICommand<ObligationDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid SuggestionId { get; init; }
}

public sealed class RecordMediationValidator : AbstractValidator<RecordMediationCommand>
{
    public RecordMediationValidator()
    {
        RuleFor(c => c.HeldOn).NotNull();
        RuleFor(c => c.Place).NotEmpty().MaximumLength(Obligation.MaxShortTextLength);
        RuleFor(c => c.Participants).NotEmpty();
        RuleForEach(c => c.Participants).IsInEnum();
        RuleFor(c => c.Outcome).NotNull().IsInEnum();
        RuleFor(c => c.ParticipantNames).MaximumLength(Obligation.MaxTextLength);
        RuleFor(c => c.Note).MaximumLength(Obligation.MaxTextLength);
        RuleFor(c => c.Instalments).AtMostInstalments(Obligation.MaxInstalments);
        RuleForEach(c => c.Instalments).NotNull().SetValidator(new InstalmentInputValidator());
    }
}

public sealed class SendJudicialSuggestionValidator : AbstractValidator<SendJudicialSuggestionCommand>
{
    public SendJudicialSuggestionValidator()
    {
        RuleFor(c => c.Recipient).NotNull().IsInEnum();
        RuleFor(c => c.DocumentNumber).NotEmpty().MaximumLength(Obligation.MaxShortTextLength);
        RuleFor(c => c.SentOn).NotNull();
        RuleFor(c => c.Summary).NotEmpty().MaximumLength(Obligation.MaxTextLength);
        RuleFor(c => c.ReplyDueOn).GreaterThan(c => c.SentOn).When(c => c.ReplyDueOn is not null && c.SentOn is not null)
            .WithMessage("The reply is due after the suggestion is sent.");
    }
}

public sealed class RecordSuggestionReplyValidator : AbstractValidator<RecordSuggestionReplyCommand>
{
    public RecordSuggestionReplyValidator()
    {
        RuleFor(c => c.RepliedOn).NotNull();
        RuleFor(c => c.Reply).NotEmpty().MaximumLength(Obligation.MaxTextLength);
        RuleFor(c => c.Adopted).NotNull();
    }
}

public sealed class RecordMediationHandler(ObligationWork work) : ICommandHandler<RecordMediationCommand, ObligationDto>
{
    public ValueTask<ObligationDto> Handle(RecordMediationCommand command, CancellationToken cancellationToken) =>
        work.CoordinationAsync(command, (o, context) => o.RecordMediation(
            command.HeldOn!.Value, command.Place, command.Participants!, command.ParticipantNames, command.Outcome!.Value, command.AdjournedTo,
            command.Note, command.Instalments is null ? null : InstalmentInput.ToPlan(command.Instalments), context), cancellationToken);
}

public sealed class SendJudicialSuggestionHandler(ObligationWork work, IRepository<LinkedUnit> units) : ICommandHandler<SendJudicialSuggestionCommand, ObligationDto>
{
    public ValueTask<ObligationDto> Handle(SendJudicialSuggestionCommand command, CancellationToken cancellationToken) =>
        work.Workflow.ChangeWithReadsAsync(command, async (o, context, ct) =>
        {
            var unit = await units.FirstOrDefaultAsync(new LinkedUnitByIdSpec(o.LinkedUnitId), ct)
                ?? throw new DomainException("linked_unit.not_found", $"The unit of the obligation, {o.UnitName}, is no longer registered.");
            var recipient = unit;
            if (command.Recipient == SuggestionRecipient.SuperiorUnit)
            {
                recipient = unit.SuperiorUnitId is { } superiorId ? await units.FirstOrDefaultAsync(new LinkedUnitByIdSpec(superiorId), ct) : null;
                if (recipient is null)
                {
                    throw new DomainException(
                        "obligation.suggestion.no_superior", $"{unit.FullName} has no superior unit in the registry; record it first.", ["unit_has_superior"]);
                }
            }

            o.SendSuggestion(command.Recipient!.Value, recipient, command.DocumentNumber, command.SentOn!.Value, command.Summary, command.ReplyDueOn, work.Rules, context);
        }, cancellationToken, checkAccess: false);
}

public sealed class RecordSuggestionReplyHandler(ObligationWork work) : ICommandHandler<RecordSuggestionReplyCommand, ObligationDto>
{
    public ValueTask<ObligationDto> Handle(RecordSuggestionReplyCommand command, CancellationToken cancellationToken) =>
        work.CoordinationAsync(command, (o, context) =>
            o.RecordSuggestionReply(command.SuggestionId, command.RepliedOn!.Value, command.Reply, command.Adopted!.Value, context), cancellationToken);
}
