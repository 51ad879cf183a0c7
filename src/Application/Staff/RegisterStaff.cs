using Enforcement.Domain.Staff;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Staff;

/// <summary>Adds a member of the court's personnel.</summary>
public sealed record RegisterStaffCommand(string? Name, string? Position, CourtUnit? Unit) : ICommand<StaffDto>;

public sealed class RegisterStaffValidator : AbstractValidator<RegisterStaffCommand>
{
    public RegisterStaffValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(StaffMember.MaxNameLength);
        RuleFor(c => c.Position).NotEmpty().MaximumLength(StaffMember.MaxPositionLength);
        RuleFor(c => c.Unit).NotNull().IsInEnum();
    }
}

public sealed class RegisterStaffHandler(StaffWorkflow workflow) : ICommandHandler<RegisterStaffCommand, StaffDto>
{
    // Staff have no unique key: two people may share a name.
    public ValueTask<StaffDto> Handle(RegisterStaffCommand command, CancellationToken cancellationToken) =>
        workflow.AddAsync(StaffMember.Create(command.Name!, command.Position!, command.Unit!.Value),
            () => new Errors.ConflictException("staff.duplicate", "A staff record with this id exists."), cancellationToken);
}
