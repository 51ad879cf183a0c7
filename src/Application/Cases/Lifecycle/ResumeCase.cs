using Enforcement.Application.Abstractions;
using Enforcement.Application.Cases.Specifications;
using Enforcement.Application.Common.Workflows;
using Enforcement.Domain.Cases;
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

public sealed class ResumeCaseHandler(CaseWorkflow workflow, IRepository<EnforcementCase> cases)
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

        var resumed = EnforcementCase.ResumeFrom(original, number, command.FiledOn!.Value, workflow.Context());
        return await workflow.AddAsync(resumed, () => CaseByNumberSpec.Duplicate(number), cancellationToken);
    }
}
