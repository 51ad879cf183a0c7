using Enforcement.Application.Behaviors;

namespace Enforcement.Application.Tests;

public sealed class AggregateGatesTests
{
    private readonly AggregateGates _gates = new();

    [Fact]
    public async Task Changes_to_one_aggregate_take_turns_and_changes_to_others_do_not_wait()
    {
        var caseId = Guid.NewGuid();
        var first = await _gates.EnterAsync(caseId, CancellationToken.None);

        var second = _gates.EnterAsync(caseId, CancellationToken.None).AsTask();
        var other = _gates.EnterAsync(Guid.NewGuid(), CancellationToken.None).AsTask();
        (await other.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
        await Task.Delay(50);
        second.IsCompleted.ShouldBeFalse();

        first.Dispose();
        first.Dispose(); // a second release gives no extra turn
        (await second.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
        _gates.Count.ShouldBe(0);
    }

    [Fact]
    public async Task A_change_that_stops_waiting_leaves_no_gate_behind()
    {
        var caseId = Guid.NewGuid();
        var held = await _gates.EnterAsync(caseId, CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var waiting = _gates.EnterAsync(caseId, cancel.Token).AsTask();

        await cancel.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(() => waiting);
        held.Dispose();

        _gates.Count.ShouldBe(0);
        (await _gates.EnterAsync(caseId, CancellationToken.None)).Dispose();
    }
}
