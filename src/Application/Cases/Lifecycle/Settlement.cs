using System.Text.Json.Serialization;
using Enforcement.Application.Cases.RegisterCase;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Cases.Lifecycle;

public sealed record InstalmentInput(DateOnly? DueOn, decimal? Amount);

/// <summary>Records a settlement agreement (执行和解) with its instalment plan; enforcement is suspended.</summary>
public sealed record AgreeSettlementCommand(DateOnly? AgreedOn, string? Terms, IReadOnlyList<InstalmentInput>? Instalments)
    : CaseCommand, ICommand<CaseDetailDto>;

public enum SettlementOutcome
{
    Performed,
    Breached,
}

/// <summary>The settlement was performed in full, or breached (enforcement resumes).</summary>
public sealed record EndSettlementCommand(DateOnly? On) : CaseCommand, ICommand<CaseDetailDto>
{
    [JsonIgnore] public SettlementOutcome Outcome { get; init; }
}

public sealed class AgreeSettlementValidator : AbstractValidator<AgreeSettlementCommand>
{
    public AgreeSettlementValidator()
    {
        RuleFor(c => c.AgreedOn).NotNull();
        RuleFor(c => c.Terms).NotEmpty().MaximumLength(EnforcementCase.MaxTextLength);
        RuleFor(c => c.Instalments).NotEmpty().WithMessage("A settlement needs an instalment plan.");
        RuleForEach(c => c.Instalments).ChildRules(instalment =>
        {
            instalment.RuleFor(i => i.DueOn).NotNull();
            instalment.RuleFor(i => i.Amount).MustBeAmount();
        });
    }
}

public sealed class EndSettlementValidator : AbstractValidator<EndSettlementCommand>
{
    public EndSettlementValidator() => RuleFor(c => c.On).NotNull();
}

public sealed class AgreeSettlementHandler(CaseWorkflow workflow) : ICommandHandler<AgreeSettlementCommand, CaseDetailDto>
{
    public ValueTask<CaseDetailDto> Handle(AgreeSettlementCommand command, CancellationToken cancellationToken)
    {
        var instalments = command.Instalments!.Select(i => new SettlementInstalment(i.DueOn!.Value, Money.FromYuan(i.Amount!.Value))).ToList();
        return workflow.ChangeAsync(command, (c, context) => c.AgreeSettlement(command.AgreedOn!.Value, command.Terms, instalments, context), cancellationToken);
    }
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
