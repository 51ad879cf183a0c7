using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using Enforcement.Application.Common;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Parties;
using Enforcement.Domain.Petitions;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;

namespace Enforcement.Application.Petitions;

/// <summary>A petitioner as entered: a party's fields and an address.</summary>
public sealed record PetitionerInput(PartyKind? Kind, string? Name, string? IdNumber = null, string? CreditCode = null, string? Phone = null, string? Address = null)
    : IPartyFields
{
    public Petitioner ToPetitioner() => Petitioner.Create(Party.Create(Kind!.Value, Name!, IdNumber, CreditCode, Phone), Address);
}

/// <summary>
/// Logs a petition as received by the logged-in receptionist. <c>receivedOn</c> defaults to today. Known case numbers
/// link to their cases; others are kept as typed and flagged. A visit's <c>headcount</c> defaults to the petitioners
/// named. <c>track</c> defaults to Enforcement when a case number is given, else General.
/// </summary>
public sealed record LogPetitionCommand(
    PetitionChannel? Channel,
    IReadOnlyList<PetitionerInput>? Petitioners,
    PetitionCategory? Category,
    [MultilineText] string? Content,
    [MultilineText] string? Request,
    IReadOnlyList<string>? CaseNumbers = null,
    DateOnly? ReceivedOn = null,
    TimeOnly? ReceivedAt = null,
    int? Headcount = null,
    PetitionTrack? Track = null,
    string? ForwardedBy = null,
    string? ForwardedDocumentNumber = null) : ICommand<PetitionDto>;

public sealed class LogPetitionValidator : AbstractValidator<LogPetitionCommand>
{
    public LogPetitionValidator(ICourtClock clock)
    {
        RuleFor(c => c.Channel).NotNull().IsInEnum();
        RuleFor(c => c.Category).NotNull().IsInEnum();
        RuleFor(c => c.Track).IsInEnum();
        // A receipt time today, in the court's time zone, has passed: a later one has not happened yet.
        RuleFor(c => c.ReceivedAt)
            .Must((c, at) => (c.ReceivedOn ?? clock.Today) != clock.Today || at <= TimeOnly.FromDateTime(clock.LocalNow))
            .When(c => c.ReceivedAt is not null)
            .WithMessage(c => $"{c.ReceivedAt:HH\\:mm} today has not come yet.");
        RuleFor(c => c.Petitioners).NotEmpty().WithMessage("Name at least one petitioner.");
        RuleFor(c => c.Petitioners!.Count).LessThanOrEqualTo(Petition.MaxPetitioners).When(c => c.Petitioners is not null).OverridePropertyName("petitioners");
        RuleForEach(c => c.Petitioners).NotNull().SetValidator(new PetitionerInputValidator(clock));
        RuleFor(c => c.CaseNumbers!.Count).LessThanOrEqualTo(Petition.MaxCases).When(c => c.CaseNumbers is not null).OverridePropertyName("caseNumbers");
        RuleForEach(c => c.CaseNumbers).NotEmpty().MaximumLength(PetitionCase.MaxNumberLength);
        // A number of this court typed with spaces or full-width digits would be kept as an unknown case, unseen by the
        // repeat flag, the case's officer and its timeline: refused, saying what was meant.
        RuleForEach(c => c.CaseNumbers).Custom((n, context) =>
        {
            if (Domain.Cases.CaseNumber.MistypedMessage(n) is { } refusal)
            {
                context.AddFailure(new FluentValidation.Results.ValidationFailure(context.PropertyPath, refusal, n) { ErrorCode = "petition.case_number.mistyped" });
            }
        });
        RuleFor(c => c.Content).NotEmpty().MaximumLength(Petition.MaxTextLength);
        RuleFor(c => c.Request).NotEmpty().MaximumLength(Petition.MaxTextLength);
        RuleFor(c => c.Headcount).InclusiveBetween(1, Petition.MaxHeadcount);
        RuleFor(c => c.Headcount).Null().When(c => c.Channel is not null and not PetitionChannel.Visit)
            .WithMessage("A headcount is recorded for a visit (来访) only.");
        RuleFor(c => c.ForwardedBy).MaximumLength(Petition.MaxShortTextLength)
            .NotEmpty().When(c => c.Channel == PetitionChannel.Forwarded).WithMessage("A forwarded petition (转交) names the body that forwarded it.");
        RuleFor(c => c.ForwardedDocumentNumber).MaximumLength(Petition.MaxShortTextLength)
            .NotEmpty().When(c => c.Channel == PetitionChannel.Forwarded).WithMessage("A forwarded petition (转交) gives the forwarding document's number.");
    }
}

public sealed class PetitionerInputValidator : AbstractValidator<PetitionerInput>
{
    public PetitionerInputValidator(ICourtClock clock)
    {
        Include(new PartyFieldsValidator<PetitionerInput>(clock));
        RuleFor(p => p.Address).MaximumLength(Petitioner.MaxAddressLength);
    }
}

