using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.LinkedUnits;
using Enforcement.Domain.Obligations;
using Enforcement.Domain.Tests.Support;

namespace Enforcement.Domain.Tests.Obligations;

/// <summary>
/// Public-body obligations: the SME due date, letters, the plan and its default, and escalation. Dates are worked out
/// by hand from the 2025 official holiday list: National Day runs 2025-10-01 to 10-08, and 10-09 is the first working day.
/// </summary>
public sealed class ObligationTests
{
    private static readonly ObligationRules Rules = ObligationRules.Default;
    private static readonly LinkedUnit Township = TestData.Unit();

    private readonly EnforcementCase _case = TestData.RegisterLinkedCase(Township);

    private Obligation NewObligation(decimal owed = 1_000_000m, DateOnly? deliveredOn = null, int? contractDays = null, DateOnly? today = null)
    {
        var @case = _case;
        return Obligation.Record(
            new CaseRef(@case.Id, @case.Number.Value, [Township.Id]), Township, Money.FromYuan(owed), "（2024）湘0681民初88号民事判决：支付工程款",
            deliveredOn, contractDays, TestData.Context(today ?? new DateOnly(2025, 6, 16)));
    }

    private static ChangeContext On(int year, int month, int day) => TestData.Context(new DateOnly(year, month, day));

    [Fact]
    public void What_its_case_has_left_caps_the_debt_and_a_covered_claim_performs_it_until_a_void_reopens_it()
    {
        var obligation = NewObligation(owed: 300_000m);
        obligation.CountCaseRecovery(Money.FromYuan(120_000.50m), null);
        (obligation.Outstanding, obligation.Owing).ShouldBe((Money.FromYuan(120_000.50m), true));
        obligation.StatusOn(new DateOnly(2025, 6, 16), Rules).ShouldBe(ObligationStatus.Open);

        obligation.CountCaseRecovery(Money.Zero, new DateOnly(2025, 6, 12));
        (obligation.Outstanding, obligation.Owing, obligation.Performed, obligation.PerformedOn, obligation.CaseCoveredOn)
            .ShouldBe((Money.Zero, false, true, new DateOnly(2025, 6, 12), new DateOnly(2025, 6, 12)));
        obligation.StatusOn(new DateOnly(2025, 6, 16), Rules).ShouldBe(ObligationStatus.Performed);

        obligation.CountCaseRecovery(Money.FromYuan(500_000m), null);
        (obligation.Outstanding, obligation.Owing, obligation.PerformedOn, obligation.CaseCoveredOn).ShouldBe((Money.FromYuan(300_000m), true, (DateOnly?)null, (DateOnly?)null));
    }

    [Fact]
    public void The_SME_due_date_is_30_days_after_delivery_moved_off_the_National_Day_holiday() =>
        NewObligation(deliveredOn: new DateOnly(2025, 9, 1), today: new DateOnly(2025, 11, 1)).StatutoryDueOn.ShouldBe(new DateOnly(2025, 10, 9));

    [Theory]
    [InlineData(45, 2025, 9, 16)]  // the contract's own shorter term
    [InlineData(60, 2025, 10, 9)]  // 60 days: 10-01, a holiday, so 10-09
    [InlineData(90, 2025, 10, 9)]  // a longer term is capped at 60
    public void A_contract_term_counts_up_to_60_days(int contractDays, int year, int month, int day) =>
        NewObligation(deliveredOn: new DateOnly(2025, 8, 2), contractDays: contractDays, today: new DateOnly(2025, 11, 1))
            .StatutoryDueOn.ShouldBe(new DateOnly(year, month, day));

    [Theory]
    [InlineData(2025, 10, 9, 0)]   // the due day itself
    [InlineData(2025, 10, 10, 1)]
    [InlineData(2025, 11, 8, 30)]
    public void Overdue_days_count_from_the_statutory_due_date(int year, int month, int day, int expected) =>
        NewObligation(deliveredOn: new DateOnly(2025, 9, 1), today: new DateOnly(2025, 9, 2)).OverdueDaysOn(new DateOnly(year, month, day)).ShouldBe(expected);

