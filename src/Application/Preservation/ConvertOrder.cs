using Enforcement.Application.Common.Workflows;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Preservation;

/// <summary>Converts the order into enforcement on a case registered for the same title.</summary>
public sealed record ConvertOrderCommand(Guid CaseId) : AggregateCommand, ICommand<PreservationOrderDto>;

public sealed class ConvertOrderValidator : AbstractValidator<ConvertOrderCommand>
{
    public ConvertOrderValidator() => RuleFor(c => c.CaseId).NotEmpty();
}

/// <summary>Changes the order and the case in one transaction; an officer converts only into a case they may work.</summary>
public sealed class ConvertOrderHandler(PreservationWorkflow workflow, CaseWorkflow cases) : ICommandHandler<ConvertOrderCommand, PreservationOrderDto>
{
    public async ValueTask<PreservationOrderDto> Handle(ConvertOrderCommand command, CancellationToken cancellationToken)
    {
        var @case = await cases.LoadAsync(command.CaseId, expectedVersion: null, cancellationToken);
        return await workflow.ChangeAsync(command, (order, context) => order.ConvertTo(@case, context), cancellationToken);
    }
}
