using Enforcement.Application.Common.Workflows;
using Enforcement.Domain.Cases;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Preservation;

/// <summary>Pre-litigation: the applicant filed suit or applied for arbitration.</summary>
public sealed record RecordLawsuitCommand(string? CaseNumber, DateOnly? FiledOn) : AggregateCommand, ICommand<PreservationOrderDto>;

public sealed class RecordLawsuitValidator : AbstractValidator<RecordLawsuitCommand>
{
    public RecordLawsuitValidator()
    {
        RuleFor(c => c.CaseNumber).NotEmpty().Must(text => Domain.Cases.CaseNumber.NormaliseAny(text) is not null)
            .WithMessage("'{PropertyValue}' is not a case number like （2025）湘0681民初123号.").WithErrorCode("case_number.invalid");
        RuleFor(c => c.FiledOn).NotNull();
    }
}

public sealed class RecordLawsuitHandler(PreservationWorkflow workflow) : ICommandHandler<RecordLawsuitCommand, PreservationOrderDto>
{
    public ValueTask<PreservationOrderDto> Handle(RecordLawsuitCommand command, CancellationToken cancellationToken) =>
        workflow.ChangeAsync(command, (order, context) =>
            order.RecordLawsuit(CaseNumber.NormaliseAny(command.CaseNumber)!, command.FiledOn!.Value, context), cancellationToken);
}