    [Fact]
    public void Without_a_delivery_date_there_is_no_statutory_due_date_and_no_overdue_days()
    {
        var obligation = NewObligation();
        obligation.StatutoryDueOn.ShouldBeNull();
        obligation.OverdueDaysOn(new DateOnly(2030, 1, 1)).ShouldBe(0);
    }

    [Fact]
    public void A_unit_not_linked_to_the_case_is_refused()
    {
        var @case = TestData.RegisterCase();
        Should.Throw<DomainException>(() => Obligation.Record(
                new CaseRef(@case.Id, @case.Number.Value, []), Township, Money.FromYuan(1m), "判决", null, null, On(2025, 6, 16)))
            .Code.ShouldBe("obligation.unit.not_linked");
    }

    [Fact]
    public void A_letter_reply_falls_due_15_days_after_sending_moved_off_rest_days()
    {
        var obligation = NewObligation(today: new DateOnly(2025, 9, 1));
        obligation.SendLetter("汨法督〔2025〕7号", new DateOnly(2025, 9, 16), null, Rules, On(2025, 9, 16)).ReplyDueOn.ShouldBe(new DateOnly(2025, 10, 9));
        obligation.StatusOn(new DateOnly(2025, 9, 16), Rules).ShouldBe(ObligationStatus.Urged);
    }

    [Fact]
    public void A_letter_answered_on_its_due_day_is_on_time_and_unanswered_the_day_after_is_overdue()
    {
        var obligation = NewObligation();
        var letter = obligation.SendLetter("汨法督〔2025〕8号", new DateOnly(2025, 6, 16), null, Rules, On(2025, 6, 16));
        letter.ReplyDueOn.ShouldBe(new DateOnly(2025, 7, 1));
        letter.UnansweredPastDueOn(new DateOnly(2025, 7, 1)).ShouldBeFalse();
        letter.UnansweredPastDueOn(new DateOnly(2025, 7, 2)).ShouldBeTrue();

        obligation.RecordLetterReply(letter.Id, new DateOnly(2025, 7, 1), "已列入年度预算，拟分三期支付", On(2025, 7, 1));
        letter.UnansweredPastDueOn(new DateOnly(2025, 7, 2)).ShouldBeFalse();
        obligation.OpenLetterReplyDueOn.ShouldBeNull();
        Should.Throw<DomainConflictException>(() => obligation.RecordLetterReply(letter.Id, new DateOnly(2025, 7, 2), "再次回复", On(2025, 7, 2)))
            .Code.ShouldBe("obligation.letter.already_replied");
    }

    [Fact]
    public void A_plan_must_add_up_to_what_is_outstanding_on_its_date()
    {
        var obligation = NewObligation(owed: 300_000m);
        var error = Should.Throw<DomainException>(() => obligation.AgreePlan(
            new DateOnly(2025, 6, 16), [(new DateOnly(2025, 7, 1), Money.FromYuan(100_000m))], null, PlanSource.Negotiated, On(2025, 6, 16)));
        error.Code.ShouldBe("obligation.plan.total_mismatch");
        error.Details.ShouldBe(["instalments_add_up_to_the_outstanding_amount"]);
    }

    [Fact]
    public void An_instalment_more_than_30_days_late_puts_the_plan_in_default()
    {
        var obligation = PlanOf300k();
        obligation.StatusOn(new DateOnly(2025, 7, 31), Rules).ShouldBe(ObligationStatus.PlanAgreed); // 30 days late
        obligation.StatusOn(new DateOnly(2025, 8, 1), Rules).ShouldBe(ObligationStatus.InDefault);   // 31 days late
        obligation.StatusOn(new DateOnly(2025, 8, 1), Rules with { DefaultAfterDays = 31 }).ShouldBe(ObligationStatus.PlanAgreed);
    }

