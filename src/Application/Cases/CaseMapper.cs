using Enforcement.Domain.Calendar;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.Parties;
using Riok.Mapperly.Abstractions;

namespace Enforcement.Application.Cases;

/// <summary>
/// Source-generated mappings from the case aggregate to its DTOs. The <c>Project…</c> methods become
/// <c>Select</c> expressions that EF translates, so reads fetch only the columns a DTO needs.
/// Values that depend on today are filled in after the query by <c>AsOf</c>, from the same
/// <see cref="StatutoryClock"/> rules the aggregate uses.
/// </summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class CaseMapper
{
    public static partial IQueryable<CaseDetailDto> ProjectToDetail(this IQueryable<EnforcementCase> query);

    public static partial IQueryable<CaseSummaryDto> ProjectToSummary(this IQueryable<EnforcementCase> query);

    public static partial IQueryable<TimelineEntryDto> ProjectToTimeline(this IQueryable<TimelineEntry> query);

    public static CaseDetailDto ToDetail(this EnforcementCase @case, DateOnly today, LegalCalendar calendar) =>
        @case.MapToDetail().AsOf(today, calendar);

    public static CaseDetailDto AsOf(this CaseDetailDto dto, DateOnly today, LegalCalendar calendar)
    {
        var limitMonths = StatutoryClock.Months(dto.NonLitigation, dto.ExtensionMonths);
        var pausedDays = dto.PausedDays + (dto.PausedSince is { } since ? today.DayNumber - since.DayNumber : 0);
        var deadline = dto.PausedSince is null ? dto.Deadline : StatutoryClock.Deadline(dto.FiledOn, limitMonths, pausedDays, calendar);
        var daysRemaining = deadline.DayNumber - today.DayNumber;
        var running = dto.Status == CaseStatus.Filed;
        return dto with
        {
            LimitMonths = limitMonths,
            PausedDays = pausedDays,
            Deadline = deadline,
            DaysRemaining = daysRemaining,
            Overdue = running && daysRemaining < 0,
            NearDeadline = running && daysRemaining is >= 0 and <= StatutoryClock.NearDeadlineDays,
            DeadlineAssumesWeekendsOnly = !calendar.Covers(deadline.Year),
            SurplusAmount = Math.Max(0m, dto.RecoveredAmount - dto.ClaimedAmount),
            // A closed case that never had a handler is not flagged; a late first assignment always is.
            HandlerLate = dto.FirstAssignedOn is { } first
                ? first > dto.HandlerDueOn
                : dto.Status != CaseStatus.Closed && StatutoryClock.HandlerLate(dto.HandlerDueOn, null, today),
            FirstStepsLate = StatutoryClock.FirstStepsLate(dto.FirstStepsDueOn, dto.NoticeSentOn, dto.AssetReportOrderedOn, today),
            ReinquiryDue = dto.NextReinquiryDueOn <= today,
        };
    }

    public static CaseDetailDto WithPersonalDataMasked(this CaseDetailDto dto) => dto with
    {
        Applicants = dto.Applicants.Select(Security.Masking.Masked).ToList(),
        Respondents = dto.Respondents.Select(Security.Masking.Masked).ToList(),
    };

    public static CaseSummaryDto AsOf(this CaseSummaryDto dto, DateOnly today) => dto with
    {
        DaysRemaining = dto.Deadline.DayNumber - today.DayNumber,
    };

    [MapProperty(nameof(EnforcementCase.Number), nameof(CaseDetailDto.CaseNumber))]
    [MapperIgnoreTarget(nameof(CaseDetailDto.DaysRemaining))]
    [MapperIgnoreTarget(nameof(CaseDetailDto.DeadlineAssumesWeekendsOnly))]
    [MapperIgnoreTarget(nameof(CaseDetailDto.SurplusAmount))]
    [MapperIgnoreTarget(nameof(CaseDetailDto.LimitMonths))]
    [MapperIgnoreTarget(nameof(CaseDetailDto.Overdue))]
    [MapperIgnoreTarget(nameof(CaseDetailDto.NearDeadline))]
    [MapperIgnoreTarget(nameof(CaseDetailDto.HandlerLate))]
    [MapperIgnoreTarget(nameof(CaseDetailDto.FirstStepsLate))]
    [MapperIgnoreTarget(nameof(CaseDetailDto.ReinquiryDue))]
    private static partial CaseDetailDto MapToDetail(this EnforcementCase @case);

    [MapProperty(nameof(EnforcementCase.Number), nameof(CaseSummaryDto.CaseNumber))]
    [MapperIgnoreTarget(nameof(CaseSummaryDto.DaysRemaining))]
    private static partial CaseSummaryDto MapToSummary(this EnforcementCase @case);

    private static partial TimelineEntryDto MapTimelineEntry(TimelineEntry entry);

    private static partial PartyDto MapParty(Party party);

    private static partial PartyNameDto MapPartyName(Party party);

    private static partial EnforcementBasisDto MapBasis(EnforcementBasis basis);

    private static partial ExtensionDto MapExtension(ExtensionRequest extension);

    private static partial SettlementDto MapSettlement(SettlementAgreement settlement);

    private static partial InstalmentDto MapInstalment(SettlementInstalment instalment);

    private static partial ClosureDto MapClosure(CaseClosure closure);

    private static decimal ToYuan(Money money) => money.Yuan;

    private static string ToText(CaseNumber number) => number.Value;
}
