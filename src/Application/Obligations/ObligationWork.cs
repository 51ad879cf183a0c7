using Enforcement.Application.Abstractions;
using Enforcement.Application.Cases.Specifications;
using Enforcement.Application.Common.Workflows;
using Enforcement.Application.Errors;
using Enforcement.Application.Security;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Obligations;
using Microsoft.Extensions.Options;

namespace Enforcement.Application.Obligations;

/// <summary>
/// The obligation's change paths. Case work (letters, plans, payments) is open to an officer on a case they may work
/// and to coordinators; coordination (recording, mediation, suggestions) and escalation are limited by the endpoint's
/// policy alone.
/// </summary>
public sealed class ObligationWork(ObligationWorkflow workflow, IReadRepository<EnforcementCase> cases, ICurrentActor actor, IOptions<ObligationOptions> options)
{
    public ObligationRules Rules => options.Value.ToRules();

    public ObligationWorkflow Workflow => workflow;

    /// <summary>A change an officer may make on a case they may work.</summary>
    public ValueTask<ObligationDto> CaseWorkAsync(AggregateCommand command, Action<Obligation, ChangeContext> change, CancellationToken cancellationToken) =>
        workflow.ChangeWithReadsAsync(command, async (obligation, context, ct) =>
        {
            await EnsureMayWorkAsync(obligation, ct);
            change(obligation, context);
        }, cancellationToken, checkAccess: false);

    /// <summary>A change the endpoint's policy already limits to the roles that may make it.</summary>
    public ValueTask<ObligationDto> CoordinationAsync(AggregateCommand command, Action<Obligation, ChangeContext> change, CancellationToken cancellationToken) =>
        workflow.ChangeAsync(command, change, cancellationToken, checkAccess: false);

    public async Task EnsureMayWorkAsync(Obligation obligation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        var handler = await cases.FirstOrDefaultAsync(new CaseByIdSpec(obligation.CaseId), q => q.Select(c => new { c.HandlerId, c.HandlerName }), ct);
        if (handler is not null && !actor.CanWork(handler.HandlerId))
        {
            throw new ForbiddenException(
                "case.not_assigned_to_you",
                $"Case {obligation.CaseNumber} is handled by {handler.HandlerName}; an officer works obligations only on their own cases and unassigned ones.",
                Auditing.AuditSubject.Of<Obligation>(obligation.Id));
        }
    }
}
