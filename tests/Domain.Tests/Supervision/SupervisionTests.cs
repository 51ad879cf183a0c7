using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.Supervision;
using Enforcement.Domain.Tests.Support;

namespace Enforcement.Domain.Tests.Supervision;

/// <summary>Key case designations and supervision orders at their date boundaries.</summary>
public sealed class SupervisionTests
{
    private static readonly Guid CaseId = Guid.CreateVersion7();

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static SupervisionOrder Order(DateOnly issuedOn, DateOnly dueOn) =>
        SupervisionOrder.Issue(new SupervisionTarget(SupervisionSubject.Case, CaseId, "（2025）湘0681执101号", [CaseId], D(2025, 1, 6), null),
            "请报告财产查控进展。", dueOn, TestData.Officer(), issuedOn, TestData.Context(issuedOn, "黄德明"));

    [Fact]
    public void An_order_is_overdue_only_after_its_deadline_day_and_never_once_reported_on_time_or_accepted()
    {
        var order = Order(D(2025, 6, 2), D(2025, 6, 13));
        order.IsOverdueOn(D(2025, 6, 13)).ShouldBeFalse();
        order.IsOverdueOn(D(2025, 6, 14)).ShouldBeTrue();
        order.Report(D(2025, 6, 13), "已完成网络查控。", TestData.Context(D(2025, 6, 13)));
        order.IsOverdueOn(D(2025, 6, 14)).ShouldBeFalse(); // the handler reported by the deadline; the decision is the leader's
        order.Accept(null, TestData.Context(D(2025, 6, 16), "黄德明"));
        order.IsOverdueOn(D(2025, 12, 31)).ShouldBeFalse();
        order.Reports[0].Late.ShouldBeFalse(); // reported on the deadline day
    }

    [Fact]
    public void An_order_on_a_petition_writes_its_steps_on_the_petition_s_cases_as_supervision_lines_naming_the_order()
    {
        var order = SupervisionOrder.Issue(new SupervisionTarget(SupervisionSubject.Petition, Guid.NewGuid(), "信访 2025-06-02 Visit", [CaseId], D(2025, 6, 2), null),
            "请于6月13日前答复信访人。", D(2025, 6, 13), TestData.Officer(), D(2025, 6, 2), TestData.Context(D(2025, 6, 2), "黄德明"));

        // The case's timeline shows it as the order's own line, which the case's readers see only in reach or as its addressee.
        var line = order.Appended.OfType<TimelineEntry>().ShouldHaveSingleItem();
        (line.CaseId, line.Kind, line.RecordId).ShouldBe((CaseId, TimelineKind.Supervision, order.Id));
    }

    [Fact]
    public void A_report_the_day_after_the_deadline_is_late_and_a_return_sets_a_later_deadline()
    {
        var order = Order(D(2025, 6, 2), D(2025, 6, 13));
        order.Report(D(2025, 6, 14), "逾期报告。", TestData.Context(D(2025, 6, 14)));
        order.Reports[0].Late.ShouldBeTrue();
        order.IsOverdueOn(D(2025, 6, 16)).ShouldBeTrue(); // a late report is overdue while it waits
        Should.Throw<DomainInputException>(() => order.Return("请补充", D(2025, 6, 16), TestData.Context(D(2025, 6, 16), "黄德明")))
            .Code.ShouldBe("supervision.new_due_on.too_early");
        order.Return("请补充", D(2025, 6, 17), TestData.Context(D(2025, 6, 16), "黄德明"));
        order.Status.ShouldBe(SupervisionStatus.Open);
        order.DueOn.ShouldBe(D(2025, 6, 17));
        order.FirstDueOn.ShouldBe(D(2025, 6, 13));
        order.IsOverdueOn(D(2025, 6, 17)).ShouldBeFalse(); // returned: due again on the new deadline
        order.IsOverdueOn(D(2025, 6, 18)).ShouldBeTrue();
        Should.Throw<DomainInputException>(() => order.Report(D(2025, 6, 15), "早于退回", TestData.Context(D(2025, 6, 16))))
            .Code.ShouldBe("supervision.reported_on.too_early");
    }

