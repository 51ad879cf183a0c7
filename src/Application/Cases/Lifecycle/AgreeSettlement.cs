using Enforcement.Application.Common;
using Enforcement.Application.Common.Workflows;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Cases.Lifecycle;

/// <summary>Records a settlement agreement (执行和解) with its instalment plan; enforcement is suspended.</summary>
public sealed record AgreeSettlementCommand(DateOnly? AgreedOn, [MultilineText] string? Terms, IReadOnlyList<InstalmentInput>? Instalments)
    : AggregateCommand, ICommand<CaseDetailDto>;

public sealed class AgreeSettlementValidator : AbstractValidator<AgreeSettlementCommand>
{
    public AgreeSettlementValidator()
    {
        RuleFor(c => c.AgreedOn).NotNull();
        RuleFor(c => c.Terms).NotEmpty().MaximumLength(EnforcementCase.MaxTextLength);
        RuleFor(c => c.Instalments).NotEmpty().WithMessage("A settlement needs an instalment plan.");
        RuleFor(c => c.Instalments).AtMostInstalments(EnforcementCase.MaxInstalments);
        RuleForEach(c => c.Instalments).NotNull().SetValidator(new InstalmentInputValidator());
    }
}

public sealed class AgreeSettlementHandler(CaseWorkflow workflow) : ICommandHandler<AgreeSettlementCommand, CaseDetailDto>
{
    public ValueTask<CaseDetailDto> Handle(AgreeSettlementCommand command, CancellationToken cancellationToken)
    {
        var instalments = command.Instalments!.Select(i => new SettlementInstalment(i.DueOn!.Value, Money.FromYuan(i.Amount!.Value))).ToList();
        return workflow.ChangeAsync(command, (c, context) => c.AgreeSettlement(command.AgreedOn!.Value, command.Terms, instalments, context), cancellationToken);
    }
}
