using Enforcement.Application.Dashboard;
using Enforcement.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Infrastructure.Persistence;

/// <summary>
/// The dashboard's money sums in SQL over the fen columns (the <c>Money</c> value type has no SQL arithmetic in
/// LINQ), and the holds on both measure tables, each one aggregate through the (ClosedOn) and (ExpiresOn) indexes.
/// A case's recovered amount counts up to its claim: a surplus (interest, an overpayment) is not recovery of the
/// claim, and would hide another case's shortfall.
/// </summary>
public sealed class DashboardSums(EnforcementDbContext db, Providers.IDatabaseProvider provider) : IDashboardSums
{
    public async Task<ClosedAmounts> ClosedAmountsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var row = await db.Database.SqlQuery<AmountRow>($"""
            SELECT '' AS "Month", COALESCE(SUM("ClaimedFen"), 0) AS "Claimed", COALESCE(SUM(CASE WHEN "RecoveredFen" > "ClaimedFen" THEN "ClaimedFen" ELSE "RecoveredFen" END), 0) AS "Recovered"
            FROM "Cases" WHERE "ClosedOn" >= {from} AND "ClosedOn" <= {to}
            """).SingleAsync(cancellationToken);
        return new ClosedAmounts(row.Claimed, row.Recovered);
    }

    public async Task<IReadOnlyList<MonthlyAmounts>> ClosedAmountsByMonthAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        // The month expression is the engine's; the values are parameters.
        var month = provider.MonthOf("ClosedOn");
        var sql = $$"""
            SELECT {{month}} AS "Month", COUNT(*) AS "Closed",
                   SUM(CASE WHEN "ClosureMode" = {0} THEN 1 ELSE 0 END) AS "Performed",
                   SUM(CASE WHEN "ClosedOn" <= "Deadline" THEN 1 ELSE 0 END) AS "WithinLimit",
                   COALESCE(SUM("ClaimedFen"), 0) AS "Claimed", COALESCE(SUM(CASE WHEN "RecoveredFen" > "ClaimedFen" THEN "ClaimedFen" ELSE "RecoveredFen" END), 0) AS "Recovered"
            FROM "Cases" WHERE "ClosedOn" >= {1} AND "ClosedOn" <= {2}
            GROUP BY {{month}}
            """;
        var rows = await db.Database.SqlQueryRaw<MonthRow>(sql, nameof(ClosureMode.FullyPerformed), from, to).ToListAsync(cancellationToken);
        return rows.Select(r => new MonthlyAmounts(r.Month, r.Closed, r.Performed, r.WithinLimit, r.Claimed, r.Recovered)).ToList();
    }

    public async Task<ExpiringCounts> ExpiringHoldsAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var d7 = today.AddDays(7);
        var d15 = today.AddDays(15);
        var d30 = today.AddDays(30);
        var counts = await Live(today, d30).GroupBy(_ => 1).Select(g => new
        {
            Within7 = g.Count(e => e <= d7),
            Within15 = g.Count(e => e <= d15),
            Within30 = g.Count(),
        }).SingleOrDefaultAsync(cancellationToken);
        return counts is null ? new ExpiringCounts(0, 0, 0) : new ExpiringCounts(counts.Within7, counts.Within15, counts.Within30);
    }

    public Task<int> LapsedHoldsAsync(DateOnly from, DateOnly to, DateOnly today, CancellationToken cancellationToken) =>
        new ExpiringHolds(db).CountLapsedAsync(today, from, to, cancellationToken);

    /// <summary>The expiry days of the live holds the expiring list shows, from today to <paramref name="until"/>.</summary>
    private IQueryable<DateOnly> Live(DateOnly today, DateOnly until) => new ExpiringHolds(db).ExpiryDates(today, until);

    private sealed record AmountRow(string Month, long Claimed, long Recovered);

    private sealed record MonthRow(string Month, int Closed, int Performed, int WithinLimit, long Claimed, long Recovered);
}
