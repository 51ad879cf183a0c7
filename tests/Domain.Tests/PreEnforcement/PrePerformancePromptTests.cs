using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.PreEnforcement;
using Enforcement.Domain.Tests.Support;

namespace Enforcement.Domain.Tests.PreEnforcement;

/// <summary>
/// Prompts before enforcement. The performance deadline is a procedural period: the effective day is not counted, and
/// a last day on a rest day moves to the next working day (国庆节 2025: 10-01 to 10-08 off).
/// </summary>
public sealed class PrePerformancePromptTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static PrePerformancePrompt Open(
        DateOnly effectiveOn, int days = 10, decimal amount = 86_000m, DateOnly? today = null, string number = "（2024）湘0681民初1234号") =>
        PrePerformancePrompt.Open(new PromptJudgment(number, "湖南省汨罗市人民法院", effectiveOn, days, Money.FromYuan(amount)),
            [TestData.Enterprise("汨罗市鑫达建材有限公司")], [TestData.Person("刘建华")], TestData.Context(today ?? D(2025, 11, 3)));

    [Theory]
    [InlineData("2025-06-05", 10, "2025-06-16")] // 06-15 is a Sunday
    [InlineData("2025-06-06", 10, "2025-06-16")] // a Monday: unmoved
    [InlineData("2025-09-21", 10, "2025-10-09")] // 10-01 falls in the National Day holiday, 10-01 to 10-08
    [InlineData("2024-02-19", 10, "2024-02-29")] // a leap day, a Thursday
    [InlineData("2025-01-20", 10, "2025-02-05")] // 01-30 falls in the Spring Festival holiday, 01-28 to 02-04
    [InlineData("2025-06-16", 0, "2025-06-16")]
    public void The_performance_deadline_counts_from_the_day_after_the_judgment_took_effect_and_leaves_rest_days(string effective, int days, string due) =>
        Open(DateOnly.Parse(effective), days).PerformanceDueOn.ShouldBe(DateOnly.Parse(due));

    [Fact]
    public void A_prompt_is_overdue_from_the_day_after_its_deadline_until_an_outcome_is_recorded()
    {
        var prompt = Open(D(2025, 6, 5));
        prompt.IsOverdueOn(D(2025, 6, 16)).ShouldBeFalse();
        prompt.IsOverdueOn(D(2025, 6, 17)).ShouldBeTrue();
        prompt.RecordPerformedInPart(D(2025, 6, 20), Money.FromYuan(30_000m), TestData.Context(D(2025, 6, 20)));
        prompt.IsOverdueOn(D(2025, 6, 21)).ShouldBeFalse();
    }

    [Fact]
    public void A_judgment_without_an_amount_or_with_a_future_effective_date_is_refused()
    {
        Should.Throw<DomainInputException>(() => Open(D(2025, 6, 5), amount: 0m)).Code.ShouldBe("prompt.amount.not_positive");
        Should.Throw<DomainInputException>(() => Open(D(2025, 11, 4), today: D(2025, 11, 3))).Code.ShouldBe("prompt.effective_on.future");
    }

    [Theory]
    [InlineData("（2025）湘0681执1234号", "prompt.document_number.not_a_judgment")]
    [InlineData("（2025）湘0681执保12号", "prompt.document_number.not_a_judgment")]
    [InlineData("（2025）湘0681财保12号", "prompt.document_number.not_a_judgment")]
    [InlineData("（2026）湘0681民初12号", "prompt.document_number.after_effective")]
    public void The_document_is_a_judgment_numbered_no_later_than_the_year_it_took_effect(string number, string code) =>
        Should.Throw<DomainInputException>(() => Open(D(2025, 6, 5), number: number)).Code.ShouldBe(code);

    [Fact]
    public void The_notice_is_sent_once_not_before_the_judgment_took_effect()
    {
        var prompt = Open(D(2025, 6, 5));
        Should.Throw<DomainInputException>(() => prompt.SendNotice(D(2025, 6, 4), PromptChannel.Post, TestData.Context(D(2025, 6, 10))))
            .Code.ShouldBe("prompt.sent_on.too_early");
        prompt.SendNotice(D(2025, 6, 5), PromptChannel.ElectronicService, TestData.Context(D(2025, 6, 10)));
        prompt.NoticeSentOn.ShouldBe(D(2025, 6, 5));
        Should.Throw<DomainConflictException>(() => prompt.SendNotice(D(2025, 6, 6), PromptChannel.Post, TestData.Context(D(2025, 6, 10))))
            .Code.ShouldBe("prompt.notice.already_sent");
    }

    [Fact]
    public void A_part_performance_grows_below_the_amount_and_a_full_one_ends_the_prompt()
    {
        var prompt = Open(D(2025, 6, 5));
        var on = TestData.Context(D(2025, 6, 30));
        Should.Throw<DomainInputException>(() => prompt.RecordPerformedInPart(D(2025, 6, 20), Money.FromYuan(86_000m), on)).Code.ShouldBe("prompt.paid_amount.not_partial");
        prompt.RecordPerformedInPart(D(2025, 6, 20), Money.FromYuan(40_000m), on);
        Should.Throw<DomainInputException>(() => prompt.RecordPerformedInPart(D(2025, 6, 25), Money.FromYuan(40_000m), on)).Code.ShouldBe("prompt.paid_amount.not_more");
        Should.Throw<DomainInputException>(() => prompt.RecordPerformedInFull(D(2025, 6, 19), on)).Code.ShouldBe("prompt.outcome_on.too_early");

        prompt.RecordPerformedInFull(D(2025, 6, 28), on);
        prompt.Outcome.ShouldBe(PromptOutcome.PerformedInFull);
        prompt.PaidAmount.ShouldBe(Money.FromYuan(86_000m));
        Should.Throw<DomainException>(() => prompt.AddContact(D(2025, 6, 30), PromptChannel.Phone, "刘建华", null, on)).Code.ShouldBe("prompt.outcome.final");
        Should.Throw<DomainException>(() => prompt.RecordPerformedInPart(D(2025, 6, 30), Money.FromYuan(1m), on)).Code.ShouldBe("prompt.outcome.final");
    }

    [Fact]
    public void A_settlement_promises_no_more_than_the_judgment_has_left_unpaid()
    {
        var prompt = Open(D(2025, 6, 5)); // ¥86,000
        var on = TestData.Context(D(2025, 6, 20));
        prompt.RecordPerformedInPart(D(2025, 6, 18), Money.FromYuan(20_000m), on);
        Should.Throw<DomainInputException>(() => prompt.RecordSettlement(
                D(2025, 6, 20), "分两期", [(D(2025, 7, 1), Money.FromYuan(15_000m)), (D(2025, 8, 1), Money.FromYuan(51_000.01m))], on))
            .Code.ShouldBe("prompt.instalments.exceeds_outstanding");
        prompt.RecordSettlement(D(2025, 6, 20), "分两期", [(D(2025, 7, 1), Money.FromYuan(15_000m)), (D(2025, 8, 1), Money.FromYuan(51_000m))], on);
        prompt.Outcome.ShouldBe(PromptOutcome.Settled);
    }

    [Fact]
    public void A_settlement_keeps_its_instalments_in_date_order_from_the_day_it_was_agreed()
    {
        var prompt = Open(D(2025, 6, 5));
        var on = TestData.Context(D(2025, 6, 20));
        Should.Throw<DomainInputException>(() => prompt.RecordSettlement(D(2025, 6, 20), "分两期", [(D(2025, 8, 1), Money.FromYuan(1m)), (D(2025, 7, 1), Money.FromYuan(1m))], on))
            .Code.ShouldBe("prompt.instalments.out_of_order");
        Should.Throw<DomainInputException>(() => prompt.RecordSettlement(D(2025, 6, 20), "当日前", [(D(2025, 6, 19), Money.FromYuan(1m))], on))
            .Code.ShouldBe("prompt.instalments.out_of_order");
        prompt.RecordSettlement(D(2025, 6, 20), "分两期履行", [(D(2025, 6, 20), Money.FromYuan(40_000m)), (D(2025, 7, 31), Money.FromYuan(46_000m))], on);
        prompt.Outcome.ShouldBe(PromptOutcome.Settled);
        prompt.Instalments.Select(i => (i.Number, i.DueOn)).ShouldBe([(1, D(2025, 6, 20)), (2, D(2025, 7, 31))]);
        prompt.IsFinal.ShouldBeFalse();
    }

    [Fact]
    public void An_application_for_enforcement_links_the_case_and_writes_the_prompt_on_its_timeline_without_personal_data()
    {
        var prompt = Open(D(2025, 6, 5));
        var @case = TestData.RegisterCase("（2025）湘0681执3456号", D(2025, 7, 1));
        prompt.SendNotice(D(2025, 6, 6), PromptChannel.Post, TestData.Context(D(2025, 6, 6)));
        prompt.RecordEnforcementApplied(D(2025, 7, 1), @case.Id, @case.Number.Value, @case.FiledOn, "(2024)湘0681民初1234号", TestData.Context(D(2025, 7, 2)));

        prompt.CaseId.ShouldBe(@case.Id);
        var line = prompt.Appended.OfType<TimelineEntry>().Single();
        line.CaseId.ShouldBe(@case.Id);
        line.Kind.ShouldBe(TimelineKind.PrePerformancePrompt);
        line.Summary.ShouldContain("（2024）湘0681民初1234号");
        line.Summary.ShouldContain("notice sent 2025-06-06");
        line.Summary.ShouldNotContain("刘建华");
        prompt.IsFinal.ShouldBeTrue();
    }

    [Fact]
    public void A_case_filed_before_the_judgment_took_effect_cannot_be_its_enforcement()
    {
        var prompt = Open(D(2025, 6, 5));
        Should.Throw<DomainException>(() => prompt.RecordEnforcementApplied(D(2025, 7, 1), Guid.NewGuid(), "（2025）湘0681执1号", D(2025, 6, 4), "（2024）湘0681民初1234号", TestData.Context(D(2025, 7, 2))))
            .Code.ShouldBe("prompt.case.filed_before_judgment");
    }

    [Theory]
    [InlineData("（2025）湘0681执异1号")]
    [InlineData("（2025）湘06执复1号")]
    [InlineData("（2025）湘0681执保1号")]
    public void An_objection_reconsideration_or_preservation_case_is_not_the_creditor_applying_for_enforcement(string number)
    {
        var prompt = Open(D(2025, 6, 5));
        Should.Throw<DomainException>(() => prompt.RecordEnforcementApplied(D(2025, 7, 1), Guid.NewGuid(), number, D(2025, 7, 1), "（2024）湘0681民初1234号", TestData.Context(D(2025, 7, 2))))
            .Code.ShouldBe("prompt.case.not_enforcement");
        prompt.IsFinal.ShouldBeFalse();
    }

    [Fact]
    public void A_case_on_another_judgment_is_not_this_prompt_s_enforcement()
    {
        var prompt = Open(D(2025, 6, 5));
        Should.Throw<DomainException>(() => prompt.RecordEnforcementApplied(D(2025, 7, 1), Guid.NewGuid(), "（2025）湘0681执1号", D(2025, 7, 1), "（2024）湘0681民初2345号", TestData.Context(D(2025, 7, 2))))
            .Code.ShouldBe("prompt.case.different_title");
        prompt.IsFinal.ShouldBeFalse();
    }
}
