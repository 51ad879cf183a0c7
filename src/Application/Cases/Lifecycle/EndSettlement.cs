using System.Text.Json.Serialization;
using Enforcement.Application.Common.Workflows;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Cases.Lifecycle;

public enum SettlementOutcome
{
    Performed,
    Breached,
}

/// <summary>The settlement was performed in full, or breached (enforcement resumes).</summary>
public sealed record EndSettlementCommand(DateOnly? On) : AggregateCommand, ICommand<CaseDetailDto>
{
    [JsonIgnore]
    public SettlementOutcome Outcome { get; init; }
}

public sealed class EndSettlementValidator : AbstractValidator<EndSettlementCommand>
{
    public EndSettlementValidator() => RuleFor(c => c.On).NotNull();
}

public sealed class EndSettlementHandler(CaseWorkflow workflow) : ICommandHandler<EndSettlementCommand, CaseDetailDto>
{
    public ValueTask<CaseDetailDto> Handle(EndSettlementCommand command, CancellationToken cancellationToken) =>
        workflow.ChangeAsync(command, (c, context) =>
        {
            if (command.Outcome == SettlementOutcome.Performed)
            {
                c.SettlementPerformed(command.On!.Value, context);
            }
            else
            {
                c.SettlementBreached(command.On!.Value, context);
            }
        }, cancellationToken);
}
