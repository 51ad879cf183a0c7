using System.Text.Json.Serialization;
using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using Enforcement.Application.Cases;
using Enforcement.Application.Cases.RegisterCase;
using Enforcement.Application.Errors;
using Enforcement.Application.Security;
using Enforcement.Domain.Calendar;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.Preservation;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Preservation;

/// <summary>A command that changes one order; the API fills in the id and the <c>If-Match</c> version.</summary>
public abstract record OrderCommand
{
    [JsonIgnore]
    public Guid OrderId { get; init; }

    [JsonIgnore]
    public int? ExpectedVersion { get; init; }

    public OrderCommand For(Guid orderId, int? expectedVersion) => this with { OrderId = orderId, ExpectedVersion = expectedVersion };
}

/// <summary>Loads an order for a change (checking the version) and saves it, returning the new detail.</summary>
public sealed class PreservationWorkflow(IRepository<PreservationOrder> orders, ICourtClock clock, LegalCalendar calendar, ICurrentActor actor)
{
    public ChangeContext Context() => new(actor.Name, clock.Today, clock.UtcNow, calendar);

    public DateOnly Today => clock.Today;

    public async Task<PreservationOrder> LoadAsync(Guid orderId, int? expectedVersion, CancellationToken cancellationToken)
    {
        var order = await orders.FirstOrDefaultAsync(new OrderForChangeSpec(orderId), cancellationToken)
            ?? throw new NotFoundException("preservation.order.not_found", $"No preservation order has id {orderId}.");
        PreconditionFailedException.ThrowIfStale(order, expectedVersion, "order");

        return order;
    }

    public async ValueTask<PreservationOrderDto> ChangeAsync(OrderCommand command, Action<PreservationOrder, ChangeContext> change, CancellationToken cancellationToken)
    {
        var order = await LoadAsync(command.OrderId, command.ExpectedVersion, cancellationToken);
        change(order, Context());
        return await SaveAsync(order, cancellationToken);
    }

    public async Task<PreservationOrderDto> SaveAsync(PreservationOrder order, CancellationToken cancellationToken)
    {
        await orders.SaveChangesAsync(cancellationToken);
        return order.ToDetail(clock.Today);
    }
}

public sealed class OrderForChangeSpec : Specification<PreservationOrder>
{
    public OrderForChangeSpec(Guid id) => Query.Where(o => o.Id == id).AsSplitQuery();
}

public sealed class OrderByIdSpec : Specification<PreservationOrder>
{
    public OrderByIdSpec(Guid id) => Query.Where(o => o.Id == id);
}

public sealed class OrderByNumberSpec : Specification<PreservationOrder>
{
    public OrderByNumberSpec(CaseNumber number) => Query.Where(o => o.Number == number);
}

/// <summary>
/// Records a preservation ruling. Times are instants (UTC or with an offset); a pre-litigation ruling later than
/// 48 hours after the application is flagged. A pre-enforcement order records when the performance period ends.
/// </summary>
public sealed record CreatePreservationOrderCommand(
    PreservationKind? Kind,
    string? CaseNumber,
    string? LitigationCaseNumber,
    IReadOnlyList<PartyInput>? Applicants,
    IReadOnlyList<PartyInput>? Respondents,
    decimal? AmountToPreserve,
    SecurityForm? SecurityForm,
    decimal? SecurityAmount,
    DateTimeOffset? ApplicationReceivedAt,
    DateTimeOffset? RuledAt,
    DateOnly? PerformancePeriodEndsOn = null) : ICommand<PreservationOrderDto>;

