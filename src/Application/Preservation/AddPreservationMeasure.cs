using Enforcement.Application.Common;
using Enforcement.Application.Common.Workflows;
using Enforcement.Domain.Common;
using Enforcement.Domain.Preservation;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Preservation;

/// <summary>Records a seal, seizure or freeze under the order; its expiry follows from the asset kind's legal maximum.</summary>
public sealed record AddPreservationMeasureCommand(AssetKind? AssetKind, string? Description, decimal? Amount, string? HolderOrRegistry, DateOnly? StartOn)
    : AggregateCommand, ICommand<PreservationOrderDto>;

public sealed class AddPreservationMeasureValidator : AbstractValidator<AddPreservationMeasureCommand>
{
    public AddPreservationMeasureValidator()
    {
        RuleFor(c => c.AssetKind).NotNull().IsInEnum();
        RuleFor(c => c.Description).NotEmpty().MaximumLength(PreservationOrder.MaxTextLength);
        RuleFor(c => c.HolderOrRegistry).NotEmpty().MaximumLength(PreservationOrder.MaxTextLength);
        RuleFor(c => c.Amount).MustBeAmount().When(c => c.Amount is not null);
        RuleFor(c => c.StartOn).NotNull();
    }
}

public sealed class AddPreservationMeasureHandler(PreservationWorkflow workflow) : ICommandHandler<AddPreservationMeasureCommand, PreservationOrderDto>
{
    public ValueTask<PreservationOrderDto> Handle(AddPreservationMeasureCommand command, CancellationToken cancellationToken) =>
        workflow.ChangeAsync(command, (order, context) => order.AddMeasure(
            command.AssetKind!.Value, command.Description, command.Amount is { } amount ? Money.FromYuan(amount) : null,
            command.HolderOrRegistry, command.StartOn!.Value, context), cancellationToken);
}
