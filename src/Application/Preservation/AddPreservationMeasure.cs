using Enforcement.Application.Common;
using Enforcement.Application.Common.Workflows;
using Enforcement.Domain.Common;
using Enforcement.Domain.Preservation;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Preservation;

/// <summary>
/// Records a seal, seizure or freeze under the order. It runs for the asset kind's legal maximum, or until
/// <c>until</c> where the ruling orders less; more than the maximum is refused (400), never capped.
/// </summary>
public sealed record AddPreservationMeasureCommand(
    AssetKind? AssetKind, [MultilineText] string? Description, decimal? Amount, string? HolderOrRegistry, DateOnly? StartOn, DateOnly? Until = null)
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
        RuleFor(c => c.Until)
            .Must((c, until) => until >= c.StartOn && until <= AssetHold.LastDay(c.StartOn!.Value, AssetHold.MaxYears(c.AssetKind!.Value)))
            .When(c => c.Until is not null && c.StartOn is { } start && start < DateOnly.MaxValue.AddYears(-4) && c.AssetKind is { } kind && Enum.IsDefined(kind))
            .WithMessage(c => $"A {c.AssetKind} hold from {c.StartOn:yyyy-MM-dd} runs at most to " +
                              $"{AssetHold.LastDay(c.StartOn!.Value, AssetHold.MaxYears(c.AssetKind!.Value)):yyyy-MM-dd}, and not before it starts.");
    }
}

public sealed class AddPreservationMeasureHandler(PreservationWorkflow workflow) : ICommandHandler<AddPreservationMeasureCommand, PreservationOrderDto>
{
    public ValueTask<PreservationOrderDto> Handle(AddPreservationMeasureCommand command, CancellationToken cancellationToken) =>
        workflow.ChangeAsync(command, (order, context) => order.AddMeasure(
            command.AssetKind!.Value, command.Description, command.Amount is { } amount ? Money.FromYuan(amount) : null,
            command.HolderOrRegistry, command.StartOn!.Value, context, command.Until), cancellationToken);
}