public sealed class CreatePreservationOrderValidator : AbstractValidator<CreatePreservationOrderCommand>
{
    public CreatePreservationOrderValidator()
    {
        RuleFor(c => c.Kind).NotNull().IsInEnum();
        RuleFor(c => c.CaseNumber)
            .Must(text => Domain.Cases.CaseNumber.TryParse(text, out var number) && number.IsPreservation)
            .WithMessage("An order's own number is a 财保 or 执保 number, like （2025）湘0681财保12号.")
            .When(c => !string.IsNullOrWhiteSpace(c.CaseNumber));
        RuleFor(c => c.LitigationCaseNumber)
            .Must(text => Domain.Cases.CaseNumber.NormaliseAny(text) is not null)
            .WithMessage("'{PropertyValue}' is not a case number like （2025）湘0681民初123号.")
            .When(c => !string.IsNullOrWhiteSpace(c.LitigationCaseNumber));
        RuleFor(c => c.CaseNumber).NotEmpty().When(c => string.IsNullOrWhiteSpace(c.LitigationCaseNumber))
            .WithMessage("Give the order's own number or the litigation case number.");
        RuleFor(c => c.Applicants).NotEmpty();
        RuleForEach(c => c.Applicants).NotNull().SetValidator(new PartyInputValidator());
        RuleFor(c => c.Respondents).NotEmpty();
        RuleForEach(c => c.Respondents).NotNull().SetValidator(new PartyInputValidator());
        RuleFor(c => c.AmountToPreserve).MustBeAmount();
        RuleFor(c => c.SecurityForm).NotNull().IsInEnum();
        RuleFor(c => c.SecurityAmount).MustBeAmount().When(c => c.SecurityAmount is not null);
        RuleFor(c => c.ApplicationReceivedAt).NotNull();
        RuleFor(c => c.RuledAt).NotNull();
        RuleFor(c => c.RuledAt).GreaterThanOrEqualTo(c => c.ApplicationReceivedAt)
            .When(c => c.RuledAt is not null && c.ApplicationReceivedAt is not null)
            .WithMessage("The ruling cannot precede the application.");
        RuleFor(c => c.PerformancePeriodEndsOn).NotNull().When(c => c.Kind == PreservationKind.PreEnforcement)
            .WithMessage("A pre-enforcement order records when the performance period ends.");
    }
}

public sealed class CreatePreservationOrderHandler(IRepository<PreservationOrder> orders, PreservationWorkflow workflow, ICourtClock clock)
    : ICommandHandler<CreatePreservationOrderCommand, PreservationOrderDto>
{
    public async ValueTask<PreservationOrderDto> Handle(CreatePreservationOrderCommand command, CancellationToken cancellationToken)
    {
        var number = string.IsNullOrWhiteSpace(command.CaseNumber) ? null : CaseNumber.Parse(command.CaseNumber);
        if (number is not null && await orders.AnyAsync(new OrderByNumberSpec(number), cancellationToken))
        {
            throw new ConflictException("preservation.duplicate_number", $"Order {number} is already recorded.");
        }

        var ruledAt = command.RuledAt!.Value;
        var order = PreservationOrder.Create(
            command.Kind!.Value,
            number,
            CaseNumber.NormaliseAny(command.LitigationCaseNumber),
            command.Applicants!.Select(p => p.ToParty()).ToList(),
            command.Respondents!.Select(p => p.ToParty()).ToList(),
            Money.FromYuan(command.AmountToPreserve!.Value),
            command.SecurityForm!.Value,
            command.SecurityAmount is { } security ? Money.FromYuan(security) : null,
            command.ApplicationReceivedAt!.Value.UtcDateTime,
            ruledAt.UtcDateTime,
            clock.DateOf(ruledAt),
            command.PerformancePeriodEndsOn,
            workflow.Context());
        orders.Add(order);
        try
        {
            return await workflow.SaveAsync(order, cancellationToken);
        }
        catch (UniqueConstraintException)
        {
            throw new ConflictException("preservation.duplicate_number", $"Order {number} is already recorded.");
        }
    }
}

/// <summary>Records a seal, seizure or freeze under the order; its expiry follows from the asset kind's legal maximum.</summary>
public sealed record AddPreservationMeasureCommand(AssetKind? AssetKind, string? Description, decimal? Amount, string? HolderOrRegistry, DateOnly? StartOn)
    : OrderCommand, ICommand<PreservationOrderDto>;

/// <summary>Renews (续行) a measure before it expires, until a date or for the full maximum again.</summary>
public sealed record RenewPreservationMeasureCommand(DateOnly? RenewedOn, DateOnly? Until = null) : OrderCommand, ICommand<PreservationOrderDto>
{
    [JsonIgnore]
    public Guid MeasureId { get; init; }
}

