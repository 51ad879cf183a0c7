using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.Preservation;
using Enforcement.Domain.Staff;
using Enforcement.Domain.Tests.Support;
using static Enforcement.Domain.Cases.EnforcementCase.TerminationConditions;

namespace Enforcement.Domain.Tests.Cases;

public sealed class CaseLifecycleTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static ChangeContext On(DateOnly today) => TestData.Context(today);

    // Filed Monday 2025-03-03: the 6-month deadline is Wednesday 2025-09-03.
    private static EnforcementCase NewCase(DateOnly? filedOn = null) => TestData.RegisterCase(filedOn: filedOn ?? D(2025, 3, 3));

    // ---- handler ------------------------------------------------------------------------------

    [Fact]
    public void A_handler_assigned_within_seven_days_is_on_time_and_starts_the_three_day_first_steps_deadline()
    {
        var @case = NewCase();
        @case.HandlerDueOn.ShouldBe(D(2025, 3, 10));
        @case.AssignHandler(TestData.Officer(), D(2025, 3, 10), On(D(2025, 3, 10)));
        @case.ClockOn(D(2025, 3, 20), TestData.Calendar).HandlerLate.ShouldBeFalse();
        @case.FirstStepsDueOn.ShouldBe(D(2025, 3, 13));
        @case.Appended.OfType<HandlerAssignment>().ShouldHaveSingleItem().StaffName.ShouldBe("陈志刚");
    }

    [Theory]
    [InlineData("2025-03-07", "2025-03-07", "2025-03-10", false)] // both out by the due day
    [InlineData("2025-03-07", "2025-03-10", "2025-03-10", true)] // the asset-report order after the due day
    [InlineData("2025-03-07", null, "2025-03-07", false)] // still missing, but not yet due
    [InlineData(null, null, "2025-03-08", true)] // both missing after the due day
    public void The_notice_and_asset_report_order_are_late_after_three_days(string? notice, string? assetReport, string today, bool late)
    {
        static DateOnly? P(string? s) => s is null ? null : DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        // Assigned Tuesday 2025-03-04: due 2025-03-07.
        var due = StatutoryClock.FirstStepsDueOn(D(2025, 3, 4), TestData.Calendar);
        due.ShouldBe(D(2025, 3, 7));
        StatutoryClock.FirstStepsLate(due, P(notice), P(assetReport), P(today)!.Value).ShouldBe(late);
    }

    [Fact]
    public void A_case_without_a_handler_after_seven_days_is_late_and_a_late_assignment_stays_late()
    {
        var @case = NewCase();
        @case.ClockOn(D(2025, 3, 10), TestData.Calendar).HandlerLate.ShouldBeFalse();
        @case.ClockOn(D(2025, 3, 11), TestData.Calendar).HandlerLate.ShouldBeTrue();
        @case.AssignHandler(TestData.Officer(), D(2025, 3, 11), On(D(2025, 3, 11)));
        @case.ClockOn(D(2025, 3, 20), TestData.Calendar).HandlerLate.ShouldBeTrue();
    }

    [Fact]
    public void Reassignment_keeps_the_history_and_the_first_steps_deadline()
    {
        var @case = NewCase();
        @case.AssignHandler(TestData.Officer("陈志刚"), D(2025, 3, 4), On(D(2025, 3, 4)));
        @case.AssignHandler(TestData.Officer("王丽娟"), D(2025, 3, 20), On(D(2025, 3, 20)));
        @case.HandlerName.ShouldBe("王丽娟");
        @case.Appended.OfType<HandlerAssignment>().Select(a => a.StaffName).ShouldBe(["陈志刚", "王丽娟"]);
        @case.FirstStepsDueOn.ShouldBe(D(2025, 3, 7));
    }

    [Fact]
    public void Reception_staff_and_inactive_officers_cannot_handle_cases()
    {
        var reception = StaffMember.Create("孙桂芳", "信访接待员", CourtUnit.PetitionOffice);
        Should.Throw<DomainException>(() => NewCase().AssignHandler(reception, D(2025, 3, 4), On(D(2025, 3, 4)))).Code.ShouldBe("case.handler.not_eligible");

        var retired = TestData.Officer();
        retired.Deactivate();
        Should.Throw<DomainException>(() => NewCase().AssignHandler(retired, D(2025, 3, 4), On(D(2025, 3, 4)))).Code.ShouldBe("case.handler.not_eligible");
    }

    // ---- measures and payments --------------------------------------------------------------------

    [Fact]
    public void A_measure_dated_before_filing_is_refused() =>
        Should.Throw<DomainException>(() => Measure(NewCase(), MeasureKind.Seal, D(2025, 3, 2), D(2025, 3, 5))).Code.ShouldBe("case.date.before_filing");

    [Fact]
    public void A_measure_dated_in_the_future_is_refused() =>
        Should.Throw<DomainException>(() => Measure(NewCase(), MeasureKind.Seal, D(2025, 3, 6), D(2025, 3, 5))).Code.ShouldBe("case.date.in_future");

    [Fact]
    public void An_online_inquiry_needs_its_result_and_a_listing_needs_its_ground()
    {
        var @case = NewCase();
        Should.Throw<DomainException>(() => @case.RecordMeasure(MeasureKind.OnlineAssetInquiry, D(2025, 3, 4), "网络查控", null, null, null, null, false, On(D(2025, 3, 4))))
            .Code.ShouldBe("case.measure.inquiry_result_required");
        Should.Throw<DomainException>(() => @case.RecordMeasure(MeasureKind.DishonestDebtorListing, D(2025, 3, 4), "纳入失信名单", null, null, null, " ", false, On(D(2025, 3, 4))))
            .Code.ShouldBe("case.measure.listing_ground_required");
    }

    [Fact]
    public void The_notice_and_asset_report_dates_are_kept_from_the_measures()
    {
        var @case = NewCase();
        Measure(@case, MeasureKind.EnforcementNotice, D(2025, 3, 5), D(2025, 3, 6));
        Measure(@case, MeasureKind.AssetReportOrder, D(2025, 3, 6), D(2025, 3, 6));
        @case.NoticeSentOn.ShouldBe(D(2025, 3, 5));
        @case.AssetReportOrderedOn.ShouldBe(D(2025, 3, 6));
    }

    [Fact]
    public void Recovered_is_the_sum_of_payments_and_an_overpayment_shows_as_surplus()
    {
        var @case = TestData.RegisterCase(filedOn: D(2025, 3, 3), claimedYuan: 100_000m);
        @case.RecordPayment(Money.FromYuan(60_000m), D(2025, 4, 1), PaymentSource.Voluntary, null, On(D(2025, 4, 1)));
        @case.RecordPayment(Money.FromYuan(45_000.50m), D(2025, 5, 1), PaymentSource.Deduction, "扣划", On(D(2025, 5, 1)));
        @case.RecoveredAmount.ShouldBe(Money.FromYuan(105_000.50m));
        @case.Surplus.ShouldBe(Money.FromYuan(5_000.50m));
    }

    // ---- pauses -----------------------------------------------------------------------------------

    [Fact]
    public void Paused_days_move_the_deadline()
    {
        var @case = NewCase();
        @case.Pause(PauseKind.Suspension, D(2025, 4, 1), "被执行人破产重整", On(D(2025, 4, 1)));
        @case.Status.ShouldBe(CaseStatus.Paused);
        @case.EndPause(D(2025, 4, 11), On(D(2025, 4, 11)));

        @case.PausedDays.ShouldBe(10);
        @case.Status.ShouldBe(CaseStatus.Filed);
        // 2025-09-03 + 10 days = Saturday 2025-09-13, so Monday 2025-09-15.
        @case.Deadline.ShouldBe(D(2025, 9, 15));
    }

    [Fact]
    public void While_paused_the_deadline_moves_on_day_by_day()
    {
        var @case = NewCase();
        @case.Pause(PauseKind.PublicNoticeService, D(2025, 4, 1), "公告送达", On(D(2025, 4, 1)));
        @case.ClockOn(D(2025, 4, 21), TestData.Calendar).PausedDays.ShouldBe(20);
        @case.ClockOn(D(2025, 4, 21), TestData.Calendar).Deadline.ShouldBe(D(2025, 9, 23));
        @case.Deadline.ShouldBe(D(2025, 9, 3));
    }

    [Fact]
    public void Only_one_pause_may_be_open_and_ending_needs_an_open_pause()
    {
        var @case = NewCase();
        Should.Throw<DomainException>(() => @case.EndPause(D(2025, 4, 1), On(D(2025, 4, 1)))).Code.ShouldBe("case.pause.none_open");
        @case.Pause(PauseKind.Deferral, D(2025, 4, 1), "暂缓执行", On(D(2025, 4, 1)));
        Should.Throw<DomainException>(() => @case.Pause(PauseKind.Coordination, D(2025, 4, 2), "协调", On(D(2025, 4, 2)))).Code.ShouldBe("case.pause.already_open");
    }

    [Fact]
    public void A_pause_cannot_end_before_it_started_nor_overlap_the_previous_one()
    {
        var @case = NewCase();
        @case.Pause(PauseKind.RequestForInstructions, D(2025, 4, 10), "请示上级法院", On(D(2025, 4, 10)));
        Should.Throw<DomainException>(() => @case.EndPause(D(2025, 4, 9), On(D(2025, 4, 12)))).Code.ShouldBe("case.pause.end_before_start");
        @case.EndPause(D(2025, 4, 20), On(D(2025, 4, 20)));
        Should.Throw<DomainException>(() => @case.Pause(PauseKind.Suspension, D(2025, 4, 19), "中止", On(D(2025, 4, 21)))).Code.ShouldBe("case.pause.overlaps");
    }

    // ---- extensions -------------------------------------------------------------------------------

    [Theory]
    [InlineData(2025, 8, 28, false)] // 6 days before
    [InlineData(2025, 8, 29, true)] // 5 days before
    [InlineData(2025, 9, 3, true)] // the deadline itself
    [InlineData(2025, 9, 4, false)] // after
    public void An_extension_is_accepted_only_in_the_last_five_days_before_the_deadline(int year, int month, int day, bool accepted)
    {
        var @case = NewCase();
        var request = () => @case.RequestExtension("财产处置中", 3, On(D(year, month, day)));
        if (accepted)
        {
            request().Status.ShouldBe(ExtensionStatus.Pending);
        }
        else
        {
            Should.Throw<DomainException>(request).Code.ShouldBe("case.extension.outside_window");
        }
    }

    [Fact]
    public void An_approved_extension_adds_its_months_to_the_limit()
    {
        var @case = NewCase();
        var request = @case.RequestExtension("财产处置中", 3, On(D(2025, 9, 1)));
        @case.DecideExtension(request.Id, approve: true, TestData.Leader(), "同意", On(D(2025, 9, 2)));
        @case.LimitMonths.ShouldBe(9);
        @case.Deadline.ShouldBe(D(2025, 12, 3));
        request.Status.ShouldBe(ExtensionStatus.Approved);
    }

    [Fact]
    public void A_refused_extension_leaves_the_deadline_and_only_a_leader_decides()
    {
        var @case = NewCase();
        var request = @case.RequestExtension("财产处置中", 3, On(D(2025, 9, 1)));
        Should.Throw<DomainException>(() => @case.DecideExtension(request.Id, true, TestData.Officer(), null, On(D(2025, 9, 2))))
            .Code.ShouldBe("case.extension.approver_not_leader");
        Should.Throw<DomainException>(() => @case.RequestExtension("再次申请", 3, On(D(2025, 9, 2)))).Code.ShouldBe("case.extension.pending");

        @case.DecideExtension(request.Id, approve: false, TestData.Leader(), "理由不充分", On(D(2025, 9, 2)));
        @case.Deadline.ShouldBe(D(2025, 9, 3));
        Should.Throw<DomainException>(() => @case.DecideExtension(request.Id, true, TestData.Leader(), null, On(D(2025, 9, 2)))).Code.ShouldBe("case.extension.decided");
    }

    [Fact]
    public void A_request_still_pending_at_the_closure_lapses_and_a_reopening_puts_it_back()
    {
        var @case = NewCase();
        var request = @case.RequestExtension("财产处置中", 3, On(D(2025, 9, 1)));
        @case.Close(ClosureMode.Withdrawn, D(2025, 9, 2), "申请执行人撤回申请", On(D(2025, 9, 2)));
        request.Status.ShouldBe(ExtensionStatus.Lapsed);
        Should.Throw<DomainException>(() => @case.DecideExtension(request.Id, true, TestData.Leader(), null, On(D(2025, 9, 3)))).Code.ShouldBe("case.closed");

        @case.Reopen("撤回申请系他人冒名提交", On(D(2025, 9, 3)));
        request.Status.ShouldBe(ExtensionStatus.Pending);
        @case.DecideExtension(request.Id, approve: true, TestData.Leader(), "同意", On(D(2025, 9, 3)));
        @case.Deadline.ShouldBe(D(2025, 12, 3));
    }

    [Fact]
    public void A_decided_request_keeps_its_decision_through_a_closure()
    {
        var @case = NewCase();
        var request = @case.RequestExtension("财产处置中", 3, On(D(2025, 9, 1)));
        @case.DecideExtension(request.Id, approve: false, TestData.Leader(), "理由不充分", On(D(2025, 9, 2)));
        @case.Close(ClosureMode.Withdrawn, D(2025, 9, 2), "申请执行人撤回申请", On(D(2025, 9, 2)));
        request.Status.ShouldBe(ExtensionStatus.Refused);
        @case.Reopen("撤回申请系他人冒名提交", On(D(2025, 9, 3)));
        request.Status.ShouldBe(ExtensionStatus.Refused);
    }

    // ---- settlement --------------------------------------------------------------------------------

    [Fact]
    public void A_settlement_instalment_is_paid_under_a_settlement_agreed_by_its_day()
    {
        var @case = TestData.RegisterCase(filedOn: D(2025, 3, 3), claimedYuan: 100_000m);
        Should.Throw<DomainException>(() => @case.RecordPayment(Money.FromYuan(10_000m), D(2025, 3, 20), PaymentSource.SettlementInstalment, null, On(D(2025, 3, 20))))
            .Code.ShouldBe("case.payment.no_settlement");
        @case.AgreeSettlement(D(2025, 4, 1), "分两期履行", Instalments(), On(D(2025, 4, 1)));
        Should.Throw<DomainException>(() => @case.RecordPayment(Money.FromYuan(10_000m), D(2025, 3, 31), PaymentSource.SettlementInstalment, null, On(D(2025, 4, 2))))
            .Code.ShouldBe("case.payment.no_settlement");
        @case.RecordPayment(Money.FromYuan(10_000m), D(2025, 4, 1), PaymentSource.SettlementInstalment, null, On(D(2025, 4, 2))).Amount.ShouldBe(Money.FromYuan(10_000m));

        // Breached on 05-10: a payment the day after is no instalment of it.
        @case.SettlementBreached(D(2025, 5, 10), On(D(2025, 5, 10)));
        @case.RecordPayment(Money.FromYuan(5_000m), D(2025, 5, 10), PaymentSource.SettlementInstalment, null, On(D(2025, 5, 12))).Amount.ShouldBe(Money.FromYuan(5_000m));
        Should.Throw<DomainException>(() => @case.RecordPayment(Money.FromYuan(5_000m), D(2025, 5, 11), PaymentSource.SettlementInstalment, null, On(D(2025, 5, 12))))
            .Code.ShouldBe("case.payment.no_settlement");
    }

    [Fact]
    public void A_settlement_suspends_enforcement_and_full_performance_allows_closing_as_fully_performed()
    {
        var @case = TestData.RegisterCase(filedOn: D(2025, 3, 3), claimedYuan: 100_000m);
        @case.AgreeSettlement(D(2025, 4, 1), "分两期履行", Instalments(), On(D(2025, 4, 1)));
        @case.Status.ShouldBe(CaseStatus.Paused);
        @case.Settlement!.Instalments.Count.ShouldBe(2);
        Should.Throw<DomainException>(() => @case.EndPause(D(2025, 4, 5), On(D(2025, 4, 5)))).Code.ShouldBe("case.settlement.active");

        // 30,000 of the 100,000 the settlement promises were recorded as they came in.
        @case.RecordPayment(Money.FromYuan(30_000m), D(2025, 5, 1), PaymentSource.Voluntary, "第一期（按自动履行录入）", On(D(2025, 5, 1)));
        @case.Settlement!.Paid.ShouldBe(Money.FromYuan(30_000m));

        @case.SettlementPerformed(D(2025, 6, 1), On(D(2025, 6, 1)));
        @case.PausedDays.ShouldBe(61);
        @case.RecoveredAmount.ShouldBe(Money.FromYuan(100_000m)); // the other 70,000 recorded as paid, once
        @case.Appended.OfType<CasePayment>().Select(p => p.Amount).ShouldBe([Money.FromYuan(30_000m), Money.FromYuan(70_000m)]);
        @case.Status.ShouldBe(CaseStatus.Closed);
        @case.Closure!.Mode.ShouldBe(ClosureMode.FullyPerformed);
        @case.Closure.ClosedOn.ShouldBe(D(2025, 6, 1));
    }

    [Fact]
    public void A_breached_settlement_resumes_enforcement()
    {
        var @case = NewCase();
        @case.AgreeSettlement(D(2025, 4, 1), "分两期履行", Instalments(), On(D(2025, 4, 1)));
        @case.SettlementBreached(D(2025, 5, 10), On(D(2025, 5, 10)));
        @case.Status.ShouldBe(CaseStatus.Filed);
        @case.Settlement!.Status.ShouldBe(SettlementStatus.Breached);
        @case.PausedDays.ShouldBe(39);
    }

    [Fact]
    public void Fully_performed_needs_the_whole_claim_or_a_performed_settlement()
    {
        var @case = TestData.RegisterCase(filedOn: D(2025, 3, 3), claimedYuan: 100_000m);
        @case.RecordPayment(Money.FromYuan(99_999.99m), D(2025, 4, 1), PaymentSource.Voluntary, null, On(D(2025, 4, 1)));
        var refused = Should.Throw<DomainException>(() => @case.Close(ClosureMode.FullyPerformed, D(2025, 4, 2), "执行完毕", On(D(2025, 4, 2))));
        refused.Code.ShouldBe("case.closure.not_fully_performed");
        refused.Details.ShouldBe([EnforcementCase.PaymentsCoverTheClaim]);

        // Payments dated after the closure do not count for it, and the closure cannot be dated before one on record.
        Should.Throw<DomainException>(() => @case.Close(ClosureMode.FullyPerformed, D(2025, 3, 31), "执行完毕", On(D(2025, 4, 2)), new PaymentsAsOf(Money.Zero, null)))
            .Code.ShouldBe("case.closure.not_fully_performed");
        Should.Throw<DomainException>(() => @case.Close(ClosureMode.Withdrawn, D(2025, 3, 31), "撤回", On(D(2025, 4, 2)), new PaymentsAsOf(Money.Zero, D(2025, 4, 1))))
            .Code.ShouldBe("case.closure.before_recorded_entry");
        @case.RecordPayment(Money.FromYuan(0.01m), D(2025, 4, 2), PaymentSource.Voluntary, null, On(D(2025, 4, 2)));
        @case.Close(ClosureMode.FullyPerformed, D(2025, 4, 2), "执行完毕", On(D(2025, 4, 2)));
        @case.Closure!.Mode.ShouldBe(ClosureMode.FullyPerformed);
    }

    // ---- 终本 ---------------------------------------------------------------------------------------

    [Fact]
    public void A_case_meeting_all_five_conditions_closes_as_terminated_this_round_with_a_re_inquiry_due_in_six_months()
    {
        var @case = ReadyForTermination();
        @case.Close(ClosureMode.TerminatedThisRound, D(2025, 4, 8), "无可供执行财产", On(D(2025, 4, 8)));
        @case.Closure!.Mode.ShouldBe(ClosureMode.TerminatedThisRound);
        @case.NextReinquiryDueOn.ShouldBe(D(2025, 10, 8));
    }

    [Theory]
    [InlineData(MeasureKind.EnforcementNotice, NoticeAndAssetReport)]
    [InlineData(MeasureKind.AssetReportOrder, NoticeAndAssetReport)]
    [InlineData(MeasureKind.ConsumptionRestriction, ConsumptionRestriction)]
    [InlineData(MeasureKind.OnlineAssetInquiry, OnlineInquiry)]
    public void Each_missing_step_alone_refuses_terminated_this_round(MeasureKind missing, string condition)
    {
        var @case = ReadyForTermination(without: missing);
        var error = Should.Throw<DomainException>(() => @case.Close(ClosureMode.TerminatedThisRound, D(2025, 4, 8), "终本", On(D(2025, 4, 8))));
        error.Code.ShouldBe("case.closure.conditions_unmet");
        error.Details.ShouldBe([condition]);
        @case.IsClosed.ShouldBeFalse();
    }

    [Fact]
    public void Three_months_to_the_day_is_not_more_than_three_months()
    {
        var @case = ReadyForTermination();
        var error = Should.Throw<DomainException>(() => @case.Close(ClosureMode.TerminatedThisRound, D(2025, 4, 6), "终本", On(D(2025, 4, 6))));
        error.Details.ShouldBe([ThreeMonthsElapsed]);
        @case.Close(ClosureMode.TerminatedThisRound, D(2025, 4, 7), "终本", On(D(2025, 4, 7)));
    }

    [Fact]
    public void A_missing_debtor_must_be_searched_for_or_sanctioned()
    {
        var @case = ReadyForTermination();
        @case.RecordMeasure(MeasureKind.EnforcementNotice, D(2025, 1, 20), "通知书无法送达，被执行人下落不明", null, null, null, null, debtorMissing: true, On(D(2025, 1, 20)));
        Should.Throw<DomainException>(() => @case.Close(ClosureMode.TerminatedThisRound, D(2025, 4, 8), "终本", On(D(2025, 4, 8))))
            .Details.ShouldBe([MissingDebtorSearched]);

        Measure(@case, MeasureKind.SearchForDebtor, D(2025, 2, 1), D(2025, 2, 1));
        @case.Close(ClosureMode.TerminatedThisRound, D(2025, 4, 8), "终本", On(D(2025, 4, 8)));
    }

    [Fact]
    public void A_search_before_the_debtor_was_reported_missing_does_not_meet_condition_five()
    {
        var @case = ReadyForTermination();
        Measure(@case, MeasureKind.SearchForDebtor, D(2025, 1, 19), D(2025, 1, 19));
        @case.RecordMeasure(MeasureKind.EnforcementNotice, D(2025, 1, 20), "通知书无法送达，被执行人下落不明", null, null, null, null, debtorMissing: true, On(D(2025, 1, 20)));
        @case.UnmetTerminationConditions(D(2025, 4, 8)).ShouldBe([MissingDebtorSearched]);

        Measure(@case, MeasureKind.Fine, D(2025, 1, 20), D(2025, 1, 20));
        @case.UnmetTerminationConditions(D(2025, 4, 8)).ShouldBeEmpty();
    }

    [Fact]
    public void A_refusal_lists_every_unmet_condition()
    {
        var @case = TestData.RegisterCase(filedOn: D(2025, 1, 6));
        @case.RecordMeasure(MeasureKind.EnforcementNotice, D(2025, 1, 7), "无法送达", null, null, null, null, debtorMissing: true, On(D(2025, 1, 7)));
        var error = Should.Throw<DomainException>(() => @case.Close(ClosureMode.TerminatedThisRound, D(2025, 3, 1), "终本", On(D(2025, 3, 1))));
        error.Details.ShouldBe([NoticeAndAssetReport, ConsumptionRestriction, OnlineInquiry, ThreeMonthsElapsed, MissingDebtorSearched]);
    }

    // ---- closed cases --------------------------------------------------------------------------------

    [Fact]
    public void A_closed_case_refuses_measures_payments_and_pauses()
    {
        var @case = TestData.RegisterCase(filedOn: D(2025, 3, 3));
        @case.Close(ClosureMode.Withdrawn, D(2025, 3, 10), "申请执行人撤回申请", On(D(2025, 3, 10)));
        var today = On(D(2025, 3, 12));

        Should.Throw<DomainException>(() => Measure(@case, MeasureKind.Seal, D(2025, 3, 11), D(2025, 3, 12))).Code.ShouldBe("case.closed");
        Should.Throw<DomainException>(() => @case.RecordPayment(Money.FromYuan(1m), D(2025, 3, 11), PaymentSource.Voluntary, null, today)).Code.ShouldBe("case.closed");
        Should.Throw<DomainException>(() => @case.Pause(PauseKind.Suspension, D(2025, 3, 11), "中止", today)).Code.ShouldBe("case.closed");
        Should.Throw<DomainException>(() => @case.RecordMeasure(MeasureKind.OnlineAssetInquiry, D(2025, 3, 11), "查控", null, null, InquiryResult.NoAssets, null, false, today))
            .Code.ShouldBe("case.closed");
        Should.Throw<DomainException>(() => @case.Close(ClosureMode.Terminated, D(2025, 3, 11), "终结", today)).Code.ShouldBe("case.closed");
    }

    [Fact]
    public void A_terminated_this_round_case_accepts_only_online_re_inquiries_which_move_the_schedule()
    {
        var @case = ReadyForTermination();
        @case.Close(ClosureMode.TerminatedThisRound, D(2025, 4, 8), "无可供执行财产", On(D(2025, 4, 8)));

        Should.Throw<DomainException>(() => Measure(@case, MeasureKind.Freeze, D(2025, 10, 9), D(2025, 10, 20))).Code.ShouldBe("case.closed");
        @case.RecordMeasure(MeasureKind.OnlineAssetInquiry, D(2025, 10, 20), "定期网络查控", null, null, InquiryResult.NoAssets, null, false, On(D(2025, 10, 20)));

        @case.NextReinquiryDueOn.ShouldBe(D(2026, 4, 20));
        @case.LastReinquiryOn.ShouldBe(D(2025, 10, 20));
    }

    [Fact]
    public void Re_inquiries_fall_due_every_six_months_for_five_years_then_stop()
    {
        var closed = D(2025, 4, 8);
        StatutoryClock.NextReinquiryDue(closed, null).ShouldBe(D(2025, 10, 8));
        StatutoryClock.NextReinquiryDue(closed, D(2026, 1, 15)).ShouldBe(D(2026, 7, 15));
        StatutoryClock.NextReinquiryDue(closed, D(2029, 10, 8)).ShouldBe(D(2030, 4, 8));
        StatutoryClock.NextReinquiryDue(closed, D(2029, 10, 9)).ShouldBeNull();
    }

    // ---- resumption ----------------------------------------------------------------------------------

    [Fact]
    public void A_terminated_this_round_case_resumes_as_a_linked_resumed_case_for_what_is_outstanding()
    {
        var original = ReadyForTermination(claimedYuan: 100_000m);
        original.RecordPayment(Money.FromYuan(30_000m), D(2025, 2, 1), PaymentSource.Voluntary, null, On(D(2025, 2, 1)));
        original.Close(ClosureMode.TerminatedThisRound, D(2025, 4, 8), "无可供执行财产", On(D(2025, 4, 8)));

        var resumed = EnforcementCase.ResumeFrom(original, CaseNumber.Parse("（2025）湘0681执恢8号"), D(2025, 9, 1), On(D(2025, 9, 1)));

        resumed.CaseType.ShouldBe(CaseType.ResumedEnforcement);
        resumed.ClaimedAmount.ShouldBe(Money.FromYuan(70_000m));
        resumed.OriginalCaseId.ShouldBe(original.Id);
        resumed.Respondents.Select(r => r.Name).ShouldBe(original.Respondents.Select(r => r.Name));
        original.ResumedAsCaseId.ShouldBe(resumed.Id);
        original.ResumedAsCaseNumber.ShouldBe("（2025）湘0681执恢8号");
        original.NextReinquiryDueOn.ShouldBeNull();

        // Its inquiries go on in the 执恢 case: the original takes no re-inquiry it could never correct.
        Should.Throw<DomainException>(() => original.RecordMeasure(
                MeasureKind.OnlineAssetInquiry, D(2025, 9, 2), "网络查控", null, null, InquiryResult.AssetsFound, null, false, On(D(2025, 9, 2))))
            .Code.ShouldBe("case.reinquiry.resumed");
    }

    [Fact]
    public void Only_a_terminated_this_round_or_breached_settlement_case_resumes_and_only_under_a_resumed_number()
    {
        var open = NewCase();
        Should.Throw<DomainException>(() => EnforcementCase.ResumeFrom(open, CaseNumber.Parse("（2025）湘0681执恢9号"), D(2025, 9, 1), On(D(2025, 9, 1))))
            .Code.ShouldBe("case.resumption.not_allowed");

        open.AgreeSettlement(D(2025, 4, 1), "分期履行", Instalments(), On(D(2025, 4, 1)));
        open.SettlementBreached(D(2025, 5, 1), On(D(2025, 5, 1)));
        Should.Throw<DomainException>(() => EnforcementCase.ResumeFrom(open, CaseNumber.Parse("（2025）湘0681执9号"), D(2025, 9, 1), On(D(2025, 9, 1))))
            .Code.ShouldBe("case.resumption.wrong_type");
        EnforcementCase.ResumeFrom(open, CaseNumber.Parse("（2025）湘0681执恢9号"), D(2025, 9, 1), On(D(2025, 9, 1)));
        Should.Throw<DomainException>(() => EnforcementCase.ResumeFrom(open, CaseNumber.Parse("（2025）湘0681执恢10号"), D(2025, 9, 1), On(D(2025, 9, 1))))
            .Code.ShouldBe("case.resumption.already_resumed");
    }

    // ---- timeline -------------------------------------------------------------------------------------

    [Fact]
    public void Every_change_is_on_the_timeline_with_who_recorded_it()
    {
        var @case = NewCase();
        @case.AssignHandler(TestData.Officer(), D(2025, 3, 4), TestData.Context(D(2025, 3, 4), "刘建军"));
        @case.RecordPayment(Money.FromYuan(500m), D(2025, 3, 5), PaymentSource.Voluntary, null, TestData.Context(D(2025, 3, 5), "王丽娟"));
        @case.Appended.OfType<TimelineEntry>().Select(e => (e.Kind, e.RecordedBy)).ShouldBe(
            [(TimelineKind.Registered, "陈志刚"), (TimelineKind.HandlerAssigned, "刘建军"), (TimelineKind.Payment, "王丽娟")]);
    }

    [Fact]
    public void A_resumed_case_is_not_filed_before_a_re_inquiry_recorded_on_the_original()
    {
        var original = ReadyForTermination();
        original.Close(ClosureMode.TerminatedThisRound, D(2025, 4, 8), "无可供执行财产", On(D(2025, 4, 8)));
        original.RecordMeasure(MeasureKind.OnlineAssetInquiry, D(2025, 9, 1), "终本后定期查询：未发现财产", null, null, InquiryResult.NoAssets, null, false, On(D(2025, 9, 1)));
        var refused = Should.Throw<DomainException>(() => EnforcementCase.ResumeFrom(original, CaseNumber.Parse("（2025）湘0681执恢17号"), D(2025, 8, 31), On(D(2025, 9, 2))));
        refused.Code.ShouldBe("case.resumption.before_recorded_entry");
        refused.Message.ShouldContain("2025-09-01");
        original.ResumedAsCaseId.ShouldBeNull();

        EnforcementCase.ResumeFrom(original, CaseNumber.Parse("（2025）湘0681执恢17号"), D(2025, 9, 1), On(D(2025, 9, 2))).FiledOn.ShouldBe(D(2025, 9, 1));
    }

    [Fact]
    public void A_resumed_case_filed_before_the_zhongben_closure_is_refused_without_using_up_the_resumption()
    {
        var original = ReadyForTermination();
        original.Close(ClosureMode.TerminatedThisRound, D(2025, 4, 8), "无可供执行财产", On(D(2025, 4, 8)));
        Should.Throw<DomainException>(() => EnforcementCase.ResumeFrom(original, CaseNumber.Parse("（2025）湘0681执恢7号"), D(2025, 4, 7), On(D(2025, 5, 1))))
            .Code.ShouldBe("case.resumption.before_event");
        original.ResumedAsCaseId.ShouldBeNull();

        EnforcementCase.ResumeFrom(original, CaseNumber.Parse("（2025）湘0681执恢7号"), D(2025, 4, 8), On(D(2025, 5, 1))).FiledOn.ShouldBe(D(2025, 4, 8));
    }

    [Fact]
    public void A_resumed_case_filed_before_the_settlement_breach_is_refused()
    {
        var original = NewCase();
        original.AgreeSettlement(D(2025, 4, 1), "分两期付清", Instalments(), On(D(2025, 4, 1)));
        original.SettlementBreached(D(2025, 5, 6), On(D(2025, 5, 6)));
        Should.Throw<DomainException>(() => EnforcementCase.ResumeFrom(original, CaseNumber.Parse("（2025）湘0681执恢8号"), D(2025, 5, 5), On(D(2025, 6, 1))))
            .Code.ShouldBe("case.resumption.before_event");
        EnforcementCase.ResumeFrom(original, CaseNumber.Parse("（2025）湘0681执恢8号"), D(2025, 5, 6), On(D(2025, 6, 1))).OriginalCaseId.ShouldBe(original.Id);
    }

    [Theory]
    [InlineData(ClosureMode.NotEnforced)]
    [InlineData(ClosureMode.Withdrawn)]
    [InlineData(ClosureMode.Terminated)]
    public void A_breached_settlement_does_not_resume_a_case_closed_since_on_other_grounds(ClosureMode mode)
    {
        var original = NewCase();
        original.AgreeSettlement(D(2025, 4, 1), "分两期付清", Instalments(), On(D(2025, 4, 1)));
        original.SettlementBreached(D(2025, 5, 6), On(D(2025, 5, 6)));
        original.Close(mode, D(2025, 6, 2), "执行依据被裁定不予执行", On(D(2025, 6, 2)));
        Should.Throw<DomainException>(() => EnforcementCase.ResumeFrom(original, CaseNumber.Parse("（2025）湘0681执恢8号"), D(2025, 6, 10), On(D(2025, 6, 10))))
            .Code.ShouldBe("case.resumption.not_allowed");
    }

    [Theory]
    [InlineData(ClosureMode.Withdrawn)]
    [InlineData(ClosureMode.Terminated)]
    public void A_case_closed_on_its_settlement_records_the_breach_after_and_resumes_from_it(ClosureMode mode)
    {
        var original = NewCase();
        original.AgreeSettlement(D(2025, 4, 1), "分两期付清", Instalments(), On(D(2025, 4, 1)));
        original.Close(mode, D(2025, 4, 10), "申请执行人因达成和解撤回执行申请", On(D(2025, 4, 10)));

        Should.Throw<DomainException>(() => original.SettlementBreached(D(2025, 4, 9), On(D(2025, 6, 2)))).Code.ShouldBe("case.settlement.breach_before_closure");
        original.Settlement!.Status.ShouldBe(SettlementStatus.Active);
        original.SettlementBreached(D(2025, 6, 2), On(D(2025, 6, 2)));
        original.Settlement.Status.ShouldBe(SettlementStatus.Breached);
        original.Status.ShouldBe(CaseStatus.Closed);
        // Its remedy is 执恢: reopened, it would run on a suspension for a settlement that no longer runs.
        Should.Throw<DomainException>(() => original.Reopen("撤回申请有误", On(D(2025, 6, 3)))).Code.ShouldBe("case.reopen.settlement");
        Should.Throw<DomainException>(() => original.SettlementBreached(D(2025, 6, 3), On(D(2025, 6, 3)))).Code.ShouldBe("case.closed");

        Should.Throw<DomainException>(() => EnforcementCase.ResumeFrom(original, CaseNumber.Parse("（2025）湘0681执恢8号"), D(2025, 6, 1), On(D(2025, 6, 10))))
            .Code.ShouldBe("case.resumption.before_event");
        var resumed = EnforcementCase.ResumeFrom(original, CaseNumber.Parse("（2025）湘0681执恢8号"), D(2025, 6, 2), On(D(2025, 6, 10)));
        resumed.ClaimedAmount.ShouldBe(original.ClaimedAmount);
        original.Closure!.Mode.ShouldBe(mode);
        original.Closure.ClosedOn.ShouldBe(D(2025, 4, 10));
        original.ResumedAsCaseId.ShouldBe(resumed.Id);
    }

    [Theory]
    [InlineData(ClosureMode.Withdrawn)]
    [InlineData(ClosureMode.Terminated)]
    public void A_case_closed_on_its_settlement_records_the_performance_after_and_stays_closed(ClosureMode mode)
    {
        var original = NewCase();
        original.AgreeSettlement(D(2025, 4, 1), "分两期付清", Instalments(), On(D(2025, 4, 1)));
        original.Close(mode, D(2025, 4, 10), "申请执行人因达成和解撤回执行申请", On(D(2025, 4, 10)));
        var recovered = original.RecoveredAmount;

        Should.Throw<DomainException>(() => original.SettlementPerformed(D(2025, 4, 9), On(D(2025, 6, 2)))).Code.ShouldBe("case.settlement.performed_before_closure");
        original.SettlementPerformed(D(2025, 4, 10), On(D(2025, 6, 2)));

        original.Settlement!.Status.ShouldBe(SettlementStatus.Performed);
        original.Settlement.EndedOn.ShouldBe(D(2025, 4, 10));
        original.Status.ShouldBe(CaseStatus.Closed);
        original.Closure!.Mode.ShouldBe(mode);
        original.RecoveredAmount.ShouldBe(recovered);
        // Performed, there is nothing to breach and nothing to resume.
        Should.Throw<DomainException>(() => original.SettlementBreached(D(2025, 6, 3), On(D(2025, 6, 3)))).Code.ShouldBe("case.closed");
        Should.Throw<DomainException>(() => EnforcementCase.ResumeFrom(original, CaseNumber.Parse("（2025）湘0681执恢8号"), D(2025, 6, 10), On(D(2025, 6, 10))))
            .Code.ShouldBe("case.resumption.not_allowed");
    }

    [Theory]
    [InlineData(ClosureMode.Withdrawn)]
    [InlineData(ClosureMode.Terminated)]
    public void A_case_breached_and_then_closed_on_other_grounds_the_same_day_stays_closed(ClosureMode mode)
    {
        var original = NewCase();
        original.AgreeSettlement(D(2025, 4, 1), "分两期付清", Instalments(), On(D(2025, 4, 1)));
        original.SettlementBreached(D(2025, 5, 6), On(D(2025, 5, 6)));
        original.Close(mode, D(2025, 5, 6), "申请执行人撤回执行申请", On(D(2025, 5, 6)));

        original.BreachedAfterClosingOnIt.ShouldBeFalse();
        Should.Throw<DomainException>(() => EnforcementCase.ResumeFrom(original, CaseNumber.Parse("（2025）湘0681执恢8号"), D(2025, 6, 10), On(D(2025, 6, 10))))
            .Code.ShouldBe("case.resumption.not_allowed");
    }

    [Fact]
    public void Resuming_a_breached_settlement_closes_the_original_so_the_debt_is_not_enforced_twice()
    {
        var original = NewCase();
        original.RecordPayment(Money.FromYuan(200m), D(2025, 3, 20), PaymentSource.Voluntary, null, On(D(2025, 3, 20)));
        var frozen = original.RecordMeasure(MeasureKind.Freeze, D(2025, 3, 21), "冻结存款", null, "中国银行汨罗支行", null, null, false, On(D(2025, 3, 21)));
        original.AgreeSettlement(D(2025, 4, 1), "分两期付清", Instalments(), On(D(2025, 4, 1)));
        original.SettlementBreached(D(2025, 5, 6), On(D(2025, 5, 6)));

        var resumed = EnforcementCase.ResumeFrom(original, CaseNumber.Parse("（2025）湘0681执恢8号"), D(2025, 5, 12), On(D(2025, 6, 1)));

        resumed.ClaimedAmount.ShouldBe(original.ClaimedAmount - Money.FromYuan(200m));
        original.Status.ShouldBe(CaseStatus.Closed);
        original.Closure!.Mode.ShouldBe(ClosureMode.Terminated);
        original.Closure.ClosedOn.ShouldBe(D(2025, 5, 12));
        Should.Throw<DomainException>(() => original.RecordPayment(Money.FromYuan(100m), D(2025, 5, 20), PaymentSource.Voluntary, null, On(D(2025, 6, 1))))
            .Code.ShouldBe("case.closed");

        // Its seals and freezes run on, and are still renewed on it, as after 终本.
        original.RenewHold(frozen.Id, D(2025, 6, 1), null, On(D(2025, 6, 1))).NewExpiry.ShouldBe(D(2027, 3, 20));
    }

    [Fact]
    public void A_case_takes_the_number_of_its_filing_year() =>
        Should.Throw<DomainException>(() => TestData.RegisterCase("（2024）湘0681执55号", filedOn: D(2025, 1, 2)))
            .Code.ShouldBe("case.number.year_mismatch");

    [Fact]
    public void Unknown_measures_and_extension_requests_are_not_found_rather_than_rule_breaches()
    {
        var @case = NewCase();
        Should.Throw<PartNotFoundException>(() => @case.RenewHold(Guid.NewGuid(), D(2025, 3, 5), null, On(D(2025, 3, 5)))).Code.ShouldBe("case.measure.not_found");
        Should.Throw<PartNotFoundException>(() => @case.ReleaseHold(Guid.NewGuid(), D(2025, 3, 5), "错误", On(D(2025, 3, 5)))).Code.ShouldBe("case.measure.not_found");
        Should.Throw<PartNotFoundException>(() => @case.DecideExtension(Guid.NewGuid(), true, TestData.Leader(), null, On(D(2025, 3, 5))))
            .Code.ShouldBe("case.extension.not_found");
    }

    [Theory]
    [InlineData(2025, 3, 2, "case.settlement.before_filing")]
    [InlineData(2025, 3, 11, "case.settlement.in_future")]
    public void A_settlement_dated_outside_the_case_is_refused_in_settlement_terms(int year, int month, int day, string code) =>
        Should.Throw<DomainException>(() => NewCase().AgreeSettlement(D(year, month, day), "分两期付清", Instalments(), On(D(2025, 3, 10)))).Code.ShouldBe(code);

    [Fact]
    public void A_settlement_cannot_end_before_it_was_agreed()
    {
        var @case = NewCase();
        @case.AgreeSettlement(D(2025, 4, 1), "分两期付清", Instalments(), On(D(2025, 4, 1)));
        Should.Throw<DomainException>(() => @case.SettlementBreached(D(2025, 3, 31), On(D(2025, 4, 2)))).Code.ShouldBe("case.settlement.before_agreement");
        Should.Throw<DomainException>(() => @case.SettlementPerformed(D(2025, 4, 3), On(D(2025, 4, 2)))).Code.ShouldBe("case.settlement.in_future");
        @case.SettlementBreached(D(2025, 4, 1), On(D(2025, 4, 2))); // the same day is allowed
    }

    [Theory]
    [InlineData(2024, 2, 29, 2029, 2, 28)] // a leap-day closure: the duty ends on 28 February
    [InlineData(2025, 4, 8, 2030, 4, 8)]
    public void The_re_inquiry_duty_ends_five_years_after_the_zhongben_closure(int y, int m, int d, int endY, int endM, int endD)
    {
        var closedOn = D(y, m, d);
        var ends = D(endY, endM, endD);
        StatutoryClock.ReinquiryEnds(closedOn).ShouldBe(ends);
        StatutoryClock.ReinquiryDue(closedOn.AddMonths(6), ends, ends).ShouldBeTrue();
        StatutoryClock.ReinquiryDue(closedOn.AddMonths(6), ends, ends.AddDays(1)).ShouldBeFalse();
    }

    [Fact]
    public void A_zhongben_case_never_re_inquired_stops_asking_after_five_years()
    {
        var @case = ReadyForTermination();
        @case.Close(ClosureMode.TerminatedThisRound, D(2025, 4, 8), "无可供执行财产", On(D(2025, 4, 8)));
        @case.ReinquiryEndsOn.ShouldBe(D(2030, 4, 8));
        @case.ClockOn(D(2025, 10, 7), TestData.Calendar).ReinquiryDue.ShouldBeFalse();
        @case.ClockOn(D(2025, 10, 8), TestData.Calendar).ReinquiryDue.ShouldBeTrue();
        @case.ClockOn(D(2030, 4, 8), TestData.Calendar).ReinquiryDue.ShouldBeTrue();
        @case.ClockOn(D(2030, 4, 9), TestData.Calendar).ReinquiryDue.ShouldBeFalse();
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData(MeasureKind.Freeze, true)]
    [InlineData(MeasureKind.Auction, true)]
    [InlineData(MeasureKind.AssetNotDisposable, true)]
    [InlineData(MeasureKind.Fine, false)]
    public void Zhongben_needs_the_assets_an_inquiry_found_to_have_been_dealt_with(MeasureKind? dealtWith, bool met)
    {
        var @case = ReadyForTermination();
        @case.RecordMeasure(MeasureKind.OnlineAssetInquiry, D(2025, 2, 1), "网络查控：发现车辆一辆", null, null, InquiryResult.AssetsFound, null, false, On(D(2025, 2, 1)));
        if (dealtWith is { } kind)
        {
            @case.RecordMeasure(kind, D(2025, 2, 10), "处置：" + kind, null, null, null, null, false, On(D(2025, 2, 10)));
        }

        @case.UnmetTerminationConditions(D(2025, 4, 8)).Contains(EnforcementCase.TerminationConditions.FoundAssetsDealtWith).ShouldBe(!met);
    }

    [Fact]
    public void A_later_inquiry_that_finds_nothing_exhausts_the_search_again()
    {
        var @case = ReadyForTermination();
        @case.RecordMeasure(MeasureKind.OnlineAssetInquiry, D(2025, 2, 1), "网络查控：发现存款", null, null, InquiryResult.AssetsFound, null, false, On(D(2025, 2, 1)));
        @case.UnmetTerminationConditions(D(2025, 4, 8)).ShouldBe([EnforcementCase.TerminationConditions.FoundAssetsDealtWith]);
        @case.RecordMeasure(MeasureKind.OnlineAssetInquiry, D(2025, 3, 1), "网络查控：存款已被他案扣划", null, null, InquiryResult.NoAssets, null, false, On(D(2025, 3, 1)));
        @case.UnmetTerminationConditions(D(2025, 4, 8)).ShouldBeEmpty();

        // A measure dealing with assets before the inquiry that found them does not count.
        var other = ReadyForTermination();
        other.RecordMeasure(MeasureKind.Freeze, D(2025, 1, 20), "冻结存款", null, null, null, null, false, On(D(2025, 1, 20)));
        other.RecordMeasure(MeasureKind.OnlineAssetInquiry, D(2025, 2, 1), "网络查控：发现房产", null, null, InquiryResult.AssetsFound, null, false, On(D(2025, 2, 1)));
        other.UnmetTerminationConditions(D(2025, 4, 8)).ShouldBe([EnforcementCase.TerminationConditions.FoundAssetsDealtWith]);
    }

    [Fact]
    public void A_hold_on_a_case_runs_to_the_ruling_s_last_day_within_the_legal_maximum()
    {
        var @case = NewCase();
        // Immovables sealed from 2025-03-10 are held at most to 2028-03-09 (three years, the start day counted).
        Should.Throw<DomainInputException>(() => @case.RecordMeasure(MeasureKind.Seal, D(2025, 3, 10), "查封房产", null, "汨罗市归义镇房产", null, null, false, On(D(2025, 3, 10)),
            until: D(2028, 3, 10))).Code.ShouldBe("preservation.measure.period_too_long");
        @case.RecordMeasure(MeasureKind.Seal, D(2025, 3, 10), "查封房产", null, "汨罗市归义镇房产", null, null, false, On(D(2025, 3, 10)), until: D(2028, 3, 9))
            .Hold!.ExpiresOn.ShouldBe(D(2028, 3, 9));
        @case.RecordMeasure(MeasureKind.Seal, D(2025, 3, 10), "查封土地", null, "汨罗市新市镇土地", null, null, false, On(D(2025, 3, 10)), until: D(2026, 3, 9))
            .Hold!.ExpiresOn.ShouldBe(D(2026, 3, 9));
        Should.Throw<DomainException>(() => @case.RecordMeasure(MeasureKind.Fine, D(2025, 3, 10), "罚款", Money.FromYuan(1_000m), null, null, null, false, On(D(2025, 3, 10)),
            until: D(2025, 6, 30))).Code.ShouldBe("case.measure.until_not_allowed");
    }

    // ---- corrections ----------------------------------------------------------------------------

    [Fact]
    public void Voiding_a_payment_takes_it_out_of_the_recovered_amount_once()
    {
        var @case = NewCase();
        var payment = @case.RecordPayment(Money.FromYuan(5_000m), D(2025, 3, 5), PaymentSource.Voluntary, null, On(D(2025, 3, 5)));
        var record = new PaymentRecord(payment.Id, payment.Amount, payment.Source, payment.PaidOn, Voided: false);
        @case.VoidPayment(record, "金额录入错误，应为500元", On(D(2025, 3, 6)));
        @case.RecoveredAmount.ShouldBe(Money.Zero);
        var correction = @case.Appended.OfType<CaseCorrection>().ShouldHaveSingleItem();
        (correction.Kind, correction.RecordId, correction.VoidedBy).ShouldBe((CorrectionKind.Payment, payment.Id, "陈志刚"));
        @case.Appended.OfType<TimelineEntry>().Last().Kind.ShouldBe(TimelineKind.Voided);

        Should.Throw<DomainConflictException>(() => @case.VoidPayment(record with { Voided = true }, "重复", On(D(2025, 3, 6))))
            .Code.ShouldBe("case.correction.already_voided");
        Should.Throw<DomainException>(() => @case.VoidPayment(record, " ", On(D(2025, 3, 6)))).Code.ShouldBe("case.correction.reason_required");
    }

    [Fact]
    public void Voiding_the_only_notice_makes_the_first_steps_missing_again()
    {
        var @case = NewCase();
        @case.AssignHandler(TestData.Officer(), D(2025, 3, 4), On(D(2025, 3, 4)));
        var notice = Measure(@case, MeasureKind.EnforcementNotice, D(2025, 3, 5), D(2025, 3, 5));
        Measure(@case, MeasureKind.AssetReportOrder, D(2025, 3, 5), D(2025, 3, 5));
        @case.ClockOn(D(2025, 3, 20), TestData.Calendar).FirstStepsLate.ShouldBeFalse();

        @case.VoidMeasure(notice.Id, "通知书送达对象错误", On(D(2025, 3, 20)));
        @case.NoticeSentOn.ShouldBeNull();
        notice.IsVoided.ShouldBeTrue();
        @case.ClockOn(D(2025, 3, 20), TestData.Calendar).FirstStepsLate.ShouldBeTrue();
        Should.Throw<PartNotFoundException>(() => @case.VoidMeasure(Guid.NewGuid(), "错误", On(D(2025, 3, 20)))).Code.ShouldBe("case.measure.not_found");
    }

    [Fact]
    public void A_voided_inquiry_no_longer_meets_zhongben()
    {
        var @case = ReadyForTermination();
        var inquiry = @case.Measures.Single(m => m.Kind == MeasureKind.OnlineAssetInquiry);
        @case.VoidMeasure(inquiry.Id, "查控记录属于他案", On(D(2025, 4, 1)));
        @case.UnmetTerminationConditions(D(2025, 4, 8)).ShouldBe([EnforcementCase.TerminationConditions.OnlineInquiry]);
    }

    [Fact]
    public void Voiding_a_pause_gives_its_days_back_to_the_deadline()
    {
        var @case = NewCase(); // filed 2025-03-03, deadline 2025-09-03
        var pause = @case.Pause(PauseKind.Suspension, D(2025, 4, 1), "案外人异议", On(D(2025, 4, 1)));
        @case.EndPause(D(2025, 4, 21), On(D(2025, 4, 21)));
        @case.Deadline.ShouldBe(D(2025, 9, 23));

        @case.VoidPause(pause.Id, "误录中止", On(D(2025, 5, 1)));
        @case.PausedDays.ShouldBe(0);
        @case.Deadline.ShouldBe(D(2025, 9, 3));

        // An open pause voided: the clock simply runs again.
        var open = @case.Pause(PauseKind.Deferral, D(2025, 5, 2), "暂缓执行", On(D(2025, 5, 2)));
        @case.VoidPause(open.Id, "未经批准", On(D(2025, 5, 3)));
        (@case.Status, @case.PausedSince).ShouldBe((CaseStatus.Filed, (DateOnly?)null));
        @case.Pause(PauseKind.Deferral, D(2025, 5, 2), "暂缓执行（经批准）", On(D(2025, 5, 3))); // the voided one does not block a new one
    }

    [Fact]
    public void Voiding_the_current_assignment_gives_the_case_back_to_the_previous_handler()
    {
        var @case = NewCase();
        var chen = TestData.Officer();
        var wang = TestData.Officer("王丽娟");
        @case.AssignHandler(chen, D(2025, 3, 4), On(D(2025, 3, 4)));
        @case.AssignHandler(wang, D(2025, 3, 10), On(D(2025, 3, 10)));
        var history = @case.Appended.OfType<HandlerAssignment>()
            .Select(a => new AssignmentRecord(a.Id, a.StaffId, a.StaffName, a.AssignedOn, a.RecordedAtUtc, Voided: false)).ToList();

        @case.VoidAssignment(history[1].Id, history, "指派错误", On(D(2025, 3, 11)));
        (@case.HandlerId, @case.HandlerName, @case.FirstAssignedOn).ShouldBe((chen.Id, "陈志刚", (DateOnly?)D(2025, 3, 4)));

        // Voiding the first one too leaves the case without a handler, and late once the 7 days are over.
        var afterFirstCorrection = history.Select(h => h.Id == history[1].Id ? h with { Voided = true } : h).ToList();
        @case.VoidAssignment(history[0].Id, afterFirstCorrection, "指派错误", On(D(2025, 3, 11)));
        (@case.HandlerId, @case.FirstAssignedOn, @case.FirstStepsDueOn).ShouldBe(((Guid?)null, (DateOnly?)null, (DateOnly?)null));
        @case.ClockOn(D(2025, 3, 11), TestData.Calendar).HandlerLate.ShouldBeTrue();
    }

    [Fact]
    public void A_leader_reopens_a_wrongly_closed_case_but_not_one_resumed_as_zhihui()
    {
        var @case = NewCase();
        @case.Close(ClosureMode.Withdrawn, D(2025, 3, 5), "申请人撤回", On(D(2025, 3, 5)));
        Should.Throw<DomainException>(() => @case.RecordPayment(Money.FromYuan(1m), D(2025, 3, 6), PaymentSource.Voluntary, null, On(D(2025, 3, 6)))).Code.ShouldBe("case.closed");
        @case.Reopen("撤回申请系他人冒名提交", On(D(2025, 3, 6)));
        (@case.Status, @case.Closure).ShouldBe((CaseStatus.Filed, (CaseClosure?)null));
        @case.RecordPayment(Money.FromYuan(1m), D(2025, 3, 6), PaymentSource.Voluntary, null, On(D(2025, 3, 6)));
        Should.Throw<DomainException>(() => @case.Reopen("再次", On(D(2025, 3, 7)))).Code.ShouldBe("case.not_closed");

        var original = ReadyForTermination();
        original.Close(ClosureMode.TerminatedThisRound, D(2025, 4, 8), "终本", On(D(2025, 4, 8)));
        EnforcementCase.ResumeFrom(original, CaseNumber.Parse("（2025）湘0681执恢9号"), D(2025, 5, 1), On(D(2025, 5, 1)));
        Should.Throw<DomainException>(() => original.Reopen("错误", On(D(2025, 5, 2)))).Code.ShouldBe("case.reopen.resumed");
    }

    [Fact]
    public void Reopening_resumes_the_pause_the_wrong_closure_ended_and_refuses_a_case_closed_with_its_settlement()
    {
        var @case = NewCase(); // filed 2025-03-03
        @case.Pause(PauseKind.Suspension, D(2025, 4, 1), "案外人异议", On(D(2025, 4, 1)));
        @case.Close(ClosureMode.Withdrawn, D(2025, 4, 11), "撤回", On(D(2025, 4, 11)));
        @case.PausedDays.ShouldBe(10);
        @case.Reopen("撤回申请系冒名", On(D(2025, 5, 1)));
        (@case.Status, @case.PausedSince, @case.PausedDays).ShouldBe((CaseStatus.Paused, (DateOnly?)D(2025, 4, 1), 0));
        // The pause's end logged with the closure stays as history; the reopening says it no longer holds.
        @case.Appended.OfType<TimelineEntry>().Last().Summary.ShouldContain("Suspension since 2025-04-01 runs on: its end with the closure on 2025-04-11 no longer holds");
        @case.ClockOn(D(2025, 5, 1), TestData.Calendar).PausedDays.ShouldBe(30); // the wrongly closed days stand still too

        var settled = TestData.RegisterCase(filedOn: D(2025, 3, 3), claimedYuan: 100_000m);
        settled.AgreeSettlement(D(2025, 4, 1), "分两期履行", Instalments(), On(D(2025, 4, 1)));
        settled.SettlementPerformed(D(2025, 6, 1), On(D(2025, 6, 1)));
        Should.Throw<DomainException>(() => settled.Reopen("错误", On(D(2025, 6, 2)))).Code.ShouldBe("case.reopen.settlement");
    }

    [Fact]
    public void A_closure_still_being_performed_settlement_is_reopened_with_the_settlement_running_on()
    {
        var @case = TestData.RegisterCase(filedOn: D(2025, 3, 3), claimedYuan: 100_000m);
        @case.AgreeSettlement(D(2025, 4, 1), "分两期履行", Instalments(), On(D(2025, 4, 1)));
        @case.Close(ClosureMode.Withdrawn, D(2025, 4, 11), "申请人撤回", On(D(2025, 4, 11)));
        @case.Reopen("撤回申请系误操作", On(D(2025, 5, 1)));
        (@case.Status, @case.PausedSince, @case.Settlement!.Status).ShouldBe((CaseStatus.Paused, (DateOnly?)D(2025, 4, 1), SettlementStatus.Active));
        @case.SettlementBreached(D(2025, 5, 2), On(D(2025, 5, 2)));
        @case.PausedDays.ShouldBe(31);
    }

    [Fact]
    public void Reopening_runs_on_only_a_pause_the_closure_ended_not_one_a_clerk_ended_that_day()
    {
        var @case = NewCase(); // filed 2025-03-03, 6 months to 2025-09-03
        @case.Pause(PauseKind.Suspension, D(2025, 4, 1), "案外人异议", On(D(2025, 4, 1)));
        @case.EndPause(D(2025, 4, 11), On(D(2025, 4, 11)));
        @case.Close(ClosureMode.Withdrawn, D(2025, 4, 11), "撤回", On(D(2025, 4, 11)));
        @case.Reopen("撤回申请系冒名", On(D(2025, 5, 1)));
        (@case.Status, @case.PausedSince, @case.PausedDays, @case.Deadline).ShouldBe((CaseStatus.Filed, (DateOnly?)null, 10, D(2025, 9, 15))); // 09-13 is a Saturday

        var settled = TestData.RegisterCase(filedOn: D(2025, 3, 3), claimedYuan: 100_000m);
        settled.AgreeSettlement(D(2025, 4, 1), "分两期履行", Instalments(), On(D(2025, 4, 1)));
        settled.SettlementBreached(D(2025, 5, 6), On(D(2025, 5, 6)));
        settled.Close(ClosureMode.Terminated, D(2025, 5, 6), "终结执行", On(D(2025, 5, 6)));
        settled.Reopen("误结", On(D(2025, 5, 7)));
        (settled.Status, settled.PausedDays).ShouldBe((CaseStatus.Filed, 35));
    }

    [Fact]
    public void A_settlement_performed_records_no_more_than_the_claim_has_left()
    {
        var @case = TestData.RegisterCase(filedOn: D(2025, 3, 3), claimedYuan: 100_000m);
        @case.AgreeSettlement(D(2025, 4, 1), "分两期履行", Instalments(), On(D(2025, 4, 1)));
        // A deduction of 03-25, recorded after the agreement, is not an instalment but it did pay part of the claim.
        @case.RecordPayment(Money.FromYuan(30_000m), D(2025, 3, 25), PaymentSource.Deduction, "扣划存款", On(D(2025, 4, 10)));
        @case.SettlementPerformed(D(2025, 6, 1), On(D(2025, 6, 1)));
        @case.RecoveredAmount.ShouldBe(Money.FromYuan(100_000m));
    }

    [Fact]
    public void A_surplus_is_recorded_but_the_recovered_total_stays_within_the_largest_plausible_amount()
    {
        var @case = NewCase();
        @case.RecordPayment(Money.FromYuan(9_999_999_999_999.99m), D(2025, 4, 1), PaymentSource.Voluntary, null, On(D(2025, 4, 1)));
        var refused = Should.Throw<DomainException>(() => @case.RecordPayment(Money.FromYuan(0.02m), D(2025, 4, 2), PaymentSource.Voluntary, null, On(D(2025, 4, 2))));
        refused.Code.ShouldBe("case.payment.total_implausible");
        @case.RecoveredAmount.ShouldBe(Money.FromYuan(9_999_999_999_999.99m));
        @case.RecordPayment(Money.FromYuan(0.01m), D(2025, 4, 2), PaymentSource.Voluntary, null, On(D(2025, 4, 2)));
        @case.RecoveredAmount.ShouldBe(Money.Max);
    }

    [Fact]
    public void A_voided_pause_line_gives_the_deadline_the_case_shows_while_another_pause_runs()
    {
        // Filed Monday 2025-03-03: limit 2025-09-03. Voided the 10 days of 04-01..04-11; suspended since 05-01, ten days
        // to 05-11: 09-13 is a Saturday, so the page shows Monday 09-15, and the line says so.
        var @case = NewCase();
        var wrong = @case.Pause(PauseKind.PublicNoticeService, D(2025, 4, 1), "公告送达", On(D(2025, 4, 1)));
        @case.EndPause(D(2025, 4, 11), On(D(2025, 4, 11)));
        @case.Pause(PauseKind.Suspension, D(2025, 5, 1), "案外人异议", On(D(2025, 5, 1)));
        @case.VoidPause(wrong.Id, "公告送达决定录入错误", On(D(2025, 5, 11)));

        @case.ClockOn(D(2025, 5, 11), TestData.Calendar).Deadline.ShouldBe(D(2025, 9, 15));
        @case.Appended.OfType<TimelineEntry>().Last().Summary.ShouldContain("deadline 2025-09-15 as of 2025-05-11, paused since 2025-05-01");
    }

    [Fact]
    public void A_closure_is_not_dated_before_a_measure_or_a_pause_on_record()
    {
        var @case = ReadyForTermination();
        @case.RecordMeasure(MeasureKind.OnlineAssetInquiry, D(2025, 4, 20), "网络查控：发现工商银行存款52000元", null, null, InquiryResult.AssetsFound, null, false, On(D(2025, 4, 20)));
        // 终本 dated 04-19 would pass over the inquiry of 04-20 that found assets.
        var refused = Should.Throw<DomainException>(() => @case.Close(ClosureMode.TerminatedThisRound, D(2025, 4, 19), "终本", On(D(2025, 4, 25))));
        refused.Code.ShouldBe("case.closure.before_recorded_entry");
        refused.Message.ShouldContain("2025-04-20");
        Should.Throw<DomainException>(() => @case.CheckTermination(D(2025, 4, 19), On(D(2025, 4, 25)))).Code.ShouldBe("case.closure.before_recorded_entry");
        @case.CheckTermination(D(2025, 4, 20), On(D(2025, 4, 25))).ShouldBe([FoundAssetsDealtWith]);

        var paused = NewCase();
        paused.Pause(PauseKind.Suspension, D(2025, 4, 1), "案外人异议", On(D(2025, 4, 1)));
        paused.EndPause(D(2025, 4, 20), On(D(2025, 4, 20)));
        Should.Throw<DomainException>(() => paused.Close(ClosureMode.Withdrawn, D(2025, 4, 19), "撤回", On(D(2025, 4, 25)))).Code.ShouldBe("case.closure.before_recorded_entry");
        paused.Close(ClosureMode.Withdrawn, D(2025, 4, 20), "撤回", On(D(2025, 4, 25)));

        // A voided measure or pause never happened: it holds no closure back.
        var corrected = NewCase();
        corrected.RecordMeasure(MeasureKind.Seal, D(2025, 4, 20), "查封房产", null, null, null, null, false, On(D(2025, 4, 20)));
        corrected.VoidMeasure(corrected.Measures.Single().Id, "录入错误", On(D(2025, 4, 21)));
        corrected.Pause(PauseKind.Suspension, D(2025, 4, 5), "案外人异议", On(D(2025, 4, 5)));
        corrected.EndPause(D(2025, 4, 22), On(D(2025, 4, 22)));
        corrected.VoidPause(corrected.Pauses.Single().Id, "录入错误", On(D(2025, 4, 23)));
        corrected.Close(ClosureMode.Withdrawn, D(2025, 4, 4), "撤回", On(D(2025, 4, 25)));
        corrected.Closure!.ClosedOn.ShouldBe(D(2025, 4, 4));
    }

    [Fact]
    public void A_closure_is_not_dated_before_the_handlers_assignment_and_a_voided_assignment_holds_nothing_back()
    {
        var @case = NewCase();
        @case.AssignHandler(TestData.Officer(), D(2025, 4, 20), On(D(2025, 4, 20)));
        // The handler could not take up on 04-20 a case that ended on 04-19.
        var refused = Should.Throw<DomainException>(() => @case.Close(ClosureMode.Withdrawn, D(2025, 4, 19), "撤回", On(D(2025, 4, 25))));
        refused.Code.ShouldBe("case.closure.before_recorded_entry");
        refused.Message.ShouldContain("assignment dated 2025-04-20");

        @case.VoidAssignment(@case.Appended.OfType<HandlerAssignment>().Single().Id,
            [.. @case.Appended.OfType<HandlerAssignment>().Select(a => new AssignmentRecord(a.Id, a.StaffId, a.StaffName, a.AssignedOn, a.RecordedAtUtc, false))],
            "指派有误", On(D(2025, 4, 25)));
        @case.Close(ClosureMode.Withdrawn, D(2025, 4, 19), "撤回", On(D(2025, 4, 25)));
        @case.Closure!.ClosedOn.ShouldBe(D(2025, 4, 19));
    }

    [Fact]
    public void A_settlement_is_not_performed_on_a_day_before_a_payment_on_record()
    {
        var @case = TestData.RegisterCase(filedOn: D(2025, 3, 3), claimedYuan: 100_000m);
        @case.AgreeSettlement(D(2025, 4, 1), "分两期履行", Instalments(), On(D(2025, 4, 1)));
        @case.RecordPayment(Money.FromYuan(50_000m), D(2025, 6, 20), PaymentSource.SettlementInstalment, null, On(D(2025, 6, 20)));
        Should.Throw<DomainException>(() => @case.SettlementPerformed(D(2025, 6, 15), On(D(2025, 6, 25)), new PaymentsAsOf(Money.Zero, D(2025, 6, 20))))
            .Code.ShouldBe("case.closure.before_recorded_entry");
    }

    [Theory]
    [InlineData(150_000, "case.closure.nothing_outstanding")]
    [InlineData(150_000.01, "case.closure.nothing_outstanding")]
    [InlineData(149_999.99, null)]
    public void Zhongben_needs_something_left_to_recover_by_its_day(decimal paidByClosure, string? code)
    {
        var @case = ReadyForTermination(claimedYuan: 150_000m);
        var payments = new PaymentsAsOf(Money.FromYuan(paidByClosure), D(2025, 3, 1));
        if (code is null)
        {
            @case.Close(ClosureMode.TerminatedThisRound, D(2025, 4, 8), "终本", On(D(2025, 4, 8)), payments);
            @case.Closure!.Mode.ShouldBe(ClosureMode.TerminatedThisRound);
        }
        else
        {
            Should.Throw<DomainException>(() => @case.Close(ClosureMode.TerminatedThisRound, D(2025, 4, 8), "终本", On(D(2025, 4, 8)), payments)).Code.ShouldBe(code);
            Should.Throw<DomainException>(() => @case.CheckTermination(D(2025, 4, 8), On(D(2025, 4, 8)), payments)).Code.ShouldBe(code);
        }
    }

    [Theory]
    [InlineData(100_000, true)]
    [InlineData(100_000.01, false)]
    public void A_settlement_promises_no_more_than_is_left_to_recover(decimal promised, bool agreed)
    {
        var @case = TestData.RegisterCase(filedOn: D(2025, 3, 3), claimedYuan: 130_000m);
        @case.RecordPayment(Money.FromYuan(30_000m), D(2025, 3, 20), PaymentSource.Voluntary, null, On(D(2025, 3, 20)));
        List<SettlementInstalment> plan = [new(D(2025, 5, 1), Money.FromYuan(50_000m)), new(D(2025, 6, 1), Money.FromYuan(promised - 50_000m))];
        if (agreed)
        {
            @case.AgreeSettlement(D(2025, 4, 1), "分两期履行", plan, On(D(2025, 4, 1)));
            @case.SettlementPerformed(D(2025, 6, 1), On(D(2025, 6, 1)));
            @case.RecoveredAmount.ShouldBe(Money.FromYuan(130_000m));
        }
        else
        {
            Should.Throw<DomainException>(() => @case.AgreeSettlement(D(2025, 4, 1), "分两期履行", plan, On(D(2025, 4, 1)))).Code.ShouldBe("case.settlement.exceeds_outstanding");
            @case.Settlement.ShouldBeNull();
        }
    }

    [Fact]
    public void One_ID_or_credit_code_names_one_party_of_a_case()
    {
        Should.Throw<DomainException>(() => TestData.RegisterCase(applicants: [TestData.Enterprise("湖南湘江机械制造有限公司")], respondents: [TestData.Enterprise("湖南湘江机械制造有限公司")]))
            .Code.ShouldBe("case.parties.duplicate");
        Should.Throw<DomainException>(() => TestData.RegisterCase(respondents: [TestData.Person("王建军"), TestData.Person("王建军")])).Code.ShouldBe("case.parties.duplicate");
        TestData.RegisterCase(applicants: [TestData.Enterprise()], respondents: [TestData.Person("王建军"), TestData.Person("王建民", TestData.ValidResidentId)])
            .Respondents.Count.ShouldBe(2);
    }

    [Fact]
    public void A_measure_taken_over_from_preservation_is_released_not_voided()
    {
        var order = PreservationOrder.Create(
            PreservationKind.DuringLitigation, null, "（2025）湘0681民初321号", [TestData.Enterprise()], [TestData.Person()], Money.FromYuan(10_000m),
            SecurityForm.None, null, new DateTime(2025, 2, 1, 1, 0, 0, DateTimeKind.Utc), new DateTime(2025, 2, 2, 1, 0, 0, DateTimeKind.Utc),
            D(2025, 2, 2), null, On(D(2025, 2, 2)));
        order.AddMeasure(AssetKind.BankDeposit, "冻结存款", Money.FromYuan(10_000m), "中国银行汨罗支行", D(2025, 2, 3), On(D(2025, 2, 3)));
        var @case = NewCase();
        order.ConvertTo(@case, On(D(2025, 3, 4)));
        var adopted = @case.Measures.Single();
        adopted.AdoptedFrom.ShouldBe("（2025）湘0681民初321号");
        Should.Throw<DomainException>(() => @case.VoidMeasure(adopted.Id, "错误", On(D(2025, 3, 5)))).Code.ShouldBe("case.correction.adopted_hold");
    }

    [Fact]
    public void Voiding_the_measure_that_reported_the_debtor_missing_drops_the_search_condition()
    {
        var @case = ReadyForTermination();
        var unserved = @case.RecordMeasure(MeasureKind.EnforcementNotice, D(2025, 1, 11), "通知书无法送达", null, null, null, null, true, On(D(2025, 1, 11)));
        @case.UnmetTerminationConditions(D(2025, 4, 8)).ShouldBe([MissingDebtorSearched]);
        @case.VoidMeasure(unserved.Id, "误记，系他案送达回证", On(D(2025, 4, 1)));
        @case.DebtorMissing.ShouldBeFalse();
        @case.UnmetTerminationConditions(D(2025, 4, 8)).ShouldBeEmpty();
    }

    private static EnforcementCase ReadyForTermination(MeasureKind? without = null, decimal claimedYuan = 150_000m)
    {
        // Filed Monday 2025-01-06: three months end 2025-04-06, so 04-07 is the first day "more than" three months.
        var @case = TestData.RegisterCase(filedOn: D(2025, 1, 6), claimedYuan: claimedYuan);
        foreach (var (kind, date) in new[]
                 {
                     (MeasureKind.EnforcementNotice, D(2025, 1, 10)),
                     (MeasureKind.AssetReportOrder, D(2025, 1, 10)),
                     (MeasureKind.OnlineAssetInquiry, D(2025, 1, 12)),
                     (MeasureKind.ConsumptionRestriction, D(2025, 1, 15)),
                 })
        {
            if (kind != without)
            {
                Measure(@case, kind, date, date);
            }
        }

        return @case;
    }

    private static CaseMeasure Measure(EnforcementCase @case, MeasureKind kind, DateOnly takenOn, DateOnly today) =>
        @case.RecordMeasure(kind, takenOn, "措施", null, null, kind == MeasureKind.OnlineAssetInquiry ? InquiryResult.NoAssets : null,
            kind == MeasureKind.DishonestDebtorListing ? "有履行能力而拒不履行" : null, false, On(today));

    private static List<SettlementInstalment> Instalments() =>
        [new(D(2025, 5, 1), Money.FromYuan(50_000m)), new(D(2025, 6, 1), Money.FromYuan(50_000m))];
}
