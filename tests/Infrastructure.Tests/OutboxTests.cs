using Enforcement.Application.Cases.RegisterCase;
using Enforcement.Application.Common;
using Enforcement.Application.Outbox;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Parties;
using Enforcement.Domain.Tests.Support;
using Enforcement.Infrastructure.Outbox;
using Enforcement.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Enforcement.Infrastructure.Tests;

/// <summary>Domain events go out through the outbox: written with the change, delivered after it, retried, dead-lettered.</summary>
public sealed class OutboxTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 6, 16, 1, 0, 0, TimeSpan.Zero));
    private readonly FlakyState _state = new();
    private readonly ClaimRace _race = new();
    private TestHost _host = null!;

    private ServiceProvider Services => _host.Services;

    public async Task InitializeAsync() =>
        _host = await TestHost.StartAsync(
            new Dictionary<string, string?> { ["Outbox:MaxAttempts"] = "3", ["Outbox:FirstRetrySeconds"] = "10" },
            services =>
            {
                services.AddSingleton<TimeProvider>(_time);
                services.AddSingleton(_state);
                services.AddScoped<INotificationHandler<CaseRegistered>, FlakyHandler>();
                services.AddScoped<INotificationHandler<CaseRegistered>, CountingHandler>();
                services.ConfigureDbContext<EnforcementDbContext>(options => options.AddInterceptors(_race));
            });

    [Fact]
    public async Task A_throwing_handler_neither_fails_the_request_nor_loses_the_event_and_a_retry_delivers_it()
    {
        _state.FailuresLeft = 1;
        var detail = await SendAsync(RegisterCommand("（2025）湘0681执501号"));
        detail.CaseNumber.ShouldBe("（2025）湘0681执501号");
        (await MessagesAsync()).ShouldHaveSingleItem().Status.ShouldBe(OutboxStatus.Pending);

        var dispatcher = Services.GetRequiredService<OutboxDispatcher>();
        (await dispatcher.DispatchDueAsync()).ShouldBe(1);
        var failed = (await MessagesAsync()).Single();
        failed.Status.ShouldBe(OutboxStatus.Pending);
        failed.Attempts.ShouldBe(1);
        failed.LastError.ShouldNotBeNull().ShouldContain(nameof(FlakyHandler));
        failed.LastError.ShouldContain("→ TimeoutException: 联动单位接口连接超时"); // the cause, not only the wrapper
        failed.NextAttemptAtUtc.ShouldBe(_time.GetUtcNow().UtcDateTime.AddSeconds(10));
        _state.Counted.ShouldBe(1);

        // Not due yet: nothing happens before the retry delay.
        (await dispatcher.DispatchDueAsync()).ShouldBe(0);

        _time.Advance(TimeSpan.FromSeconds(10));
        (await dispatcher.DispatchDueAsync()).ShouldBe(1);
        var delivered = (await MessagesAsync()).Single();
        delivered.Status.ShouldBe(OutboxStatus.Delivered);
        delivered.Attempts.ShouldBe(2);
        _state.Handled.ShouldBe(["（2025）湘0681执501号"]);

        // The handler that succeeded the first time was not called again: the failed attempt recorded it. The attempt
        // that delivered the rest marked the message delivered and recorded no handler of its own.
        _state.Counted.ShouldBe(1);
        await using var scope = Services.CreateAsyncScope();
        var recorded = await scope.ServiceProvider.GetRequiredService<EnforcementDbContext>().OutboxDeliveries.Select(d => d.Handler).ToListAsync();
        recorded.ShouldContain(typeof(CountingHandler).FullName!);
        recorded.ShouldNotContain(typeof(FlakyHandler).FullName!);
    }

    [Fact]
    public async Task A_message_that_keeps_failing_is_dead_lettered_shown_to_the_admin_and_can_be_retried()
    {
        _state.FailuresLeft = int.MaxValue;
        await SendAsync(RegisterCommand("（2025）湘0681执502号"));
        var dispatcher = Services.GetRequiredService<OutboxDispatcher>();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            (await dispatcher.DispatchDueAsync()).ShouldBe(1);
            _time.Advance(TimeSpan.FromHours(1));
        }

        var dead = (await MessagesAsync()).Single();
        dead.Status.ShouldBe(OutboxStatus.DeadLettered);
        dead.Attempts.ShouldBe(3);
        (await dispatcher.DispatchDueAsync()).ShouldBe(0);

        await using (var scope = Services.CreateAsyncScope())
        {
            var admin = scope.ServiceProvider.GetRequiredService<IOutboxAdmin>();
            (await admin.ListAsync(OutboxStatus.DeadLettered, 1, 20, CancellationToken.None)).Items.ShouldHaveSingleItem().Id.ShouldBe(dead.Id);
            (await admin.RetryAsync(dead.Id, CancellationToken.None)).ShouldNotBeNull().Status.ShouldBe(OutboxStatus.Pending);
            (await admin.RetryAsync(Guid.NewGuid(), CancellationToken.None)).ShouldBeNull();
        }

        _state.FailuresLeft = 0;
        (await dispatcher.DispatchDueAsync()).ShouldBe(1);
        (await MessagesAsync()).Single().Status.ShouldBe(OutboxStatus.Delivered);
        _state.Counted.ShouldBe(1);
    }

    [Fact]
    public async Task A_message_claimed_by_another_dispatcher_is_left_to_it_until_the_claim_runs_out()
    {
        await SendAsync(RegisterCommand("（2025）湘0681执504号"));
        await using (var scope = Services.CreateAsyncScope())
        {
            // Another process claims the message, as the dispatcher itself does.
            var now = _time.GetUtcNow().UtcDateTime;
            (await scope.ServiceProvider.GetRequiredService<EnforcementDbContext>().OutboxMessages
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.NextAttemptAtUtc, now + OutboxDispatcher.ClaimFor))).ShouldBe(1);
        }

        var dispatcher = Services.GetRequiredService<OutboxDispatcher>();
        (await dispatcher.DispatchDueAsync()).ShouldBe(0);
        _state.Counted.ShouldBe(0);

        // The other process died: once the claim runs out, the message is delivered here.
        _time.Advance(OutboxDispatcher.ClaimFor);
        (await dispatcher.DispatchDueAsync()).ShouldBe(1);
        _state.Counted.ShouldBe(1);
        (await MessagesAsync()).Single().Status.ShouldBe(OutboxStatus.Delivered);
    }

    [Fact]
    public async Task A_message_another_dispatcher_claims_between_the_read_and_the_claim_is_left_to_it()
    {
        foreach (var number in (string[])["（2025）湘0681执511号", "（2025）湘0681执512号", "（2025）湘0681执513号"])
        {
            await SendAsync(RegisterCommand(number));
        }

        // The batch reads all three as due; just before its claim, another dispatcher claims 执512号.
        _race.Steal("执512号", _time.GetUtcNow().UtcDateTime + OutboxDispatcher.ClaimFor + TimeSpan.FromSeconds(1));
        (await Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync()).ShouldBe(2);

        _race.Stolen.ShouldBe(1);
        _state.Counted.ShouldBe(2);
        _state.Handled.ShouldBe(["（2025）湘0681执511号", "（2025）湘0681执513号"], ignoreOrder: true);
        var stolen = (await MessagesAsync()).Single(m => m.Payload.Contains("执512号", StringComparison.Ordinal));
        stolen.Status.ShouldBe(OutboxStatus.Pending);
        stolen.Attempts.ShouldBe(0);
        stolen.NextAttemptAtUtc.ShouldBe(_time.GetUtcNow().UtcDateTime + OutboxDispatcher.ClaimFor + TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task A_batch_records_each_message_s_own_outcome_and_skips_one_claimed_elsewhere()
    {
        string[] numbers = ["（2025）湘0681执506号", "（2025）湘0681执507号", "（2025）湘0681执508号"];
        foreach (var number in numbers)
        {
            await SendAsync(RegisterCommand(number));
            _time.Advance(TimeSpan.FromSeconds(1)); // the batch takes them in this order
        }

        var messages = (await MessagesAsync()).OrderBy(m => m.OccurredAtUtc).ToList();
        var second = messages[1];
        await using (var scope = Services.CreateAsyncScope())
        {
            var now = _time.GetUtcNow().UtcDateTime;
            (await scope.ServiceProvider.GetRequiredService<EnforcementDbContext>().OutboxMessages.Where(m => m.Id == second.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.NextAttemptAtUtc, now + OutboxDispatcher.ClaimFor))).ShouldBe(1);
        }

        _state.FailuresLeft = 1; // the first message's handler fails once
        (await Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync()).ShouldBe(2);

        var after = (await MessagesAsync()).ToDictionary(m => m.Id);
        var first = after[messages[0].Id];
        first.Status.ShouldBe(OutboxStatus.Pending);
        first.Attempts.ShouldBe(1);
        first.LastError.ShouldNotBeNull().ShouldContain(nameof(FlakyHandler));
        after[second.Id].Attempts.ShouldBe(0);
        after[second.Id].Status.ShouldBe(OutboxStatus.Pending);
        var third = after[messages[2].Id];
        third.Status.ShouldBe(OutboxStatus.Delivered);
        _state.Handled.ShouldBe(["（2025）湘0681执508号"]);
        _state.Counted.ShouldBe(2);

        // The first message's retry runs only its failed handler: the counting one was recorded in the batch.
        _time.Advance(TimeSpan.FromSeconds(10));
        (await Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync()).ShouldBe(1);
        _state.Counted.ShouldBe(2);
        _state.Handled.ShouldBe(["（2025）湘0681执508号", "（2025）湘0681执506号"]);
    }

    [Fact]
    public async Task A_host_stopping_in_the_middle_of_a_batch_records_what_was_delivered_and_gives_the_rest_back()
    {
        string[] numbers = ["（2025）湘0681执511号", "（2025）湘0681执512号", "（2025）湘0681执513号"];
        foreach (var number in numbers)
        {
            await SendAsync(RegisterCommand(number));
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        var messages = (await MessagesAsync()).OrderBy(m => m.OccurredAtUtc).ToList();
        _state.StopAt = numbers[1]; // the host stops while the second message is being delivered
        var dispatcher = Services.GetRequiredService<OutboxDispatcher>();
        await Should.ThrowAsync<OperationCanceledException>(() => dispatcher.DispatchDueAsync(_state.Stopping.Token));

        var after = (await MessagesAsync()).ToDictionary(m => m.Id);
        after[messages[0].Id].Status.ShouldBe(OutboxStatus.Delivered);
        var now = _time.GetUtcNow().UtcDateTime;
        foreach (var rest in messages.Skip(1).Select(m => after[m.Id]))
        {
            rest.Status.ShouldBe(OutboxStatus.Pending);
            rest.Attempts.ShouldBe(0);
            rest.NextAttemptAtUtc.ShouldNotBeNull().ShouldBeLessThanOrEqualTo(now); // due again at once, not after the claim period
        }

        // The next start delivers the rest, and no handler that had succeeded runs twice.
        _state.StopAt = null;
        (await dispatcher.DispatchDueAsync()).ShouldBe(2);
        (await MessagesAsync()).ShouldAllBe(m => m.Status == OutboxStatus.Delivered);
        _state.Counted.ShouldBe(3);
        _state.Handled.ShouldBe(numbers);
    }

    [Fact]
    public async Task A_registration_stored_before_its_event_carried_the_claim_is_still_scanned_for_a_large_claim()
    {
        var large = await SendAsync(RegisterCommand("（2025）湘0681执509号") with { ClaimedAmount = 5_000_000m });
        await SendAsync(RegisterCommand("（2025）湘0681执510号"));
        await using (var scope = Services.CreateAsyncScope())
        {
            // The payloads as an earlier version wrote them: no claimed amount.
            var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
            foreach (var message in await db.OutboxMessages.ToListAsync())
            {
                var payload = System.Text.Json.Nodes.JsonNode.Parse(message.Payload)!.AsObject();
                payload.Remove("claimedAmount").ShouldBeTrue();
                var earlier = payload.ToJsonString();
                await db.OutboxMessages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(set => set.SetProperty(m => m.Payload, earlier));
            }
        }

        (await Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync()).ShouldBe(2);

        await using var check = Services.CreateAsyncScope();
        var suggested = await check.ServiceProvider.GetRequiredService<EnforcementDbContext>().Set<Domain.Supervision.KeyCaseSuggestion>().Select(s => s.CaseId).ToListAsync();
        suggested.ShouldBe([large.Id]);
    }

    [Fact]
    public async Task A_handler_that_times_out_on_its_own_is_a_failure_not_a_stop()
    {
        _state.ThrowCancellation = true;
        await SendAsync(RegisterCommand("（2025）湘0681执505号"));
        (await Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync()).ShouldBe(1);
        var failed = (await MessagesAsync()).Single();
        failed.Status.ShouldBe(OutboxStatus.Pending);
        failed.LastError.ShouldNotBeNull().ShouldContain(nameof(TaskCanceledException));
    }

    [Fact]
    public async Task A_refused_change_writes_no_event()
    {
        await SendAsync(RegisterCommand("（2025）湘0681执503号"));
        await Should.ThrowAsync<Application.Errors.ConflictException>(() => SendAsync(RegisterCommand("(2025)湘0681执503号")));
        (await MessagesAsync()).Count.ShouldBe(1);
    }

    private async Task<Application.Cases.CaseDetailDto> SendAsync(RegisterCaseCommand command)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command);
    }

    private async Task<List<OutboxMessage>> MessagesAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EnforcementDbContext>().OutboxMessages.AsNoTracking().ToListAsync();
    }

    /// <summary>A registration below the large-claim threshold, whose only event is <see cref="CaseRegistered"/>.</summary>
    internal static RegisterCaseCommand RegisterCommand(string number) => new(
        number, new DateOnly(2025, 6, 3), false,
        new EnforcementBasisInput("汨罗市人民法院", "（2025）湘0681民初321号", new DateOnly(2025, 5, 20)), 320_500.50m,
        [new PartyInput(PartyKind.Enterprise, "湖南楚天建设工程有限公司", CreditCode: TestData.ValidCreditCode)],
        [new PartyInput(PartyKind.Township, "汨罗市长乐镇人民政府")]);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public sealed class FlakyState
    {
        public int FailuresLeft { get; set; }

        public List<string> Handled { get; } = [];

        public int Counted { get; set; }

        public bool ThrowCancellation { get; set; }

        /// <summary>The case number whose delivery stops the host (<see cref="Stopping"/>).</summary>
        public string? StopAt { get; set; }

        public CancellationTokenSource Stopping { get; } = new();
    }

    /// <summary>Fails while <see cref="FlakyState.FailuresLeft"/> is above zero.</summary>
    public sealed class FlakyHandler(FlakyState state) : INotificationHandler<CaseRegistered>
    {
        public ValueTask Handle(CaseRegistered notification, CancellationToken cancellationToken)
        {
            if (state.ThrowCancellation)
            {
                throw new TaskCanceledException("The registry did not answer in time.");
            }

            if (notification.CaseNumber == state.StopAt)
            {
                state.Stopping.Cancel();
                throw new OperationCanceledException(state.Stopping.Token);
            }

            if (state.FailuresLeft > 0)
            {
                state.FailuresLeft--;
                throw new InvalidOperationException("The linked-unit registry is unavailable.", new TimeoutException("联动单位接口连接超时"));
            }

            state.Handled.Add(notification.CaseNumber);
            return ValueTask.CompletedTask;
        }
    }

    public sealed class CountingHandler(FlakyState state) : INotificationHandler<CaseRegistered>
    {
        public ValueTask Handle(CaseRegistered notification, CancellationToken cancellationToken)
        {
            state.Counted++;
            return ValueTask.CompletedTask;
        }
    }
    /// <summary>
    /// Once armed, claims the message whose payload names a case number just before the dispatcher's claim runs, in the
    /// claim's own transaction, as another dispatcher that read the same batch a moment earlier would have.
    /// </summary>
    private sealed class ClaimRace : Microsoft.EntityFrameworkCore.Diagnostics.DbCommandInterceptor
    {
        private string? _number;
        private DateTime _until;

        public int Stolen { get; private set; }

        public void Steal(string number, DateTime until) => (_number, _until) = (number, until);

        public override async ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int>> NonQueryExecutingAsync(
            System.Data.Common.DbCommand command, Microsoft.EntityFrameworkCore.Diagnostics.CommandEventData eventData,
            Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (_number is not null && command.CommandText.TrimStart().StartsWith("UPDATE \"OutboxMessages\"", StringComparison.Ordinal))
            {
                await using var steal = command.Connection!.CreateCommand();
                steal.Transaction = command.Transaction;
                steal.CommandText = "UPDATE \"OutboxMessages\" SET \"NextAttemptAtUtc\" = @until WHERE \"Payload\" LIKE @number";
                var until = steal.CreateParameter();
                (until.ParameterName, until.Value) = ("@until", _until);
                var number = steal.CreateParameter();
                (number.ParameterName, number.Value) = ("@number", $"%{_number}%");
                steal.Parameters.Add(until);
                steal.Parameters.Add(number);
                Stolen += await steal.ExecuteNonQueryAsync(cancellationToken);
                _number = null;
            }

            return result;
        }
    }
}
