using Enforcement.Domain.Common;
using Enforcement.Domain.Parties;

namespace Enforcement.Domain.LinkedUnits;

/// <summary>What kind of body a linked unit (联动单位) is.</summary>
public enum LinkedUnitKind
{
    /// <summary>政府部门</summary>
    GovernmentDepartment,

    /// <summary>乡镇 (township or subdistrict government)</summary>
    Township,

    /// <summary>社区 (residents' or villagers' committee)</summary>
    Community,

    /// <summary>事业单位</summary>
    PublicInstitution,

    /// <summary>国有企业</summary>
    StateOwnedEnterprise,

    /// <summary>登记机关 (real-estate, vehicle or market registry)</summary>
    Registry,

    /// <summary>银行</summary>
    Bank,

    /// <summary>公安机关</summary>
    PublicSecurity,

    /// <summary>其他</summary>
    Other,
}

public static class LinkedUnitKinds
{
    /// <summary>
    /// The bodies whose unpaid debts to enterprises are public-body debts (机关、事业单位、国有企业 under the regulation on
    /// ensuring payments to SMEs and the arrears clean-up): a respondent linked to one makes the case a public-body debtor case.
    /// Registries, banks and public security are linked for assistance, not as debtors.
    /// </summary>
    public static bool IsPublicBody(this LinkedUnitKind kind) => PublicBodies.Contains(kind);

    /// <summary>The public-body kinds, for queries that test a kind in SQL.</summary>
    public static IReadOnlyList<LinkedUnitKind> PublicBodies { get; } =
    [
        LinkedUnitKind.GovernmentDepartment, LinkedUnitKind.Township, LinkedUnitKind.Community,
        LinkedUnitKind.PublicInstitution, LinkedUnitKind.StateOwnedEnterprise,
    ];
}

/// <summary>
/// A body the court works with (联动单位): a department, township or community that may owe an enterprise money, or a
/// registry, bank or police station asked for assistance. Units form a tree through their superior, so that an
/// escalation or a judicial suggestion knows who sits above. The kind is fixed at registration: it decides whether a
/// respondent linked to the unit is a public-body debtor.
/// </summary>
public sealed class LinkedUnit : AggregateRoot
{
    public const int MaxNameLength = 100;
    public const int MaxShortNameLength = 30;
    public const int MaxContactLength = 50;

    /// <summary>How far up the superior chain is followed; a deeper chain is refused as a likely loop.</summary>
    public const int MaxDepth = 10;

    private LinkedUnit()
    {
    }

    public LinkedUnitKind Kind { get; private set; }

    public string FullName { get; private set; } = "";

    public string ShortName { get; private set; } = "";

    /// <summary>统一社会信用代码, checked like a party's.</summary>
    public string? CreditCode { get; private set; }

    public Guid? SuperiorUnitId { get; private set; }

    public string? ContactPerson { get; private set; }

    public string? ContactPhone { get; private set; }

    public bool Active { get; private set; }

    /// <summary>The full and short names normalized by <see cref="Common.SearchText"/>, for fragment search.</summary>
    public string SearchText { get; private set; } = "";

    /// <summary>The full name normalized, for matching a respondent's name exactly (<see cref="MatchNameOf"/>).</summary>
    public string MatchName { get; private set; } = "";

    /// <summary>
    /// A name as units are matched on: normalized (<see cref="Common.SearchText.Normalize"/>) and without spaces, so that
    /// 汨罗市 教育局, 汨罗市教育局 and 汨罗市\u00A0教育局, which read alike, are one unit.
    /// </summary>
    public static string MatchNameOf(string name) => string.Concat(Common.SearchText.Normalize(name).Where(c => !char.IsWhiteSpace(c)));

    public bool IsPublicBody => Kind.IsPublicBody();

    public static LinkedUnit Register(LinkedUnitKind kind, UnitDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (!Enum.IsDefined(kind))
        {
            throw new DomainInputException("linked_unit.kind.invalid", "kind", $"Unknown unit kind {kind}.");
        }

        var unit = new LinkedUnit { Kind = kind, Active = true };
        unit.Apply(details);
        unit.Touch($"联动单位 Linked unit {unit.FullName} ({kind}) registered");
        return unit;
    }

