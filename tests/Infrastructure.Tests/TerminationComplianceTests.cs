using Enforcement.Domain.Cases;
using Enforcement.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Infrastructure.Tests;

/// <summary>
/// The dashboard's 终本合规率 reads the five conditions in SQL (<see cref="CaseWorklists.CompliantTermination"/>); the
/// closing rule reads them in C#. Every closure the rule accepts must count as compliant, on either database.
/// </summary>
public sealed class TerminationComplianceTests : IDisposable
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private static EnforcementCase ClosedOnTheFirstAllowedDay(string number, DateOnly filedOn, out DateOnly closedOn)
    {
        // "More than 3 months": the day after filedOn + 3 months, clamped to the month's end.
        closedOn = filedOn.AddMonths(3).AddDays(1);
        var context = TestData.Context(closedOn);
        var @case = TestData.RegisterCase(number, filedOn: filedOn, today: filedOn);
        foreach (var kind in new[] { MeasureKind.EnforcementNotice, MeasureKind.AssetReportOrder, MeasureKind.ConsumptionRestriction })
        {
            @case.RecordMeasure(kind, filedOn, kind.ToString(), null, null, null, null, false, context);
        }

        @case.RecordMeasure(MeasureKind.OnlineAssetInquiry, filedOn, "网络查控系统查询", null, null, InquiryResult.NoAssets, null, false, context);
        @case.UnmetTerminationConditions(closedOn.AddDays(-1)).ShouldContain(EnforcementCase.TerminationConditions.ThreeMonthsElapsed);
        @case.Close(ClosureMode.TerminatedThisRound, closedOn, "经网络查控未发现可供执行财产", context);
        return @case;
    }

    [Theory]
    [InlineData(2026, 3, 31)]   // 3 months end on 06-30 (no 06-31): the first day allowed is 07-01
    [InlineData(2025, 11, 30)]  // 2026-02-28: the first day allowed is 03-01
    [InlineData(2027, 11, 30)]  // 2028-02-29, a leap day: the first day allowed is 03-01
    [InlineData(2026, 8, 31)]   // 11-30: the first day allowed is 12-01
    [InlineData(2025, 12, 31)]  // 2026-03-31: the first day allowed is 04-01
    [InlineData(2026, 4, 10)]   // no month end: 07-10, then 07-11
    public async Task A_closure_on_the_first_day_the_rule_allows_counts_as_compliant(int year, int month, int day)
    {
        using (var db = _database.NewContext())
        {
            db.Cases.Add(ClosedOnTheFirstAllowedDay($"（{year}）湘0681执301号", D(year, month, day), out _));
            await db.SaveChangesAsync();
        }

        using var read = _database.NewContext();
        (await read.Cases.CountAsync(CaseWorklists.CompliantTermination())).ShouldBe(1);

        // A day earlier, exactly 3 months after filing (the closing rule refuses it; here it is written in SQL), is not compliant.
        var exactly = D(year, month, day).AddMonths(3);
        await read.Database.ExecuteSqlAsync($"UPDATE \"Cases\" SET \"ClosedOn\" = {exactly}");
        (await read.Cases.CountAsync(CaseWorklists.CompliantTermination())).ShouldBe(0);
    }

    [Fact]
    public async Task A_debtor_reported_missing_after_the_closure_leaves_the_closure_compliant()
    {
        Guid reportedLater, reportedBefore;
        using (var db = _database.NewContext())
        {
            var later = ClosedOnTheFirstAllowedDay("（2026）湘0681执302号", D(2026, 4, 10), out var closedOn);
            // The 6-monthly re-inquiry after the closure finds the debtor gone.
            later.RecordMeasure(MeasureKind.OnlineAssetInquiry, D(2026, 11, 30), "终本后复查，被执行人下落不明", null, null, InquiryResult.NoAssets, null, true, TestData.Context(D(2026, 11, 30)));
            later.DebtorMissing.ShouldBeTrue();
            later.UnmetTerminationConditions(closedOn).ShouldBeEmpty();

            var before = ClosedOnTheFirstAllowedDay("（2026）湘0681执303号", D(2026, 4, 10), out closedOn);
            before.RecordMeasure(MeasureKind.OnlineAssetInquiry, D(2026, 11, 30), "终本后复查", null, null, InquiryResult.NoAssets, null, false, TestData.Context(D(2026, 11, 30)));
            db.Cases.AddRange(later, before);
            await db.SaveChangesAsync();
            (reportedLater, reportedBefore) = (later.Id, before.Id);
        }

        using var read = _database.NewContext();
        (await read.Cases.Where(CaseWorklists.CompliantTermination()).Select(c => c.Id).ToListAsync())
            .ShouldBe([reportedLater, reportedBefore], ignoreOrder: true);
    }

    [Fact]
    public async Task A_search_dated_before_the_debtor_was_reported_missing_does_not_count()
    {
        using (var db = _database.NewContext())
        {
            var filedOn = D(2026, 4, 10);
            var context = TestData.Context(filedOn);
            var @case = TestData.RegisterCase("（2026）湘0681执304号", filedOn: filedOn, today: filedOn);
            foreach (var kind in new[] { MeasureKind.EnforcementNotice, MeasureKind.AssetReportOrder, MeasureKind.ConsumptionRestriction })
            {
                @case.RecordMeasure(kind, filedOn, kind.ToString(), null, null, null, null, false, context);
            }

            @case.RecordMeasure(MeasureKind.OnlineAssetInquiry, D(2026, 4, 20), "网络查控，被执行人下落不明", null, null, InquiryResult.NoAssets, null, true, TestData.Context(D(2026, 4, 20)));
            @case.RecordMeasure(MeasureKind.SearchForDebtor, D(2026, 4, 20), "查找被执行人", null, null, null, null, false, TestData.Context(D(2026, 4, 20)));
            @case.Close(ClosureMode.TerminatedThisRound, D(2026, 7, 11), "经网络查控未发现可供执行财产", TestData.Context(D(2026, 7, 11)));
            db.Cases.Add(@case);
            await db.SaveChangesAsync();
        }

        using var read = _database.NewContext();
        (await read.Cases.CountAsync(CaseWorklists.CompliantTermination())).ShouldBe(1);

        // The search a day before the report, as a record written before this rule could hold it.
        await read.Database.ExecuteSqlAsync($"UPDATE \"CaseMeasures\" SET \"TakenOn\" = {D(2026, 4, 19)} WHERE \"Kind\" = 'SearchForDebtor'");
        (await read.Cases.CountAsync(CaseWorklists.CompliantTermination())).ShouldBe(0);
    }
}
