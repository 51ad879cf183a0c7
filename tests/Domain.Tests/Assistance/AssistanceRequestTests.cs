using Enforcement.Domain.Assistance;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.LinkedUnits;
using Enforcement.Domain.Tests.Support;

namespace Enforcement.Domain.Tests.Assistance;

/// <summary>
/// Assistance requests: the reply is due 7 working days after sending, skipping weekends and holidays and counting the
/// adjusted working days (2025: 09-28, a Sunday, and 10-11, a Saturday, are working days; 10-01 to 10-08 are off).
/// </summary>
public sealed class AssistanceRequestTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static readonly AssistanceCase Case = new(Guid.NewGuid(), "（2025）湘0681执1234号", D(2025, 6, 3));

    private static AssistanceRequest Send(DateOnly sentOn, LinkedUnitKind kind = LinkedUnitKind.PublicSecurity, AssistanceRules? rules = null) =>
        AssistanceRequest.Send(Case, TestData.Unit("汨罗市公安局", kind), AssistanceType.LocateDebtor, "（2025）湘0681执协12号", "请协助查找被执行人刘建华下落",
            sentOn, rules ?? AssistanceRules.Default, TestData.Context(sentOn));

    [Theory]
    [InlineData("2025-06-16", "2025-06-25")]
    [InlineData("2025-09-26", "2025-10-13")] // 09-28, 09-29, 09-30, 10-09, 10-10, 10-11, 10-13
    [InlineData("2025-06-20", "2025-07-01")] // sent on a Friday
    public void The_reply_is_due_seven_working_days_after_sending(string sent, string due) =>
        Send(DateOnly.Parse(sent)).ReplyDueOn.ShouldBe(DateOnly.Parse(due));

    [Fact]
    public void A_unit_kind_may_have_its_own_reply_period() =>
        Send(D(2025, 6, 16), LinkedUnitKind.Bank, new AssistanceRules(new Dictionary<LinkedUnitKind, int> { [LinkedUnitKind.Bank] = 5 }))
            .ReplyDueOn.ShouldBe(D(2025, 6, 23));

    [Fact]
    public void A_request_is_overdue_from_the_day_after_its_due_date_until_answered_and_a_late_answer_is_not_on_time()
    {
        var request = Send(D(2025, 6, 16));
        request.IsOverdueOn(D(2025, 6, 25)).ShouldBeFalse();
        request.IsOverdueOn(D(2025, 6, 26)).ShouldBeTrue();
        request.RecordReply(D(2025, 6, 26), AssistanceResult.PropertyFound, "被执行人现居长沙市岳麓区", null, TestData.Context(D(2025, 6, 27)));
        request.IsOverdueOn(D(2025, 6, 27)).ShouldBeFalse();
        request.AnsweredOnTime.ShouldBeFalse();
        request.ReplyDays.ShouldBe(10);
    }

    [Fact]
    public void The_reply_on_its_due_date_is_on_time_and_a_second_reply_is_refused()
    {
        var request = Send(D(2025, 6, 16));
        request.RecordReply(D(2025, 6, 25), AssistanceResult.NothingFound, "未查询到相关信息", null, TestData.Context(D(2025, 6, 25)));
        request.AnsweredOnTime.ShouldBeTrue();
        Should.Throw<DomainConflictException>(() => request.RecordReply(D(2025, 6, 26), AssistanceResult.Done, "补充", null, TestData.Context(D(2025, 6, 26))))
            .Code.ShouldBe("assistance.already_replied");
    }

    [Fact]
    public void A_reply_is_not_dated_before_sending_and_only_one_that_found_or_did_something_records_a_measure()
    {
        var request = Send(D(2025, 6, 16));
        Should.Throw<DomainInputException>(() => request.RecordReply(D(2025, 6, 13), AssistanceResult.Done, "已办理", null, TestData.Context(D(2025, 6, 16))))
            .Code.ShouldBe("assistance.replied_on.too_early");
        Should.Throw<DomainInputException>(() => request.RecordReply(D(2025, 6, 17), AssistanceResult.NothingFound, "未查到", Guid.NewGuid(), TestData.Context(D(2025, 6, 17))))
            .Code.ShouldBe("assistance.measure.not_allowed");
    }

    [Fact]
    public void A_request_is_not_sent_before_the_case_was_filed_nor_to_an_inactive_unit_and_it_is_on_the_case_timeline()
    {
        Should.Throw<DomainInputException>(() => Send(D(2025, 6, 2))).Code.ShouldBe("assistance.sent_on.too_early");
        var request = Send(D(2025, 6, 16));
        var line = request.Appended.OfType<TimelineEntry>().Single();
        (line.CaseId, line.Kind, line.OccurredOn).ShouldBe((Case.Id, TimelineKind.Assistance, D(2025, 6, 16)));
    }

    [Theory]
    [InlineData(false, AssistanceType.LocateDebtor, true)]
    [InlineData(true, AssistanceType.LocateDebtor, false)]
    [InlineData(true, AssistanceType.ReportProperty, false)]
    [InlineData(true, AssistanceType.Freeze, true)]
    public void A_closed_case_sends_no_request_except_a_search_after_termination(bool terminatedThisRound, AssistanceType type, bool refused)
    {
        var closed = Case with { Closed = true, TerminatedThisRound = terminatedThisRound };
        var send = () => AssistanceRequest.Send(closed, TestData.Unit("汨罗市公安局", LinkedUnitKind.PublicSecurity), type, "（2025）湘0681执协1号", "请协助",
            D(2025, 6, 16), AssistanceRules.Default, TestData.Context(D(2025, 6, 16)));
        if (refused)
        {
            Should.Throw<DomainException>(send).Code.ShouldBe("assistance.case.closed");
        }
        else
        {
            send().Type.ShouldBe(type);
        }
    }
}
