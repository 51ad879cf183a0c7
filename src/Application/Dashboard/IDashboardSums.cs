namespace Enforcement.Application.Dashboard;

/// <summary>
/// The dashboard's aggregates that LINQ over the domain's value types cannot express: sums of money columns, and the
/// preservation holds, which live on two tables (orders and cases). Each method is one SQL aggregate.
/// </summary>
public interface IDashboardSums
{
    /// <summary>Σ claimed and Σ recovered, in fen, over the cases closed from <paramref name="from"/> to <paramref name="to"/>.</summary>
    Task<ClosedAmounts> ClosedAmountsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);

    /// <summary>
    /// Per month of closing (yyyy-MM), from <paramref name="from"/> to <paramref name="to"/>: the cases closed, those
    /// closed as performed, those closed on or before their deadline, and the same sums.
    /// </summary>
    Task<IReadOnlyList<MonthlyAmounts>> ClosedAmountsByMonthAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);

    /// <summary>Live holds (on active orders and on cases) expiring within 7, 15 and 30 days of <paramref name="today"/>, today included.</summary>
    Task<ExpiringCounts> ExpiringHoldsAsync(DateOnly today, CancellationToken cancellationToken);

    /// <summary>Holds whose last day fell from <paramref name="from"/> to <paramref name="to"/> and before <paramref name="today"/>, not renewed or released in time.</summary>
    Task<int> LapsedHoldsAsync(DateOnly from, DateOnly to, DateOnly today, CancellationToken cancellationToken);
}

public sealed record ClosedAmounts(long ClaimedFen, long RecoveredFen);

public sealed record MonthlyAmounts(string Month, int Closed, int Performed, int WithinLimit, long ClaimedFen, long RecoveredFen);

public sealed record ExpiringCounts(int Within7, int Within15, int Within30);
