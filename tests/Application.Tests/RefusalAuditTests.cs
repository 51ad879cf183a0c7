using Enforcement.Application.Auditing;
using Enforcement.Application.Errors;
using Enforcement.Application.Tasks;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Tasks;
using Microsoft.Extensions.Logging.Abstractions;

namespace Enforcement.Application.Tests;

/// <summary>
/// A refusal on a record (403) is audited in the message pipeline, so that a page's refused call is on the trail as an
/// API request's is, under the record.
/// </summary>
public sealed class RefusalAuditTests
{
    private static readonly Guid CaseId = Guid.Parse("0193a000-0000-7000-8000-000000000001");
    private static readonly Guid TaskId = Guid.Parse("0193a000-0000-7000-8000-000000000002");

    private sealed class FixedOrigin(RequestOrigin? origin) : IRequestOrigin
    {
        public RequestOrigin? Current => origin;
    }

    private static ForbiddenException Refusal() =>
        new("task.not_your_case", "Case （2025）湘0681执1234号 is handled by 李明.", AuditSubject.Of<EnforcementCase>(CaseId));

    private static AuditBehavior<ReleaseTaskCommand, TaskDto> Behavior(IAuditTrail audit, RequestOrigin? origin) =>
        new(audit, new RefusalAudit(audit, new FixedOrigin(origin), NullLogger<RefusalAudit>.Instance));

    private static async Task<ForbiddenException> RefusedAsync(RecordingAudit audit, RequestOrigin? origin, ForbiddenException refusal)
    {
        var behavior = Behavior(audit, origin);
        return await Should.ThrowAsync<ForbiddenException>(async () =>
            await behavior.Handle(new ReleaseTaskCommand { AggregateId = TaskId }, (_, _) => throw refusal, CancellationToken.None));
    }

    [Fact]
    public async Task A_page_call_refused_is_audited_under_the_record_the_refusal_names_with_the_page()
    {
        var audit = new RecordingAudit();
        var refused = await RefusedAsync(audit, new RequestOrigin("网页 page /tasks", "/tasks", null), Refusal());

        var row = audit.Rows.ShouldHaveSingleItem();
        row.ShouldBe(("Forbidden", nameof(EnforcementCase), CaseId.ToString(), "网页 page /tasks refused: Case （2025）湘0681执1234号 is handled by 李明.", AuditOutcome.Refused));
        refused.Audited.ShouldBeTrue();
    }

    [Fact]
    public async Task The_record_the_address_names_comes_first_and_without_any_origin_the_message_is_named()
    {
        var audit = new RecordingAudit();
        await RefusedAsync(audit, new RequestOrigin($"POST /api/tasks/{TaskId}/release", $"/api/tasks/{TaskId}/release", AuditSubject.Of<EnforcementTask>(TaskId)), Refusal());
        await RefusedAsync(audit, null, Refusal());
        await RefusedAsync(audit, null, new ForbiddenException("task.claimed_by_other", "王芳 claimed this task."));
        await RefusedAsync(audit, new RequestOrigin("POST /api/tasks/claim-next", "/api/tasks/claim-next", null), new ForbiddenException("task.claimed_by_other", "王芳 claimed this task."));

        audit.Rows.Select(r => (r.EntityType, r.EntityId)).ShouldBe([
            (nameof(EnforcementTask), TaskId.ToString()),
            (nameof(EnforcementCase), CaseId.ToString()),
            ("Endpoint", nameof(ReleaseTaskCommand)),
            ("Endpoint", "/api/tasks/claim-next"), // the bare path, as a policy's refusal names it
        ]);
        audit.Rows[1].Summary.ShouldStartWith("ReleaseTaskCommand refused: ");
    }

    [Fact]
    public async Task A_refusal_is_written_once_however_many_messages_it_passes_through_and_other_errors_not_at_all()
    {
        var audit = new RecordingAudit();
        var refusal = Refusal();
        await RefusedAsync(audit, null, refusal);
        await RefusedAsync(audit, null, refusal); // an outer message's pipeline sees the same exception
        audit.Rows.Count.ShouldBe(1);

        var behavior = Behavior(audit, null);
        await Should.ThrowAsync<ConflictException>(async () =>
            await behavior.Handle(new ReleaseTaskCommand { AggregateId = TaskId }, (_, _) => throw new ConflictException("task.already_claimed", "已被领取"), CancellationToken.None));
        audit.Rows.Count.ShouldBe(1);
    }

    private sealed class FailingAudit : IAuditTrail
    {
        public string? CurrentAction { get; set; }

        public void Stage(string entityType, string? entityId, string summary)
        {
        }

        public Task WriteNowAsync(string action, string entityType, string? entityId, string summary, AuditOutcome outcome, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("the audit queue has stopped and the database is gone");

        public Task WriteLoginAsync(string userName, string? userId, string action, string summary, AuditOutcome outcome, CancellationToken cancellationToken) =>
            Task.CompletedTask;
    }

    [Fact]
    public async Task A_refusal_the_trail_cannot_take_is_still_the_refusal_not_the_writes_error()
    {
        var behavior = Behavior(new FailingAudit(), null);
        var refusal = Refusal();
        var thrown = await Should.ThrowAsync<ForbiddenException>(async () =>
            await behavior.Handle(new ReleaseTaskCommand { AggregateId = TaskId }, (_, _) => throw refusal, CancellationToken.None));
        thrown.ShouldBeSameAs(refusal);
    }
}
