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

/// <remarks>
/// A settlement performed records what it paid (what follows a payment follows: <see cref="WhatFollowsAPayment"/>) and closes
/// the case (执行完毕), and what follows a closure follows (<see cref="WhatFollowsTheClosure"/>). On a case closed on the
/// settlement while it ran, either end is recorded and the closure stands.
/// </remarks>
public sealed class EndSettlementHandler(CaseWorkflow workflow, CasePaymentsAsOf payments, WhatFollowsAPayment paid, WhatFollowsTheClosure follows)
    : ICommandHandler<EndSettlementCommand, CaseDetailDto>
{
    public ValueTask<CaseDetailDto> Handle(EndSettlementCommand command, CancellationToken cancellationToken) =>
        workflow.ChangeWithReadsAsync(command, async (c, context, ct) =>
        {
            if (command.Outcome == SettlementOutcome.Performed && c.IsClosed)
            {
                // Closed on the settlement while it ran: the closure stands, and nothing follows.
                c.SettlementPerformed(command.On!.Value, context);
            }
            else if (command.Outcome == SettlementOutcome.Performed)
            {
                c.SettlementPerformed(command.On!.Value, context, await payments.ReadAsync(c.Id, command.On!.Value, ct));
                await paid.CountedAsync(c, ct);
                await follows.ClosedAsync(c, ct);
            }
            else
            {
                c.SettlementBreached(command.On!.Value, context, await payments.ReadAsync(c.Id, command.On!.Value, ct));
            }
        }, cancellationToken);
}
