using Enforcement.Application.Abstractions;
using Enforcement.Application.Common;
using Enforcement.Application.Common.Workflows;
using Enforcement.Application.LinkedUnits;
using Enforcement.Application.Staff;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.LinkedUnits;
using Enforcement.Domain.Petitions;
using Enforcement.Domain.Staff;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Petitions;

/// <summary>受理: the petition is accepted; <c>decidedOn</c>, the day the petitioner was told, defaults to today.</summary>
public sealed record AcceptPetitionCommand(DateOnly? DecidedOn = null) : AggregateCommand, ICommand<PetitionDto>;

/// <summary>不予受理: with the reason; <c>decidedOn</c>, the day the petitioner was told, defaults to today.</summary>
public sealed record NotAcceptPetitionCommand([MultilineText] string? Reason, DateOnly? DecidedOn = null) : AggregateCommand, ICommand<PetitionDto>;

/// <summary>交办: to a handler (<c>Staff</c>, a staff id) or a linked unit (<c>Unit</c>, a unit id); <c>assignedOn</c> defaults to today.</summary>
public sealed record AssignPetitionCommand(AssigneeKind? AssigneeKind, Guid? AssigneeId, DateOnly? AssignedOn = null) : AggregateCommand, ICommand<PetitionDto>;

/// <summary>延期: a Leader extends the resolve period once, by 1 to 30 days, with a reason.</summary>
public sealed record ExtendPetitionCommand(int? Days, [MultilineText] string? Reason) : AggregateCommand, ICommand<PetitionDto>;

/// <summary>答复: answers the open round (the handling, a review or a re-review); <c>answeredOn</c> defaults to today.</summary>
public sealed record AnswerPetitionCommand([MultilineText] string? Reply, ReplyChannel? Channel, DateOnly? AnsweredOn = null) : AggregateCommand, ICommand<PetitionDto>;

/// <summary>申请复查/复核: the petitioner asks for a review of the latest answer; <c>requestedOn</c> defaults to today.</summary>
public sealed record RequestPetitionReviewCommand(DateOnly? RequestedOn = null) : AggregateCommand, ICommand<PetitionDto>;

/// <summary>办结: closes an answered petition with the petitioner's satisfaction; <c>closedOn</c> defaults to today.</summary>
public sealed record ClosePetitionCommand(Satisfaction? Satisfaction, DateOnly? ClosedOn = null) : AggregateCommand, ICommand<PetitionDto>;

/// <summary>A handling note (办理记录), on the petition's and the related cases' timelines.</summary>
public sealed record AddPetitionNoteCommand([MultilineText] string? Note) : AggregateCommand, ICommand<PetitionDto>;

/// <summary>Resolves a related case number the registry did not know to a registered case.</summary>
public sealed record ResolvePetitionCaseCommand(string? CaseNumber) : AggregateCommand, ICommand<PetitionDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid LinkId { get; init; }
}

public sealed class AcceptPetitionValidator : AbstractValidator<AcceptPetitionCommand>
{
    public AcceptPetitionValidator(ICourtClock clock) =>
        RuleFor(c => c.DecidedOn).LessThanOrEqualTo(_ => clock.Today).WithMessage("The petitioner cannot have been told on a day still to come.");
}

public sealed class RequestPetitionReviewValidator : AbstractValidator<RequestPetitionReviewCommand>
{
    public RequestPetitionReviewValidator(ICourtClock clock) =>
        RuleFor(c => c.RequestedOn).LessThanOrEqualTo(_ => clock.Today).WithMessage("A review cannot have been asked for on a day still to come.");
}

public sealed class NotAcceptPetitionValidator : AbstractValidator<NotAcceptPetitionCommand>
{
    public NotAcceptPetitionValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(Petition.MaxTextLength);
}

public sealed class AssignPetitionValidator : AbstractValidator<AssignPetitionCommand>
{
    public AssignPetitionValidator()
    {
        RuleFor(c => c.AssigneeKind).NotNull().IsInEnum();
        RuleFor(c => c.AssigneeId).NotEmpty();
    }
}

public sealed class ExtendPetitionValidator : AbstractValidator<ExtendPetitionCommand>
{
    public ExtendPetitionValidator()
    {
        // The most is the court's setting (PetitionRules.MaxExtensionDays), which the petition itself checks and states.
        RuleFor(c => c.Days).NotNull().GreaterThanOrEqualTo(1).WithMessage("An extension is at least 1 day.");
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(Petition.MaxTextLength);
    }
}

public sealed class AnswerPetitionValidator : AbstractValidator<AnswerPetitionCommand>
{
    public AnswerPetitionValidator()
    {
        RuleFor(c => c.Reply).NotEmpty().MaximumLength(Petition.MaxTextLength);
        RuleFor(c => c.Channel).NotNull().IsInEnum();
    }
}

public sealed class ClosePetitionValidator : AbstractValidator<ClosePetitionCommand>
{
    public ClosePetitionValidator() => RuleFor(c => c.Satisfaction).NotNull().IsInEnum();
}

public sealed class AddPetitionNoteValidator : AbstractValidator<AddPetitionNoteCommand>
{
    public AddPetitionNoteValidator() => RuleFor(c => c.Note).NotEmpty().MaximumLength(Petition.MaxTextLength);
}

public sealed class ResolvePetitionCaseValidator : AbstractValidator<ResolvePetitionCaseCommand>
{
    public ResolvePetitionCaseValidator() =>
        RuleFor(c => c.CaseNumber).NotEmpty().Must(n => CaseNumber.TryParse(n, out _))
            .WithMessage("'{PropertyValue}' is not a case number such as （2025）湘0681执123号.");
}