    [Fact]
    public void Payments_cover_instalments_in_due_order_and_paying_everything_performs_the_obligation()
    {
        var obligation = PlanOf300k();
        var @case = _case;
        obligation.CountPayment(Payment(@case, 100_000m, new DateOnly(2025, 7, 1)), instalmentNumber: 1);
        obligation.OpenInstalmentDueOn.ShouldBe(new DateOnly(2025, 8, 1));
        obligation.StatusOn(new DateOnly(2025, 9, 1), Rules).ShouldBe(ObligationStatus.InDefault); // 08-01 + 31 days
        obligation.CountPayment(Payment(@case, 200_000m, new DateOnly(2025, 9, 2)), null);
        obligation.StatusOn(new DateOnly(2025, 9, 2), Rules).ShouldBe(ObligationStatus.Performed);
        obligation.PerformedOn.ShouldBe(new DateOnly(2025, 9, 2));
        obligation.Outstanding.ShouldBe(Money.Zero);
    }

    [Fact]
    public void A_replaced_plan_keeps_what_was_paid_under_it_and_the_day_each_instalment_was_covered()
    {
        var obligation = PlanOf300k();
        obligation.CountPayment(Payment(_case, 100_000m, new DateOnly(2025, 7, 11)), instalmentNumber: 1); // due 07-01: 10 days late
        obligation.CountPayment(Payment(_case, 50_000m, new DateOnly(2025, 8, 10)), null);                // half of the second
        obligation.AgreePlan(new DateOnly(2025, 8, 15), [(new DateOnly(2025, 12, 31), Money.FromYuan(150_000m))], "调处后变更", PlanSource.Mediation, On(2025, 8, 15));
        obligation.CountPayment(Payment(_case, 150_000m, new DateOnly(2025, 12, 30)), null);

        obligation.CoverageOf(1).Select(c => c.CoveredOn).ShouldBe([new DateOnly(2025, 7, 11), null, null]);
        obligation.CoverageOf(2).ShouldHaveSingleItem().CoveredOn.ShouldBe(new DateOnly(2025, 12, 30));
        obligation.SupersededOn(1).ShouldBe(new DateOnly(2025, 8, 15));
        obligation.SupersededOn(2).ShouldBeNull();
        obligation.CoverageOn(new DateOnly(2025, 12, 29)).ShouldHaveSingleItem().Covered.ShouldBeFalse();
        obligation.CoverageOn(new DateOnly(2025, 12, 30)).ShouldHaveSingleItem().Covered.ShouldBeTrue();
    }

    [Fact]
    public void A_revision_adds_a_version_and_keeps_the_earlier_one()
    {
        var obligation = PlanOf300k();
        obligation.AgreePlan(
            new DateOnly(2025, 8, 15), [(new DateOnly(2025, 12, 31), Money.FromYuan(300_000m))], "调处后变更", PlanSource.Mediation, On(2025, 8, 15));
        obligation.Revisions.Select(r => r.Number).ShouldBe([1, 2]);
        obligation.Instalments.Count.ShouldBe(4);
        obligation.CurrentInstalments.ShouldHaveSingleItem().DueOn.ShouldBe(new DateOnly(2025, 12, 31));
        obligation.StatusOn(new DateOnly(2025, 9, 1), Rules).ShouldBe(ObligationStatus.PlanAgreed);
    }

    [Fact]
    public void Escalation_is_refused_without_a_default_or_an_unanswered_letter_and_allowed_once_the_letter_is_overdue()
    {
        var obligation = NewObligation();
        obligation.SendLetter("汨法督〔2025〕9号", new DateOnly(2025, 6, 16), null, Rules, On(2025, 6, 16)); // reply due 07-01

        var refused = Should.Throw<DomainException>(() => Escalate(obligation, EscalationLevel.CourtLeadership, 2025, 7, 1));
        refused.Code.ShouldBe("obligation.escalation.refused");
        refused.Details.ShouldBe([Obligation.DefaultOrLetterUnanswered]);

        Escalate(obligation, EscalationLevel.CourtLeadership, 2025, 7, 2).FollowUpDueOn.ShouldBe(new DateOnly(2025, 8, 1));
        obligation.EscalationLevel.ShouldBe(1);
    }

