using Enforcement.Application.Errors;
using Mediator;

namespace Enforcement.Application.Cases.GetCase;

/// <summary>The case's payments (执行到位) in date order, voided ones included with their correction's reason.</summary>
public sealed record GetCasePaymentsQuery(Guid Id) : IQuery<IReadOnlyList<CasePaymentDto>>;

public sealed class GetCasePaymentsHandler(ICaseTimeline timeline)
    : IQueryHandler<GetCasePaymentsQuery, IReadOnlyList<CasePaymentDto>>
{
    public async ValueTask<IReadOnlyList<CasePaymentDto>> Handle(GetCasePaymentsQuery query, CancellationToken cancellationToken) =>
        await timeline.ReadPaymentsAsync(query.Id, cancellationToken)
        ?? throw new NotFoundException("case.not_found", $"No case has id {query.Id}.");
}
