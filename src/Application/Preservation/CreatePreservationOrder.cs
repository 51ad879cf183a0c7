using Enforcement.Application.Abstractions;
using Enforcement.Application.Common;
using Enforcement.Application.Preservation.Specifications;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.Parties;
using Enforcement.Domain.Preservation;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Preservation;

/// <summary>
/// Records a preservation ruling. Times are instants: with an offset or Z as written, without one in the court's time
/// zone (Beijing time by default); a pre-litigation ruling later than 48 hours after the application is flagged. A
/// pre-enforcement order records when the performance period ends.
/// </summary>
public sealed record CreatePreservationOrderCommand(
    PreservationKind? Kind,
    string? CaseNumber,
    string? LitigationCaseNumber,
    IReadOnlyList<PartyInput>? Applicants,
    IReadOnlyList<PartyInput>? Respondents,
    decimal? AmountToPreserve,
    SecurityForm? SecurityForm,
    decimal? SecurityAmount,
    DateTimeOffset? ApplicationReceivedAt,
    DateTimeOffset? RuledAt,
    DateOnly? PerformancePeriodEndsOn = null) : ICommand<PreservationOrderDto>;

public sealed class CreatePreservationOrderValidator : AbstractValidator<CreatePreservationOrderCommand>
{
    /// <summary>
    /// The five days after the performance period's end (民诉法解释 163), with a last day on a rest day moved to the next
    /// working day, end within the last day this system keeps from this day, whatever the holidays (16 days before it).
    /// </summary>
    public static readonly DateOnly LatestPerformancePeriodEnd = InputHygiene.LatestDate.AddDays(-16);

    public CreatePreservationOrderValidator(ICourtClock clock)
    {
        RuleFor(c => c.Kind).NotNull().IsInEnum();
        RuleFor(c => c.CaseNumber)
            .Must(text => Domain.Cases.CaseNumber.TryParse(text, out var number) && number.IsPreservation)
            .WithMessage("An order's own number is a 财保 or 执保 number, like （2025）湘0681财保12号.").WithErrorCode("preservation.number.wrong_type")
            .When(c => !string.IsNullOrWhiteSpace(c.CaseNumber));
        RuleFor(c => c.LitigationCaseNumber)
            .Must(text => Domain.Cases.CaseNumber.NormaliseAny(text) is not null)
            .WithMessage("'{PropertyValue}' is not a case number like （2025）湘0681民初123号.").WithErrorCode("case_number.invalid")
            .When(c => !string.IsNullOrWhiteSpace(c.LitigationCaseNumber));
        RuleFor(c => c.CaseNumber).NotEmpty().When(c => string.IsNullOrWhiteSpace(c.LitigationCaseNumber))
            .WithMessage("Give the order's own number or the litigation case number.");
        RuleFor(c => c.Applicants).NotEmpty();
        RuleFor(c => c.Applicants!.Count).LessThanOrEqualTo(Party.MaxPerSide).When(c => c.Applicants is not null).OverridePropertyName("applicants");
        RuleForEach(c => c.Applicants).NotNull().SetValidator(new PartyInputValidator(clock));
        RuleFor(c => c.Respondents).NotEmpty();
        RuleFor(c => c.Respondents!.Count).LessThanOrEqualTo(Party.MaxPerSide).When(c => c.Respondents is not null).OverridePropertyName("respondents");
        RuleForEach(c => c.Respondents).NotNull().SetValidator(new PartyInputValidator(clock));
        RuleFor(c => c.AmountToPreserve).MustBeAmount();
        RuleFor(c => c.SecurityForm).NotNull().IsInEnum();
        RuleFor(c => c.SecurityAmount).MustBeAmount().When(c => c.SecurityAmount is not null);
        RuleFor(c => c.ApplicationReceivedAt).NotNull();
        RuleFor(c => c.RuledAt).NotNull();
        RuleFor(c => c.RuledAt).GreaterThanOrEqualTo(c => c.ApplicationReceivedAt)
            .When(c => c.RuledAt is not null && c.ApplicationReceivedAt is not null)
            .WithMessage("The ruling cannot precede the application.");
        RuleFor(c => c.PerformancePeriodEndsOn).NotNull().When(c => c.Kind == PreservationKind.PreEnforcement)
            .WithMessage("A pre-enforcement order records when the performance period ends.");
        RuleFor(c => c.PerformancePeriodEndsOn).LessThanOrEqualTo(LatestPerformancePeriodEnd)
            .WithMessage($"The performance period must end by {LatestPerformancePeriodEnd:yyyy-MM-dd}, so that the days for applying for enforcement after it, and the day the order falls due to be lifted, stay within the dates this system keeps (to {InputHygiene.LatestDate:yyyy-MM-dd}).")
            .WithErrorCode("preservation.performance_period.out_of_range");
    }
}

/// <summary>
/// Records the order. A pre-enforcement order entered after its case was registered on its judgment against its
/// respondents, in time, records <c>enforcementAppliedOn</c> at once, as the registration does the other way round.
/// </summary>
public sealed class CreatePreservationOrderHandler(
    IRepository<PreservationOrder> orders, IRepository<EnforcementCase> cases, PreservationWorkflow workflow, ICourtClock clock)
    : ICommandHandler<CreatePreservationOrderCommand, PreservationOrderDto>
{
    public async ValueTask<PreservationOrderDto> Handle(CreatePreservationOrderCommand command, CancellationToken cancellationToken)
    {
        var number = string.IsNullOrWhiteSpace(command.CaseNumber) ? null : CaseNumber.Parse(command.CaseNumber);
        if (number is not null && await orders.AnyAsync(new OrderByNumberSpec(number), cancellationToken))
        {
            throw OrderByNumberSpec.Duplicate(number);
        }

        var ruledAt = command.RuledAt!.Value;
        var receivedOn = clock.DateOf(command.ApplicationReceivedAt!.Value);
        var context = workflow.Context();
        var order = PreservationOrder.Create(
            command.Kind!.Value,
            number,
            CaseNumber.NormaliseAny(command.LitigationCaseNumber),
            command.Applicants!.Select(p => p.ToParty()).ToList(),
            command.Respondents!.Select(p => p.ToParty()).ToList(),
            Money.FromYuan(command.AmountToPreserve!.Value),
            command.SecurityForm!.Value,
            command.SecurityAmount is { } security ? Money.FromYuan(security) : null,
            command.ApplicationReceivedAt!.Value.UtcDateTime,
            ruledAt.UtcDateTime,
            clock.DateOf(ruledAt),
            command.PerformancePeriodEndsOn,
            context,
            receivedOn);
        if (order is { Kind: PreservationKind.PreEnforcement, LiftDueOn: { } liftDueOn })
        {
            var names = order.Respondents.Select(r => r.Name).Distinct().ToList();
            foreach (var @case in await cases.ListAsync(new CasesFiledAgainstSpec(names, receivedOn, liftDueOn), cancellationToken))
            {
                if (order.RecordEnforcementApplied(@case, context))
                {
                    break;
                }
            }
        }

        return await workflow.AddAsync(order, () => OrderByNumberSpec.Duplicate(number), cancellationToken);
    }
}
