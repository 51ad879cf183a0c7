using Enforcement.Domain.Common;
using Enforcement.Application.Abstractions;
using Enforcement.Application.Common.Workflows;
using Enforcement.Application.Errors;
using Enforcement.Domain.LinkedUnits;
using Enforcement.Domain.Parties;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.LinkedUnits;

/// <summary>Adds a body the court works with to the registry.</summary>
public sealed record RegisterLinkedUnitCommand(
    LinkedUnitKind? Kind, string? FullName, string? ShortName = null, string? CreditCode = null, Guid? SuperiorUnitId = null,
    string? ContactPerson = null, string? ContactPhone = null) : ICommand<LinkedUnitDto>;

/// <summary>
/// Corrects a unit's names, credit code, superior and contact. The kind is fixed at registration (whether its debts
/// are a public body's depends on it): a <c>kind</c> other than the unit's is 422 <c>linked_unit.kind.fixed</c>.
/// </summary>
public sealed record UpdateLinkedUnitCommand(
    string? FullName, string? ShortName = null, string? CreditCode = null, Guid? SuperiorUnitId = null, string? ContactPerson = null, string? ContactPhone = null,
    LinkedUnitKind? Kind = null)
    : AggregateCommand, ICommand<LinkedUnitDto>;

/// <summary>Takes a unit out of use: no new links; existing links and obligations stay.</summary>
public sealed record DeactivateLinkedUnitCommand : AggregateCommand, ICommand<LinkedUnitDto>;

public sealed record ActivateLinkedUnitCommand : AggregateCommand, ICommand<LinkedUnitDto>;

internal static class UnitFieldRules
{
    public static void Apply<T>(AbstractValidator<T> validator, Func<T, string?> fullName, Func<T, string?> shortName, Func<T, string?> creditCode,
        Func<T, string?> contactPerson, Func<T, string?> contactPhone)
    {
        validator.RuleFor(c => fullName(c)).NotEmpty().MaximumLength(LinkedUnit.MaxNameLength).OverridePropertyName("fullName");
        validator.RuleFor(c => shortName(c)).MaximumLength(LinkedUnit.MaxShortNameLength).OverridePropertyName("shortName");
        validator.RuleFor(c => creditCode(c))
            .Must(code => Domain.Parties.CreditCode.TryParse(code, out _))
            .When(c => !string.IsNullOrWhiteSpace(creditCode(c)))
            .WithErrorCode("linked_unit.credit_code.invalid")
            .WithMessage("'{PropertyValue}' is not a valid unified social credit code (GB 32100).")
            .OverridePropertyName("creditCode");
        validator.RuleFor(c => contactPerson(c)).MaximumLength(LinkedUnit.MaxContactLength).OverridePropertyName("contactPerson");
        validator.RuleFor(c => contactPhone(c))
            .Must(phone => Party.IsValidPhone(phone!))
            .When(c => !string.IsNullOrWhiteSpace(contactPhone(c)))
            .WithMessage("'{PropertyValue}' is not a phone number: a mobile (13812345678) or a landline with area code (0730-5212345).")
            .OverridePropertyName("contactPhone");
    }
}

public sealed class RegisterLinkedUnitValidator : AbstractValidator<RegisterLinkedUnitCommand>
{
    public RegisterLinkedUnitValidator()
    {
        RuleFor(c => c.Kind).NotNull().IsInEnum();
        UnitFieldRules.Apply(this, c => c.FullName, c => c.ShortName, c => c.CreditCode, c => c.ContactPerson, c => c.ContactPhone);
    }
}

public sealed class UpdateLinkedUnitValidator : AbstractValidator<UpdateLinkedUnitCommand>
{
    public UpdateLinkedUnitValidator()
    {
        RuleFor(c => c.Kind).IsInEnum();
        UnitFieldRules.Apply(this, c => c.FullName, c => c.ShortName, c => c.CreditCode, c => c.ContactPerson, c => c.ContactPhone);
    }
}

/// <summary>The registry's shared steps: refusing a duplicate, placing a unit under its superior, reading back the superior's name.</summary>
public sealed class LinkedUnitRegistry(IRepository<LinkedUnit> units)
{
    public static ConflictException Duplicate(string name) =>
        new("linked_unit.duplicate", $"A unit with the name or credit code of {name} is already registered.");

    public async Task EnsureUniqueAsync(LinkedUnit unit, CancellationToken ct)
    {
        var codes = unit.CreditCode is null ? Array.Empty<string>() : [unit.CreditCode];
        if (await units.AnyAsync(new LinkedUnitsMatchingSpec([unit.MatchName], codes, unit.Id), ct))
        {
            throw Duplicate(unit.FullName);
        }
    }

