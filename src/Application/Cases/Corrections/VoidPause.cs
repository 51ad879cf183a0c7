using Enforcement.Application.Common;
using Mediator;

namespace Enforcement.Application.Cases.Corrections;

/// <summary>Voids a mistaken pause: its days no longer move the deadline.</summary>
public sealed record VoidPauseCommand([MultilineText] string? Reason) : CorrectionCommand(Reason), ICommand<CaseDetailDto>;

public sealed class VoidPauseValidator : CorrectionValidator<VoidPauseCommand>;

public sealed class VoidPauseHandler(CaseWorkflow workflow) : ICommandHandler<VoidPauseCommand, CaseDetailDto>
{
    public ValueTask<CaseDetailDto> Handle(VoidPauseCommand command, CancellationToken cancellationToken) =>
        workflow.ChangeAsync(command, (c, context) => c.VoidPause(command.RecordId, command.Reason, context), cancellationToken);
}
