using Enforcement.Application.Abstractions;
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

public sealed class RegisterStaffHandler(IRepository<StaffMember> staff) : ICommandHandler<RegisterStaffCommand, StaffDto>
{
    public async ValueTask<StaffDto> Handle(RegisterStaffCommand command, CancellationToken cancellationToken)
    {
        var member = StaffMember.Create(command.Name!, command.Position!, command.Unit!.Value);
        staff.Add(member);
        await staff.SaveChangesAsync(cancellationToken);
        return member.ToDto();
    }
}
