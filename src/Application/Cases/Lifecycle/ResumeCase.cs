using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using Enforcement.Application.Cases.Specifications;
using Enforcement.Application.Common.Workflows;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Obligations;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Cases.Lifecycle;

/// <summary>Registers the 执恢 case that resumes a 终本 case or one with a breached settlement.</summary>
public sealed record ResumeCaseCommand(string? CaseNumber, DateOnly? FiledOn) : AggregateCommand, ICommand<CaseDetailDto>;

public sealed class ResumeCaseValidator : AbstractValidator<ResumeCaseCommand>
{
    public ResumeCaseValidator(ICourtClock clock)
    {
        RuleFor(c => c.CaseNumber)
            .NotEmpty()
            .Must(text => CaseNumber.TryParse(text, out var number) && number.CaseType == CaseType.ResumedEnforcement)
            .WithMessage("A resumed case needs a 执恢 case number, like （2025）湘0681执恢12号.");
        RuleFor(c => c.FiledOn).NotNull().LessThanOrEqualTo(_ => clock.Today).WithMessage("The filing date cannot be in the future.").WithErrorCode("case.filed_on.future");
    }
}

/// <summary>
/// Registers the 执恢 case; the original's public-body obligations not yet performed move to it with its unit links,
/// so their payments are recorded on the case that now enforces the debt.
/// </summary>
public sealed class ResumeCaseHandler(
    CaseWorkflow workflow, IRepository<EnforcementCase> cases, IRepository<Obligation> obligations, CasePaymentsAsOf payments)
    : ICommandHandler<ResumeCaseCommand, CaseDetailDto>
{
    public async ValueTask<CaseDetailDto> Handle(ResumeCaseCommand command, CancellationToken cancellationToken)
    {
        var original = await workflow.LoadAsync(command.AggregateId, command.ExpectedVersion, cancellationToken);
        var number = CaseNumber.Parse(command.CaseNumber);
        if (await cases.AnyAsync(new CaseByNumberSpec(number), cancellationToken))
        {
            throw CaseByNumberSpec.Duplicate(number);
        }

        var context = workflow.Context();
        // A case withdrawn or ended on its settlement ended its debts with it; breached since, they go on in the 执恢 case.
        var endedDebtsGoOn = original.BreachedAfterClosingOnIt;
        var resumed = EnforcementCase.ResumeFrom(
            original, number, command.FiledOn!.Value, context, await payments.ReadAsync(original.Id, command.FiledOn!.Value, cancellationToken));
        var open = new Specification<Obligation>();
        open.Query.Where(o => o.CaseId == original.Id && (o.Owing || (endedDebtsGoOn && o.EndedOn != null))).AsSplitQuery();
        foreach (var obligation in await obligations.ListAsync(open, cancellationToken))
        {
            obligation.ReviveWithCase($"不履行和解 The settlement {original.Number} was closed on was breached: the debt is enforced again");
            obligation.MoveToResumedCase(resumed.Id, number.Value, context);
        }

        return await workflow.AddAsync(resumed, () => CaseByNumberSpec.Duplicate(number), cancellationToken);
    }
}
