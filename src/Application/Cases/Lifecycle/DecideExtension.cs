using Enforcement.Application.Common;
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

/// <summary>
/// A court leader's decision on an extension request. The approver is always the logged-in leader's own staff record:
/// who decided is who is logged in, so the request cannot name another approver.
/// </summary>
public sealed record DecideExtensionCommand(bool? Approve, [MultilineText] string? Note = null) : AggregateCommand, ICommand<CaseDetailDto>
{
    [JsonIgnore]
    public Guid ExtensionId { get; init; }
}

public sealed class DecideExtensionValidator : AbstractValidator<DecideExtensionCommand>
{
    public DecideExtensionValidator()
    {
        RuleFor(c => c.Approve).NotNull();
        RuleFor(c => c.Note).MaximumLength(EnforcementCase.MaxTextLength);
    }
}

/// <summary>A leadership decision: the Leader policy admits it, so the officer's own-case rule does not apply.</summary>
public sealed class DecideExtensionHandler(CaseWorkflow workflow, IRepository<StaffMember> staff, ICurrentActor actor)
    : ICommandHandler<DecideExtensionCommand, CaseDetailDto>
{
    public async ValueTask<CaseDetailDto> Handle(DecideExtensionCommand command, CancellationToken cancellationToken)
    {
        var approverId = actor.StaffId
            ?? throw new DomainException("case.extension.approver_required", "Only a user linked to a court leader's staff record may decide an extension.");
        var approver = await staff.RequireAsync(approverId, cancellationToken);
        return await workflow.ChangeAsync(
            command, (c, context) => c.DecideExtension(command.ExtensionId, command.Approve!.Value, approver, command.Note, context), cancellationToken,
            checkAccess: false);
    }
}
