namespace Enforcement.Domain.Parties;

public enum PartyKind
{
    /// <summary>自然人</summary>
    NaturalPerson,

    /// <summary>企业</summary>
    Enterprise,

    /// <summary>部门单位</summary>
    Department,

    /// <summary>乡镇</summary>
    Township,

    /// <summary>社区 (neighbourhood or village committee)</summary>
    Community,

    /// <summary>其他组织</summary>
    OtherOrganization,
}

public static class PartyKinds
{
    /// <summary>A department, township or community: a public body whose debts feed the linked-unit work.</summary>
    public static bool IsPublicBody(this PartyKind kind) =>
        kind is PartyKind.Department or PartyKind.Township or PartyKind.Community;

    /// <summary>Natural persons carry a resident ID; every other kind carries a unified social credit code.</summary>
    public static bool IsNaturalPerson(this PartyKind kind) => kind == PartyKind.NaturalPerson;
}
