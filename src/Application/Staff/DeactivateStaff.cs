using Enforcement.Application.Abstractions;
using Enforcement.Domain.Common;
using Enforcement.Application.Common.Workflows;
using Enforcement.Application.Users;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Staff;

/// <summary>
/// Deactivates a staff member: no new cases or approvals; history naming them is kept. Their login is disabled in
/// the same transaction, so a person who has left the court cannot keep working with a token issued before.
/// </summary>
public sealed record DeactivateStaffCommand : AggregateCommand, ICommand<StaffDto>;

public sealed class DeactivateStaffValidator : AbstractValidator<DeactivateStaffCommand>
{
    public DeactivateStaffValidator() => RuleFor(c => c.AggregateId).NotEmpty();
}

public sealed class DeactivateStaffHandler(StaffWorkflow workflow, IUserAccounts accounts, ICurrentActor actor) : ICommandHandler<DeactivateStaffCommand, StaffDto>
{
    public ValueTask<StaffDto> Handle(DeactivateStaffCommand command, CancellationToken cancellationToken) =>
        workflow.ChangeWithReadsAsync(command, async (member, _, ct) =>
        {
            // It would disable the caller's own login, which DisableUser refuses: someone else must do it.
            if (member.Id == actor.StaffId)
            {
                throw new DomainException("user.cannot_disable_self", "You cannot deactivate your own staff record: it would disable your own login; ask another administrator.");
            }

            member.Deactivate();
            await accounts.StageDisableForStaffAsync(member.Id, ct);
        }, cancellationToken);
}
