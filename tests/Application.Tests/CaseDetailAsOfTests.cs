using Enforcement.Application.Cases;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Tests.Support;

namespace Enforcement.Application.Tests;

/// <summary>The values of a case detail that depend on today, filled in after the query.</summary>
public sealed class CaseDetailAsOfTests
{
    private static readonly CaseDetailDto Filed = new()
    {
        FiledOn = new DateOnly(2025, 3, 3),
        Status = CaseStatus.Filed,
        Deadline = new DateOnly(2025, 9, 3),
        HandlerDueOn = new DateOnly(2025, 3, 10),
        ClaimedAmount = 1000m,
    };

    private static CaseDetailDto AsOf(CaseDetailDto dto, int year, int month, int day) => dto.AsOf(new DateOnly(year, month, day), TestData.Calendar);

    [Fact]
    public void Days_remaining_overdue_and_near_deadline_follow_today()
    {
        AsOf(Filed, 2025, 8, 29).ShouldSatisfyAllConditions(d => d.DaysRemaining.ShouldBe(5), d => d.NearDeadline.ShouldBeTrue(), d => d.Overdue.ShouldBeFalse());
        AsOf(Filed, 2025, 8, 28).NearDeadline.ShouldBeFalse();
        AsOf(Filed, 2025, 9, 4).ShouldSatisfyAllConditions(d => d.DaysRemaining.ShouldBe(-1), d => d.Overdue.ShouldBeTrue(), d => d.NearDeadline.ShouldBeFalse());
    }

    [Fact]
    public void A_paused_case_is_never_overdue_and_its_deadline_moves_on_with_the_pause()
    {
        var paused = AsOf(Filed with { Status = CaseStatus.Paused, PausedSince = new DateOnly(2025, 8, 1) }, 2025, 9, 10);
        paused.Overdue.ShouldBeFalse();
        paused.PausedDays.ShouldBe(40);
        paused.Deadline.ShouldBe(new DateOnly(2025, 10, 13)); // 09-03 + 40 = 10-13, a Monday
    }

    [Fact]
    public void A_handler_is_late_when_first_assigned_after_seven_days_or_still_missing_on_an_open_case()
    {
        AsOf(Filed, 2025, 3, 11).HandlerLate.ShouldBeTrue();
        AsOf(Filed with { FirstAssignedOn = new DateOnly(2025, 3, 10) }, 2025, 6, 1).HandlerLate.ShouldBeFalse();
        AsOf(Filed with { FirstAssignedOn = new DateOnly(2025, 3, 11) }, 2025, 6, 1).HandlerLate.ShouldBeTrue();
        // A case closed without a handler was late only if it closed after the handler was due (2025-03-10).
        AsOf(Filed with { Status = CaseStatus.Closed, Closure = new ClosureDto { ClosedOn = new DateOnly(2025, 3, 10) } }, 2025, 6, 1).HandlerLate.ShouldBeFalse();
        AsOf(Filed with { Status = CaseStatus.Closed, Closure = new ClosureDto { ClosedOn = new DateOnly(2025, 3, 11) } }, 2025, 6, 1).HandlerLate.ShouldBeTrue();
    }

    [Fact]
    public void The_surplus_is_what_was_recovered_beyond_the_claim() =>
        AsOf(Filed with { RecoveredAmount = 1250.50m }, 2025, 6, 1).SurplusAmount.ShouldBe(250.50m);
}
