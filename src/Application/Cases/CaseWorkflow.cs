using System.Text.Json.Serialization;
using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using Enforcement.Application.Errors;
using Enforcement.Application.Security;
using Enforcement.Domain.Calendar;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Staff;

namespace Enforcement.Application.Cases;

/// <summary>A command that changes one case. The API fills in the id from the route and the version from <c>If-Match</c>.</summary>
public abstract record CaseCommand
{
    [JsonIgnore]
    public Guid CaseId { get; init; }

    /// <summary>The version the client last read; a different stored version refuses the change (412).</summary>
    [JsonIgnore]
    public int? ExpectedVersion { get; init; }

    /// <summary>A copy of this command (of its own type) addressed to <paramref name="caseId"/>.</summary>
    public CaseCommand For(Guid caseId, int? expectedVersion) => this with { CaseId = caseId, ExpectedVersion = expectedVersion };
}

/// <summary>Loads a case for a change (checking the expected version), and saves it returning the new detail.</summary>
public sealed class CaseWorkflow(
    IRepository<EnforcementCase> cases,
    IRepository<StaffMember> staff,
    ICourtClock clock,
    LegalCalendar calendar,
    ICurrentActor actor)
{
    public DateOnly Today => clock.Today;

    public LegalCalendar Calendar => calendar;

    public ChangeContext Context() => new(actor.Name, clock.Today, clock.UtcNow, calendar);

    public Guid? ActorStaffId => actor.StaffId;

    /// <summary>
    /// Loads a case for a change. <paramref name="asWorker"/>: the change is case work, which an officer may do only
    /// on their own and unassigned cases; leadership decisions (whose policy already names the role) pass false.
    /// </summary>
    public async Task<EnforcementCase> LoadAsync(Guid caseId, int? expectedVersion, CancellationToken cancellationToken, bool asWorker = true)
    {
        var @case = await cases.FirstOrDefaultAsync(new CaseForChangeSpec(caseId), cancellationToken)
            ?? throw new NotFoundException("case.not_found", $"No case has id {caseId}.");
        if (asWorker && !actor.CanWork(@case.HandlerId))
        {
            throw new ForbiddenException(
                "case.not_assigned_to_you",
                $"Case {@case.Number} is handled by {@case.HandlerName}; an officer changes only their own cases and unassigned ones.");
        }

        PreconditionFailedException.ThrowIfStale(@case, expectedVersion, "case");

        return @case;
    }

    /// <summary>Applies <paramref name="change"/> to the case and saves it in one transaction.</summary>
    public async ValueTask<CaseDetailDto> ChangeAsync(
        CaseCommand command, Action<EnforcementCase, ChangeContext> change, CancellationToken cancellationToken, bool asWorker = true)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(change);
        var @case = await LoadAsync(command.CaseId, command.ExpectedVersion, cancellationToken, asWorker);
        change(@case, Context());
        return await SaveAsync(@case, cancellationToken);
    }

    public async Task<CaseDetailDto> SaveAsync(EnforcementCase @case, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@case);
        await cases.SaveChangesAsync(cancellationToken);
        return @case.ToDetail(clock.Today, calendar);
    }

    /// <summary>A staff member named in a request body; a missing one breaks the rule the request relies on (422).</summary>
    public async Task<StaffMember> StaffAsync(Guid staffId, CancellationToken cancellationToken) =>
        await staff.FirstOrDefaultAsync(new StaffByIdSpec(staffId), cancellationToken)
        ?? throw new Domain.Common.DomainException("staff.not_found", $"No staff member has id {staffId}.");
}

/// <summary>One case with everything it owns, loaded with split queries so that its collections do not multiply.</summary>
public sealed class CaseForChangeSpec : Specification<EnforcementCase>
{
    public CaseForChangeSpec(Guid id) => Query.Where(c => c.Id == id).AsSplitQuery();
}

public sealed class StaffByIdSpec : Specification<StaffMember>
{
    public StaffByIdSpec(Guid id) => Query.Where(s => s.Id == id);
}
