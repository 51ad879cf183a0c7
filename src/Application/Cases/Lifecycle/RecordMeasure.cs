using Enforcement.Application.Common;
using Enforcement.Application.Common.Workflows;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.Preservation;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Cases.Lifecycle;

/// <summary>
/// Records an enforcement measure. An online inquiry records its result; a dishonest-debtor listing its ground.
/// Seals, seizures and freezes hold an asset until the legal maximum of its <c>assetKind</c> (default: Seal immovable,
/// Seize movable, Freeze bank deposit), or <c>until</c> the last day the ruling orders, if earlier (a later one is 400
/// <c>preservation.measure.period_too_long</c>). <c>debtorMissing</c> records that the debtor could not be found (a 终本 condition then asks for a search or sanction).
/// </summary>
public sealed record RecordMeasureCommand(
    MeasureKind? Kind,
    DateOnly? TakenOn,
    [MultilineText] string? Description,
    decimal? Amount = null,
    string? Asset = null,
    InquiryResult? InquiryResult = null,
    string? ListingGround = null,
    bool DebtorMissing = false,
    AssetKind? AssetKind = null,
    DateOnly? Until = null) : AggregateCommand, ICommand<CaseDetailDto>;

public sealed class RecordMeasureValidator : AbstractValidator<RecordMeasureCommand>
{
    public RecordMeasureValidator()
    {
        RuleFor(c => c.Kind).NotNull().IsInEnum();
        RuleFor(c => c.TakenOn).NotNull();
        RuleFor(c => c.Description).NotEmpty().MaximumLength(EnforcementCase.MaxTextLength);
        RuleFor(c => c.Amount).MustBeAmount().When(c => c.Amount is not null);
        RuleFor(c => c.Asset).MaximumLength(200);
        RuleFor(c => c.InquiryResult).IsInEnum();
        RuleFor(c => c.InquiryResult).NotNull().When(c => c.Kind == MeasureKind.OnlineAssetInquiry)
            .WithMessage("An online asset inquiry records whether assets were found.");
        RuleFor(c => c.ListingGround).NotEmpty().When(c => c.Kind == MeasureKind.DishonestDebtorListing)
            .WithMessage("A dishonest-debtor listing records its legal ground.");
        RuleFor(c => c.ListingGround).MaximumLength(200);
        RuleFor(c => c.AssetKind).IsInEnum();
        RuleFor(c => c.AssetKind).Null().When(c => c.Kind is not (MeasureKind.Seal or MeasureKind.Seize or MeasureKind.Freeze))
            .WithMessage("Only a seal, seizure or freeze holds an asset kind.");
        RuleFor(c => c.Until).Null().When(c => c.Kind is not (MeasureKind.Seal or MeasureKind.Seize or MeasureKind.Freeze))
            .WithMessage("Only a seal, seizure or freeze runs until a date.");
    }
}

/// <summary>Records the measure, and completes in the same transaction the open pool tasks it answers (<see cref="Tasks.MeasureCompletesTasks"/>).</summary>
public sealed class RecordMeasureHandler(CaseWorkflow workflow, Tasks.MeasureCompletesTasks completes) : ICommandHandler<RecordMeasureCommand, CaseDetailDto>
{
    public ValueTask<CaseDetailDto> Handle(RecordMeasureCommand command, CancellationToken cancellationToken) =>
        workflow.ChangeWithReadsAsync(command, async (c, context, ct) =>
        {
            var measure = c.RecordMeasure(
                command.Kind!.Value,
                command.TakenOn!.Value,
                command.Description,
                command.Amount is { } amount ? Money.FromYuan(amount) : null,
                command.Asset,
                command.InquiryResult,
                command.ListingGround,
                command.DebtorMissing,
                context,
                command.AssetKind,
                command.Until);
            await completes.CompleteAsync(c.Id, measure.Kind, measure.Id, measure.TakenOn, c.NextReinquiryDueOn, context, ct);
        }, cancellationToken);
}
