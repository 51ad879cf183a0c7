using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using Enforcement.Application.Cases.Specifications;
using Enforcement.Application.Common;
using Enforcement.Application.Common.Workflows;
using Enforcement.Application.Errors;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.PreEnforcement;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;

namespace Enforcement.Application.PreEnforcement;

/// <summary>Section <c>PreEnforcement</c>.</summary>
public sealed class PreEnforcementOptions
{
    public const string SectionName = "PreEnforcement";

    /// <summary>The court named on a prompt when none is given.</summary>
    public string Court { get; set; } = "湖南省汨罗市人民法院";

    /// <summary>The performance period when none is given: 10 days, the usual "本判决生效之日起十日内".</summary>
    public int DefaultPerformanceDays { get; set; } = 10;
}

/// <summary>
/// Opens a prompt for a judgment with a money obligation that took effect: the judgment's number (one prompt per
/// judgment), court, effective date, performance period in days and amount, and the parties as on cases.
/// </summary>
public sealed record OpenPromptCommand(
    string? DocumentNumber,
    DateOnly? EffectiveOn,
    decimal? Amount,
    IReadOnlyList<PartyInput>? Applicants,
    IReadOnlyList<PartyInput>? Respondents,
    int? PerformanceDays = null,
    string? Court = null) : ICommand<PromptDto>;

/// <summary>履行告知: the prompting notice was sent; <c>sentOn</c> defaults to today.</summary>
public sealed record SendPromptNoticeCommand(PromptChannel? Channel, DateOnly? SentOn = null) : AggregateCommand, ICommand<PromptDto>;

/// <summary>A follow-up contact: with whom, how, and what was said; <c>contactedOn</c> defaults to today.</summary>
public sealed record AddPromptContactCommand(PromptChannel? Channel, string? ContactPerson, [MultilineText] string? Note = null, DateOnly? ContactedOn = null)
    : AggregateCommand, ICommand<PromptDto>;

/// <summary>
/// The outcome, as of <c>outcomeOn</c> (default today): <c>PerformedInFull</c>; <c>PerformedInPart</c> with
/// <c>paidAmount</c>, the total paid so far; <c>Settled</c> with <c>plan</c> and <c>instalments</c>; or
/// <c>EnforcementApplied</c> with the registered <c>caseNumber</c>.
/// </summary>
public sealed record RecordPromptOutcomeCommand(
    PromptOutcome? Outcome,
    DateOnly? OutcomeOn = null,
    decimal? PaidAmount = null,
    [MultilineText] string? Plan = null,
    IReadOnlyList<InstalmentInput>? Instalments = null,
    string? CaseNumber = null) : AggregateCommand, ICommand<PromptDto>;

public sealed class OpenPromptValidator : AbstractValidator<OpenPromptCommand>
{
    public OpenPromptValidator(ICourtClock clock)
    {
        RuleFor(c => c.DocumentNumber).NotEmpty()
            .Must(text => text is null || CaseNumber.NormaliseAny(text) is not null)
            .WithMessage("'{PropertyValue}' is not a judgment's case number like （2025）湘0681民初123号.");
        RuleFor(c => c.EffectiveOn).NotNull().LessThanOrEqualTo(_ => clock.Today).WithMessage("The judgment cannot take effect on a day still to come.");
        RuleFor(c => c.Amount).MustBeAmount();
        RuleFor(c => c.PerformanceDays).InclusiveBetween(0, PrePerformancePrompt.MaxPerformanceDays);
        RuleFor(c => c.Court).MaximumLength(PrePerformancePrompt.MaxShortTextLength);
        RuleFor(c => c.Applicants).NotEmpty().Must(p => p is null || p.Count <= PrePerformancePrompt.MaxParties);
        RuleForEach(c => c.Applicants).NotNull().SetValidator(new PartyInputValidator(clock));
        RuleFor(c => c.Respondents).NotEmpty().Must(p => p is null || p.Count <= PrePerformancePrompt.MaxParties);
        RuleForEach(c => c.Respondents).NotNull().SetValidator(new PartyInputValidator(clock));
    }
}

public sealed class SendPromptNoticeValidator : AbstractValidator<SendPromptNoticeCommand>
{
    public SendPromptNoticeValidator() => RuleFor(c => c.Channel).NotNull().IsInEnum();
}

public sealed class AddPromptContactValidator : AbstractValidator<AddPromptContactCommand>
{
    public AddPromptContactValidator()
    {
        RuleFor(c => c.Channel).NotNull().IsInEnum();
        RuleFor(c => c.ContactPerson).NotEmpty().MaximumLength(PrePerformancePrompt.MaxShortTextLength);
        RuleFor(c => c.Note).MaximumLength(PrePerformancePrompt.MaxTextLength);
    }
}

