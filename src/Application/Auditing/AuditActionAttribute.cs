namespace Enforcement.Application.Auditing;

/// <summary>
/// The action a command is recorded as in the audit trail, where it must differ from the command's name (a renamed
/// command keeps its old action, so that the trail reads the same before and after the rename).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AuditActionAttribute(string action) : Attribute
{
    public string Action { get; } = action;
}