    [Fact]
    public void The_next_level_waits_until_the_previous_follow_up_deadline_has_passed_unless_a_leader_overrides()
    {
        var obligation = NewObligation();
        obligation.SendLetter("汨法督〔2025〕10号", new DateOnly(2025, 6, 16), null, Rules, On(2025, 6, 16));
        Escalate(obligation, EscalationLevel.CourtLeadership, 2025, 7, 2); // follow-up due 08-01

        Should.Throw<DomainException>(() => Escalate(obligation, EscalationLevel.CityGovernment, 2025, 8, 1))
            .Details.ShouldBe([Obligation.PreviousFollowUpPassed]);
        Should.Throw<DomainException>(() => Escalate(obligation, EscalationLevel.CityPartyCommittee, 2025, 8, 2))
            .Details.ShouldBe([Obligation.PreviousLevelEscalated, Obligation.PreviousFollowUpPassed]);
        obligation.EscalationReasonsOn(new DateOnly(2025, 8, 1), Rules).ShouldBeEmpty();
        obligation.EscalationReasonsOn(new DateOnly(2025, 8, 2), Rules).ShouldContain(r => r.StartsWith("letter_unanswered", StringComparison.Ordinal));

        var overridden = obligation.Escalate(EscalationLevel.CityGovernment, "汨法报〔2025〕3号", new DateOnly(2025, 7, 20), "汨罗市人民政府",
            null, "春节前农民工工资支付压力大，需提前报告", Rules, On(2025, 7, 20));
        overridden.OverrideReason.ShouldNotBeNull();
        overridden.OverriddenBy.ShouldBe("陈志刚");
        Should.Throw<DomainException>(() => Escalate(obligation, EscalationLevel.CityGovernment, 2025, 9, 1))
            .Details.ShouldBe([Obligation.LevelAboveHighest]);
        Should.Throw<DomainException>(() => Escalate(obligation, EscalationLevel.CourtLeadership, 2025, 9, 1))
            .Details.ShouldBe([Obligation.LevelAboveHighest]);
    }

    [Fact]
    public void A_backdated_escalation_counts_only_the_payments_made_by_its_date()
    {
        var obligation = PlanOf300k(); // 100,000 due 07-01, 08-01, 09-01
        obligation.CountPayment(Payment(_case, 100_000m, new DateOnly(2025, 8, 20)), null);
        obligation.OpenInstalmentDueOn.ShouldBe(new DateOnly(2025, 8, 1));
        // On 08-05 nothing was paid: the 07-01 instalment was 35 days late.
        Escalate(obligation, EscalationLevel.CourtLeadership, 2025, 8, 5).Level.ShouldBe(EscalationLevel.CourtLeadership);
        obligation.InDefaultOn(new DateOnly(2025, 8, 31), Rules).ShouldBeFalse(); // 08-01 is 30 days late
        obligation.InDefaultOn(new DateOnly(2025, 9, 1), Rules).ShouldBeTrue();
    }

    [Fact]
    public void A_payment_above_what_is_outstanding_is_refused()
    {
        var obligation = NewObligation(owed: 60_000m);
        Should.Throw<DomainException>(() => obligation.CountPayment(Payment(_case, 60_000.01m, new DateOnly(2025, 6, 16)), null))
            .Code.ShouldBe("obligation.payment.exceeds_outstanding");
        obligation.CountPayment(Payment(_case, 60_000m, new DateOnly(2025, 6, 16)), null);
        obligation.Performed.ShouldBeTrue();
    }

    [Theory]
    [InlineData(LinkedUnitKind.Bank)]
    [InlineData(LinkedUnitKind.Registry)]
    [InlineData(LinkedUnitKind.PublicSecurity)]
    [InlineData(LinkedUnitKind.Other)]
    public void Only_a_public_bodys_debt_is_recorded(LinkedUnitKind kind)
    {
        var bank = TestData.Unit("中国农业银行股份有限公司汨罗市支行", kind);
        Should.Throw<DomainException>(() => Obligation.Record(
                new CaseRef(_case.Id, _case.Number.Value, [bank.Id]), bank, Money.FromYuan(1m), "存款", null, null, On(2025, 6, 16)))
            .Code.ShouldBe("obligation.unit.not_public_body");
    }

