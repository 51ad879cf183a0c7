using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using Enforcement.Application.Auditing;
using Enforcement.Application.Errors;
using Enforcement.Application.Security;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Petitions;
using Microsoft.Extensions.Options;

namespace Enforcement.Application.Petitions;

/// <summary>
/// Who reads which petition, and how a petition is shown to the reader: Reception, Leaders and Coordinators read every
/// petition; an officer reads those on cases they may work and those assigned to them. Petitioners' ID, phone and
/// address are shown to Reception and Leaders only; every such read is audited.
/// </summary>
public sealed class PetitionReader(IReadRepository<EnforcementCase> cases, ICurrentActor actor, IAuditTrail audit, IOptions<PetitionOptions> options)
{
    public bool SeesPetitionerData => SeesPetitionerDataOf(actor);

    /// <summary>An officer who is nothing else is limited to the petitions of their cases.</summary>
    public bool ReadsAll => ReadsAllOf(actor);

    /// <summary>Whether the reader's roles read supervision orders at all (reception and administrators do not).</summary>
    private bool ReadsSupervision => actor.Satisfies(Policies.SupervisionRead);

    public static bool SeesPetitionerDataOf(ICurrentActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsInRole(Roles.Reception) || actor.IsInRole(Roles.Leader);
    }

    public static bool ReadsAllOf(ICurrentActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return SeesPetitionerDataOf(actor) || actor.IsInRole(Roles.Coordinator);
    }

    /// <summary>Refuses (403) an officer a petition that is neither on a case they may work nor assigned to them.</summary>
    public async Task EnsureMayReadAsync(Petition petition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(petition);
        var linked = await CasesAsync(petition.Cases.Where(c => c.CaseId is not null).Select(c => c.CaseId!.Value).ToList(), cancellationToken);
        EnsureMayRead(petition.Id, petition.AssigneeKind, petition.AssigneeId, linked);
    }

    /// <summary>The petition as this reader may see it: related cases with their handlers, personal data masked or audited.</summary>
    public async Task<PetitionDto> PresentAsync(PetitionDto petition, bool auditRead, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(petition);
        var linked = await CasesAsync(petition.Cases.Where(c => c.CaseId is not null).Select(c => c.CaseId!.Value).ToList(), cancellationToken);
        EnsureMayRead(petition.Id, petition.AssigneeKind, petition.AssigneeId, linked);
        var leader = options.Value.LeaderInChargeShown;
        petition = petition with
        {
            Cases = petition.Cases.Select(c => c.CaseId is { } id && linked.TryGetValue(id, out var handler)
                ? c with { HandlerName = handler.HandlerName, LeaderInCharge = leader }
                : c).ToList(),

            // A supervision order's steps (督办) are read by those who may read supervision orders, as on a case's timeline.
            Timeline = ReadsSupervision ? petition.Timeline : petition.Timeline.Where(s => s.Kind != PetitionStepKind.Supervision).ToList(),
        };
        if (!SeesPetitionerData)
        {
            return petition.WithPersonalDataMasked();
        }

        if (auditRead && petition.HasPersonalData())
        {
            await audit.WriteNowAsync("ReadPersonalData", nameof(Petition), petition.Id.ToString(),
                $"Unmasked petitioners of the petition received {petition.ReceivedOn:yyyy-MM-dd}", AuditOutcome.Succeeded, cancellationToken);
        }

        return petition;
    }

    private void EnsureMayRead(Guid petitionId, AssigneeKind? assigneeKind, Guid? assigneeId, IReadOnlyDictionary<Guid, CaseHandler> linked)
    {
        if (ReadsAll || (assigneeKind == AssigneeKind.Staff && assigneeId is not null && assigneeId == actor.StaffId)
                     || linked.Values.Any(c => actor.CanWork(c.HandlerId)))
        {
            return;
        }

        throw new ForbiddenException("petition.not_on_your_cases", "An officer reads and notes the petitions on the cases they may work, or assigned to them.",
            Auditing.AuditSubject.Of<Petition>(petitionId));
    }

    private async Task<IReadOnlyDictionary<Guid, CaseHandler>> CasesAsync(IReadOnlyList<Guid> ids, CancellationToken cancellationToken) =>
        ids.Count == 0
            ? new Dictionary<Guid, CaseHandler>()
            : (await cases.ListAsync(new CasesByIdsSpec(ids), q => q.Select(c => new CaseHandler(c.Id, c.HandlerId, c.HandlerName)), cancellationToken))
            .ToDictionary(c => c.Id);

    private sealed record CaseHandler(Guid Id, Guid? HandlerId, string? HandlerName);
}

public sealed class CasesByIdsSpec : Specification<EnforcementCase>
{
    public CasesByIdsSpec(IReadOnlyCollection<Guid> ids) => Query.Where(c => ids.Contains(c.Id));
}
