using Enforcement.Application.Obligations;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.Obligations;
using Enforcement.Domain.Tests.Support;
using Enforcement.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Infrastructure.Tests;

/// <summary>
/// The obligation list's SQL filters and the aggregate's own status, flags and escalation suggestion must agree about
/// every obligation on every day around each boundary: an instalment 30 and 31 days late, a letter on and after its
/// reply date, a follow-up deadline on and after its day.
/// </summary>
public sealed class ObligationRuleAgreementTests : IDisposable
{
    private static readonly ObligationRules Rules = ObligationRules.Default;
    private readonly TestDatabase _database = new();

    public ObligationRuleAgreementTests()
    {
        using var db = _database.NewContext();
        var recorded = TestData.Context(new DateOnly(2025, 6, 2));
        Obligation New(string unitName, int number, decimal owed = 200_000m)
        {
            var unit = TestData.Unit(unitName);
            var @case = TestData.RegisterLinkedCase(unit, $"（2025）湘0681执{number}号");
            db.LinkedUnits.Add(unit);
            db.Cases.Add(@case);
            var obligation = Obligation.Record(
                new CaseRef(@case.Id, @case.Number.Value, [unit.Id]), unit, Money.FromYuan(owed), "工程款", new DateOnly(2025, 5, 1), null, recorded);
            db.Obligations.Add(obligation);
            return obligation;
        }

        New("汨罗市白水镇人民政府", 201); // open
        New("汨罗市长乐镇人民政府", 202).SendLetter("督1号", new DateOnly(2025, 6, 2), null, Rules, recorded); // due 06-17
        New("汨罗市屈子祠镇人民政府", 203).AgreePlan(
            new DateOnly(2025, 6, 2), [(new DateOnly(2025, 6, 3), Money.FromYuan(100_000m)), (new DateOnly(2025, 8, 1), Money.FromYuan(100_000m))], null,
            PlanSource.Negotiated, recorded); // 30 days late on 07-03, 31 on 07-04
        var escalated = New("汨罗市教育局", 204);
        escalated.SendLetter("督2号", new DateOnly(2025, 5, 1), null, Rules, recorded); // due 05-16 (Friday)
        escalated.Escalate(EscalationLevel.CourtLeadership, "报1号", new DateOnly(2025, 6, 2), "院长", new DateOnly(2025, 7, 1), null, Rules, recorded);
        // Ended with its case while a letter was unanswered and a plan in default: no status but Ended, nothing suggested.
        var ended = New("汨罗市罗江镇人民政府", 205);
        ended.SendLetter("督3号", new DateOnly(2025, 5, 1), null, Rules, recorded);
        ended.AgreePlan(new DateOnly(2025, 6, 2), [(new DateOnly(2025, 6, 3), Money.FromYuan(200_000m))], null, PlanSource.Negotiated, recorded);
        ended.EndWithCase(ClosureMode.Withdrawn, new DateOnly(2025, 6, 10));
        // Paid in full: Performed.
        var paid = New("汨罗市弼时镇人民政府", 206, owed: 100_000m);
        var paidCase = db.Cases.Local.Single(c => c.Id == paid.CaseId);
        paid.CountPayment(paidCase.RecordPayment(Money.FromYuan(100_000m), new DateOnly(2025, 6, 2), PaymentSource.Voluntary, null, recorded, paid.Id), null);
        db.SaveChanges();
    }

    private static readonly DateOnly[] BoundaryDays =
    [
        new(2025, 6, 16), new(2025, 6, 17), new(2025, 6, 18), new(2025, 7, 1), new(2025, 7, 2), new(2025, 7, 3), new(2025, 7, 4), new(2025, 9, 1),
    ];

    public static TheoryData<DateOnly> Days() => [.. BoundaryDays];

    [Theory]
    [MemberData(nameof(Days))]
    public async Task The_list_filters_and_the_aggregate_agree_on_every_boundary_day(DateOnly today)
    {
        using var db = _database.NewContext();
        var all = await db.Obligations.AsNoTracking().AsSplitQuery().ToListAsync();
        var repository = new EfReadRepository<Obligation>(db);
        async Task<HashSet<Guid>> Matching(SearchObligationsQuery query) =>
            (await repository.ListAsync(new ObligationsMatchingSpec(query, today, Rules.DefaultAfterDays, 1, 100), q => q.Select(o => o.Id), CancellationToken.None)).ToHashSet();

        foreach (var status in Enum.GetValues<ObligationStatus>())
        {
            (await Matching(new SearchObligationsQuery(Status: status)))
                .ShouldBe(all.Where(o => o.StatusOn(today, Rules) == status).Select(o => o.Id).ToHashSet(), ignoreOrder: true, $"{status} on {today}");
        }

        (await Matching(new SearchObligationsQuery(EscalationSuggested: true)))
            .ShouldBe(all.Where(o => o.EscalationReasonsOn(today, Rules).Count > 0).Select(o => o.Id).ToHashSet(), ignoreOrder: true, $"suggested on {today}");
    }

    [Fact]
    public async Task Every_status_has_its_row_so_that_the_agreement_above_compares_something()
    {
        using var db = _database.NewContext();
        var all = await db.Obligations.AsNoTracking().AsSplitQuery().ToListAsync();
        BoundaryDays.SelectMany(day => all.Select(o => o.StatusOn(day, Rules))).Distinct().Order()
            .ShouldBe(Enum.GetValues<ObligationStatus>().Order());
    }

    [Fact]
    public void The_boundaries_fall_where_the_dates_say()
    {
        using var db = _database.NewContext();
        var all = db.Obligations.AsNoTracking().AsSplitQuery().ToList();
        var plan = all.Single(o => o.PlanRevision == 1 && o.Owing);
        plan.StatusOn(new DateOnly(2025, 7, 3), Rules).ShouldBe(ObligationStatus.PlanAgreed);
        plan.StatusOn(new DateOnly(2025, 7, 4), Rules).ShouldBe(ObligationStatus.InDefault);
        var urged = all.Single(o => o.FirstUrgedOn == new DateOnly(2025, 6, 2));
        urged.EscalationReasonsOn(new DateOnly(2025, 6, 17), Rules).ShouldBeEmpty();
        urged.EscalationReasonsOn(new DateOnly(2025, 6, 18), Rules).ShouldNotBeEmpty();
        var escalated = all.Single(o => o.EscalationLevel == 1);
        escalated.EscalationReasonsOn(new DateOnly(2025, 7, 1), Rules).ShouldBeEmpty();
        escalated.EscalationReasonsOn(new DateOnly(2025, 7, 2), Rules).ShouldNotBeEmpty();
    }

    public void Dispose() => _database.Dispose();
}
