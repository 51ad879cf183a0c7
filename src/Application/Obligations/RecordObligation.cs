using Enforcement.Application.Abstractions;
using Enforcement.Application.Common;
using Enforcement.Application.Errors;
using Enforcement.Application.LinkedUnits;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.LinkedUnits;
using Enforcement.Domain.Obligations;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Obligations;

/// <summary>
/// Records what a linked unit that is a respondent of the case owes. For a supply contract with an SME, give the
/// delivery date and the contract's payment term: the statutory due date follows.
/// </summary>
public sealed record RecordObligationCommand(
    Guid? CaseId, Guid? LinkedUnitId, decimal? Amount, [MultilineText] string? Basis, DateOnly? DeliveredOn = null, int? ContractPaymentDays = null)
    : ICommand<ObligationDto>;

public sealed class RecordObligationValidator : AbstractValidator<RecordObligationCommand>
{
    public RecordObligationValidator()
    {
        RuleFor(c => c.CaseId).NotEmpty();
        RuleFor(c => c.LinkedUnitId).NotEmpty();
        RuleFor(c => c.Amount).MustBeAmount();
        RuleFor(c => c.Basis).NotEmpty().MaximumLength(Obligation.MaxTextLength);
        RuleFor(c => c.ContractPaymentDays).InclusiveBetween(1, 365)
            .WithMessage("A contract payment term is 1 to 365 days; the statutory payment date counts at most 60 of them.");
        RuleFor(c => c.DeliveredOn).NotNull().When(c => c.ContractPaymentDays is not null)
            .WithMessage("A contract payment term runs from the delivery date; give it.");
    }
}

/// <remarks>
/// The debt is recorded in the case's turn (<see cref="Behaviors.AggregateGates"/>), as the case's own changes are: a
/// closure running at the same moment either ends it or is seen by it (decision 29).
/// </remarks>
public sealed class RecordObligationHandler(
    ObligationWorkflow workflow, IReadRepository<EnforcementCase> cases, IRepository<LinkedUnit> units, Behaviors.AggregateGates gates)
    : ICommandHandler<RecordObligationCommand, ObligationDto>
{
    public async ValueTask<ObligationDto> Handle(RecordObligationCommand command, CancellationToken cancellationToken)
    {
        using var turn = await gates.EnterAsync(command.CaseId!.Value, cancellationToken);
        var originals = cases.Subquery;
        var caseRef = await cases.FirstOrDefaultAsync(
                new Cases.Specifications.CaseByIdSpec(command.CaseId!.Value),
                q => q.Select(c => new
                {
                    c.Id, c.Number, c.Status, c.ClaimedAmount, c.RecoveredAmount, Units = c.UnitLinks.Select(l => l.LinkedUnitId).ToList(),
                    // A 执恢 case's enforcement began with its original's filing.
                    BeganOn = originals.Where(o => o.Id == c.OriginalCaseId).Select(o => (DateOnly?)o.FiledOn).FirstOrDefault() ?? c.FiledOn,
                }), cancellationToken)
            ?? throw new NotFoundException("case.not_found", $"No case has id {command.CaseId}.");
        var unit = await units.FirstOrDefaultAsync(new LinkedUnitByIdSpec(command.LinkedUnitId!.Value), cancellationToken)
            ?? throw new NotFoundException("linked_unit.not_found", $"No linked unit has id {command.LinkedUnitId}.");
        var obligation = Obligation.Record(
            new CaseRef(caseRef.Id, caseRef.Number.Value, caseRef.Units, caseRef.Status == CaseStatus.Closed, caseRef.ClaimedAmount - caseRef.RecoveredAmount, caseRef.BeganOn), unit, Money.FromYuan(command.Amount!.Value), command.Basis,
            command.DeliveredOn, command.ContractPaymentDays, workflow.Context());
        return await workflow.AddAsync(obligation, () => new ConflictException(
            "obligation.duplicate", $"Case {caseRef.Number} already has an obligation of {unit.FullName}; record letters and plans on it."), cancellationToken);
    }
}
