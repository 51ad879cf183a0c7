using Enforcement.Application.Abstractions;
using Enforcement.Application.Auditing;
using Enforcement.Application.Cases.Specifications;
using Enforcement.Application.Errors;
using Enforcement.Application.Security;
using Enforcement.Domain.Calendar;
using Enforcement.Domain.Cases;
using Mediator;

namespace Enforcement.Application.Cases.GetCase;

public sealed record GetCaseQuery(Guid Id) : IQuery<CaseDetailDto>;

/// <summary>
/// Reads one case. ID and phone numbers are masked unless the user may work or lead the case; every
/// unmasked read of personal data is written to the audit trail.
/// </summary>
public sealed class GetCaseHandler(
    IReadRepository<EnforcementCase> cases, ICourtClock clock, LegalCalendar calendar, ICurrentActor actor, IAuditTrail audit)
    : IQueryHandler<GetCaseQuery, CaseDetailDto>
{
    public async ValueTask<CaseDetailDto> Handle(GetCaseQuery query, CancellationToken cancellationToken)
    {
        var detail = await cases.FirstOrDefaultAsync(new CaseByIdSpec(query.Id), q => q.ProjectToDetail(), cancellationToken)
            ?? throw new NotFoundException("case.not_found", $"No case has id {query.Id}.");
        detail = detail.AsOf(clock.Today, calendar).ForReader(actor);
        if (detail.InReach && detail.Applicants.Concat(detail.Respondents).HasPersonalData())
        {
            await audit.WriteNowAsync("ReadPersonalData", nameof(EnforcementCase), detail.Id.ToString(),
                $"Unmasked ID and phone numbers of {detail.CaseNumber}", AuditOutcome.Succeeded, cancellationToken);
        }

        return detail;
    }
}
