namespace Enforcement.Domain.Cases;

/// <summary>A handler assignment, kept for the case's history; an append-only record.</summary>
public sealed class HandlerAssignment
{
    private HandlerAssignment()
    {
    }

    internal HandlerAssignment(Guid caseId, Guid staffId, string staffName, DateOnly assignedOn, ChangeContext context)
    {
        CaseId = caseId;
        StaffId = staffId;
        StaffName = staffName;
        AssignedOn = assignedOn;
        RecordedBy = context.RecordedBy;
        RecordedAtUtc = context.RecordedAtUtc;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    public Guid CaseId { get; private init; }

    public Guid StaffId { get; private init; }

    public string StaffName { get; private init; } = "";

    public DateOnly AssignedOn { get; private init; }

    public string RecordedBy { get; private init; } = "";

    public DateTime RecordedAtUtc { get; private init; }
}