/// <summary>Releases (解除) a measure.</summary>
public sealed record ReleasePreservationMeasureCommand(DateOnly? ReleasedOn, string? Reason) : OrderCommand, ICommand<PreservationOrderDto>
{
    [JsonIgnore]
    public Guid MeasureId { get; init; }
}

/// <summary>Pre-litigation: the applicant filed suit or applied for arbitration.</summary>
public sealed record RecordLawsuitCommand(string? CaseNumber, DateOnly? FiledOn) : OrderCommand, ICommand<PreservationOrderDto>;

/// <summary>Converts the order into enforcement on a case registered for the same title.</summary>
public sealed record ConvertOrderCommand(Guid CaseId) : OrderCommand, ICommand<PreservationOrderDto>;

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

public sealed class RenewPreservationMeasureValidator : AbstractValidator<RenewPreservationMeasureCommand>
{
    public RenewPreservationMeasureValidator() => RuleFor(c => c.RenewedOn).NotNull();
}

public sealed class ReleasePreservationMeasureValidator : AbstractValidator<ReleasePreservationMeasureCommand>
{
    public ReleasePreservationMeasureValidator()
    {
        RuleFor(c => c.ReleasedOn).NotNull();
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(PreservationOrder.MaxTextLength);
    }
}

public sealed class RecordLawsuitValidator : AbstractValidator<RecordLawsuitCommand>
{
    public RecordLawsuitValidator()
    {
        RuleFor(c => c.CaseNumber).NotEmpty().Must(text => Domain.Cases.CaseNumber.NormaliseAny(text) is not null)
            .WithMessage("'{PropertyValue}' is not a case number like （2025）湘0681民初123号.");
        RuleFor(c => c.FiledOn).NotNull();
    }
}

public sealed class ConvertOrderValidator : AbstractValidator<ConvertOrderCommand>
{
    public ConvertOrderValidator() => RuleFor(c => c.CaseId).NotEmpty();
}

public sealed class AddPreservationMeasureHandler(PreservationWorkflow workflow) : ICommandHandler<AddPreservationMeasureCommand, PreservationOrderDto>
{
    public ValueTask<PreservationOrderDto> Handle(AddPreservationMeasureCommand command, CancellationToken cancellationToken) =>
        workflow.ChangeAsync(command, (order, context) => order.AddMeasure(
            command.AssetKind!.Value, command.Description, command.Amount is { } amount ? Money.FromYuan(amount) : null,
            command.HolderOrRegistry, command.StartOn!.Value, context), cancellationToken);
}

public sealed class RenewPreservationMeasureHandler(PreservationWorkflow workflow) : ICommandHandler<RenewPreservationMeasureCommand, PreservationOrderDto>
{
    public ValueTask<PreservationOrderDto> Handle(RenewPreservationMeasureCommand command, CancellationToken cancellationToken) =>
        workflow.ChangeAsync(command, (order, context) => order.RenewMeasure(command.MeasureId, command.RenewedOn!.Value, command.Until, context), cancellationToken);
}

public sealed class ReleasePreservationMeasureHandler(PreservationWorkflow workflow) : ICommandHandler<ReleasePreservationMeasureCommand, PreservationOrderDto>
{
    public ValueTask<PreservationOrderDto> Handle(ReleasePreservationMeasureCommand command, CancellationToken cancellationToken) =>
        workflow.ChangeAsync(command, (order, context) => order.ReleaseMeasure(command.MeasureId, command.ReleasedOn!.Value, command.Reason, context), cancellationToken);
}

public sealed class RecordLawsuitHandler(PreservationWorkflow workflow) : ICommandHandler<RecordLawsuitCommand, PreservationOrderDto>
{
    public ValueTask<PreservationOrderDto> Handle(RecordLawsuitCommand command, CancellationToken cancellationToken) =>
        workflow.ChangeAsync(command, (order, context) =>
            order.RecordLawsuit(CaseNumber.NormaliseAny(command.CaseNumber)!, command.FiledOn!.Value, context), cancellationToken);
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
