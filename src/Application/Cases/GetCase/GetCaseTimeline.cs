using Enforcement.Application.Abstractions;
using Enforcement.Application.Errors;
using Enforcement.Application.Security;
using Enforcement.Domain.Cases;
using Mediator;

namespace Enforcement.Application.Cases.GetCase;

/// <summary>
/// Everything that happened to a case, in date order (then in the order it was recorded), as the reader may see it: a
/// reader out of the case's reach (<see cref="CaseAccess.SeesPersonalData"/>, the detail's <c>inReach</c>) reads no
/// key-case line and only the supervision lines of orders addressed to them, as the key-case and supervision lists show
/// them.
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
        return read.Lines.Where(line => inReach || Readable(line)).Select(line => line.Entry).ToList();
    }

    /// <summary>A line for a reader out of reach: anything but a designation, and an order only when it is addressed to them.</summary>
    private bool Readable(CaseTimelineLine line) => line.Entry.Kind switch
    {
        TimelineKind.KeyCase => false,
        TimelineKind.Supervision => line.AddresseeId is { } addressee && addressee == actor.StaffId,
        _ => true,
    };
}
