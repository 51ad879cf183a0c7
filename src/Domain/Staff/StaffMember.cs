using Enforcement.Domain.Common;

namespace Enforcement.Domain.Staff;

/// <summary>A unit of the court whose staff use the system.</summary>
public enum CourtUnit
{
    /// <summary>执行局</summary>
    EnforcementBureau,

    /// <summary>执源治理中心</summary>
    GovernanceCenter,

    /// <summary>信访接待室</summary>
    PetitionOffice,

    /// <summary>院领导</summary>
    CourtLeadership,
}

/// <summary>A member of the court's personnel: handlers, reception staff and leaders.</summary>
public sealed class StaffMember : AggregateRoot
{
    public const int MaxNameLength = 50;
    public const int MaxPositionLength = 50;

    private StaffMember()
    {
    }

    public string Name { get; private set; } = "";

    /// <summary>The name normalized by <see cref="SearchText"/>, for fragment search.</summary>
    public string SearchName { get; private set; } = "";

    /// <summary>Job title, e.g. 执行员, 法官助理, 副院长.</summary>
    public string Position { get; private set; } = "";

    public CourtUnit Unit { get; private set; }

    public bool Active { get; private set; }

    /// <summary>Enforcement officers of the bureau or the governance centre may own cases.</summary>
    public bool CanHandleCases => Active && Unit is CourtUnit.EnforcementBureau or CourtUnit.GovernanceCenter;

    /// <summary>Extensions need the court president or a vice-president (院领导).</summary>
    public bool CanApproveExtensions => Active && Unit == CourtUnit.CourtLeadership;

    public static StaffMember Create(string name, string position, CourtUnit unit)
    {
        name = name?.Trim() ?? "";
        position = position?.Trim() ?? "";
        if (name.Length is 0 or > MaxNameLength || position.Length is 0 or > MaxPositionLength)
        {
            throw new DomainException("staff.invalid", "A staff member needs a name and a position.");
        }

        if (!Enum.IsDefined(unit))
        {
            throw new DomainException("staff.unit.invalid", $"Unknown unit {unit}.");
        }

        var staff = new StaffMember { Name = name, SearchName = SearchText.Normalize(name), Position = position, Unit = unit, Active = true };
        staff.Touch($"Staff member {name} ({position}, {unit}) added");
        return staff;
    }

    /// <summary>Deactivates the record; history that names this person stays as it is.</summary>
    public void Deactivate()
    {
        if (!Active)
        {
            throw new DomainException("staff.already_inactive", $"{Name} is already inactive.");
        }

        Active = false;
        Touch($"Staff member {Name} deactivated");
    }
}
