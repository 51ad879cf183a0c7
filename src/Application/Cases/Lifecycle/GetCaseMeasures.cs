using Enforcement.Application.Abstractions;
using Enforcement.Application.Cases.Specifications;
using Enforcement.Application.Errors;
using Enforcement.Application.Preservation;
using Enforcement.Domain.Cases;
using Mediator;
using Riok.Mapperly.Abstractions;

namespace Enforcement.Application.Cases.Lifecycle;

public sealed record CaseMeasureDto
{
    public Guid Id { get; init; }

    public MeasureKind Kind { get; init; }

    public DateOnly TakenOn { get; init; }

    public string Description { get; init; } = "";

    public decimal? Amount { get; init; }

    public string? Asset { get; init; }

    public InquiryResult? InquiryResult { get; init; }

    public string? ListingGround { get; init; }

    /// <summary>For seals, seizures and freezes: expiry, renewals, release and status.</summary>
    public AssetHoldDto? Hold { get; init; }

    public string RecordedBy { get; init; } = "";

    public DateTime RecordedAtUtc { get; init; }

    /// <summary>Voided by a correction: the measure counts for nothing; see the timeline for why.</summary>
    public DateOnly? VoidedOn { get; init; }
}

/// <summary>The case's measures in date order, with the holds of its seals, seizures and freezes.</summary>
public sealed record GetCaseMeasuresQuery(Guid Id) : IQuery<IReadOnlyList<CaseMeasureDto>>;

public sealed class GetCaseMeasuresHandler(IReadRepository<EnforcementCase> cases, ICourtClock clock)
    : IQueryHandler<GetCaseMeasuresQuery, IReadOnlyList<CaseMeasureDto>>
{
    public async ValueTask<IReadOnlyList<CaseMeasureDto>> Handle(GetCaseMeasuresQuery query, CancellationToken cancellationToken)
    {
        var measures = await cases.ListAsync(
            new CaseByIdSpec(query.Id),
            q => q.SelectMany(c => c.Measures).OrderBy(m => m.TakenOn).ThenBy(m => m.RecordedAtUtc).ProjectToMeasures(),
            cancellationToken);

        // No measures: a case without any yet, or no such case (the second query runs only then).
        if (measures.Count == 0 && !await cases.AnyAsync(new CaseByIdSpec(query.Id), cancellationToken))
        {
            throw new NotFoundException("case.not_found", $"No case has id {query.Id}.");
        }

        var today = clock.Today;
        return measures.Select(m => m.Hold is null ? m : m with { Hold = m.Hold.AsOf(today, voided: m.VoidedOn is not null) }).ToList();
    }
}

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
[UseStaticMapper(typeof(PreservationMapper))]
public static partial class CaseMeasureMapper
{
    public static partial IQueryable<CaseMeasureDto> ProjectToMeasures(this IQueryable<CaseMeasure> query);

    private static partial CaseMeasureDto Map(CaseMeasure measure);

    private static decimal? ToYuan(Domain.Common.Money? money) => money?.Yuan;
}