    /// <summary>Corrects the unit's names, code and contact; the kind stays.</summary>
    public void Update(UnitDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        Apply(details);
        Touch($"联动单位 Linked unit {FullName} updated");
    }

    /// <summary>
    /// Places the unit under <paramref name="superior"/> (null: top level). <paramref name="superiorChain"/> is the
    /// ids above the superior, nearest first: the unit may not sit below itself.
    /// </summary>
    public void PlaceUnder(LinkedUnit? superior, IReadOnlyCollection<Guid> superiorChain)
    {
        ArgumentNullException.ThrowIfNull(superiorChain);
        if (superior is null)
        {
            SuperiorUnitId = null;
            return;
        }

        if (superior.Id == Id || superiorChain.Contains(Id))
        {
            throw new DomainException("linked_unit.superior.cycle", $"{superior.FullName} sits below {FullName}; a unit cannot be its own superior.");
        }

        if (superiorChain.Count >= MaxDepth)
        {
            throw new DomainException("linked_unit.superior.too_deep", $"A unit sits at most {MaxDepth} levels deep.");
        }

        SuperiorUnitId = superior.Id;
    }

    /// <summary>
    /// Records that <paramref name="subordinate"/> was placed below this unit, directly or further down. The save then
    /// checks this unit's version: a concurrent change of its own place, which the loop check read, fails as a conflict.
    /// </summary>
    public void RecordSubordinatePlaced(LinkedUnit subordinate)
    {
        ArgumentNullException.ThrowIfNull(subordinate);
        Touch($"下级单位 {subordinate.FullName} placed below");
    }

    public void Deactivate()
    {
        if (!Active)
        {
            throw new DomainException("linked_unit.already_inactive", $"{FullName} is already inactive.");
        }

        Active = false;
        Touch($"联动单位 Linked unit {FullName} deactivated");
    }

    public void Activate()
    {
        if (Active)
        {
            throw new DomainException("linked_unit.already_active", $"{FullName} is already active.");
        }

        Active = true;
        Touch($"联动单位 Linked unit {FullName} reactivated");
    }

    private void Apply(UnitDetails details)
    {
        var fullName = Required(details.FullName, MaxNameLength, "fullName");
        var shortName = Optional(details.ShortName, MaxShortNameLength, "shortName") ?? fullName[..Math.Min(fullName.Length, MaxShortNameLength)];
        var creditCode = Optional(details.CreditCode, 18, "creditCode");
        var phone = Optional(details.ContactPhone, 20, "contactPhone");
        if (phone is not null && !Party.IsValidPhone(phone))
        {
            throw new DomainInputException("linked_unit.phone.invalid", "contactPhone", $"'{phone}' is not a phone number.");
        }

        FullName = fullName;
        ShortName = shortName;
        CreditCode = creditCode is null
            ? null
            : Parties.CreditCode.TryParse(creditCode, out var code)
                ? code.Value
                : throw new DomainInputException("linked_unit.credit_code.invalid", "creditCode", $"'{creditCode}' is not a valid unified social credit code (GB 32100).");
        ContactPerson = Optional(details.ContactPerson, MaxContactLength, "contactPerson");
        ContactPhone = phone;
        MatchName = MatchNameOf(fullName);
        SearchText = Common.SearchText.Normalize(fullName + "|" + shortName);
    }

    private static string Required(string? text, int maxLength, string field) =>
        Optional(text, maxLength, field) ?? throw new DomainInputException($"linked_unit.{field}.missing", field, $"The unit needs a {field}.");

    private static string? Optional(string? text, int maxLength, string field)
    {
        var value = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        return value?.Length > maxLength
            ? throw new DomainInputException($"linked_unit.{field}.too_long", field, $"{field} is longer than {maxLength} characters.")
            : value;
    }
}

/// <summary>The editable facts of a unit.</summary>
public sealed record UnitDetails(string? FullName, string? ShortName, string? CreditCode, string? ContactPerson, string? ContactPhone);
