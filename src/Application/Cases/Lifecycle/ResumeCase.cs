using System.Text.Json.Serialization;
using Enforcement.Application.Abstractions;
using Enforcement.Application.Cases.Specifications;
using Enforcement.Application.Errors;
using Enforcement.Domain.Cases;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Cases.Lifecycle;

/// <summary>Registers the 执恢 case that resumes a 终本 case or one with a breached settlement.</summary>
public sealed record ResumeCaseCommand(string? CaseNumber, DateOnly? FiledOn) : CaseCommand, ICommand<CaseDetailDto>;

public sealed class ResumeCaseValidator : AbstractValidator<ResumeCaseCommand>
{
    public ResumeCaseValidator(ICourtClock clock)
    {
        RuleFor(c => c.CaseNumber)
            .NotEmpty()
            .Must(text => CaseNumber.TryParse(text, out var number) && number.CaseType == CaseType.ResumedEnforcement)
            .WithMessage("A resumed case needs a 执恢 case number, like （2025）湘0681执恢12号.");
        RuleFor(c => c.FiledOn).NotNull().LessThanOrEqualTo(_ => clock.Today).WithMessage("The filing date cannot be in the future.");
    }
}

public sealed class ResumeCaseHandler(CaseWorkflow workflow, IRepository<EnforcementCase> cases)
    : ICommandHandler<ResumeCaseCommand, CaseDetailDto>
{
    public async ValueTask<CaseDetailDto> Handle(ResumeCaseCommand command, CancellationToken cancellationToken)
    {
        var original = await workflow.LoadAsync(command.CaseId, command.ExpectedVersion, cancellationToken);
        var number = CaseNumber.Parse(command.CaseNumber);
        if (await cases.AnyAsync(new CaseByNumberSpec(number), cancellationToken))
        {
            throw new ConflictException("case.duplicate_number", $"Case {number} is already registered.");
        }

        var resumed = EnforcementCase.ResumeFrom(original, number, command.FiledOn!.Value, workflow.Context());
        cases.Add(resumed);
        try
        {
            return await workflow.SaveAsync(resumed, cancellationToken);
        }
        catch (UniqueConstraintException)
        {
            throw new ConflictException("case.duplicate_number", $"Case {number} is already registered.");
        }
    }
}
