using Enforcement.Application.Abstractions;
using Enforcement.Domain.Common;
using Enforcement.Application.Common.Workflows;
using Enforcement.Application.Users;
using Enforcement.Domain.Tasks;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Staff;

/// <summary>
/// Deactivates a staff member: no new cases or approvals; history naming them is kept. Their login is disabled in
/// the same transaction, so a person who has left the court cannot keep working with a token issued before, and the
/// pool tasks they claimed go back to the pool.
/// </summary>
public sealed record DeactivateStaffCommand : AggregateCommand, ICommand<StaffDto>;

public sealed class DeactivateStaffValidator : AbstractValidator<DeactivateStaffCommand>
{
    public DeactivateStaffValidator() => RuleFor(c => c.AggregateId).NotEmpty();
}

public sealed class DeactivateStaffHandler(StaffWorkflow workflow, IUserAccounts accounts, IRepository<EnforcementTask> tasks, ICurrentActor actor)
    : ICommandHandler<DeactivateStaffCommand, StaffDto>
{
    /// <remarks>
    /// The login it disables may be an administrator's: the deactivation runs as the other changes that can take an
    /// Admin away do, so that two administrators deactivating each other's records at once leave one of them.
    /// </remarks>
    public async ValueTask<StaffDto> Handle(DeactivateStaffCommand command, CancellationToken cancellationToken) =>
        await accounts.KeepingAnAdminAsync(() => workflow.ChangeWithReadsAsync(command, async (member, context, ct) =>
        {
            // It would disable the caller's own login, which DisableUser refuses: someone else must do it.
            if (member.Id == actor.StaffId)
            {
                throw new DomainException("user.cannot_disable_self", "You cannot deactivate your own staff record: it would disable your own login; ask another administrator.");
            }

            member.Deactivate();
            await accounts.StageDisableForStaffAsync(member.Id, ct);

            // Their claims go back to the pool in the same transaction: nobody else could complete or take them.
            foreach (var task in await tasks.ListAsync(Common.Specs.Where<EnforcementTask>(t => t.ClaimedById == member.Id && t.Status == TaskState.Claimed), ct))
            {
                task.Release(context, "领取人已停用 the claimant was deactivated");
            }
        }, cancellationToken).AsTask(), cancellationToken);
}