    [Fact]
    public void An_obligation_is_at_most_what_the_case_has_left_to_recover()
    {
        var left = Money.FromYuan(800m);
        Should.Throw<DomainInputException>(() => Obligation.Record(
                new CaseRef(_case.Id, _case.Number.Value, [Township.Id], Outstanding: left), Township, Money.FromYuan(800.01m), "判决", null, null, On(2025, 6, 16)))
            .Code.ShouldBe("obligation.amount.exceeds_outstanding");
        Obligation.Record(new CaseRef(_case.Id, _case.Number.Value, [Township.Id], Outstanding: left), Township, left, "判决", null, null, On(2025, 6, 16))
            .Amount.ShouldBe(left);
    }

    [Fact]
    public void No_obligation_is_recorded_on_a_closed_case() =>
        Should.Throw<DomainException>(() => Obligation.Record(
                new CaseRef(_case.Id, _case.Number.Value, [Township.Id], Closed: true), Township, Money.FromYuan(1m), "判决", null, null, On(2025, 6, 16)))
            .Code.ShouldBe("case.closed");

    [Fact]
    public void A_performed_obligation_is_not_escalated()
    {
        var obligation = PlanOf300k();
        var @case = _case;
        obligation.CountPayment(Payment(@case, 300_000m, new DateOnly(2025, 6, 20)), null);
        Should.Throw<DomainException>(() => Escalate(obligation, EscalationLevel.CourtLeadership, 2025, 9, 1))
            .Details.ShouldBe([Obligation.NotPerformed, Obligation.DefaultOrLetterUnanswered]);
    }

    [Fact]
    public void Instruction_and_outcome_are_recorded_once()
    {
        var obligation = NewObligation();
        obligation.SendLetter("汨法督〔2025〕11号", new DateOnly(2025, 6, 16), null, Rules, On(2025, 6, 16));
        var escalation = Escalate(obligation, EscalationLevel.CourtLeadership, 2025, 7, 2);
        obligation.RecordInstruction(escalation.Id, "院长 王建华", new DateOnly(2025, 7, 3), "请执行局约谈该镇，限期拿出还款方案", On(2025, 7, 3));
        Should.Throw<DomainConflictException>(() => obligation.RecordInstruction(escalation.Id, "院长", new DateOnly(2025, 7, 4), "再批", On(2025, 7, 4)))
            .Code.ShouldBe("obligation.escalation.instruction_recorded");
        obligation.OpenEscalations.ShouldBe(1);
        obligation.AgreePlan(new DateOnly(2025, 7, 18), [(new DateOnly(2025, 9, 30), Money.FromYuan(1_000_000m))], "约谈后承诺年底前付清", PlanSource.Negotiated, On(2025, 7, 18));
        obligation.RecordEscalationOutcome(escalation.Id, EscalationOutcome.PlanAgreed, new DateOnly(2025, 7, 20), null, On(2025, 7, 20));
        obligation.OpenEscalations.ShouldBe(0);
    }

