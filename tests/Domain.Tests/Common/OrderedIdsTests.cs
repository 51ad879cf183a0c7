using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.Tests.Support;

namespace Enforcement.Domain.Tests.Common;

public sealed class OrderedIdsTests
{
    [Fact]
    public void Ids_made_within_one_millisecond_still_increase_as_both_engines_sort_them()
    {
        // Many ids a millisecond: Guid.CreateVersion7 alone orders these at random.
        var ids = Enumerable.Range(0, 20_000).Select(_ => OrderedIds.Next()).ToList();

        ids.Zip(ids.Skip(1)).ShouldAllBe(pair => pair.First.CompareTo(pair.Second) < 0);
        // SQLite stores a Guid as upper-case text; PostgreSQL compares a uuid's bytes in big-endian order.
        var text = ids.Select(id => id.ToString().ToUpperInvariant()).ToList();
        text.ShouldBe(text.Order(StringComparer.Ordinal).ToList());
        var bytes = ids.Select(id => Convert.ToHexString(id.ToByteArray(bigEndian: true))).ToList();
        bytes.ShouldBe(bytes.Order(StringComparer.Ordinal).ToList());
        ids.ShouldAllBe(id => id.Version == 7);
    }

    [Fact]
    public void A_closure_that_ends_the_running_pause_logs_the_pause_end_before_the_closure_on_the_same_day()
    {
        for (var round = 0; round < 50; round++)
        {
            var @case = TestData.RegisterCase(filedOn: new DateOnly(2025, 3, 3));
            @case.Pause(PauseKind.Suspension, new DateOnly(2025, 4, 1), "被执行人破产重整", TestData.Context(new DateOnly(2025, 4, 1)));
            @case.Close(ClosureMode.Withdrawn, new DateOnly(2025, 4, 10), "申请执行人撤回申请", TestData.Context(new DateOnly(2025, 4, 10)));

            // The timeline reads a day's lines by id: the order the change made them.
            @case.Appended.OfType<TimelineEntry>().Where(e => e.OccurredOn == new DateOnly(2025, 4, 10))
                .OrderBy(e => e.Id).Select(e => e.Kind).ShouldBe([TimelineKind.PauseEnded, TimelineKind.Closed]);
        }
    }
}
