using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using Enforcement.Application.Common;
using Enforcement.Application.Common.Workflows;
using Enforcement.Application.Errors;
using Enforcement.Application.Security;
using Enforcement.Domain.Assistance;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.LinkedUnits;
using Enforcement.Domain.Preservation;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;

namespace Enforcement.Application.Assistance;

/// <summary>Section <c>Assistance</c>: the working days a unit has to reply, by kind (default 7).</summary>
public sealed class AssistanceOptions
{
    public const string SectionName = "Assistance";

    public int DefaultReplyWorkingDays { get; set; } = 7;

    /// <summary>Per kind of unit, e.g. <c>"Bank": 5</c>; a kind not named has the default.</summary>
    public Dictionary<LinkedUnitKind, int> ReplyWorkingDays { get; set; } = [];

    public AssistanceRules ToRules() => new(ReplyWorkingDays, DefaultReplyWorkingDays);
}

/// <summary>协助执行通知书 / 协查函: a request from a case to a linked unit; <c>sentOn</c> defaults to today.</summary>
public sealed record SendAssistanceRequestCommand(
    Guid? CaseId, Guid? UnitId, AssistanceType? Type, string? DocumentNumber, [MultilineText] string? Content, DateOnly? SentOn = null)
    : ICommand<AssistanceRequestDto>;

/// <summary>A measure the reply lets the court record on the case: a seal, seizure, freeze, deduction, or the debtor's search.</summary>
public sealed record ReplyMeasureInput(MeasureKind? Kind, [MultilineText] string? Description = null, decimal? Amount = null, string? Asset = null, AssetKind? AssetKind = null)
{
    public static IReadOnlyList<MeasureKind> Allowed { get; } =
        [MeasureKind.Seal, MeasureKind.Seize, MeasureKind.Freeze, MeasureKind.Deduct, MeasureKind.SearchForDebtor];
}

/// <summary>
/// The unit's reply, once: <c>repliedOn</c> (default today), the result, the text, and optionally the measure it
/// allows on the case (only when the result is <c>Done</c> or <c>PropertyFound</c>), recorded in the same transaction.
/// </summary>
public sealed record RecordAssistanceReplyCommand(AssistanceResult? Result, [MultilineText] string? Reply, DateOnly? RepliedOn = null, ReplyMeasureInput? Measure = null)
    : AggregateCommand, ICommand<AssistanceRequestDto>;

public sealed class SendAssistanceRequestValidator : AbstractValidator<SendAssistanceRequestCommand>
{
    public SendAssistanceRequestValidator(ICourtClock clock)
    {
        RuleFor(c => c.CaseId).NotEmpty();
        RuleFor(c => c.UnitId).NotEmpty();
        RuleFor(c => c.Type).NotNull().IsInEnum();
        RuleFor(c => c.DocumentNumber).NotEmpty().MaximumLength(AssistanceRequest.MaxShortTextLength);
        RuleFor(c => c.Content).NotEmpty().MaximumLength(AssistanceRequest.MaxTextLength);
        RuleFor(c => c.SentOn).LessThanOrEqualTo(_ => clock.Today).WithMessage("A request cannot have been sent on a day still to come.");
    }
}