    [Fact]
    public void An_escalation_ends_in_performance_only_once_paid_in_full_and_in_a_plan_only_once_one_was_agreed_after_the_report()
    {
        var obligation = PlanOf300k(); // agreed 06-16
        obligation.CountPayment(Payment(_case, 100_000m, new DateOnly(2025, 7, 1)), null);
        var escalation = Escalate(obligation, EscalationLevel.CourtLeadership, 2025, 9, 2); // 08-01 instalment 32 days late
        Should.Throw<DomainException>(() => obligation.RecordEscalationOutcome(escalation.Id, EscalationOutcome.Performed, new DateOnly(2025, 9, 10), null, On(2025, 9, 10)))
            .Code.ShouldBe("obligation.escalation.outcome_not_performed");
        // The plan of 06-16 came before the report: it is not what the report achieved.
        Should.Throw<DomainException>(() => obligation.RecordEscalationOutcome(escalation.Id, EscalationOutcome.PlanAgreed, new DateOnly(2025, 9, 10), null, On(2025, 9, 10)))
            .Code.ShouldBe("obligation.escalation.outcome_no_plan");

        obligation.CountPayment(Payment(_case, 200_000m, new DateOnly(2025, 9, 12)), null);
        Should.Throw<DomainException>(() => obligation.RecordEscalationOutcome(escalation.Id, EscalationOutcome.Performed, new DateOnly(2025, 9, 11), null, On(2025, 9, 12)))
            .Code.ShouldBe("obligation.escalation.outcome_not_performed"); // paid on 09-12, not by 09-11
        obligation.RecordEscalationOutcome(escalation.Id, EscalationOutcome.Performed, new DateOnly(2025, 9, 12), null, On(2025, 9, 12));
        obligation.OpenEscalations.ShouldBe(0);
    }

    [Fact]
    public void An_override_waives_the_wait_but_not_the_order_of_the_reports()
    {
        var obligation = NewObligation();
        obligation.SendLetter("汨法督〔2025〕12号", new DateOnly(2025, 6, 16), null, Rules, On(2025, 6, 16)); // reply due 07-01
        Escalate(obligation, EscalationLevel.CourtLeadership, 2025, 8, 1);
        Should.Throw<DomainException>(() => obligation.Escalate(EscalationLevel.CityGovernment, "汨法报〔2025〕4号", new DateOnly(2025, 7, 31), "汨罗市人民政府",
                null, "紧急", Rules, On(2025, 8, 2)))
            .Details.ShouldBe([Obligation.ReportedAfterLowerLevel]);
        obligation.Escalate(EscalationLevel.CityGovernment, "汨法报〔2025〕4号", new DateOnly(2025, 8, 1), "汨罗市人民政府", null, "紧急", Rules, On(2025, 8, 2))
            .Level.ShouldBe(EscalationLevel.CityGovernment);
    }

    [Theory]
    [InlineData(ClosureMode.FullyPerformed)]
    [InlineData(ClosureMode.Withdrawn)]
    [InlineData(ClosureMode.Terminated)]
    public void An_unpaid_debt_ends_with_its_case_and_is_owed_again_when_the_case_is_reopened(ClosureMode mode)
    {
        var obligation = PlanOf300k();
        obligation.SendLetter("汨法督〔2025〕13号", new DateOnly(2025, 6, 16), null, Rules, On(2025, 6, 16));
        obligation.CountPayment(Payment(_case, 100_000m, new DateOnly(2025, 7, 1)), null);
        obligation.EndWithCase(mode, new DateOnly(2025, 9, 10));

        (obligation.EndedOn, obligation.EndedWith, obligation.Owing, obligation.Outstanding).ShouldBe((new DateOnly(2025, 9, 10), mode, false, Money.Zero));
        obligation.StatusOn(new DateOnly(2025, 12, 1), Rules).ShouldBe(ObligationStatus.Ended);
        obligation.OpenInstalmentDueOn.ShouldBeNull();
        obligation.EscalationReasonsOn(new DateOnly(2025, 12, 1), Rules).ShouldBeEmpty();
        Should.Throw<DomainException>(() => Escalate(obligation, EscalationLevel.CourtLeadership, 2025, 12, 1)).Code.ShouldBe("obligation.ended");
        Should.Throw<DomainException>(() => obligation.SendLetter("汨法督〔2025〕14号", new DateOnly(2025, 9, 11), null, Rules, On(2025, 9, 11)))
            .Code.ShouldBe("obligation.ended");

        obligation.ReviveWithCase();
        (obligation.EndedOn, obligation.Owing, obligation.Outstanding).ShouldBe((null, true, Money.FromYuan(200_000m)));
        obligation.OpenInstalmentDueOn.ShouldBe(new DateOnly(2025, 8, 1));
    }

