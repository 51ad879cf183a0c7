using Enforcement.Application.Abstractions;
using Enforcement.Application.Cases.Specifications;
using Enforcement.Application.Common;
using Enforcement.Application.Errors;
using Enforcement.Application.Preservation.Specifications;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.Preservation;
using Mediator;

namespace Enforcement.Application.Cases.RegisterCase;

/// <summary>Registers an enforcement case (立案). Amounts are in yuan with at most two decimals.</summary>
public sealed record RegisterCaseCommand(
    string? CaseNumber,
    DateOnly? FiledOn,
    bool NonLitigation,
    EnforcementBasisInput? Basis,
    decimal? ClaimedAmount,
    IReadOnlyList<PartyInput>? Applicants,
    IReadOnlyList<PartyInput>? Respondents,
    [MultilineText] string? Summary = null) : ICommand<CaseDetailDto>;

public sealed class RegisterCaseHandler(
    CaseWorkflow workflow, LinkedUnits.UnitMatcher matcher, IRepository<PreservationOrder> orders, IUnitOfWork unitOfWork)
    : ICommandHandler<RegisterCaseCommand, CaseDetailDto>
{
    public async ValueTask<CaseDetailDto> Handle(RegisterCaseCommand command, CancellationToken cancellationToken)
    {
        // The new case conflicts with nothing; an order it cures may have been changed since it was read. Then the
        // registration is made again on the order as it now stands, as the retry behaviour does for a change.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RegisterAsync(command, cancellationToken);
            }
            catch (ConcurrencyConflictException) when (attempt < Behaviors.ConcurrencyRetryBehavior<RegisterCaseCommand, CaseDetailDto>.MaxAttempts)
            {
                unitOfWork.DiscardChanges();
            }
        }
    }

    private async Task<CaseDetailDto> RegisterAsync(RegisterCaseCommand command, CancellationToken cancellationToken)
    {
        var number = CaseNumber.Parse(command.CaseNumber);
        var basis = command.Basis!;
        var context = workflow.Context();
        var @case = EnforcementCase.Register(
            number,
            command.FiledOn!.Value,
            command.NonLitigation,
            EnforcementBasis.Create(basis.Issuer!, basis.DocumentNumber!, basis.EffectiveOn!.Value),
            Money.FromYuan(command.ClaimedAmount!.Value),
            command.Applicants!.Select(p => p.ToParty()).ToList(),
            command.Respondents!.Select(p => p.ToParty()).ToList(),
            command.Summary,
            context);

        // Enforcement applied for in time keeps a pre-enforcement order on the same judgment in force (民诉法解释 163):
        // it is no longer due to be lifted, in the same transaction as the registration.
        foreach (var order in await orders.ListAsync(new OrdersAwaitingEnforcementSpec(CaseNumber.TitleOf(@case.Basis.DocumentNumber), @case.FiledOn), cancellationToken))
        {
            order.RecordEnforcementApplied(@case, context);
        }

        // The unique index on the number is the duplicate check: a query before the save would only repeat it, and
        // could not see a number another request registers in between.
        var detail = await workflow.AddAsync(@case, () => CaseByNumberSpec.Duplicate(number), cancellationToken);

        // Respondents that match a linked unit are suggested, never linked: a clerk confirms each link.
        return detail with { UnitSuggestions = await matcher.SuggestAsync(@case.Respondents.Select(r => (r.Name, r.CreditCode)).ToList(), cancellationToken) };
    }
}
