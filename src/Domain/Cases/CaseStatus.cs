namespace Enforcement.Domain.Cases;

public enum CaseStatus
{
    /// <summary>立案: registered, not yet closed.</summary>
    Filed,
}
