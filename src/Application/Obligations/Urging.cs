using Enforcement.Application.Common;
using Enforcement.Application.Common.Workflows;
using Enforcement.Domain.Obligations;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Obligations;

/// <summary>Records an urging letter (督促履行函) sent to the unit; the reply is due in the configured days unless <c>replyDueOn</c> is given.</summary>
public sealed record SendUrgingLetterCommand(string? DocumentNumber, DateOnly? SentOn, DateOnly? ReplyDueOn = null) : AggregateCommand, ICommand<ObligationDto>;

/// <summary>Records the unit's reply to an urging letter, once.</summary>
public sealed record RecordLetterReplyCommand(DateOnly? RepliedOn, [MultilineText] string? Reply) : AggregateCommand, ICommand<ObligationDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid LetterId { get; init; }
}

/// <summary>Agrees the unit's performance plan, or revises it: the earlier revisions are kept.</summary>
public sealed record AgreePlanCommand(DateOnly? AgreedOn, IReadOnlyList<InstalmentInput>? Instalments, [MultilineText] string? Note = null)
    : AggregateCommand, ICommand<ObligationDto>;

public sealed class SendUrgingLetterValidator : AbstractValidator<SendUrgingLetterCommand>
{
    public SendUrgingLetterValidator()
    {
        RuleFor(c => c.DocumentNumber).NotEmpty().MaximumLength(Obligation.MaxShortTextLength);
        RuleFor(c => c.SentOn).NotNull();
        RuleFor(c => c.ReplyDueOn).GreaterThan(c => c.SentOn).When(c => c.ReplyDueOn is not null && c.SentOn is not null)
            .WithMessage("The reply is due after the letter is sent.");
    }
}

public sealed class RecordLetterReplyValidator : AbstractValidator<RecordLetterReplyCommand>
{
    public RecordLetterReplyValidator()
    {
        RuleFor(c => c.RepliedOn).NotNull();
        RuleFor(c => c.Reply).NotEmpty().MaximumLength(Obligation.MaxTextLength);
    }
}

public sealed class AgreePlanValidator : AbstractValidator<AgreePlanCommand>
{
    public AgreePlanValidator()
    {
        RuleFor(c => c.AgreedOn).NotNull();
        RuleFor(c => c.Instalments).NotEmpty().WithMessage("A plan needs at least one instalment.");
        RuleFor(c => c.Instalments).AtMostInstalments(Obligation.MaxInstalments);
        RuleForEach(c => c.Instalments).NotNull().SetValidator(new InstalmentInputValidator());
        RuleFor(c => c.Note).MaximumLength(Obligation.MaxTextLength);
    }
}

public sealed class SendUrgingLetterHandler(ObligationWork work) : ICommandHandler<SendUrgingLetterCommand, ObligationDto>
{
    public ValueTask<ObligationDto> Handle(SendUrgingLetterCommand command, CancellationToken cancellationToken) =>
        work.CaseWorkAsync(command, (o, context) => o.SendLetter(command.DocumentNumber, command.SentOn!.Value, command.ReplyDueOn, work.Rules, context), cancellationToken);
}

public sealed class RecordLetterReplyHandler(ObligationWork work) : ICommandHandler<RecordLetterReplyCommand, ObligationDto>
{
    public ValueTask<ObligationDto> Handle(RecordLetterReplyCommand command, CancellationToken cancellationToken) =>
        work.CaseWorkAsync(command, (o, context) => o.RecordLetterReply(command.LetterId, command.RepliedOn!.Value, command.Reply, context), cancellationToken);
}

public sealed class AgreePlanHandler(ObligationWork work) : ICommandHandler<AgreePlanCommand, ObligationDto>
{
    public ValueTask<ObligationDto> Handle(AgreePlanCommand command, CancellationToken cancellationToken) =>
        work.CaseWorkAsync(command, (o, context) =>
            o.AgreePlan(command.AgreedOn!.Value, InstalmentInput.ToPlan(command.Instalments!), command.Note, PlanSource.Negotiated, context), cancellationToken);
}
