using Enforcement.Domain.Calendar;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.Parties;
using Riok.Mapperly.Abstractions;

namespace Enforcement.Application.Cases;

/// <summary>
/// Source-generated mappings from the case aggregate to its DTOs. The <c>Project…</c> methods become
/// <c>Select</c> expressions that EF translates, so reads fetch only the columns a DTO needs.
/// Values that depend on today (<see cref="CaseDetailDto.DaysRemaining"/>) are filled in after the query.
/// </summary>
[Mapper]
public static partial class CaseMapper
{
    public static partial IQueryable<CaseDetailDto> ProjectToDetail(this IQueryable<EnforcementCase> query);

    public static partial IQueryable<CaseSummaryDto> ProjectToSummary(this IQueryable<EnforcementCase> query);

    public static CaseDetailDto ToDetail(this EnforcementCase @case, DateOnly today, LegalCalendar calendar) =>
        @case.MapToDetail().AsOf(today, calendar);

    public static CaseDetailDto AsOf(this CaseDetailDto dto, DateOnly today, LegalCalendar calendar) => dto with
    {
        DaysRemaining = dto.Deadline.DayNumber - today.DayNumber,
        DeadlineAssumesWeekendsOnly = !calendar.Covers(dto.Deadline.Year),
    };

    public static CaseSummaryDto AsOf(this CaseSummaryDto dto, DateOnly today) => dto with
    {
        DaysRemaining = dto.Deadline.DayNumber - today.DayNumber,
    };

    [MapProperty(nameof(EnforcementCase.Number), nameof(CaseDetailDto.CaseNumber))]
    [MapperIgnoreTarget(nameof(CaseDetailDto.DaysRemaining))]
    [MapperIgnoreTarget(nameof(CaseDetailDto.DeadlineAssumesWeekendsOnly))]
    [MapperIgnoreSource(nameof(EnforcementCase.DomainEvents))]
    [MapperIgnoreSource(nameof(EnforcementCase.SearchText))]
    [MapperIgnoreSource(nameof(EnforcementCase.LimitInMonths))]
    private static partial CaseDetailDto MapToDetail(this EnforcementCase @case);

    [MapProperty(nameof(EnforcementCase.Number), nameof(CaseSummaryDto.CaseNumber))]
    [MapperIgnoreTarget(nameof(CaseSummaryDto.DaysRemaining))]
    [MapperIgnoreSource(nameof(EnforcementCase.DomainEvents))]
    [MapperIgnoreSource(nameof(EnforcementCase.SearchText))]
    [MapperIgnoreSource(nameof(EnforcementCase.LimitInMonths))]
    [MapperIgnoreSource(nameof(EnforcementCase.Basis))]
    [MapperIgnoreSource(nameof(EnforcementCase.NonLitigation))]
    [MapperIgnoreSource(nameof(EnforcementCase.Summary))]
    [MapperIgnoreSource(nameof(EnforcementCase.PausedDays))]
    private static partial CaseSummaryDto MapToSummary(this EnforcementCase @case);

    private static partial PartyDto MapParty(Party party);

    [MapperIgnoreSource(nameof(Party.IdNumber))]
    [MapperIgnoreSource(nameof(Party.CreditCode))]
    [MapperIgnoreSource(nameof(Party.Phone))]
    private static partial PartyNameDto MapPartyName(Party party);

    private static partial EnforcementBasisDto MapBasis(EnforcementBasis basis);

    private static decimal ToYuan(Money money) => money.Yuan;

    private static string ToText(CaseNumber number) => number.Value;
}