public sealed class LogPetitionHandler(
    PetitionWorkflow workflow, IRepository<Petition> petitions, IReadRepository<EnforcementCase> cases, ICurrentActor actor, PetitionReader reader,
    IOptions<PetitionOptions> options, Behaviors.AggregateGates gates) : ICommandHandler<LogPetitionCommand, PetitionDto>
{
    public async ValueTask<PetitionDto> Handle(LogPetitionCommand command, CancellationToken cancellationToken)
    {
        var context = workflow.Context();
        var rules = options.Value.ToRules();
        var mentions = await MentionsAsync(cases, command.CaseNumbers ?? [], cancellationToken);

        // Petitions about one case are logged one at a time (the cases' turns taken in id order), so that two visits of
        // one petitioner logged at the same moment each see the other, and the later one is flagged a repeat.
        var turns = new List<IDisposable>();
        try
        {
            foreach (var caseId in mentions.Select(m => m.CaseId).OfType<Guid>().Distinct().Order())
            {
                turns.Add(await gates.EnterAsync(caseId, cancellationToken));
            }

            return await LogAsync(command, mentions, context, rules, cancellationToken);
        }
        finally
        {
            turns.ForEach(t => t.Dispose());
        }
    }

    private async Task<PetitionDto> LogAsync(
        LogPetitionCommand command, IReadOnlyList<CaseMention> mentions, Domain.Cases.ChangeContext context, PetitionRules rules, CancellationToken cancellationToken)
    {
        var petition = Petition.Log(
            new PetitionIntake(
                command.Channel!.Value, command.ReceivedOn ?? context.Today, command.ReceivedAt, command.Petitioners!.Select(p => p.ToPetitioner()).ToList(),
                command.Headcount, mentions, command.Category!.Value, command.Track, command.Content, command.Request, command.ForwardedBy,
                command.ForwardedDocumentNumber),
            actor.StaffId, rules, context);
        var others = await petitions.ListAsync(new PossibleRepeatsSpec(petition, rules.RepeatWindowMonths), cancellationToken);
        Petition.FlagRepeats(petition, others, rules, context);
        var logged = await workflow.AddAsync(petition, () => throw new InvalidOperationException("A new petition has a new id."), cancellationToken);
        return await reader.PresentAsync(logged, auditRead: false, cancellationToken);
    }

    /// <summary>Each case number as the registry knows it (normalized, with its case), or as typed when it is unknown.</summary>
    public static async Task<IReadOnlyList<CaseMention>> MentionsAsync(
        IReadRepository<EnforcementCase> cases, IReadOnlyCollection<string> typed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(typed);
        var numbers = typed.Select(t => (Text: t.Trim(), Number: Domain.Cases.CaseNumber.TryParse(t, out var number) ? number : null)).ToList();
        var parsed = numbers.Where(n => n.Number is not null).Select(n => n.Number!).Distinct().ToList();
        var known = parsed.Count == 0
            ? []
            : await cases.ListAsync(new CasesByNumbersSpec(parsed), q => q.Select(c => new { c.Id, c.Number }), cancellationToken);
        return numbers.Select(n => n.Number is { } number
                ? new CaseMention(number.Value, known.FirstOrDefault(k => k.Number == number)?.Id)
                : new CaseMention(n.Text, null))
            .DistinctBy(m => m.CaseNumber).ToList();
    }
}

public sealed class CasesByNumbersSpec : Specification<EnforcementCase>
{
    public CasesByNumbersSpec(IReadOnlyCollection<CaseNumber> numbers) => Query.Where(c => numbers.Contains(c.Number));
}

/// <summary>
/// The petitions that could repeat the given one or be repeated by it: within the window either side,
/// sharing a case number and a petitioner's ID, credit code, or name and phone; loaded tracked, to be flagged.
/// </summary>
public sealed class PossibleRepeatsSpec : Specification<Petition>
{
    public PossibleRepeatsSpec(Petition petition, int windowMonths)
    {
        ArgumentNullException.ThrowIfNull(petition);
        var from = petition.ReceivedOn.AddMonths(-windowMonths);
        var to = petition.ReceivedOn.AddMonths(windowMonths);
        var numbers = petition.Cases.Select(c => c.CaseNumber).ToList();
        var codes = petition.Petitioners.Where(p => p.IdentityCode is not null).Select(p => p.IdentityCode).ToList();
        var namePhones = petition.Petitioners.Where(p => p.NamePhone is not null).Select(p => p.NamePhone).ToList();
        var id = petition.Id;
        Query.Where(p => p.Id != id && p.ReceivedOn >= from && p.ReceivedOn <= to
                         && p.Cases.Any(c => numbers.Contains(c.CaseNumber))
                         && p.Petitioners.Any(x => codes.Contains(x.IdentityCode) || namePhones.Contains(x.NamePhone)))
            .AsSplitQuery();
    }
}
