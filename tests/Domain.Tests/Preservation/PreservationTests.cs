using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.Parties;
using Enforcement.Domain.Preservation;
using Enforcement.Domain.Tests.Support;

namespace Enforcement.Domain.Tests.Preservation;

public sealed class PreservationTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static ChangeContext On(DateOnly today) => TestData.Context(today);

    // ---- maximum periods ------------------------------------------------------------------------------

    [Theory]
    [InlineData(AssetKind.BankDeposit, "2025-03-14")]
    [InlineData(AssetKind.Movable, "2026-03-14")]
    [InlineData(AssetKind.Immovable, "2027-03-14")]
    [InlineData(AssetKind.OtherPropertyRight, "2027-03-14")]
    public void Each_asset_kind_holds_for_its_legal_maximum_counting_the_start_day(AssetKind kind, string expires) =>
        AssetHold.Start(kind, D(2024, 3, 15)).ExpiresOn.ShouldBe(DateOnly.Parse(expires, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData(2024, 2, 29, AssetKind.BankDeposit, 2025, 2, 28)] // leap day: the anniversary is 1 March
    [InlineData(2024, 2, 29, AssetKind.Movable, 2026, 2, 28)]
    [InlineData(2024, 2, 29, AssetKind.Immovable, 2027, 2, 28)]
    [InlineData(2023, 3, 1, AssetKind.BankDeposit, 2024, 2, 29)] // a year from 1 March ends on the leap day
    [InlineData(2023, 1, 31, AssetKind.Immovable, 2026, 1, 30)] // month-end start
    [InlineData(2024, 8, 31, AssetKind.BankDeposit, 2025, 8, 30)]
    [InlineData(2024, 12, 31, AssetKind.Movable, 2026, 12, 30)]
    public void Leap_day_and_month_end_starts_end_the_day_before_the_anniversary(int y, int m, int d, AssetKind kind, int ey, int em, int ed) =>
        AssetHold.Start(kind, D(y, m, d)).ExpiresOn.ShouldBe(D(ey, em, ed));

    [Fact]
    public void Expiry_is_not_moved_for_holidays() =>
        // 2025-10-01 is National Day; a 1-year freeze from 2024-10-02 still ends on it.
        AssetHold.Start(AssetKind.BankDeposit, D(2024, 10, 2)).ExpiresOn.ShouldBe(D(2025, 10, 1));

    // ---- renewal, release, lapse ------------------------------------------------------------------------

    [Fact]
    public void A_renewal_on_the_expiry_day_runs_the_full_maximum_again_from_the_next_day()
    {
        var hold = AssetHold.Start(AssetKind.BankDeposit, D(2024, 3, 15));
        var renewal = hold.Renew(D(2025, 3, 14), until: null);
        renewal.PreviousExpiry.ShouldBe(D(2025, 3, 14));
        hold.ExpiresOn.ShouldBe(D(2026, 3, 14));
    }

    [Fact]
    public void The_applicants_renewal_request_is_due_seven_days_before_expiry() =>
        AssetHold.Start(AssetKind.BankDeposit, D(2024, 3, 15)).RenewalRequestDueOn.ShouldBe(D(2025, 3, 7));

    [Fact]
    public void A_renewal_after_expiry_is_refused_as_lapsed() =>
        Should.Throw<DomainException>(() => AssetHold.Start(AssetKind.BankDeposit, D(2024, 3, 15)).Renew(D(2025, 3, 15), null))
            .Code.ShouldBe("preservation.measure.lapsed");

    [Fact]
    public void A_renewal_may_be_shorter_but_never_longer_than_the_maximum()
    {
        var hold = AssetHold.Start(AssetKind.Movable, D(2024, 3, 15)); // to 2026-03-14
        Should.Throw<DomainException>(() => hold.Renew(D(2026, 3, 1), D(2028, 3, 15))).Code.ShouldBe("preservation.measure.renewal_too_long");
        hold.Renew(D(2026, 3, 1), D(2027, 3, 14));
        hold.ExpiresOn.ShouldBe(D(2027, 3, 14));
    }

    [Fact]
    public void Every_renewal_is_kept_in_history()
    {
        var hold = AssetHold.Start(AssetKind.BankDeposit, D(2023, 3, 15));
        hold.Renew(D(2024, 3, 1), null);
        hold.Renew(D(2025, 3, 1), null);
        hold.Renewals.Select(r => r.NewExpiry).ShouldBe([D(2025, 3, 14), D(2026, 3, 14)]);
    }

    [Fact]
    public void The_same_renewal_sent_twice_does_not_hold_the_asset_two_periods_ahead()
    {
        var hold = AssetHold.Start(AssetKind.BankDeposit, D(2026, 3, 1)); // to 2027-02-28
        hold.Renew(D(2026, 12, 1), null).NewExpiry.ShouldBe(D(2028, 2, 29));
        Should.Throw<DomainException>(() => hold.Renew(D(2026, 12, 1), null)).Code.ShouldBe("preservation.measure.renewal_too_early");
        // Once no more than a year remains (2028-02-29 is the last day of the year from 2027-03-01), it is renewed again.
        Should.Throw<DomainException>(() => hold.Renew(D(2027, 2, 28), null)).Code.ShouldBe("preservation.measure.renewal_too_early");
        hold.Renew(D(2027, 3, 1), null).NewExpiry.ShouldBe(D(2029, 2, 28));
    }

    [Fact]
    public void An_expired_hold_neither_renewed_nor_released_is_lapsed()
    {
        var hold = AssetHold.Start(AssetKind.BankDeposit, D(2024, 3, 15));
        hold.StatusOn(D(2025, 3, 14)).ShouldBe(HoldStatus.Live);
        hold.StatusOn(D(2025, 3, 15)).ShouldBe(HoldStatus.Lapsed);

        var released = AssetHold.Start(AssetKind.BankDeposit, D(2024, 3, 15));
        released.Release(D(2024, 6, 1), "被执行人提供担保");
        released.StatusOn(D(2025, 3, 15)).ShouldBe(HoldStatus.Released);
        Should.Throw<DomainException>(() => released.Renew(D(2024, 7, 1), null)).Code.ShouldBe("preservation.measure.released");
    }

    // ---- orders: 48 hours and lifting deadlines -----------------------------------------------------------

    [Theory]
    [InlineData(PreservationKind.PreLitigation, 48 * 60, false)]
    [InlineData(PreservationKind.PreLitigation, (48 * 60) + 1, true)]
    [InlineData(PreservationKind.DuringLitigation, 72 * 60, false)]
    public void A_pre_litigation_ruling_later_than_48_hours_is_flagged(PreservationKind kind, int minutes, bool late)
    {
        var received = new DateTime(2025, 6, 10, 1, 0, 0, DateTimeKind.Utc);
        Order(kind, received, received.AddMinutes(minutes), D(2025, 6, 12)).RulingLate.ShouldBe(late);
    }

    [Fact]
    public void A_pre_litigation_order_is_lift_due_thirty_days_after_the_measure_was_taken_moved_past_a_holiday()
    {
        // Ruled 2026-08-20, nothing due until a measure is taken. Taken 2026-09-06: + 30 days = 2026-10-06, inside the
        // National Day holiday, so the last day to sue is Thursday 2026-10-08. (From the ruling it would be 2026-09-21.)
        var order = Order(PreservationKind.PreLitigation, ruledOn: D(2026, 8, 20));
        order.LiftDueOn.ShouldBeNull();
        order.IsLiftDue(D(2026, 12, 1)).ShouldBeFalse();

        order.AddMeasure(AssetKind.Immovable, "查封厂房", null, "汨罗市不动产登记中心", D(2026, 9, 6), On(D(2026, 9, 6)));
        order.LiftDueOn.ShouldBe(D(2026, 10, 8));
        order.IsLiftDue(D(2026, 9, 22)).ShouldBeFalse();
        order.IsLiftDue(D(2026, 10, 8)).ShouldBeFalse();
        order.IsLiftDue(D(2026, 10, 9)).ShouldBeTrue();

        // A later measure does not move the day: the 30 days run from the earliest one.
        order.AddMeasure(AssetKind.BankDeposit, "冻结存款", Money.FromYuan(10_000m), "中国银行汨罗支行", D(2026, 9, 20), On(D(2026, 9, 20)));
        order.LiftDueOn.ShouldBe(D(2026, 10, 8));
    }

    [Fact]
    public void After_its_lifting_day_an_order_takes_releases_but_no_new_hold_or_renewal()
    {
        // Taken 2026-09-06: the last day to sue is Thursday 2026-10-08 (above).
        var order = Order(PreservationKind.PreLitigation, ruledOn: D(2026, 8, 20));
        var freeze = order.AddMeasure(AssetKind.BankDeposit, "冻结存款", Money.FromYuan(10_000m), "中国银行汨罗支行", D(2026, 9, 6), On(D(2026, 9, 6)));

        // On the last day both are still allowed; the day after, neither, whenever it is recorded.
        order.AddMeasure(AssetKind.Movable, "扣押车辆", null, "汨罗市公安局交警大队", D(2026, 10, 8), On(D(2026, 12, 2)));
        Should.Throw<DomainException>(() => order.AddMeasure(AssetKind.Immovable, "查封厂房", null, "汨罗市不动产登记中心", D(2026, 10, 9), On(D(2026, 12, 2))))
            .Code.ShouldBe("preservation.order.lift_due");
        var refused = Should.Throw<DomainException>(() => order.RenewHold(freeze.Id, D(2026, 10, 9), null, On(D(2026, 12, 2))));
        refused.Code.ShouldBe("preservation.order.lift_due");
        refused.Message.ShouldContain("2026-10-08");
        freeze.Hold.Renewals.ShouldBeEmpty();
        order.Measures.Count.ShouldBe(2);

        order.ReleaseHold(freeze.Id, D(2026, 12, 2), "未在法定期间内起诉，依法解除", On(D(2026, 12, 2)));
        freeze.Hold.ReleasedOn.ShouldBe(D(2026, 12, 2));
    }

    [Fact]
    public void A_suit_in_time_leaves_the_order_free_to_hold_and_renew_after_the_thirty_days()
    {
        var order = Order(PreservationKind.PreLitigation, ruledOn: D(2026, 8, 20));
        var freeze = order.AddMeasure(AssetKind.BankDeposit, "冻结存款", Money.FromYuan(10_000m), "中国银行汨罗支行", D(2026, 9, 6), On(D(2026, 9, 6)));
        order.RecordLawsuit("（2026）湘0681民初888号", D(2026, 10, 8), On(D(2026, 10, 8)));
        order.AddMeasure(AssetKind.Immovable, "查封厂房", null, "汨罗市不动产登记中心", D(2026, 11, 2), On(D(2026, 11, 2)));
        order.RenewHold(freeze.Id, D(2026, 12, 2), null, On(D(2026, 12, 2))).NewExpiry.ShouldBe(D(2028, 9, 5));
    }

    [Fact]
    public void A_hold_is_not_released_before_its_last_renewal()
    {
        var hold = AssetHold.Start(AssetKind.BankDeposit, D(2026, 1, 5)); // to 2027-01-04
        hold.Renew(D(2026, 6, 1), D(2027, 6, 1));
        var refused = Should.Throw<DomainException>(() => hold.Release(D(2026, 5, 31), "申请人申请解除"));
        refused.Code.ShouldBe("preservation.measure.release_before_renewal");
        hold.ReleasedOn.ShouldBeNull();
        hold.Release(D(2026, 6, 1), "申请人申请解除");
        hold.ReleasedOn.ShouldBe(D(2026, 6, 1));
    }

    [Theory]
    [InlineData(2026, 10, 8, false)] // on the last day: in time
    [InlineData(2026, 10, 9, true)]  // a day late: kept, but the order stays due to be lifted
    public void A_suit_cures_the_order_only_when_filed_in_time(int year, int month, int day, bool stillDue)
    {
        var order = Order(PreservationKind.PreLitigation, ruledOn: D(2026, 8, 20));
        order.AddMeasure(AssetKind.Immovable, "查封厂房", null, "汨罗市不动产登记中心", D(2026, 9, 6), On(D(2026, 9, 6)));
        order.RecordLawsuit("（2026）湘0681民初888号", D(year, month, day), On(D(2026, 10, 12)));
        order.LawsuitFiledOn.ShouldBe(D(year, month, day));
        order.IsLiftDue(D(2026, 10, 12)).ShouldBe(stillDue);
        (order.LiftDueOn is not null).ShouldBe(stillDue);
    }

    [Fact]
    public void An_order_whose_measures_are_all_released_or_lapsed_is_no_longer_due_to_be_lifted()
    {
        var order = Order(PreservationKind.PreLitigation, ruledOn: D(2026, 8, 20));
        var seal = order.AddMeasure(AssetKind.Immovable, "查封厂房", null, "汨罗市不动产登记中心", D(2026, 9, 6), On(D(2026, 9, 6)));
        order.IsLiftDue(D(2026, 10, 12)).ShouldBeTrue();
        order.ReleaseHold(seal.Id, D(2026, 10, 12), "未在法定期间内起诉，依法解除", On(D(2026, 10, 12)));
        order.IsLiftDue(D(2026, 10, 12)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("（2026）湘0681执888号", "preservation.lawsuit.not_litigation")]
    [InlineData("（2026）湘0681财保8号", "preservation.lawsuit.not_litigation")]
    [InlineData("（2025）湘0681民初888号", "preservation.lawsuit.year_mismatch")]
    [InlineData("（2028）湘0681民初888号", "preservation.lawsuit.year_mismatch")]
    public void A_suit_is_a_litigation_number_of_the_year_it_was_filed_or_the_next(string number, string code)
    {
        var order = Order(PreservationKind.PreLitigation, ruledOn: D(2026, 8, 20));
        Should.Throw<DomainInputException>(() => order.RecordLawsuit(number, D(2026, 9, 1), On(D(2026, 9, 1)))).Code.ShouldBe(code);
        order.LawsuitCaseNumber.ShouldBeNull();
        // Filed at the year's end and docketed in the next: once that year has begun.
        Should.Throw<DomainInputException>(() => order.RecordLawsuit("（2027）湘0681民初1号", D(2026, 9, 1), On(D(2026, 12, 31)))).Code.ShouldBe("preservation.lawsuit.year_mismatch");
        order.RecordLawsuit("（2027）湘0681民初1号", D(2026, 9, 1), On(D(2027, 1, 4)));
        order.LawsuitCaseNumber.ShouldBe("（2027）湘0681民初1号");
    }

    [Theory]
    [InlineData("（2099）湘0681民初50262号", 2099, 12, 31)]
    [InlineData("（2026）湘0681民初888号", 2026, 9, 2)]
    public void A_suit_filed_on_a_day_still_to_come_is_refused_as_such_whatever_its_number(string number, int year, int month, int day)
    {
        var order = Order(PreservationKind.PreLitigation, ruledOn: D(2026, 8, 20));
        Should.Throw<DomainException>(() => order.RecordLawsuit(number, D(year, month, day), On(D(2026, 9, 1)))).Code.ShouldBe("preservation.date.in_future");
        order.LawsuitCaseNumber.ShouldBeNull();
    }

    [Fact]
    public void A_second_suit_on_an_order_is_a_conflict()
    {
        var order = Order(PreservationKind.PreLitigation, ruledOn: D(2026, 8, 20));
        order.RecordLawsuit("（2026）湘0681民初888号", D(2026, 9, 1), On(D(2026, 9, 1)));
        Should.Throw<DomainConflictException>(() => order.RecordLawsuit("（2026）湘0681民初889号", D(2026, 9, 2), On(D(2026, 9, 2))))
            .Code.ShouldBe("preservation.lawsuit.exists");
    }

    [Fact]
    public void A_pre_litigation_order_needs_its_own_caibao_number_and_security_with_an_amount()
    {
        PreservationOrder Create(CaseNumber? number, SecurityForm form, Money? amount, PreservationKind kind = PreservationKind.PreLitigation) => PreservationOrder.Create(
            kind, number, kind == PreservationKind.DuringLitigation ? "（2025）湘0681民初321号" : null, [TestData.Enterprise()], [TestData.Person()],
            Money.FromYuan(300_000m), form, amount, new DateTime(2025, 6, 11, 2, 0, 0, DateTimeKind.Utc), new DateTime(2025, 6, 12, 2, 0, 0, DateTimeKind.Utc),
            D(2025, 6, 12), null, On(D(2025, 6, 13)));
        var caibao = CaseNumber.Parse("（2025）湘0681财保3号");

        Should.Throw<DomainException>(() => Create(CaseNumber.Parse("（2025）湘0681执保3号"), SecurityForm.Cash, Money.FromYuan(1m)))
            .Code.ShouldBe("preservation.number.pre_litigation_needs_caibao");
        Should.Throw<DomainException>(() => Create(caibao, SecurityForm.None, null)).Code.ShouldBe("preservation.security.required");
        Should.Throw<DomainException>(() => Create(caibao, SecurityForm.Insurance, null)).Code.ShouldBe("preservation.security.amount_required");
        Should.Throw<DomainException>(() => Create(null, SecurityForm.Cash, Money.Zero, PreservationKind.DuringLitigation)).Code.ShouldBe("preservation.security.amount_required");
        Create(null, SecurityForm.None, null, PreservationKind.DuringLitigation).SecurityForm.ShouldBe(SecurityForm.None);
        Create(caibao, SecurityForm.Insurance, Money.FromYuan(300_000m)).SecurityAmount.ShouldBe(Money.FromYuan(300_000m));
    }

    [Fact]
    public void A_renewal_is_dated_on_or_after_the_start_and_the_previous_renewal()
    {
        var order = Order(PreservationKind.DuringLitigation, ruledOn: D(2025, 3, 1));
        var freeze = order.AddMeasure(AssetKind.BankDeposit, "冻结存款", Money.FromYuan(10_000m), "中国银行汨罗支行", D(2025, 3, 2), On(D(2025, 3, 2)));
        Should.Throw<DomainException>(() => order.RenewHold(freeze.Id, D(2025, 3, 1), null, On(D(2025, 6, 1)))).Code.ShouldBe("preservation.measure.renewal_before_start");
        order.RenewHold(freeze.Id, D(2026, 2, 20), D(2026, 6, 30), On(D(2026, 2, 20)));
        Should.Throw<DomainException>(() => order.RenewHold(freeze.Id, D(2026, 2, 19), null, On(D(2026, 3, 1)))).Code.ShouldBe("preservation.measure.renewal_before_previous");
        order.RenewHold(freeze.Id, D(2026, 2, 20), null, On(D(2026, 3, 1))).PreviousExpiry.ShouldBe(D(2026, 6, 30));
    }

    [Fact]
    public void Releasing_a_measure_that_had_lapsed_keeps_it_lapsed()
    {
        var order = Order(PreservationKind.DuringLitigation, ruledOn: D(2024, 3, 1));
        var freeze = order.AddMeasure(AssetKind.BankDeposit, "冻结存款", Money.FromYuan(10_000m), "中国银行汨罗支行", D(2024, 3, 15), On(D(2024, 3, 15)));
        freeze.Hold.ExpiresOn.ShouldBe(D(2025, 3, 14));
        order.ReleaseHold(freeze.Id, D(2025, 3, 20), "补办解除手续", On(D(2025, 3, 20)));
        freeze.Hold.StatusOn(D(2025, 3, 20)).ShouldBe(HoldStatus.Lapsed);
        AssetHold.LapsedFrom(freeze.Hold.ReleasedOn, freeze.Hold.ExpiresOn, D(2025, 3, 20)).ShouldBe(D(2025, 3, 15));

        // Released on its last day, it was never lapsed.
        var seal = order.AddMeasure(AssetKind.BankDeposit, "冻结存款二", Money.FromYuan(10_000m), "中国银行汨罗支行", D(2024, 3, 15), On(D(2024, 3, 15)));
        order.ReleaseHold(seal.Id, D(2025, 3, 14), "解除", On(D(2025, 3, 14)));
        seal.Hold.StatusOn(D(2025, 3, 20)).ShouldBe(HoldStatus.Released);
    }

    [Fact]
    public void A_pre_enforcement_order_is_lift_due_five_days_after_the_performance_period_moved_past_a_holiday()
    {
        // 2026-09-20 + 5 days = 2026-09-25, Mid-Autumn (25th to 27th): the last day is Monday 2026-09-28.
        var order = Order(PreservationKind.PreEnforcement, ruledOn: D(2026, 8, 1), performanceEnds: D(2026, 9, 20));
        order.LiftDueOn.ShouldBe(D(2026, 9, 28));
        order.IsLiftDue(D(2026, 9, 29)).ShouldBeFalse(); // nothing held yet
        order.AddMeasure(AssetKind.BankDeposit, "冻结存款", Money.FromYuan(10_000m), "中国银行汨罗支行", D(2026, 8, 2), On(D(2026, 8, 2)));
        order.IsLiftDue(D(2026, 9, 28)).ShouldBeFalse();
        order.IsLiftDue(D(2026, 9, 29)).ShouldBeTrue();
    }

    [Fact]
    public void A_during_litigation_order_has_no_lifting_deadline() =>
        Order(PreservationKind.DuringLitigation, ruledOn: D(2026, 9, 6)).LiftDueOn.ShouldBeNull();

    [Fact]
    public void Only_a_pre_litigation_order_takes_a_suit() =>
        Should.Throw<DomainException>(() => Order(PreservationKind.DuringLitigation, ruledOn: D(2026, 9, 6))
            .RecordLawsuit("（2026）湘0681民初888号", D(2026, 9, 30), On(D(2026, 9, 30)))).Code.ShouldBe("preservation.lawsuit.not_pre_litigation");

    // ---- conversion ---------------------------------------------------------------------------------------

    [Fact]
    public void A_pre_enforcement_order_names_the_judgment_it_secures()
    {
        var error = Should.Throw<DomainInputException>(() => PreservationOrder.Create(
            PreservationKind.PreEnforcement, CaseNumber.Parse("（2025）湘0681执保12号"), null, [TestData.Enterprise()], [TestData.Person()],
            Money.FromYuan(300_000m), SecurityForm.Guarantee, Money.FromYuan(300_000m), new DateTime(2025, 3, 1, 1, 0, 0, DateTimeKind.Utc),
            new DateTime(2025, 3, 1, 2, 0, 0, DateTimeKind.Utc), D(2025, 3, 1), D(2025, 3, 20), On(D(2025, 3, 2))));
        (error.Code, error.Field).ShouldBe(("preservation.litigation_number.missing", "litigationCaseNumber"));
    }

    [Fact]
    public void Conversion_hands_live_measures_to_the_case_with_the_same_expiry_and_history()
    {
        var order = Order(PreservationKind.PreEnforcement, ruledOn: D(2025, 3, 1), performanceEnds: D(2025, 3, 20), litigationNumber: "（2024）湘0681民初2345号");
        var freeze = order.AddMeasure(AssetKind.BankDeposit, "冻结中国建设银行汨罗支行账户 4300 1234 5678", Money.FromYuan(200_000m), "中国建设银行汨罗支行", D(2025, 3, 2), On(D(2025, 3, 2)));
        var released = order.AddMeasure(AssetKind.Movable, "扣押车辆 湘F·12345", null, "汨罗市公安局交警大队", D(2025, 3, 2), On(D(2025, 3, 2)));
        // Performance period ended 2025-03-20: enforcement applied for on 2025-03-25, the last of the 5 days, so the
        // order stays in force and its freeze can be renewed.
        var @case = TestData.RegisterCase("（2025）湘0681执88号", filedOn: D(2025, 3, 25), respondents: [TestData.Person()]);
        order.RecordEnforcementApplied(@case, On(D(2025, 3, 25))).ShouldBeTrue();
        order.ReleaseHold(released.Id, D(2025, 4, 1), "申请人申请解除", On(D(2025, 4, 1)));
        order.RenewHold(freeze.Id, D(2026, 2, 20), null, On(D(2026, 2, 20)));

        order.ConvertTo(@case, On(D(2026, 3, 3)));

        order.Status.ShouldBe(OrderStatus.Converted);
        order.ConvertedToCaseId.ShouldBe(@case.Id);
        var adopted = @case.Measures.ShouldHaveSingleItem();
        adopted.Kind.ShouldBe(MeasureKind.Freeze);
        adopted.Hold!.StartOn.ShouldBe(D(2025, 3, 2));
        adopted.Hold.ExpiresOn.ShouldBe(D(2027, 3, 1));
        adopted.Hold.Renewals.ShouldHaveSingleItem().NewExpiry.ShouldBe(D(2027, 3, 1));
        @case.Appended.OfType<TimelineEntry>().ShouldContain(e => e.Kind == TimelineKind.Measure && e.Summary.Contains("converted from preservation", StringComparison.Ordinal));
        Should.Throw<DomainException>(() => order.AddMeasure(AssetKind.Immovable, "查封厂房", null, "汨罗市不动产登记中心", D(2026, 3, 3), On(D(2026, 3, 3))))
            .Code.ShouldBe("preservation.order.converted");
    }

    [Fact]
    public void A_lift_due_order_converts_only_once_its_measures_are_released()
    {
        // Performance period ended 2025-03-20, last day to apply 2025-03-25; the case was filed on 03-26.
        var order = Order(PreservationKind.PreEnforcement, ruledOn: D(2025, 3, 1), performanceEnds: D(2025, 3, 20), litigationNumber: "（2024）湘0681民初2345号");
        var freeze = order.AddMeasure(AssetKind.BankDeposit, "冻结存款", Money.FromYuan(10_000m), "中国银行汨罗支行", D(2025, 3, 2), On(D(2025, 3, 2)));
        var late = TestData.RegisterCase("（2025）湘0681执89号", filedOn: D(2025, 3, 26), respondents: [TestData.Person()]);
        Should.Throw<DomainException>(() => order.ConvertTo(late, On(D(2025, 3, 27)))).Code.ShouldBe("preservation.order.lift_due");

        order.ReleaseHold(freeze.Id, D(2025, 3, 27), "逾期未申请执行，依法解除", On(D(2025, 3, 27)));
        order.ConvertTo(late, On(D(2025, 3, 27)));
        late.Measures.ShouldBeEmpty();
    }

    [Fact]
    public void A_pre_litigation_order_converts_into_the_case_enforcing_its_suit()
    {
        var order = Order(PreservationKind.PreLitigation, ruledOn: D(2025, 3, 1));
        order.AddMeasure(AssetKind.BankDeposit, "冻结存款", Money.FromYuan(10_000m), "中国银行汨罗支行", D(2025, 3, 2), On(D(2025, 3, 2)));
        EnforcementCase Enforcing(string document, string number) => EnforcementCase.Register(
            CaseNumber.Parse(number), D(2025, 6, 2), false, EnforcementBasis.Create("汨罗市人民法院", document, D(2025, 5, 20)),
            Money.FromYuan(10_000m), [TestData.Enterprise()], [TestData.Person()], null, On(D(2025, 6, 2)));

        Should.Throw<DomainException>(() => order.ConvertTo(Enforcing("（2025）湘0681民初500号", "（2025）湘0681执90号"), On(D(2025, 6, 3))))
            .Code.ShouldBe("preservation.conversion.no_suit");
        order.RecordLawsuit("（2025）湘0681民初500号", D(2025, 3, 20), On(D(2025, 3, 20)));
        Should.Throw<DomainException>(() => order.ConvertTo(Enforcing("（2025）湘0681民初501号", "（2025）湘0681执91号"), On(D(2025, 6, 3))))
            .Code.ShouldBe("preservation.conversion.different_title");
        // An objection, a reconsideration or a supervision case about an enforcement is not the enforcement itself.
        foreach (var other in new[] { "（2025）湘0681执异93号", "（2025）湘06执复94号", "（2025）湘06执监95号", "（2025）湘0681执保96号" })
        {
            Should.Throw<DomainException>(() => order.ConvertTo(Enforcing("（2025）湘0681民初500号", other), On(D(2025, 6, 3))))
                .Code.ShouldBe("preservation.conversion.not_enforcement");
        }

        order.ConvertTo(Enforcing("(2025)湘0681民初500号", "（2025）湘0681执92号"), On(D(2025, 6, 3)));
        order.Status.ShouldBe(OrderStatus.Converted);
    }

    [Fact]
    public void Conversion_needs_a_case_against_the_same_respondents()
    {
        // Another person (another ID), and a namesake of the order's 张建国 with another ID: neither is the respondent.
        const string first17 = "43068119800515609";
        var otherId = first17 + ResidentId.CheckCharacter(first17);
        foreach (var respondent in new[] { Party.Create(PartyKind.NaturalPerson, "赵德明", otherId), Party.Create(PartyKind.NaturalPerson, "张建国", otherId) })
        {
            Should.Throw<DomainException>(() => Order(PreservationKind.DuringLitigation, ruledOn: D(2025, 3, 1))
                    .ConvertTo(TestData.RegisterCase(respondents: [respondent]), On(D(2025, 3, 5))))
                .Code.ShouldBe("preservation.conversion.different_parties");
        }
    }

    // ---- the case's own seals and freezes -----------------------------------------------------------------

    [Theory]
    [InlineData(MeasureKind.Freeze, AssetKind.BankDeposit, 2026, 3, 9)]
    [InlineData(MeasureKind.Freeze, AssetKind.OtherPropertyRight, 2028, 3, 9)]   // equity
    [InlineData(MeasureKind.Seal, AssetKind.Immovable, 2028, 3, 9)]
    [InlineData(MeasureKind.Seal, AssetKind.Movable, 2027, 3, 9)]
    [InlineData(MeasureKind.Seize, AssetKind.Movable, 2027, 3, 9)]
    [InlineData(MeasureKind.Seal, AssetKind.BankDeposit, 0, 0, 0)]               // a deposit is frozen, not sealed
    [InlineData(MeasureKind.Seize, AssetKind.BankDeposit, 0, 0, 0)]
    [InlineData(MeasureKind.Seize, AssetKind.Immovable, 0, 0, 0)]                // a house is sealed, not seized
    [InlineData(MeasureKind.Freeze, AssetKind.Immovable, 0, 0, 0)]
    [InlineData(MeasureKind.Freeze, AssetKind.Movable, 0, 0, 0)]
    public void A_hold_fits_its_asset_so_that_the_legal_maximum_is_the_right_one(MeasureKind kind, AssetKind asset, int year, int month, int day)
    {
        var @case = TestData.RegisterCase(filedOn: D(2025, 3, 3));
        DateOnly? Expiry() => @case.RecordMeasure(kind, D(2025, 3, 10), "财产控制措施", null, "汨罗市", null, null, false, On(D(2025, 3, 10)), asset).Hold!.ExpiresOn;
        if (year == 0)
        {
            Should.Throw<DomainException>(() => Expiry()).Code.ShouldBe("case.measure.asset_kind_mismatch");
            @case.Measures.ShouldBeEmpty();
        }
        else
        {
            Expiry().ShouldBe(D(year, month, day));
        }
    }

    [Fact]
    public void A_case_seal_or_freeze_gets_the_same_expiry_renewal_and_release()
    {
        var @case = TestData.RegisterCase(filedOn: D(2025, 3, 3));
        var seal = @case.RecordMeasure(MeasureKind.Seal, D(2025, 3, 10), "查封厂房", null, "湘(2023)汨罗市不动产权第0012345号", null, null, false, On(D(2025, 3, 10)));
        var freeze = @case.RecordMeasure(MeasureKind.Freeze, D(2025, 3, 10), "冻结存款", Money.FromYuan(50_000m), "中国银行", null, null, false, On(D(2025, 3, 10)));
        var notice = @case.RecordMeasure(MeasureKind.EnforcementNotice, D(2025, 3, 10), "送达执行通知书", null, null, null, null, false, On(D(2025, 3, 10)));

        seal.Hold!.ExpiresOn.ShouldBe(D(2028, 3, 9));
        freeze.Hold!.ExpiresOn.ShouldBe(D(2026, 3, 9));
        notice.Hold.ShouldBeNull();

        @case.RenewHold(freeze.Id, D(2026, 3, 9), null, On(D(2026, 3, 9)));
        freeze.Hold.ExpiresOn.ShouldBe(D(2027, 3, 9));
        Should.Throw<DomainException>(() => @case.RenewHold(seal.Id, D(2028, 3, 10), null, On(D(2028, 3, 10)))).Code.ShouldBe("preservation.measure.lapsed");
        @case.ReleaseHold(seal.Id, D(2026, 5, 1), "案件执行完毕", On(D(2026, 5, 1)));
        seal.Hold.StatusOn(D(2026, 5, 2)).ShouldBe(HoldStatus.Released);
    }

    [Theory]
    [InlineData("（2024）湘0681财保3号", false)] // a year before the application
    [InlineData("（2025）湘0681财保3号", true)]
    [InlineData("（2026）湘0681财保3号", false)] // after the ruling
    public void A_preservation_number_is_of_the_year_its_application_was_filed(string number, bool accepted)
    {
        PreservationOrder Create() => PreservationOrder.Create(
            PreservationKind.PreLitigation, CaseNumber.Parse(number), null, [TestData.Enterprise()], [TestData.Person()],
            Money.FromYuan(300_000m), SecurityForm.Guarantee, Money.FromYuan(300_000m), new DateTime(2025, 6, 11, 2, 0, 0, DateTimeKind.Utc),
            new DateTime(2025, 6, 12, 2, 0, 0, DateTimeKind.Utc), D(2025, 6, 12), null, On(D(2025, 6, 13)));
        if (accepted)
        {
            Create().Number!.Value.ShouldBe(number);
        }
        else
        {
            Should.Throw<DomainException>(Create).Code.ShouldBe("preservation.number.year_mismatch");
        }
    }

    [Fact]
    public void An_unknown_measure_of_an_order_is_not_found() =>
        Should.Throw<PartNotFoundException>(() => Order(PreservationKind.PreLitigation).RenewHold(Guid.NewGuid(), D(2025, 6, 13), null, On(D(2025, 6, 13))))
            .Code.ShouldBe("preservation.measure.not_found");

    [Theory]
    [InlineData(AssetKind.BankDeposit, "2026-03-14", true)]  // the maximum: 1 year counting the start day
    [InlineData(AssetKind.BankDeposit, "2026-03-15", false)] // a day beyond
    [InlineData(AssetKind.Movable, "2027-03-14", true)]
    [InlineData(AssetKind.Movable, "2027-03-15", false)]
    [InlineData(AssetKind.Immovable, "2025-09-30", true)]   // less than the maximum, as the ruling orders
    [InlineData(AssetKind.Immovable, "2025-03-14", false)]  // before it starts
    public void A_hold_runs_until_the_ordered_day_never_beyond_the_legal_maximum(AssetKind kind, string until, bool accepted)
    {
        var end = DateOnly.Parse(until, System.Globalization.CultureInfo.InvariantCulture);
        if (accepted)
        {
            AssetHold.Start(kind, D(2025, 3, 15), end).ExpiresOn.ShouldBe(end);
        }
        else
        {
            Should.Throw<DomainException>(() => AssetHold.Start(kind, D(2025, 3, 15), end)).Code.ShouldStartWith("preservation.measure.");
        }
    }

    [Fact]
    public void Holding_more_than_a_fifth_above_the_amount_to_preserve_is_over_preservation()
    {
        var order = Order(PreservationKind.DuringLitigation); // 300,000 to preserve
        order.AddMeasure(AssetKind.BankDeposit, "冻结存款", Money.FromYuan(360_000m), "中国银行汨罗支行", D(2025, 6, 12), On(D(2025, 6, 12)));
        order.HeldBasisPoints.ShouldBe(12_000);
        PreservationOrder.IsOverPreserved(order.Status, order.HeldBasisPoints, 20).ShouldBeFalse();
        var cent = order.AddMeasure(AssetKind.BankDeposit, "冻结存款", Money.FromFen(1), "中国银行汨罗支行", D(2025, 6, 12), On(D(2025, 6, 12)));
        order.HeldBasisPoints.ShouldBe(12_001);
        PreservationOrder.IsOverPreserved(order.Status, order.HeldBasisPoints, 20).ShouldBeTrue();
        PreservationOrder.IsOverPreserved(order.Status, order.HeldBasisPoints, 25).ShouldBeFalse();
        order.ReleaseHold(cent.Id, D(2025, 6, 13), "解除超标的部分", On(D(2025, 6, 13)));
        order.HeldAmount.ShouldBe(Money.FromYuan(360_000m));
    }

    [Theory]
    [InlineData(PreservationKind.DuringLitigation, "（2025）湘0681执1234号", "preservation.litigation_number.not_litigation")]
    [InlineData(PreservationKind.PreEnforcement, "（2025）湘0681执保12号", "preservation.litigation_number.not_litigation")]
    [InlineData(PreservationKind.PreEnforcement, "（2025）湘0681财保12号", "preservation.litigation_number.not_litigation")]
    [InlineData(PreservationKind.PreEnforcement, "（2026）湘0681民初321号", "preservation.litigation_number.after_ruling")]
    [InlineData(PreservationKind.DuringLitigation, "（2026）湘0681民初321号", "preservation.litigation_number.after_ruling")]
    public void The_litigation_number_names_a_suit_numbered_no_later_than_the_ruling(PreservationKind kind, string litigationNumber, string code) =>
        Should.Throw<DomainInputException>(() => Order(kind, ruledOn: D(2025, 12, 31), performanceEnds: D(2025, 12, 31), litigationNumber: litigationNumber))
            .Code.ShouldBe(code);

    [Fact]
    public void A_judgment_of_the_rulings_year_or_an_appeal_is_a_litigation_number()
    {
        Order(PreservationKind.PreEnforcement, ruledOn: D(2025, 12, 31), performanceEnds: D(2025, 12, 31), litigationNumber: "（2025）湘06民终88号")
            .LitigationCaseNumber.ShouldBe("（2025）湘06民终88号");
        Order(PreservationKind.PreLitigation, ruledOn: D(2025, 12, 31), litigationNumber: "（2026）湘0681民初5号")
            .LitigationCaseNumber.ShouldBe("（2026）湘0681民初5号");
    }

    [Fact]
    public void An_order_names_each_person_or_body_once_and_an_amount_of_security_only_with_its_form()
    {
        PreservationOrder Create(Party[] applicants, Party[] respondents, SecurityForm form = SecurityForm.Guarantee, decimal? security = 300_000m)
        {
            var at = new DateTime(2025, 6, 12, 2, 0, 0, DateTimeKind.Utc);
            return PreservationOrder.Create(
                PreservationKind.DuringLitigation, null, "（2025）湘0681民初321号", applicants, respondents, Money.FromYuan(300_000m), form,
                security is { } yuan ? Money.FromYuan(yuan) : null, at.AddHours(-20), at, D(2025, 6, 12), null, On(D(2025, 6, 13)));
        }

        // The same ID twice among the respondents, and one body as both applicant and respondent: refused, as on a case.
        Should.Throw<DomainException>(() => Create([TestData.Enterprise()], [TestData.Person(), TestData.Person()])).Code.ShouldBe("preservation.parties.duplicate");
        var self = Should.Throw<DomainException>(() => Create([TestData.Enterprise()], [TestData.Enterprise()]));
        self.Code.ShouldBe("preservation.parties.duplicate");
        self.Message.ShouldContain("被申请人");

        Should.Throw<DomainException>(() => Create([TestData.Enterprise()], [TestData.Person()], SecurityForm.None, 1_000m))
            .Code.ShouldBe("preservation.security.amount_without_form");
        Create([TestData.Enterprise()], [TestData.Person()], SecurityForm.None, null).SecurityForm.ShouldBe(SecurityForm.None);
        Create([TestData.Enterprise()], [TestData.Person(), TestData.Person("李秀英")]).Respondents.Count.ShouldBe(2);
    }

    private static PreservationOrder Order(
        PreservationKind kind, DateTime? received = null, DateTime? ruled = null, DateOnly? ruledOn = null, DateOnly? performanceEnds = null,
        string? litigationNumber = null)
    {
        var ruledDate = ruledOn ?? D(2025, 6, 12);
        var at = ruled ?? ruledDate.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
        return PreservationOrder.Create(
            kind,
            kind == PreservationKind.DuringLitigation ? null : CaseNumber.Parse($"（{ruledDate.Year}）湘0681财保12号"),
            litigationNumber ?? (kind == PreservationKind.PreLitigation ? null : $"（{ruledDate.Year}）湘0681民初321号"),
            [TestData.Enterprise()],
            [TestData.Person()],
            Money.FromYuan(300_000m),
            SecurityForm.Guarantee,
            Money.FromYuan(300_000m),
            received ?? at.AddHours(-20),
            at,
            ruledDate,
            performanceEnds,
            On(ruledDate.AddDays(1)));
    }
}
