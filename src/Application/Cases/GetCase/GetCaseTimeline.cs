using Enforcement.Application.Abstractions;
using Enforcement.Application.Errors;
using Enforcement.Application.Security;
using Enforcement.Domain.Cases;
using Mediator;

namespace Enforcement.Application.Cases.GetCase;

/// <summary>
/// Everything that happened to a case, in date order (then in the order it was recorded), as the reader may see it. A
/// line about another record (a prompt, a task, an assistance request, a petition, a key-case designation, a
/// supervision order) is shown only to a reader who may read that record: by role, as its endpoints check, and, out of
/// the case's reach (<see cref="CaseAccess.SeesPersonalData"/>, the detail's <c>inReach</c>), as its lists scope it: no
/// key-case, task or assistance line, only the supervision lines of orders addressed to the reader, and petition lines only
/// for those who read every petition.
/// </summary>
public sealed record GetCaseTimelineQuery(Guid Id) : IQuery<IReadOnlyList<TimelineEntryDto>>;

public sealed class GetCaseTimelineHandler(ICaseTimeline timeline, ICurrentActor actor)
    : IQueryHandler<GetCaseTimelineQuery, IReadOnlyList<TimelineEntryDto>>
{
    public async ValueTask<IReadOnlyList<TimelineEntryDto>> Handle(GetCaseTimelineQuery query, CancellationToken cancellationToken)
    {
        var read = await timeline.ReadAsync(query.Id, cancellationToken)
                   ?? throw new NotFoundException("case.not_found", $"No case has id {query.Id}.");
        var inReach = actor.SeesPersonalData(read.HandlerId);
        return read.Lines.Where(line => Readable(line, inReach)).Select(line => line.Entry).ToList();
    }

    private bool Readable(CaseTimelineLine line, bool inReach) => line.Entry.Kind switch
    {
        TimelineKind.KeyCase => inReach && actor.Satisfies(Policies.SupervisionRead),
        TimelineKind.Supervision => actor.Satisfies(Policies.SupervisionRead) && (inReach || (line.AddresseeId is { } addressee && addressee == actor.StaffId)),
        TimelineKind.PrePerformancePrompt => actor.Satisfies(Policies.PromptRead),
        TimelineKind.Task => inReach && actor.Satisfies(Policies.TaskRead),
        TimelineKind.Assistance => inReach && actor.Satisfies(Policies.AssistanceRead),
        TimelineKind.Petition => inReach || Petitions.PetitionReader.ReadsAllOf(actor),
        _ => true,
    };
}
