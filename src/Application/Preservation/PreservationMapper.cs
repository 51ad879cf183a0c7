using Enforcement.Application.Cases;
using Enforcement.Application.Security;
using Enforcement.Domain.Calendar;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.Parties;
using Enforcement.Domain.Preservation;
using Riok.Mapperly.Abstractions;

namespace Enforcement.Application.Preservation;

/// <summary>Order DTOs, projected in the query; statuses that depend on today are filled in by <c>AsOf</c>.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class PreservationMapper
{
    public static partial IQueryable<PreservationOrderDto> ProjectToDetail(this IQueryable<PreservationOrder> query);

    public static partial IQueryable<PreservationOrderSummaryDto> ProjectToSummary(this IQueryable<PreservationOrder> query);

    public static PreservationOrderDto ToDetail(this PreservationOrder order, DateOnly today, int overPreservationMarginPercent, LegalCalendar calendar) =>
        order.MapToDetail().AsOf(today, overPreservationMarginPercent, calendar);

    public static PreservationOrderDto AsOf(this PreservationOrderDto dto, DateOnly today, int overPreservationMarginPercent, LegalCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(dto);
        ArgumentNullException.ThrowIfNull(calendar);
        var measures = dto.Measures.Select(m => m with { Hold = m.Hold.AsOf(today) }).ToList();
        return dto with
        {
            LiftDue = PreservationOrder.IsLiftDue(dto.Status, dto.LiftDueOn, measures.Any(m => m.Hold.Status == HoldStatus.Live), today),
            OverPreserved = PreservationOrder.IsOverPreserved(dto.Status, dto.HeldBasisPoints, overPreservationMarginPercent),
            DeadlineAssumesWeekendsOnly = calendar.AssumesWeekendsOnly(dto.LiftDueOn),
            Measures = measures,
        };
    }

    /// <summary>The hold as it stands on <paramref name="today"/>; a hold whose measure was voided reads Voided, and nothing else counts.</summary>
    public static AssetHoldDto AsOf(this AssetHoldDto hold, DateOnly today, bool voided = false)
    {
        var status = voided ? HoldStatus.Voided : AssetHold.Status(hold.ReleasedOn, hold.ExpiresOn, today);
        return hold with
        {
            Status = status,
            LapsedOn = status == HoldStatus.Lapsed ? AssetHold.LapsedFrom(hold.ReleasedOn, hold.ExpiresOn, today) : null,
            DaysLeft = status == HoldStatus.Live ? AssetHold.DaysLeft(hold.ExpiresOn, today) : null,
            RenewalRequestDueOn = AssetHold.RenewalRequestDue(hold.ExpiresOn),
        };
    }

    public static PreservationOrderDto WithPersonalDataMasked(this PreservationOrderDto dto) => dto with
    {
        Applicants = dto.Applicants.Select(Masking.Masked).ToList(),
        Respondents = dto.Respondents.Select(Masking.Masked).ToList(),
    };

    [MapProperty(nameof(PreservationOrder.Number), nameof(PreservationOrderDto.CaseNumber))]
    [MapperIgnoreTarget(nameof(PreservationOrderDto.LiftDue))]
    [MapperIgnoreTarget(nameof(PreservationOrderDto.OverPreserved))]
    [MapperIgnoreTarget(nameof(PreservationOrderDto.DeadlineAssumesWeekendsOnly))]
    private static partial PreservationOrderDto MapToDetail(this PreservationOrder order);

    [MapProperty(nameof(PreservationOrder.Number), nameof(PreservationOrderSummaryDto.CaseNumber))]
    private static partial PreservationOrderSummaryDto MapToSummary(this PreservationOrder order);

    private static partial PreservationMeasureDto MapMeasure(PreservationMeasure measure);

    private static partial OrderCorrectionDto MapCorrection(OrderCorrection correction);

    [MapperIgnoreTarget(nameof(AssetHoldDto.Status))]
    [MapperIgnoreTarget(nameof(AssetHoldDto.LapsedOn))]
    [MapperIgnoreTarget(nameof(AssetHoldDto.DaysLeft))]
    [MapperIgnoreTarget(nameof(AssetHoldDto.RenewalRequestDueOn))]
    internal static partial AssetHoldDto MapHold(AssetHold hold);

    internal static partial HoldRenewalDto MapRenewal(HoldRenewal renewal);

    private static partial PartyDto MapParty(Party party);

    private static partial PartyNameDto MapPartyName(Party party);

    private static decimal ToYuan(Money money) => money.Yuan;

    private static decimal? ToYuan(Money? money) => money?.Yuan;

    private static string? ToText(CaseNumber? number) => number?.Value;
}
