using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.Tasks;
using Enforcement.Domain.Tests.Support;

namespace Enforcement.Domain.Tests.Tasks;

/// <summary>The task pool: automatic creation from the case clock, claiming, and completion into the case's measures.</summary>
public sealed class EnforcementTaskTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void The_first_assignment_raises_the_first_steps_due_three_days_later_off_a_weekend_and_a_reassignment_does_not()
    {
        var @case = TestData.RegisterCase(filedOn: D(2025, 6, 3));
        @case.AssignHandler(TestData.Officer(), D(2025, 6, 4), TestData.Context(D(2025, 6, 4)));
        var raised = @case.DomainEvents.OfType<FirstHandlerAssigned>().Single();
        raised.FirstStepsDueOn.ShouldBe(D(2025, 6, 9)); // 06-07 is a Saturday
        raised.NoticeSent.ShouldBeFalse();

        @case.AcceptChanges();
        @case.AssignHandler(TestData.Officer("李志强"), D(2025, 6, 5), TestData.Context(D(2025, 6, 5)));
        @case.DomainEvents.OfType<FirstHandlerAssigned>().ShouldBeEmpty();
    }

    [Fact]
    public void The_first_steps_become_two_tasks_due_on_the_case_clocks_date_leaving_out_a_step_already_taken()
    {
        var context = TestData.Context(D(2025, 6, 4));
        var tasks = EnforcementTask.ForFirstSteps(Guid.NewGuid(), "（2025）湘0681执1234号", D(2025, 6, 4), D(2025, 6, 9), false, false, context);
        tasks.Select(t => t.Type).ShouldBe([TaskType.ServeEnforcementNotice, TaskType.ServeAssetReportOrder]);
        tasks.ShouldAllBe(t => t.DueOn == D(2025, 6, 9) && t.Origin == TaskOrigin.FirstSteps && t.Status == TaskState.Open && t.CreatedOn == D(2025, 6, 4));

        EnforcementTask.ForFirstSteps(Guid.NewGuid(), "（2025）湘0681执1234号", D(2025, 6, 4), D(2025, 6, 9), true, false, context)
            .Select(t => t.Type).ShouldBe([TaskType.ServeAssetReportOrder]);
    }

    [Theory]
    [InlineData("2025-11-09", false)]
    [InlineData("2025-11-10", true)] // 30 days before 12-10
    [InlineData("2025-12-11", true)] // past due and still without a task
    public void A_re_inquiry_becomes_a_task_thirty_days_before_it_is_due(string today, bool due) =>
        TaskRules.Default.ReinquiryTaskDue(D(2025, 12, 10), DateOnly.Parse(today)).ShouldBe(due);

    [Fact]
    public void No_re_inquiry_date_makes_no_task() => TaskRules.Default.ReinquiryTaskDue(null, D(2025, 6, 16)).ShouldBeFalse();

    [Fact]
    public void A_re_inquiry_task_is_an_online_inquiry_due_on_the_re_inquiry_date_keyed_by_it()
    {
        var task = EnforcementTask.ForReinquiry(Guid.NewGuid(), "（2024）湘0681执88号", D(2025, 12, 10), TestData.Context(D(2025, 11, 10)));
        task.Type.ShouldBe(TaskType.OnlineInquiry);
        task.DueOn.ShouldBe(D(2025, 12, 10));
        task.OriginKey.ShouldBe("reinquiry:2025-12-10");
    }

    [Fact]
    public void A_task_by_hand_is_due_after_its_types_period_off_a_weekend_and_not_before_today()
    {
        var context = TestData.Context(D(2025, 6, 16));
        EnforcementTask.Create(TaskType.DraftDocument, Guid.NewGuid(), "（2025）湘0681执1号", "制作执行裁定书", null, TaskRules.Default, context)
            .DueOn.ShouldBe(D(2025, 6, 23)); // 5 days: 06-21 is a Saturday
        Should.Throw<DomainInputException>(() => EnforcementTask.Create(TaskType.Archive, Guid.NewGuid(), "（2025）湘0681执1号", "归档", D(2025, 6, 15), TaskRules.Default, context))
            .Code.ShouldBe("task.due_on.past");
    }

    [Fact]
    public void Completing_a_notice_task_records_the_notice_on_the_case_exactly_once()
    {
        var @case = TestData.RegisterCase(filedOn: D(2025, 6, 3));
        var task = EnforcementTask.ForFirstSteps(@case.Id, @case.Number.Value, D(2025, 6, 4), D(2025, 6, 9), false, false, TestData.Context(D(2025, 6, 4)))[0];
        var context = TestData.Context(D(2025, 6, 6), "周敏");
        task.Claim(Guid.NewGuid(), "周敏", context);
        task.Complete(@case, Guid.NewGuid(), "周敏", D(2025, 6, 5), "已直接送达被执行人刘建华", null, false, context);

        task.Status.ShouldBe(TaskState.Completed);
        var measure = @case.Measures.Single();
        measure.Kind.ShouldBe(MeasureKind.EnforcementNotice);
        measure.TakenOn.ShouldBe(D(2025, 6, 5));
        task.MeasureId.ShouldBe(measure.Id);
        @case.NoticeSentOn.ShouldBe(D(2025, 6, 5));

        Should.Throw<DomainConflictException>(() => task.Complete(@case, Guid.NewGuid(), "周敏", D(2025, 6, 6), "再次", null, false, context))
            .Code.ShouldBe("task.already_completed");
        @case.Measures.Count.ShouldBe(1);
    }

    [Fact]
    public void An_inquiry_task_needs_its_result_and_other_types_write_their_result_on_the_case_timeline()
    {
        var @case = TestData.RegisterCase(filedOn: D(2025, 6, 3));
        var context = TestData.Context(D(2025, 6, 16));
        var inquiry = EnforcementTask.Create(TaskType.OnlineInquiry, @case.Id, @case.Number.Value, "网络查控", null, TaskRules.Default, context);
        Should.Throw<DomainInputException>(() => inquiry.Complete(@case, Guid.NewGuid(), "周敏", D(2025, 6, 16), "已查", null, false, context))
            .Code.ShouldBe("task.inquiry_result.missing");
        inquiry.Complete(@case, Guid.NewGuid(), "周敏", D(2025, 6, 16), "查询到工商银行存款8,200元", InquiryResult.AssetsFound, false, context);
        @case.Measures.Single().InquiryResult.ShouldBe(InquiryResult.AssetsFound);

        var draft = EnforcementTask.Create(TaskType.DraftDocument, @case.Id, @case.Number.Value, "制作冻结裁定", null, TaskRules.Default, context);
        Should.Throw<DomainInputException>(() => draft.Complete(null, Guid.NewGuid(), "周敏", D(2025, 6, 16), "已制作", InquiryResult.NoAssets, false, context))
            .Code.ShouldBe("task.inquiry_result.not_allowed");
        draft.Complete(null, Guid.NewGuid(), "周敏", D(2025, 6, 16), "已制作冻结裁定书", null, false, context);
        draft.MeasureId.ShouldBeNull();
        var line = draft.Appended.OfType<TimelineEntry>().Single();
        (line.CaseId, line.Kind).ShouldBe((@case.Id, TimelineKind.Task));
    }

    [Fact]
    public void A_task_is_claimed_once_released_back_to_the_pool_and_not_completed_before_it_existed()
    {
        var context = TestData.Context(D(2025, 6, 16));
        var task = EnforcementTask.Create(TaskType.Valuation, Guid.NewGuid(), "（2025）湘0681执1号", "委托评估房产", null, TaskRules.Default, context);
        task.Claim(Guid.NewGuid(), "周敏", context);
        Should.Throw<DomainConflictException>(() => task.Claim(Guid.NewGuid(), "陈志刚", context)).Code.ShouldBe("task.already_claimed");
        task.Release(context);
        task.Status.ShouldBe(TaskState.Open);
        task.ClaimedById.ShouldBeNull();
        Should.Throw<DomainInputException>(() => task.Complete(null, Guid.NewGuid(), "陈志刚", D(2025, 6, 15), "已评估", null, false, context))
            .Code.ShouldBe("task.completed_on.too_early");
        task.Cancel("申请人撤回评估申请", context);
        Should.Throw<DomainException>(() => task.Claim(Guid.NewGuid(), "陈志刚", context)).Code.ShouldBe("task.status.invalid");
        task.IsOverdueOn(D(2026, 1, 1)).ShouldBeFalse();
    }

    [Fact]
    public void A_notice_recorded_on_the_case_raises_the_signal_that_completes_an_open_task_once()
    {
        var @case = TestData.RegisterCase(filedOn: D(2025, 6, 3));
        var measure = @case.RecordMeasure(MeasureKind.EnforcementNotice, D(2025, 6, 5), "直接送达", null, null, null, null, false, TestData.Context(D(2025, 6, 5)));
        @case.DomainEvents.OfType<CaseMeasureRecorded>().Single().ShouldBe(new CaseMeasureRecorded(@case.Id, measure.Id, MeasureKind.EnforcementNotice, D(2025, 6, 5)));

        var task = EnforcementTask.ForFirstSteps(@case.Id, @case.Number.Value, D(2025, 6, 4), D(2025, 6, 9), false, false, TestData.Context(D(2025, 6, 4)))[0];
        task.CompleteByCaseMeasure(measure.Id, D(2025, 6, 5), null, TestData.Context(D(2025, 6, 5))).ShouldBeTrue();
        (task.Status, task.MeasureId, task.CompletedOn).ShouldBe((TaskState.Completed, (Guid?)measure.Id, (DateOnly?)D(2025, 6, 5)));
        task.CompleteByCaseMeasure(Guid.NewGuid(), D(2025, 6, 6), null, TestData.Context(D(2025, 6, 6))).ShouldBeFalse();
        task.MeasureId.ShouldBe(measure.Id);
    }

    [Fact]
    public void A_backdated_first_step_completes_its_task_dated_no_earlier_than_the_task()
    {
        var task = EnforcementTask.ForFirstSteps(Guid.NewGuid(), "（2025）湘0681执1号", D(2025, 6, 10), D(2025, 6, 13), false, false, TestData.Context(D(2025, 6, 10)))[1];
        task.CompleteByCaseMeasure(Guid.NewGuid(), D(2025, 6, 1), null, TestData.Context(D(2025, 6, 16))).ShouldBeTrue();
        task.CompletedOn.ShouldBe(D(2025, 6, 10));
    }

    [Fact]
    public void A_re_inquiry_task_is_completed_only_by_an_inquiry_that_moved_the_next_re_inquiry_date_past_it()
    {
        var task = EnforcementTask.ForReinquiry(Guid.NewGuid(), "（2024）湘0681执88号", D(2025, 12, 10), TestData.Context(D(2025, 11, 10)));
        task.CompleteByCaseMeasure(Guid.NewGuid(), D(2025, 3, 1), D(2025, 12, 10), TestData.Context(D(2025, 11, 12))).ShouldBeFalse();
        task.Status.ShouldBe(TaskState.Open);
        task.CompleteByCaseMeasure(Guid.NewGuid(), D(2025, 11, 20), D(2026, 5, 20), TestData.Context(D(2025, 11, 20))).ShouldBeTrue();
        task.CompletedOn.ShouldBe(D(2025, 11, 20));
    }

    [Fact]
    public void A_task_by_hand_is_not_completed_by_a_measure_taken_before_it_was_asked_for()
    {
        var task = EnforcementTask.Create(TaskType.OnlineInquiry, Guid.NewGuid(), "（2025）湘0681执1号", "再次网络查控", null, TaskRules.Default, TestData.Context(D(2025, 6, 16)));
        task.CompleteByCaseMeasure(Guid.NewGuid(), D(2025, 6, 15), null, TestData.Context(D(2025, 6, 16))).ShouldBeFalse();
        task.CompleteByCaseMeasure(Guid.NewGuid(), D(2025, 6, 16), null, TestData.Context(D(2025, 6, 16))).ShouldBeTrue();
    }

    [Theory]
    [InlineData(TaskType.Archive, false, true)]
    [InlineData(TaskType.DraftDocument, false, true)]
    [InlineData(TaskType.OnlineInquiry, true, true)]
    [InlineData(TaskType.OnlineInquiry, false, false)]
    [InlineData(TaskType.ServeEnforcementNotice, true, false)]
    [InlineData(TaskType.Valuation, true, false)]
    public void A_closed_case_takes_only_archiving_drafting_and_after_termination_a_re_inquiry(TaskType type, bool terminatedThisRound, bool allowed) =>
        EnforcementTask.AllowedOnClosedCase(type, terminatedThisRound).ShouldBe(allowed);
}
