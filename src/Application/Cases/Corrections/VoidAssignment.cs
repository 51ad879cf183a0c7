using Enforcement.Application.Common;
using Enforcement.Application.Abstractions;
using Enforcement.Application.Cases.Specifications;
using Enforcement.Application.Supervision;
using Enforcement.Domain.Cases;
using Mediator;

namespace Enforcement.Application.Cases.Corrections;

/// <summary>Voids a mistaken assignment: the handler and the first-step deadline are counted again from the others.</summary>
public sealed record VoidAssignmentCommand([MultilineText] string? Reason) : CorrectionCommand(Reason), ICommand<CaseDetailDto>;

public sealed class VoidAssignmentValidator : CorrectionValidator<VoidAssignmentCommand>;

/// <remarks>Supervision orders addressed to the voided handler go to the one the case falls back to (<see cref="OrdersFollowTheHandler"/>).</remarks>
public sealed class VoidAssignmentHandler(
    CaseWorkflow workflow, IReadRepository<HandlerAssignment> assignments, IReadRepository<CaseCorrection> corrections, OrdersFollowTheHandler orders)
    : ICommandHandler<VoidAssignmentCommand, CaseDetailDto>
{
    public ValueTask<CaseDetailDto> Handle(VoidAssignmentCommand command, CancellationToken cancellationToken) =>
        workflow.ChangeWithReadsAsync(command, async (c, context, ct) =>
        {
            var voided = (await corrections.ListAsync(new CorrectionsOfCaseSpec(c.Id, CorrectionKind.Assignment), q => q.Select(x => x.RecordId), ct)).ToHashSet();
            var history = (await assignments.ListAsync(
                    new AssignmentsOfCaseSpec(c.Id), q => q.Select(a => new { a.Id, a.StaffId, a.StaffName, a.AssignedOn, a.RecordedAtUtc }), ct))
                .Select(a => new AssignmentRecord(a.Id, a.StaffId, a.StaffName, a.AssignedOn, a.RecordedAtUtc, voided.Contains(a.Id)))
                .ToList();
            c.VoidAssignment(command.RecordId, history, command.Reason, context);
            await orders.RedirectAsync(c, context.Today, context, ct);
        }, cancellationToken);
}
