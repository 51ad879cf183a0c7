using Enforcement.Domain.Common;
using Enforcement.Domain.LinkedUnits;

namespace Enforcement.Domain.Cases;

/// <summary>
/// Links between the case's respondents and the linked-unit registry. A link is confirmed by a clerk (the registry
/// only suggests it), and the public-body debtor flag follows from the links, never from a name guess.
/// </summary>
public sealed partial class EnforcementCase
{
    private readonly List<RespondentUnitLink> _unitLinks = [];

    public IReadOnlyList<RespondentUnitLink> UnitLinks => _unitLinks;

    /// <summary>Links the respondent named <paramref name="respondentName"/> to <paramref name="unit"/>.</summary>
    public void LinkRespondent(string respondentName, LinkedUnit unit, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(context);
        var respondent = _respondents.FirstOrDefault(r => r.Name == respondentName?.Trim())
            ?? throw new DomainInputException("case.respondent.not_found", "respondentName", $"No respondent of case {Number} is named '{respondentName}'.");
        if (!unit.Active)
        {
            throw new DomainException("linked_unit.inactive", $"{unit.FullName} is inactive; reactivate it before linking.");
        }

        if (_unitLinks.Any(l => l.RespondentName == respondent.Name))
        {
            throw new DomainConflictException("case.respondent.already_linked", $"{respondent.Name} is already linked to a unit; unlink it first.");
        }

        if (_unitLinks.Any(l => l.LinkedUnitId == unit.Id))
        {
            throw new DomainConflictException("case.linked_unit.duplicate", $"{unit.FullName} is already linked to a respondent of case {Number}.");
        }

        _unitLinks.Add(new RespondentUnitLink(respondent.Name, unit.Id, unit.FullName, unit.IsPublicBody, context));
        PublicBodyDebtor = _unitLinks.Any(l => l.PublicBody);
        Log(TimelineKind.UnitLinked, context.Today, $"关联联动单位 Respondent {respondent.Name} linked to {unit.FullName}", context, unit.Id);
    }

    /// <summary>Removes the link to <paramref name="unitId"/>; the caller has checked that no obligation rests on it.</summary>
    public void UnlinkUnit(Guid unitId, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var link = _unitLinks.SingleOrDefault(l => l.LinkedUnitId == unitId)
            ?? throw new PartNotFoundException("case.linked_unit.not_found", $"No respondent of case {Number} is linked to unit {unitId}.");
        _unitLinks.Remove(link);
        PublicBodyDebtor = _unitLinks.Any(l => l.PublicBody);
        Log(TimelineKind.UnitUnlinked, context.Today, $"解除关联 Respondent {link.RespondentName} unlinked from {link.UnitName}", context, unitId);
    }
}

/// <summary>A respondent confirmed to be a linked unit.</summary>
public sealed class RespondentUnitLink
{
    private RespondentUnitLink()
    {
    }

    internal RespondentUnitLink(string respondentName, Guid linkedUnitId, string unitName, bool publicBody, ChangeContext context)
    {
        RespondentName = respondentName;
        LinkedUnitId = linkedUnitId;
        UnitName = unitName;
        PublicBody = publicBody;
        LinkedBy = context.RecordedBy;
        LinkedAtUtc = context.RecordedAtUtc;
    }

    public string RespondentName { get; private init; } = "";

    /// <summary>The same link on another case (a 执恢 case registered against the same respondents).</summary>
    internal RespondentUnitLink Copy(ChangeContext context) => new(RespondentName, LinkedUnitId, UnitName, PublicBody, context);

    public Guid LinkedUnitId { get; private init; }

    /// <summary>The unit's full name when linked.</summary>
    public string UnitName { get; private init; } = "";

    /// <summary>Whether the unit is a public body (its kind never changes).</summary>
    public bool PublicBody { get; private init; }

    public string LinkedBy { get; private init; } = "";

    public DateTime LinkedAtUtc { get; private init; }
}
