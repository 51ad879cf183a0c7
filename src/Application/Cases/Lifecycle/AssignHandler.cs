using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Cases.Lifecycle;

/// <summary>Assigns or reassigns the case's handler (承办人); every assignment is kept.</summary>
public sealed record AssignHandlerCommand(Guid StaffId, DateOnly? AssignedOn) : CaseCommand, ICommand<CaseDetailDto>;

public sealed class AssignHandlerValidator : AbstractValidator<AssignHandlerCommand>
{
    public AssignHandlerValidator()
    {
        RuleFor(c => c.StaffId).NotEmpty();
        RuleFor(c => c.AssignedOn).NotNull();
    }
}

public sealed class AssignHandlerHandler(CaseWorkflow workflow) : ICommandHandler<AssignHandlerCommand, CaseDetailDto>
{
    public async ValueTask<CaseDetailDto> Handle(AssignHandlerCommand command, CancellationToken cancellationToken)
    {
        var handler = await workflow.StaffAsync(command.StaffId, cancellationToken);
        return await workflow.ChangeAsync(command, (c, context) => c.AssignHandler(handler, command.AssignedOn!.Value, context), cancellationToken);
    }
}