    [Fact]
    public void A_subject_label_longer_than_its_column_is_cut_with_an_ellipsis_and_one_that_fits_is_kept()
    {
        var fits = new string('债', SupervisionOrder.MaxLabelLength);
        Issue(fits).SubjectLabel.ShouldBe(fits);

        var label = Issue(fits + "务").SubjectLabel;
        label.Length.ShouldBe(SupervisionOrder.MaxLabelLength);
        label.ShouldBe(new string('债', SupervisionOrder.MaxLabelLength - 1) + "…");

        static SupervisionOrder Issue(string label) =>
            SupervisionOrder.Issue(new SupervisionTarget(SupervisionSubject.Case, CaseId, label, [CaseId], D(2025, 1, 6), null),
                "请报告财产查控进展。", D(2025, 6, 13), TestData.Officer(), D(2025, 6, 2), TestData.Context(D(2025, 6, 2), "黄德明"));
    }

    [Fact]
    public void A_deadline_must_come_after_the_order_and_the_addressee_must_be_enforcement_staff()
    {
        Should.Throw<DomainInputException>(() => Order(D(2025, 6, 13), D(2025, 6, 13))).Code.ShouldBe("supervision.due_on.too_early");
        Order(D(2025, 6, 13), D(2025, 6, 14)).DueOn.ShouldBe(D(2025, 6, 14));
        Should.Throw<DomainInputException>(() => SupervisionOrder.Issue(
                new SupervisionTarget(SupervisionSubject.Case, CaseId, "（2025）湘0681执101号", [CaseId], D(2025, 1, 6), null), "督办", D(2025, 6, 30),
                TestData.Leader(), D(2025, 6, 2), TestData.Context(D(2025, 6, 2))))
            .Code.ShouldBe("supervision.addressee.invalid");
    }

    [Fact]
    public void A_designation_needs_a_leader_and_notes_fall_within_it()
    {
        var target = new KeyCaseTarget(CaseId, "（2025）湘0681执101号", D(2025, 1, 6), Closed: false);
        Should.Throw<DomainInputException>(() => KeyCase.Designate(target, KeyCaseReason.LargeAmount, "标的额大", TestData.Officer(), D(2025, 6, 2), TestData.Context(D(2025, 6, 2))))
            .Code.ShouldBe("key_case.leader.not_leadership");
        Should.Throw<DomainInputException>(() => KeyCase.Designate(target, KeyCaseReason.LargeAmount, "标的额大", TestData.Leader(), D(2025, 1, 5), TestData.Context(D(2025, 6, 2))))
            .Code.ShouldBe("key_case.designated_on.too_early");
        Should.Throw<DomainException>(() => KeyCase.Designate(target with { Closed = true }, KeyCaseReason.LargeAmount, "标的额大", TestData.Leader(), D(2025, 6, 2), TestData.Context(D(2025, 6, 2))))
            .Code.ShouldBe("key_case.case.closed");

        var keyCase = KeyCase.Designate(target, KeyCaseReason.LargeAmount, "标的额大", TestData.Leader(), D(2025, 1, 6), TestData.Context(D(2025, 6, 2)));
        keyCase.AddNote(D(2025, 1, 6), "当日约谈", TestData.Context(D(2025, 6, 2)));
        keyCase.AddNote(D(2025, 3, 10), "被执行人提交还款计划", TestData.Context(D(2025, 6, 2)));
        Should.Throw<DomainInputException>(() => keyCase.Undesignate(D(2025, 3, 9), "已执行完毕", TestData.Context(D(2025, 6, 2))))
            .Code.ShouldBe("key_case.undesignated_on.before_notes");
        keyCase.Undesignate(D(2025, 3, 10), "已执行完毕", TestData.Context(D(2025, 6, 2)));
        keyCase.Active.ShouldBeFalse();
        Should.Throw<DomainException>(() => keyCase.AddNote(D(2025, 6, 2), "结束后", TestData.Context(D(2025, 6, 2)))).Code.ShouldBe("key_case.undesignated");
        Should.Throw<DomainException>(() => keyCase.Undesignate(D(2025, 6, 2), "再次", TestData.Context(D(2025, 6, 2)))).Code.ShouldBe("key_case.undesignated");
    }
}