public sealed class AcceptPetitionHandler(PetitionWork work) : ICommandHandler<AcceptPetitionCommand, PetitionDto>
{
    public ValueTask<PetitionDto> Handle(AcceptPetitionCommand command, CancellationToken cancellationToken) =>
        work.ChangeAsync(command, (p, context) => p.Accept(command.DecidedOn ?? context.Today, work.Rules, context), cancellationToken);
}

public sealed class NotAcceptPetitionHandler(PetitionWork work) : ICommandHandler<NotAcceptPetitionCommand, PetitionDto>
{
    public ValueTask<PetitionDto> Handle(NotAcceptPetitionCommand command, CancellationToken cancellationToken) =>
        work.ChangeAsync(command, (p, context) => p.NotAccept(command.DecidedOn ?? context.Today, command.Reason, context), cancellationToken);
}

public sealed class AssignPetitionHandler(PetitionWork work, IRepository<StaffMember> staff, IRepository<LinkedUnit> units)
    : ICommandHandler<AssignPetitionCommand, PetitionDto>
{
    public async ValueTask<PetitionDto> Handle(AssignPetitionCommand command, CancellationToken cancellationToken)
    {
        var id = command.AssigneeId!.Value;
        string name;
        if (command.AssigneeKind == AssigneeKind.Staff)
        {
            var member = await staff.RequireAsync(id, cancellationToken);
            name = member.CanHandleCases
                ? member.Name
                : throw new DomainException("petition.assignee.not_a_handler", $"{member.Name} is not an active member of the enforcement bureau or the governance center.");
        }
        else
        {
            var unit = await units.FirstOrDefaultAsync(new LinkedUnitByIdSpec(id), cancellationToken)
                       ?? throw new DomainException("linked_unit.not_found", $"No linked unit has id {id}.");
            name = unit.Active ? unit.FullName : throw new DomainException("linked_unit.inactive", $"{unit.FullName} is deactivated.");
        }

        return await work.ChangeAsync(
            command, (p, context) => p.Assign(command.AssignedOn ?? context.Today, command.AssigneeKind!.Value, id, name, context), cancellationToken);
    }
}

public sealed class ExtendPetitionHandler(PetitionWork work) : ICommandHandler<ExtendPetitionCommand, PetitionDto>
{
    public ValueTask<PetitionDto> Handle(ExtendPetitionCommand command, CancellationToken cancellationToken) =>
        work.ChangeAsync(command, (p, context) => p.Extend(command.Days!.Value, command.Reason, work.Rules, context), cancellationToken);
}

public sealed class AnswerPetitionHandler(PetitionWork work) : ICommandHandler<AnswerPetitionCommand, PetitionDto>
{
    public ValueTask<PetitionDto> Handle(AnswerPetitionCommand command, CancellationToken cancellationToken) =>
        work.ChangeAsync(command, (p, context) => p.Answer(command.AnsweredOn ?? context.Today, command.Reply, command.Channel!.Value, context), cancellationToken);
}

public sealed class RequestPetitionReviewHandler(PetitionWork work) : ICommandHandler<RequestPetitionReviewCommand, PetitionDto>
{
    public ValueTask<PetitionDto> Handle(RequestPetitionReviewCommand command, CancellationToken cancellationToken) =>
        work.ChangeAsync(command, (p, context) => p.RequestReview(command.RequestedOn ?? context.Today, work.Rules, context), cancellationToken);
}

public sealed class ClosePetitionHandler(PetitionWork work) : ICommandHandler<ClosePetitionCommand, PetitionDto>
{
    public ValueTask<PetitionDto> Handle(ClosePetitionCommand command, CancellationToken cancellationToken) =>
        work.ChangeAsync(command, (p, context) => p.Close(command.ClosedOn ?? context.Today, command.Satisfaction!.Value, context), cancellationToken);
}

public sealed class AddPetitionNoteHandler(PetitionWork work) : ICommandHandler<AddPetitionNoteCommand, PetitionDto>
{
    public ValueTask<PetitionDto> Handle(AddPetitionNoteCommand command, CancellationToken cancellationToken) =>
        work.ChangeReadableAsync(command, (p, context) => p.AddNote(command.Note, context), cancellationToken);
}

public sealed class ResolvePetitionCaseHandler(PetitionWork work, IRepository<Petition> petitions, IReadRepository<EnforcementCase> cases)
    : ICommandHandler<ResolvePetitionCaseCommand, PetitionDto>
{
    public async ValueTask<PetitionDto> Handle(ResolvePetitionCaseCommand command, CancellationToken cancellationToken)
    {
        var number = CaseNumber.Parse(command.CaseNumber);
        var @case = await cases.FirstOrDefaultAsync(new Cases.Specifications.CaseByNumberSpec(number), q => q.Select(c => new { c.Id, c.Number }), cancellationToken)
                    ?? throw new DomainException("petition.case.not_registered", $"No case {number} is registered; check the number with the petitioner.");
        return await work.ChangeWithReadsAsync(command, async (p, context, ct) =>
        {
            p.ResolveCase(command.LinkId, @case.Id, @case.Number.Value, context);
            var others = await petitions.ListAsync(new PossibleRepeatsSpec(p, work.Rules.RepeatWindowMonths), ct);
            Petition.FlagRepeats(p, others, work.Rules, context);
        }, cancellationToken);
    }
}
