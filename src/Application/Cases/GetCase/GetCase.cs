using Enforcement.Application.Abstractions;
using Enforcement.Application.Cases.Specifications;
using Enforcement.Application.Errors;
using Enforcement.Domain.Calendar;
using Enforcement.Domain.Cases;
using Mediator;

namespace Enforcement.Application.Cases.GetCase;

public sealed record GetCaseQuery(Guid Id) : IQuery<CaseDetailDto>;

public sealed class GetCaseHandler(IReadRepository<EnforcementCase> cases, ICourtClock clock, LegalCalendar calendar)
    : IQueryHandler<GetCaseQuery, CaseDetailDto>
{
    public async ValueTask<CaseDetailDto> Handle(GetCaseQuery query, CancellationToken cancellationToken)
    {
        var detail = await cases.FirstOrDefaultAsync(new CaseByIdSpec(query.Id), q => q.ProjectToDetail(), cancellationToken)
            ?? throw new NotFoundException("case.not_found", $"No case has id {query.Id}.");
        return detail.AsOf(clock.Today, calendar);
    }
}