    [Fact]
    public void A_debt_stays_open_when_its_case_closes_as_zhongben_and_a_paid_one_stays_performed()
    {
        var open = NewObligation();
        open.EndWithCase(ClosureMode.TerminatedThisRound, new DateOnly(2025, 9, 10));
        (open.EndedOn, open.Owing).ShouldBe((null, true));

        var paid = NewObligation(owed: 60_000m);
        paid.CountPayment(Payment(_case, 60_000m, new DateOnly(2025, 6, 20)), null);
        paid.EndWithCase(ClosureMode.FullyPerformed, new DateOnly(2025, 9, 10));
        (paid.EndedOn, paid.Performed).ShouldBe((null, true));
        paid.StatusOn(new DateOnly(2025, 12, 1), Rules).ShouldBe(ObligationStatus.Performed);
    }

    [Fact]
    public void A_mediation_agreement_creates_the_plan_and_an_adjournment_needs_a_later_date()
    {
        var obligation = NewObligation(owed: 300_000m);
        Should.Throw<DomainInputException>(() => obligation.RecordMediation(new DateOnly(2025, 6, 10), "执源治理中心调解室",
                [MediationParticipant.Court, MediationParticipant.Unit], null, MediationOutcome.Adjourned, new DateOnly(2025, 6, 10), null, null, On(2025, 6, 16)))
            .Code.ShouldBe("obligation.mediation.adjourned_to");
        var session = obligation.RecordMediation(new DateOnly(2025, 6, 12), "执源治理中心调解室",
            [MediationParticipant.Court, MediationParticipant.Unit, MediationParticipant.Enterprise], "长乐镇副镇长李军；佳禾公司法代周敏", MediationOutcome.Agreement,
            null, "分两期付清", [(new DateOnly(2025, 7, 1), Money.FromYuan(100_000m)), (new DateOnly(2025, 8, 1), Money.FromYuan(200_000m))], On(2025, 6, 16));
        session.PlanRevision.ShouldBe(1);
        obligation.Revisions.ShouldHaveSingleItem().Source.ShouldBe(PlanSource.Mediation);
    }

    [Fact]
    public void A_judicial_suggestion_reply_falls_due_60_days_later()
    {
        var obligation = NewObligation();
        var suggestion = obligation.SendSuggestion(SuggestionRecipient.Unit, Township, "（2025）湘0681司建3号", new DateOnly(2025, 6, 16),
            "建议将拖欠款项纳入财政预算", null, Rules, On(2025, 6, 16));
        suggestion.ReplyDueOn.ShouldBe(new DateOnly(2025, 8, 15));
        suggestion.UnansweredPastDueOn(new DateOnly(2025, 8, 16)).ShouldBeTrue();
    }

    private Obligation PlanOf300k()
    {
        var obligation = NewObligation(owed: 300_000m);
        obligation.AgreePlan(
            new DateOnly(2025, 6, 16),
            [(new DateOnly(2025, 7, 1), Money.FromYuan(100_000m)), (new DateOnly(2025, 8, 1), Money.FromYuan(100_000m)), (new DateOnly(2025, 9, 1), Money.FromYuan(100_000m))],
            "镇政府承诺分三期支付", PlanSource.Negotiated, On(2025, 6, 16));
        obligation.OpenInstalmentDueOn.ShouldBe(new DateOnly(2025, 7, 1));
        return obligation;
    }

    private static CasePayment Payment(EnforcementCase @case, decimal amount, DateOnly paidOn)
    {
        var payment = @case.RecordPayment(Money.FromYuan(amount), paidOn, PaymentSource.Voluntary, null, TestData.Context(paidOn));
        return payment;
    }

    private static Escalation Escalate(Obligation obligation, EscalationLevel level, int year, int month, int day) =>
        obligation.Escalate(level, $"汨法报〔{year}〕{(int)level}号", new DateOnly(year, month, day), "院长、分管副院长", null, null, Rules, On(year, month, day));
}