public sealed class RecordPromptOutcomeValidator : AbstractValidator<RecordPromptOutcomeCommand>
{
    public RecordPromptOutcomeValidator()
    {
        RuleFor(c => c.Outcome).NotNull().IsInEnum();
        RuleFor(c => c.PaidAmount).MustBeAmount().When(c => c.Outcome == PromptOutcome.PerformedInPart);
        RuleFor(c => c.PaidAmount).Null().When(c => c.Outcome != PromptOutcome.PerformedInPart)
            .WithMessage("Only a part performance records the amount paid.");
        RuleFor(c => c.Plan).NotEmpty().MaximumLength(PrePerformancePrompt.MaxTextLength).When(c => c.Outcome == PromptOutcome.Settled);
        RuleFor(c => c.Instalments).NotEmpty().WithMessage("A settlement has at least one instalment.")
            .AtMostInstalments(PrePerformancePrompt.MaxInstalments).When(c => c.Outcome == PromptOutcome.Settled);
        RuleForEach(c => c.Instalments).NotNull().SetValidator(new InstalmentInputValidator());
        RuleFor(c => c.Plan).Empty().When(c => c.Outcome != PromptOutcome.Settled).WithMessage("Only a settlement records a plan.");
        RuleFor(c => c.Instalments).Empty().When(c => c.Outcome != PromptOutcome.Settled).WithMessage("Only a settlement records instalments.");
        RuleFor(c => c.CaseNumber).NotEmpty()
            .Must(n => n is null || Domain.Cases.CaseNumber.TryParse(n, out _))
            .WithMessage("'{PropertyValue}' is not a case number such as （2025）湘0681执123号.")
            .When(c => c.Outcome == PromptOutcome.EnforcementApplied);
        RuleFor(c => c.CaseNumber).Empty().When(c => c.Outcome != PromptOutcome.EnforcementApplied)
            .WithMessage("Only an application for enforcement names the case.");
    }
}

public sealed class OpenPromptHandler(IRepository<PrePerformancePrompt> prompts, PromptWorkflow workflow, IOptions<PreEnforcementOptions> options)
    : ICommandHandler<OpenPromptCommand, PromptDto>
{
    public async ValueTask<PromptDto> Handle(OpenPromptCommand command, CancellationToken cancellationToken)
    {
        var number = CaseNumber.NormaliseAny(command.DocumentNumber)!;
        if (await prompts.AnyAsync(new PromptByJudgmentSpec(number), cancellationToken))
        {
            throw PromptByJudgmentSpec.Duplicate(number);
        }

        var prompt = PrePerformancePrompt.Open(
            new PromptJudgment(number, string.IsNullOrWhiteSpace(command.Court) ? options.Value.Court : command.Court, command.EffectiveOn!.Value,
                command.PerformanceDays ?? options.Value.DefaultPerformanceDays, Money.FromYuan(command.Amount!.Value)),
            command.Applicants!.Select(p => p.ToParty()).ToList(),
            command.Respondents!.Select(p => p.ToParty()).ToList(),
            workflow.Context());
        return await workflow.AddAsync(prompt, () => PromptByJudgmentSpec.Duplicate(number), cancellationToken);
    }
}

public sealed class SendPromptNoticeHandler(PromptWorkflow workflow) : ICommandHandler<SendPromptNoticeCommand, PromptDto>
{
    public ValueTask<PromptDto> Handle(SendPromptNoticeCommand command, CancellationToken cancellationToken) =>
        workflow.ChangeAsync(command, (p, context) => p.SendNotice(command.SentOn ?? context.Today, command.Channel!.Value, context), cancellationToken);
}

public sealed class AddPromptContactHandler(PromptWorkflow workflow) : ICommandHandler<AddPromptContactCommand, PromptDto>
{
    public ValueTask<PromptDto> Handle(AddPromptContactCommand command, CancellationToken cancellationToken) =>
        workflow.ChangeAsync(command, (p, context) =>
            p.AddContact(command.ContactedOn ?? context.Today, command.Channel!.Value, command.ContactPerson, command.Note, context), cancellationToken);
}

public sealed class RecordPromptOutcomeHandler(PromptWorkflow workflow, IReadRepository<EnforcementCase> cases, IReadRepository<PrePerformancePrompt> prompts)
    : ICommandHandler<RecordPromptOutcomeCommand, PromptDto>
{
    public ValueTask<PromptDto> Handle(RecordPromptOutcomeCommand command, CancellationToken cancellationToken) =>
        workflow.ChangeWithReadsAsync(command, async (prompt, context, ct) =>
        {
            var on = command.OutcomeOn ?? context.Today;
            switch (command.Outcome!.Value)
            {
                case PromptOutcome.PerformedInFull:
                    prompt.RecordPerformedInFull(on, context);
                    break;
                case PromptOutcome.PerformedInPart:
                    prompt.RecordPerformedInPart(on, Money.FromYuan(command.PaidAmount!.Value), context);
                    break;
                case PromptOutcome.Settled:
                    prompt.RecordSettlement(on, command.Plan, InstalmentInput.ToPlan(command.Instalments!), context);
                    break;
                default:
                    var number = CaseNumber.Parse(command.CaseNumber!);
                    var @case = await cases.FirstOrDefaultAsync(new CaseByNumberSpec(number), q => q.Select(c => new { c.Id, c.FiledOn, c.Basis.DocumentNumber }), ct)
                        ?? throw new DomainException("prompt.case.not_registered", $"No case {number} is registered; register it first.");
                    if (await prompts.AnyAsync(new PromptOfCaseSpec(@case.Id, prompt.Id), ct))
                    {
                        throw new ConflictException("prompt.case.already_linked", $"Case {number} is already linked to another prompt.");
                    }

                    prompt.RecordEnforcementApplied(on, @case.Id, number.Value, @case.FiledOn, @case.DocumentNumber, context);
                    break;
            }
        }, cancellationToken);
}

public sealed class PromptByJudgmentSpec : Specification<PrePerformancePrompt>
{
    public PromptByJudgmentSpec(string documentNumber) => Query.Where(p => p.DocumentNumber == documentNumber);

    public static ConflictException Duplicate(string documentNumber) =>
        new("prompt.duplicate_judgment", $"Judgment {documentNumber} already has a prompt.");
}

public sealed class PromptOfCaseSpec : Specification<PrePerformancePrompt>
{
    public PromptOfCaseSpec(Guid caseId, Guid exceptPromptId) => Query.Where(p => p.CaseId == caseId && p.Id != exceptPromptId);
}
