using Enforcement.Application.Common.Workflows;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Staff;

/// <summary>Deactivates a staff member: no new cases or approvals; history naming them is kept.</summary>
public sealed record DeactivateStaffCommand : AggregateCommand, ICommand<StaffDto>;

public sealed class DeactivateStaffValidator : AbstractValidator<DeactivateStaffCommand>
{
    public DeactivateStaffValidator() => RuleFor(c => c.AggregateId).NotEmpty();
}

public sealed class DeactivateStaffHandler(StaffWorkflow workflow) : ICommandHandler<DeactivateStaffCommand, StaffDto>
{
    public ValueTask<StaffDto> Handle(DeactivateStaffCommand command, CancellationToken cancellationToken) =>
        workflow.ChangeAsync(command, (member, _) => member.Deactivate(), cancellationToken);
}
