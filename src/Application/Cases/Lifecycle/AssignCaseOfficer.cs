using Enforcement.Application.Abstractions;
using Enforcement.Application.Auditing;
using Enforcement.Application.Common.Workflows;
using Enforcement.Application.Staff;
using Enforcement.Application.Supervision;
using Enforcement.Domain.Staff;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Cases.Lifecycle;

/// <summary>Assigns or reassigns the officer who handles the case (承办人); every assignment is kept.</summary>
[AuditAction("AssignHandler")]
public sealed record AssignCaseOfficerCommand(Guid StaffId, DateOnly? AssignedOn) : AggregateCommand, ICommand<CaseDetailDto>;

public sealed class AssignCaseOfficerValidator : AbstractValidator<AssignCaseOfficerCommand>
{
    public AssignCaseOfficerValidator()
    {
        RuleFor(c => c.StaffId).NotEmpty();
        RuleFor(c => c.AssignedOn).NotNull();
    }
}

/// <remarks>Supervision orders addressed to the former handler follow the case (<see cref="OrdersFollowTheHandler"/>).</remarks>
public sealed class AssignCaseOfficerHandler(CaseWorkflow workflow, IRepository<StaffMember> staff, OrdersFollowTheHandler orders)
    : ICommandHandler<AssignCaseOfficerCommand, CaseDetailDto>
{
    public async ValueTask<CaseDetailDto> Handle(AssignCaseOfficerCommand command, CancellationToken cancellationToken)
    {
        var officer = await staff.RequireAsync(command.StaffId, cancellationToken);
        return await workflow.ChangeWithReadsAsync(command, async (c, context, ct) =>
        {
            c.AssignHandler(officer, command.AssignedOn!.Value, context);
            await orders.RedirectAsync(c, command.AssignedOn!.Value, context, ct);
        }, cancellationToken);
    }
}
