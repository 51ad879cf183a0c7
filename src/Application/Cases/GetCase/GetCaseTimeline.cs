using Enforcement.Application.Errors;
using Mediator;

namespace Enforcement.Application.Cases.GetCase;

/// <summary>Everything that happened to a case, in date order (then in the order it was recorded).</summary>
public sealed record GetCaseTimelineQuery(Guid Id) : IQuery<IReadOnlyList<TimelineEntryDto>>;

public sealed class GetCaseTimelineHandler(ICaseTimeline timeline)
    : IQueryHandler<GetCaseTimelineQuery, IReadOnlyList<TimelineEntryDto>>
{
    public async ValueTask<IReadOnlyList<TimelineEntryDto>> Handle(GetCaseTimelineQuery query, CancellationToken cancellationToken)
    {
        // Every case has at least its registration entry, so an empty timeline means no such case.
        var entries = await timeline.ReadAsync(query.Id, cancellationToken);
        return entries.Count > 0 ? entries : throw new NotFoundException("case.not_found", $"No case has id {query.Id}.");
    }
}
