using Enforcement.Application.Security;
using Enforcement.Domain.Calendar;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.Parties;
using Riok.Mapperly.Abstractions;

namespace Enforcement.Application.Cases;

/// <summary>
/// Source-generated mappings from the case aggregate to its DTOs. The <c>Project…</c> methods become
/// <c>Select</c> expressions that EF translates, so reads fetch only the columns a DTO needs.
/// Values that depend on today are filled in after the query by <c>AsOf</c>, which asks the domain
/// (<see cref="CaseSchedule"/>) exactly as the aggregate does.
/// </summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class CaseMapper
{
    public static partial IQueryable<CaseDetailDto> ProjectToDetail(this IQueryable<EnforcementCase> query);

    public static partial IQueryable<CaseSummaryDto> ProjectToSummary(this IQueryable<EnforcementCase> query);


    public static CaseDetailDto ToDetail(this EnforcementCase @case, DateOnly today, LegalCalendar calendar) =>
        @case.MapToDetail().AsOf(today, calendar);

    /// <summary>Fills in the values that depend on today, from the domain's own rules (<see cref="CaseSchedule.On"/>).</summary>
    public static CaseDetailDto AsOf(this CaseDetailDto dto, DateOnly today, LegalCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(dto);
        var clock = new CaseSchedule(
            dto.Status, dto.FiledOn, dto.NonLitigation, dto.ExtensionMonths, dto.PausedDays, dto.PausedSince, dto.Deadline, dto.HandlerDueOn,
            dto.FirstAssignedOn, dto.FirstStepsDueOn, dto.NoticeSentOn, dto.AssetReportOrderedOn, dto.Closure?.ClosedOn, dto.NextReinquiryDueOn, dto.ReinquiryEndsOn)
            .On(today, calendar);
        return dto with
        {
            LimitMonths = clock.LimitMonths,
            PausedDays = clock.PausedDays,
            Deadline = clock.Deadline,
            DaysRemaining = clock.DaysRemaining,
            Overdue = clock.Overdue,
            NearDeadline = clock.NearDeadline,
            DeadlineAssumesWeekendsOnly = clock.DeadlineAssumesWeekendsOnly,
            SurplusAmount = EnforcementCase.SurplusOf(Money.FromYuan(dto.ClaimedAmount), Money.FromYuan(dto.RecoveredAmount)).Yuan,
            HandlerLate = clock.HandlerLate,
            FirstStepsLate = clock.FirstStepsLate,
            ReinquiryDue = clock.ReinquiryDue,
        };
    }

    /// <summary>
    /// The case as <paramref name="reader"/> may read it: whole and in reach when they may work or lead it
    /// (<see cref="CaseAccess.SeesPersonalData"/>), with ID and phone numbers masked otherwise.
    /// </summary>
    public static CaseDetailDto ForReader(this CaseDetailDto dto, Abstractions.ICurrentActor reader)
    {
        ArgumentNullException.ThrowIfNull(dto);
        return reader.SeesPersonalData(dto.HandlerId) ? dto with { InReach = true } : dto.WithPersonalDataMasked();
    }

    public static CaseDetailDto WithPersonalDataMasked(this CaseDetailDto dto) => dto with
    {
        Applicants = dto.Applicants.Select(Security.Masking.Masked).ToList(),
        Respondents = dto.Respondents.Select(Security.Masking.Masked).ToList(),
    };

    public static CaseSummaryDto AsOf(this CaseSummaryDto dto, DateOnly today, LegalCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(dto);
        var deadline = CaseSchedule.DeadlineOn(today, dto.Deadline, dto.FiledOn, dto.NonLitigation, dto.ExtensionMonths, dto.PausedDays, dto.PausedSince, calendar);
        return dto with { Deadline = deadline, DaysRemaining = StatutoryClock.DaysRemaining(deadline, today) };
    }

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
    [MapperIgnoreTarget(nameof(CaseDetailDto.UnitSuggestions))]
    [MapperIgnoreTarget(nameof(CaseDetailDto.InReach))]
    private static partial CaseDetailDto MapToDetail(this EnforcementCase @case);

    [MapProperty(nameof(EnforcementCase.Number), nameof(CaseSummaryDto.CaseNumber))]
    [MapperIgnoreTarget(nameof(CaseSummaryDto.DaysRemaining))]
    private static partial CaseSummaryDto MapToSummary(this EnforcementCase @case);


    private static partial PartyDto MapParty(Party party);

    private static partial PartyNameDto MapPartyName(Party party);

    private static partial EnforcementBasisDto MapBasis(EnforcementBasis basis);

    private static partial ExtensionDto MapExtension(ExtensionRequest extension);

    private static partial PauseDto MapPause(ClockPause pause);

    private static partial SettlementDto MapSettlement(SettlementAgreement settlement);

    private static partial InstalmentDto MapInstalment(SettlementInstalment instalment);

    private static partial ClosureDto MapClosure(CaseClosure closure);

    private static decimal ToYuan(Money money) => money.Yuan;

    private static string ToText(CaseNumber number) => number.Value;
}
