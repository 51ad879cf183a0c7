using Enforcement.Application.Common;
using Mediator;

namespace Enforcement.Application.Cases.Corrections;

/// <summary>Voids a mistaken measure: it no longer counts for 终本 or the first steps, and its hold holds nothing.</summary>
public sealed record VoidMeasureCommand([MultilineText] string? Reason) : CorrectionCommand(Reason), ICommand<CaseDetailDto>;

public sealed class VoidMeasureValidator : CorrectionValidator<VoidMeasureCommand>;

public sealed class VoidMeasureHandler(CaseWorkflow workflow) : ICommandHandler<VoidMeasureCommand, CaseDetailDto>
{
    public ValueTask<CaseDetailDto> Handle(VoidMeasureCommand command, CancellationToken cancellationToken) =>
        workflow.ChangeAsync(command, (c, context) => c.VoidMeasure(command.RecordId, command.Reason, context), cancellationToken);
}
