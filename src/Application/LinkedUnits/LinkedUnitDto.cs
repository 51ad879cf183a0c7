using Enforcement.Application.Abstractions;
using Enforcement.Application.Security;
using Enforcement.Domain.LinkedUnits;

namespace Enforcement.Application.LinkedUnits;

/// <summary>A linked unit as the registry shows it, with its superior's name.</summary>
public sealed record LinkedUnitDto : Common.IVersioned
{
    public Guid Id { get; init; }

    public LinkedUnitKind Kind { get; init; }

    public string FullName { get; init; } = "";

    public string ShortName { get; init; } = "";

    public string? CreditCode { get; init; }

    public Guid? SuperiorUnitId { get; init; }

    public string? SuperiorUnitName { get; init; }

    public string? ContactPerson { get; init; }

    /// <summary>Masked (<c>138****5678</c>) for roles that do not work cases.</summary>
    public string? ContactPhone { get; init; }

    public bool Active { get; init; }

    /// <summary>A department, township, community, public institution or state-owned enterprise: its debts are public-body debts.</summary>
    public bool PublicBody { get; init; }

    public int Version { get; init; }
}

public static class LinkedUnitMapping
{
    /// <summary>Projects units with their superior's name, in one query.</summary>
    public static IQueryable<LinkedUnitDto> ProjectToDto(this IQueryable<LinkedUnit> units, IQueryable<LinkedUnit> all) =>
        units.Select(u => new LinkedUnitDto
        {
            Id = u.Id,
            Kind = u.Kind,
            FullName = u.FullName,
            ShortName = u.ShortName,
            CreditCode = u.CreditCode,
            SuperiorUnitId = u.SuperiorUnitId,
            SuperiorUnitName = all.Where(s => s.Id == u.SuperiorUnitId).Select(s => s.FullName).FirstOrDefault(),
            ContactPerson = u.ContactPerson,
            ContactPhone = u.ContactPhone,
            Active = u.Active,
            PublicBody = LinkedUnitKinds.PublicBodies.Contains(u.Kind),
            Version = u.Version,
        });

    public static LinkedUnitDto ToDto(this LinkedUnit unit, string? superiorName) => new()
    {
        Id = unit.Id,
        Kind = unit.Kind,
        FullName = unit.FullName,
        ShortName = unit.ShortName,
        CreditCode = unit.CreditCode,
        SuperiorUnitId = unit.SuperiorUnitId,
        SuperiorUnitName = superiorName,
        ContactPerson = unit.ContactPerson,
        ContactPhone = unit.ContactPhone,
        Active = unit.Active,
        PublicBody = unit.IsPublicBody,
        Version = unit.Version,
    };

    /// <summary>Reception reads the registry with contact phones masked, as it reads parties.</summary>
    public static LinkedUnitDto MaskedFor(this LinkedUnitDto unit, ICurrentActor actor) =>
        actor.SeesUnitContacts() ? unit : unit with { ContactPhone = Masking.Phone(unit.ContactPhone) };

    public static bool SeesUnitContacts(this ICurrentActor actor) =>
        actor.IsInRole(Roles.Officer) || actor.IsInRole(Roles.Coordinator) || actor.IsInRole(Roles.Leader) || actor.IsInRole(Roles.Admin);
}
