using Enforcement.Application.Common;
using System.Text.Json.Serialization;
using Enforcement.Application.Common.Workflows;
using Enforcement.Domain.Cases;
using FluentValidation;

namespace Enforcement.Application.Cases.Corrections;

/// <summary>A correction (更正) of one entry of a case, with its reason; the API fills in the entry's id from the route.</summary>
public abstract record CorrectionCommand([MultilineText] string? Reason) : AggregateCommand
{
    [JsonIgnore]
    public Guid RecordId { get; init; }
}

public abstract class CorrectionValidator<TCommand> : AbstractValidator<TCommand>
    where TCommand : CorrectionCommand
{
    protected CorrectionValidator()
    {
        RuleFor(c => c.RecordId).NotEmpty();
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(CaseCorrection.MaxReasonLength);
    }
}
