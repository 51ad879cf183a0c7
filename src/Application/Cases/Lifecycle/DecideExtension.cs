using System.Text.Json.Serialization;
using Enforcement.Application.Abstractions;
using Enforcement.Application.Common.Workflows;
using Enforcement.Application.Staff;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.Staff;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Cases.Lifecycle;

/// <summary>A court leader's decision on an extension request. The approver defaults to the logged-in leader's staff record.</summary>
public sealed record DecideExtensionCommand(bool? Approve, Guid? ApproverStaffId = null, string? Note = null) : AggregateCommand, ICommand<CaseDetailDto>
{
    [JsonIgnore]
    public Guid ExtensionId { get; init; }
}

public sealed class DecideExtensionValidator : AbstractValidator<DecideExtensionCommand>
{
    public DecideExtensionValidator()
    {
        RuleFor(c => c.Approve).NotNull();
        RuleFor(c => c.ApproverStaffId).NotEqual(Guid.Empty);
        RuleFor(c => c.Note).MaximumLength(EnforcementCase.MaxTextLength);
    }
}

/// <summary>A leadership decision: the Leader policy admits it, so the officer's own-case rule does not apply.</summary>
public sealed class DecideExtensionHandler(CaseWorkflow workflow, IRepository<StaffMember> staff, ICurrentActor actor)
    : ICommandHandler<DecideExtensionCommand, CaseDetailDto>
{
    public async ValueTask<CaseDetailDto> Handle(DecideExtensionCommand command, CancellationToken cancellationToken)
    {
        var approverId = command.ApproverStaffId ?? actor.StaffId
            ?? throw new DomainException("case.extension.approver_required", "Name the approving leader's staff record.");
        var approver = await staff.RequireAsync(approverId, cancellationToken);
        return await workflow.ChangeAsync(
            command, (c, context) => c.DecideExtension(command.ExtensionId, command.Approve!.Value, approver, command.Note, context), cancellationToken,
            checkAccess: false);
    }
}
