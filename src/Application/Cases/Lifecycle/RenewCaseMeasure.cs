using Enforcement.Application.Preservation.Holds;
using Mediator;

namespace Enforcement.Application.Cases.Lifecycle;

/// <summary>Renews (续行) a seal, seizure or freeze on the case; a 终本 case still renews its holds.</summary>
public sealed record RenewCaseMeasureCommand(DateOnly? RenewedOn, DateOnly? Until = null) : RenewHoldCommand(RenewedOn, Until), ICommand<CaseDetailDto>;

public sealed class RenewCaseMeasureValidator : RenewHoldValidator<RenewCaseMeasureCommand>;

public sealed class RenewCaseMeasureHandler(CaseWorkflow workflow) : ICommandHandler<RenewCaseMeasureCommand, CaseDetailDto>
{
    public ValueTask<CaseDetailDto> Handle(RenewCaseMeasureCommand command, CancellationToken cancellationToken) =>
        workflow.ChangeAsync(command, command.ApplyTo, cancellationToken);
}
