using System.Text.Json.Serialization;
using Enforcement.Domain.Cases;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;

namespace Enforcement.Application.Cases.Lifecycle;

public sealed class CaseClockOptions
{
    public const string SectionName = "CaseClock";

    /// <summary>Months an approved extension adds (commonly up to 3).</summary>
    public int ExtensionMonths { get; set; } = 3;
}

/// <summary>Asks to extend the case limit; accepted only within the last 5 days before the deadline.</summary>
public sealed record RequestExtensionCommand(string? Reason) : CaseCommand, ICommand<CaseDetailDto>;

/// <summary>A court leader's decision on an extension request. The approver defaults to the logged-in leader's staff record.</summary>
public sealed record DecideExtensionCommand(bool? Approve, Guid? ApproverStaffId = null, string? Note = null) : CaseCommand, ICommand<CaseDetailDto>
{
    [JsonIgnore] public Guid ExtensionId { get; init; }
}

public sealed class RequestExtensionValidator : AbstractValidator<RequestExtensionCommand>
{
    public RequestExtensionValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(EnforcementCase.MaxTextLength);
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

public sealed class RequestExtensionHandler(CaseWorkflow workflow, IOptions<CaseClockOptions> options)
    : ICommandHandler<RequestExtensionCommand, CaseDetailDto>
{
    public ValueTask<CaseDetailDto> Handle(RequestExtensionCommand command, CancellationToken cancellationToken) =>
        workflow.ChangeAsync(command, (c, context) => c.RequestExtension(command.Reason, options.Value.ExtensionMonths, context), cancellationToken);
}

public sealed class DecideExtensionHandler(CaseWorkflow workflow) : ICommandHandler<DecideExtensionCommand, CaseDetailDto>
{
    public async ValueTask<CaseDetailDto> Handle(DecideExtensionCommand command, CancellationToken cancellationToken)
    {
        var approverId = command.ApproverStaffId ?? workflow.ActorStaffId
            ?? throw new Domain.Common.DomainException("case.extension.approver_required", "Name the approving leader's staff record.");
        var approver = await workflow.StaffAsync(approverId, cancellationToken);
        return await workflow.ChangeAsync(
            command, (c, context) => c.DecideExtension(command.ExtensionId, command.Approve!.Value, approver, command.Note, context), cancellationToken,
            asWorker: false);
    }
}