    /// <summary>
    /// Places <paramref name="unit"/> under <paramref name="superiorId"/>, following the chain above it to refuse a loop.
    /// An existing unit's new place marks every unit of that chain as changed, so that their versions are checked when
    /// the change is saved: two requests that would each close half of a loop (A under B, B under A) cannot both pass
    /// the check. A new unit (<paramref name="isNew"/>) has nothing below it, so it closes no loop and marks nothing.
    /// </summary>
    public async Task<LinkedUnit?> PlaceAsync(LinkedUnit unit, Guid? superiorId, bool isNew, CancellationToken ct)
    {
        if (superiorId is not { } id)
        {
            unit.PlaceUnder(null, []);
            return null;
        }

        var superior = await units.FirstOrDefaultAsync(new LinkedUnitByIdSpec(id), ct)
            ?? throw new Domain.Common.DomainInputException("linked_unit.superior.not_found", "superiorUnitId", $"No linked unit has id {id}.");
        if (unit.SuperiorUnitId == id)
        {
            return superior; // the same place: no new link, so no new loop
        }

        if (!superior.Active)
        {
            // A judicial suggestion to the superior would go to a unit that no longer answers.
            throw new Domain.Common.DomainInputException("linked_unit.superior.inactive", "superiorUnitId", $"{superior.FullName} is deactivated.");
        }

        var chain = new List<LinkedUnit>();
        for (var above = superior.SuperiorUnitId; above is { } next && chain.Count <= LinkedUnit.MaxDepth && chain.TrueForAll(u => u.Id != next);)
        {
            var unitAbove = await units.FirstOrDefaultAsync(new LinkedUnitByIdSpec(next), ct);
            if (unitAbove is null)
            {
                break;
            }

            chain.Add(unitAbove);
            above = unitAbove.SuperiorUnitId;
        }

        unit.PlaceUnder(superior, chain.ConvertAll(u => u.Id));
        foreach (var above in isNew ? Enumerable.Empty<LinkedUnit>() : chain.Prepend(superior))
        {
            above.RecordSubordinatePlaced(unit);
        }

        return superior;
    }

    public async Task<string?> SuperiorNameAsync(Guid? superiorId, CancellationToken ct) =>
        superiorId is { } id ? await units.FirstOrDefaultAsync(new LinkedUnitByIdSpec(id), q => q.Select(u => u.FullName), ct) : null;
}

public sealed class RegisterLinkedUnitHandler(LinkedUnitWorkflow workflow, LinkedUnitRegistry registry) : ICommandHandler<RegisterLinkedUnitCommand, LinkedUnitDto>
{
    public async ValueTask<LinkedUnitDto> Handle(RegisterLinkedUnitCommand command, CancellationToken cancellationToken)
    {
        var unit = LinkedUnit.Register(
            command.Kind!.Value, new UnitDetails(command.FullName, command.ShortName, command.CreditCode, command.ContactPerson, command.ContactPhone));
        await registry.EnsureUniqueAsync(unit, cancellationToken);
        var superior = await registry.PlaceAsync(unit, command.SuperiorUnitId, isNew: true, cancellationToken);
        var dto = await workflow.AddAsync(unit, () => LinkedUnitRegistry.Duplicate(unit.FullName), cancellationToken);
        return dto with { SuperiorUnitName = superior?.FullName };
    }
}

public sealed class UpdateLinkedUnitHandler(LinkedUnitWorkflow workflow, LinkedUnitRegistry registry) : ICommandHandler<UpdateLinkedUnitCommand, LinkedUnitDto>
{
    public async ValueTask<LinkedUnitDto> Handle(UpdateLinkedUnitCommand command, CancellationToken cancellationToken)
    {
        string? superiorName = null;
        try
        {
            var dto = await workflow.ChangeWithReadsAsync(command, async (unit, _, ct) =>
            {
                if (command.Kind is { } kind && kind != unit.Kind)
                {
                    throw new DomainException("linked_unit.kind.fixed", $"{unit.FullName} is registered as {unit.Kind}; the kind is fixed at registration. Register the unit again under the right kind.");
                }

                unit.Update(new UnitDetails(command.FullName, command.ShortName, command.CreditCode, command.ContactPerson, command.ContactPhone));
                await registry.EnsureUniqueAsync(unit, ct);
                superiorName = (await registry.PlaceAsync(unit, command.SuperiorUnitId, isNew: false, ct))?.FullName;
            }, cancellationToken);
            return dto with { SuperiorUnitName = superiorName };
        }
        catch (UniqueConstraintException)
        {
            throw LinkedUnitRegistry.Duplicate(command.FullName ?? "");
        }
    }
}

public sealed class DeactivateLinkedUnitHandler(LinkedUnitWorkflow workflow, LinkedUnitRegistry registry) : ICommandHandler<DeactivateLinkedUnitCommand, LinkedUnitDto>
{
    public async ValueTask<LinkedUnitDto> Handle(DeactivateLinkedUnitCommand command, CancellationToken cancellationToken)
    {
        var dto = await workflow.ChangeAsync(command, (unit, _) => unit.Deactivate(), cancellationToken);
        return dto with { SuperiorUnitName = await registry.SuperiorNameAsync(dto.SuperiorUnitId, cancellationToken) };
    }
}

public sealed class ActivateLinkedUnitHandler(LinkedUnitWorkflow workflow, LinkedUnitRegistry registry) : ICommandHandler<ActivateLinkedUnitCommand, LinkedUnitDto>
{
    public async ValueTask<LinkedUnitDto> Handle(ActivateLinkedUnitCommand command, CancellationToken cancellationToken)
    {
        var dto = await workflow.ChangeAsync(command, (unit, _) => unit.Activate(), cancellationToken);
        return dto with { SuperiorUnitName = await registry.SuperiorNameAsync(dto.SuperiorUnitId, cancellationToken) };
    }
}

public sealed class DeactivateLinkedUnitValidator : AbstractValidator<DeactivateLinkedUnitCommand>
{
    public DeactivateLinkedUnitValidator() => RuleFor(c => c.AggregateId).NotEmpty();
}

public sealed class ActivateLinkedUnitValidator : AbstractValidator<ActivateLinkedUnitCommand>
{
    public ActivateLinkedUnitValidator() => RuleFor(c => c.AggregateId).NotEmpty();
}