public sealed class RecordAssistanceReplyValidator : AbstractValidator<RecordAssistanceReplyCommand>
{
    public RecordAssistanceReplyValidator(ICourtClock clock)
    {
        RuleFor(c => c.Result).NotNull().IsInEnum();
        RuleFor(c => c.Reply).NotEmpty().MaximumLength(AssistanceRequest.MaxTextLength);
        RuleFor(c => c.RepliedOn).LessThanOrEqualTo(_ => clock.Today).WithMessage("A reply cannot have come on a day still to come.");
        RuleFor(c => c.Measure).Null().When(c => c.Result is { } result && !AssistanceRequest.RecordsMeasure(result))
            .WithMessage("Only a reply that did what was asked or found property records a measure.");
        RuleFor(c => c.Measure!.Kind).NotNull().IsInEnum()
            .Must(k => k is null || ReplyMeasureInput.Allowed.Contains(k.Value))
            .WithMessage($"A reply records one of: {string.Join(", ", ReplyMeasureInput.Allowed)}.")
            .When(c => c.Measure is not null);
        RuleFor(c => c.Measure!.Description).MaximumLength(EnforcementCase.MaxTextLength).When(c => c.Measure is not null);
        RuleFor(c => c.Measure!.Amount).MustBeAmount().When(c => c.Measure is { Amount: not null });
        RuleFor(c => c.Measure!.Asset).MaximumLength(200).When(c => c.Measure is not null);
        RuleFor(c => c.Measure!.AssetKind).IsInEnum().When(c => c.Measure is not null);
        RuleFor(c => c.Measure!.AssetKind).Null()
            .When(c => c.Measure is not null && c.Measure.Kind is not (MeasureKind.Seal or MeasureKind.Seize or MeasureKind.Freeze))
            .WithMessage("Only a seal, seizure or freeze holds an asset kind.");
    }
}

public sealed class SendAssistanceRequestHandler(AssistanceWorkflow workflow, CaseWorkGuard guard, IRepository<LinkedUnit> units, IOptions<AssistanceOptions> options)
    : ICommandHandler<SendAssistanceRequestCommand, AssistanceRequestDto>
{
    public async ValueTask<AssistanceRequestDto> Handle(SendAssistanceRequestCommand command, CancellationToken cancellationToken)
    {
        var @case = await guard.RequireWorkableAsync(command.CaseId!.Value, "assistance", cancellationToken);
        // Closed, as a resumed case always is: not even the searches that go on after 终本.
        @case.EnsureNotResumed("assistance");
        var unitSpec = new Specification<LinkedUnit>();
        unitSpec.Query.Where(u => u.Id == command.UnitId!.Value);
        var unit = await units.FirstOrDefaultAsync(unitSpec, cancellationToken)
                   ?? throw new DomainException("assistance.unit.not_found", $"No linked unit has id {command.UnitId}.");
        var context = workflow.Context();
        var request = AssistanceRequest.Send(new AssistanceCase(@case.Id, @case.Number.Value, @case.FiledOn, @case.Closed, @case.TerminatedThisRound), unit, command.Type!.Value,
            command.DocumentNumber, command.Content, command.SentOn ?? context.Today, options.Value.ToRules(), context);
        return await workflow.AddAsync(request, () => new ConflictException("assistance.duplicate", "The request exists."), cancellationToken);
    }
}

/// <summary>Records the reply; a measure it allows is recorded on the case in the same transaction, the case's own rules applying.</summary>
public sealed class RecordAssistanceReplyHandler(AssistanceWorkflow workflow, CaseWorkflow cases, CaseWorkGuard guard)
    : ICommandHandler<RecordAssistanceReplyCommand, AssistanceRequestDto>
{
    public async ValueTask<AssistanceRequestDto> Handle(RecordAssistanceReplyCommand command, CancellationToken cancellationToken)
    {
        var request = await workflow.LoadAsync(command.AggregateId, command.ExpectedVersion, cancellationToken);
        await guard.RequireWorkableAsync(request.CaseId, "assistance", cancellationToken);
        var context = workflow.Context();
        var repliedOn = command.RepliedOn ?? context.Today;
        Guid? measureId = null;
        if (command.Measure is { } measure && request.RepliedOn is null)
        {
            var @case = await cases.LoadAsync(request.CaseId, null, cancellationToken);
            measureId = @case.RecordMeasure(measure.Kind!.Value, repliedOn,
                string.IsNullOrWhiteSpace(measure.Description) ? $"协助执行 {request.DocumentNumber}, {request.UnitName}" : measure.Description,
                measure.Amount is { } amount ? Money.FromYuan(amount) : null, measure.Asset, null, null, false, context, measure.AssetKind).Id;
        }

        request.RecordReply(repliedOn, command.Result!.Value, command.Reply, measureId, context);
        return await workflow.SaveAsync(request, cancellationToken);
    }
}
