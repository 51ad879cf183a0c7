using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.Parties;
using Enforcement.Domain.Petitions;
using Enforcement.Domain.Tests.Support;

namespace Enforcement.Domain.Tests.Petitions;

/// <summary>
/// Petition deadlines, workflow and flags. Dates are worked out by hand from the official 2025 holiday list: 劳动节
/// 05-01 to 05-05 (04-27, a Sunday, is a working day); 国庆节 10-01 to 10-08 (09-28, a Sunday, and 10-11, a Saturday, are
/// working days).
/// </summary>
public sealed class PetitionTests
{
    private const string CaseNumber = "（2025）湘0681执1234号";
    private static readonly PetitionRules Rules = PetitionRules.Default;
    private static readonly Guid CaseId = Guid.NewGuid();

    private static ChangeContext On(int year, int month, int day) => TestData.Context(new DateOnly(year, month, day), "孙桂芳");

    private static Petitioner Worker(string name = "李春生", string? id = TestData.HunanResidentId, string? phone = "13912345678") =>
        Petitioner.Create(Party.Create(PartyKind.NaturalPerson, name, id, phone: phone), "湖南省汨罗市归义镇新市村3组");

    private static Petition Log(
        DateOnly receivedOn, PetitionChannel channel = PetitionChannel.Visit, int? headcount = null, PetitionTrack? track = null,
        IReadOnlyList<Petitioner>? petitioners = null, IReadOnlyList<CaseMention>? cases = null, DateOnly? today = null) =>
        Petition.Log(
            new PetitionIntake(channel, receivedOn, new TimeOnly(9, 30), petitioners ?? [Worker()], headcount,
                cases ?? [new CaseMention(CaseNumber, CaseId)], PetitionCategory.SlowEnforcement, track,
                "申请执行人反映案件执行半年无进展，被执行人仍在正常经营。", "请求法院尽快采取强制措施。"),
            null, Rules, TestData.Context(today ?? receivedOn, "孙桂芳"));

    private static Petition Assigned(DateOnly receivedOn, DateOnly? on = null)
    {
        var petition = Log(receivedOn);
        var day = on ?? receivedOn;
        var context = TestData.Context(day, "孙桂芳");
        petition.Accept(day, Rules, context);
        petition.Assign(day, AssigneeKind.Staff, Guid.NewGuid(), "陈志刚", context);
        return petition;
    }

    private static PetitionDeadline Deadline(Petition petition, PetitionDeadlineKind kind, DateOnly today) =>
        petition.DeadlinesOn(today, Rules, TestData.Calendar).Last(d => d.Kind == kind);

    [Theory]
    [InlineData(2025, 9, 29, 2025, 10, 13)] // 09-30, then 10-09, 10-10, 10-11 (a working Saturday) and 10-13
    [InlineData(2025, 4, 28, 2025, 5, 8)]   // 04-29, 04-30, then 05-06, 05-07, 05-08
    [InlineData(2025, 6, 16, 2025, 6, 23)]  // an ordinary week: Monday to the next Monday
    public void An_enforcement_petition_is_assigned_within_5_working_days_across_holidays(int y, int m, int d, int ey, int em, int ed) =>
        Log(new DateOnly(y, m, d)).AssignDueOn.ShouldBe(new DateOnly(ey, em, ed));

    [Fact]
    public void The_assignment_deadline_is_met_on_its_last_day_and_late_the_day_after()
    {
        var received = new DateOnly(2025, 9, 29);
        var onTime = Log(received, today: new DateOnly(2025, 10, 13));
        onTime.Accept(received, Rules, On(2025, 10, 13));
        onTime.Assign(new DateOnly(2025, 10, 13), AssigneeKind.Staff, Guid.NewGuid(), "陈志刚", On(2025, 10, 13));
        Deadline(onTime, PetitionDeadlineKind.Assign, new DateOnly(2025, 10, 13)).MetLate.ShouldBeFalse();

        var late = Log(received, today: new DateOnly(2025, 10, 14));
        late.OverdueOn(new DateOnly(2025, 10, 13)).ShouldBeFalse();
        late.OverdueOn(new DateOnly(2025, 10, 14)).ShouldBeTrue();
        late.Accept(received, Rules, On(2025, 10, 14));
        late.Assign(new DateOnly(2025, 10, 14), AssigneeKind.Staff, Guid.NewGuid(), "陈志刚", On(2025, 10, 14));
        Deadline(late, PetitionDeadlineKind.Assign, new DateOnly(2025, 10, 14)).MetLate.ShouldBeTrue();
    }

    [Fact]
    public void Acceptance_is_decided_within_15_days_moved_off_the_National_Day_holiday()
    {
        // 09-16 + 15 = 10-01, a holiday; the next working day is 10-09.
        var petition = Log(new DateOnly(2025, 9, 16), track: PetitionTrack.General, cases: []);
        petition.AcceptDueOn.ShouldBe(new DateOnly(2025, 10, 9));
        petition.DueOn.ShouldBe(new DateOnly(2025, 10, 9));
        petition.OverdueOn(new DateOnly(2025, 10, 9)).ShouldBeFalse();
        petition.OverdueOn(new DateOnly(2025, 10, 10)).ShouldBeTrue();
    }

    [Fact]
    public void An_enforcement_petition_is_resolved_within_30_days_of_receipt_day_30_on_time_day_31_overdue()
    {
        var petition = Assigned(new DateOnly(2025, 6, 16));
        petition.ResolveDueOn.ShouldBe(new DateOnly(2025, 7, 16));
        petition.DueOn.ShouldBe(new DateOnly(2025, 7, 16));
        Deadline(petition, PetitionDeadlineKind.Resolve, new DateOnly(2025, 7, 16)).ShouldSatisfyAllConditions(
            d => d.DaysLeft.ShouldBe(0), d => d.Overdue.ShouldBeFalse());
        Deadline(petition, PetitionDeadlineKind.Resolve, new DateOnly(2025, 7, 17)).ShouldSatisfyAllConditions(
            d => d.DaysLeft.ShouldBe(-1), d => d.Overdue.ShouldBeTrue());
        petition.OverdueOn(new DateOnly(2025, 7, 16)).ShouldBeFalse();
        petition.OverdueOn(new DateOnly(2025, 7, 17)).ShouldBeTrue();
    }

    [Theory]
    [InlineData(16, false)]
    [InlineData(17, true)]
    public void An_answer_on_day_30_is_on_time_and_on_day_31_late(int day, bool late)
    {
        var petition = Assigned(new DateOnly(2025, 6, 16));
        petition.Answer(new DateOnly(2025, 7, day), "已督促承办人于七日内采取扣划措施，并当面告知申请人。", ReplyChannel.InPerson, On(2025, 7, day));
        petition.Status.ShouldBe(PetitionStatus.Answered);
        petition.DueOn.ShouldBeNull();
        Deadline(petition, PetitionDeadlineKind.Resolve, new DateOnly(2025, 8, 1)).ShouldSatisfyAllConditions(
            d => d.MetLate.ShouldBe(late), d => d.Overdue.ShouldBeFalse());
    }

    [Fact]
    public void Configured_in_working_days_the_30_days_skip_weekends_and_an_extension_adds_calendar_days()
    {
        // From Monday 06-16: 06-17 to 06-20 (4), four full weeks to 07-25 (24… 29), then Monday 07-28 (30).
        var rules = Rules with { EnforcementResolveInWorkingDays = true };
        rules.ResolveDueOn(PetitionTrack.Enforcement, new DateOnly(2025, 6, 16), 0, TestData.Calendar).ShouldBe(new DateOnly(2025, 7, 28));
        // 07-28 + 5 days is Saturday 08-02, so Monday 08-04.
        rules.ResolveDueOn(PetitionTrack.Enforcement, new DateOnly(2025, 6, 16), 5, TestData.Calendar).ShouldBe(new DateOnly(2025, 8, 4));
        rules.ResolveDueOn(PetitionTrack.General, new DateOnly(2025, 6, 16), 0, TestData.Calendar).ShouldBe(new DateOnly(2025, 8, 15));
    }

    [Fact]
    public void A_general_petition_is_resolved_within_60_days_of_acceptance()
    {
        var petition = Log(new DateOnly(2025, 6, 10), track: PetitionTrack.General, today: new DateOnly(2025, 6, 16));
        petition.ResolveDueOn.ShouldBeNull();
        petition.AssignDueOn.ShouldBeNull();
        petition.Accept(new DateOnly(2025, 6, 16), Rules, On(2025, 6, 16));
        petition.ResolveDueOn.ShouldBe(new DateOnly(2025, 8, 15));
    }

    [Fact]
    public void A_petition_without_a_case_number_follows_the_general_rule_unless_told_otherwise()
    {
        Log(new DateOnly(2025, 6, 16), cases: []).Track.ShouldBe(PetitionTrack.General);
        Log(new DateOnly(2025, 6, 16)).Track.ShouldBe(PetitionTrack.Enforcement);
    }

    [Fact]
    public void One_extension_of_up_to_30_days_lengthens_the_period_and_moves_off_a_holiday()
    {
        // Received on Saturday 08-02: 30 days end on Monday 09-01; 60 days end on 10-01, a holiday, so 10-09.
        var petition = Log(new DateOnly(2025, 8, 2), today: new DateOnly(2025, 8, 4));
        petition.ResolveDueOn.ShouldBe(new DateOnly(2025, 9, 1));
        petition.Extend(30, "涉及多个被执行人财产处置，需协调不动产登记中心。", Rules, On(2025, 9, 1));
        petition.ResolveDueOn.ShouldBe(new DateOnly(2025, 10, 9));
        petition.DueOn.ShouldBe(new DateOnly(2025, 8, 8)); // the acceptance deadline (and the 5 working days) still come first
        petition.ExtendedBy.ShouldBe("孙桂芳");

        Should.Throw<DomainException>(() => petition.Extend(5, "再次延期", Rules, On(2025, 9, 2))).Code.ShouldBe("petition.extension.already_granted");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    public void An_extension_is_1_to_30_days(int days) =>
        Should.Throw<DomainInputException>(() => Assigned(new DateOnly(2025, 6, 16)).Extend(days, "案情复杂", Rules, On(2025, 6, 20)))
            .Code.ShouldBe("petition.extension.days_invalid");

    [Fact]
    public void An_extension_is_approved_on_the_last_day_but_not_after_it()
    {
        Assigned(new DateOnly(2025, 6, 16)).Extend(30, "案情复杂", Rules, On(2025, 7, 16));
        Should.Throw<DomainException>(() => Assigned(new DateOnly(2025, 6, 16)).Extend(30, "案情复杂", Rules, On(2025, 7, 17)))
            .Code.ShouldBe("petition.extension.too_late");
    }

    [Fact]
    public void A_review_is_asked_within_30_days_of_the_answer_and_answered_within_30_days_of_the_request()
    {
        // Answered 07-10: 30 days end on Saturday 08-09, so the window runs to Monday 08-11.
        var petition = Assigned(new DateOnly(2025, 6, 16));
        petition.Answer(new DateOnly(2025, 7, 10), "已依法答复。", ReplyChannel.Letter, On(2025, 7, 10));
        Deadline(petition, PetitionDeadlineKind.ReviewRequest, new DateOnly(2025, 7, 10)).ShouldSatisfyAllConditions(
            d => d.DueOn.ShouldBe(new DateOnly(2025, 8, 11)), d => d.PetitionersWindow.ShouldBeTrue());

        var late = Assigned(new DateOnly(2025, 6, 16));
        late.Answer(new DateOnly(2025, 7, 10), "已依法答复。", ReplyChannel.Letter, On(2025, 7, 10));
        Should.Throw<DomainException>(() => late.RequestReview(new DateOnly(2025, 8, 12), Rules, On(2025, 8, 12))).Code.ShouldBe("petition.review.too_late");

        petition.RequestReview(new DateOnly(2025, 8, 11), Rules, On(2025, 8, 11));
        petition.Status.ShouldBe(PetitionStatus.UnderReview);
        petition.DueOn.ShouldBe(new DateOnly(2025, 9, 10));
        petition.OverdueOn(new DateOnly(2025, 9, 11)).ShouldBeTrue();

        petition.Answer(new DateOnly(2025, 9, 10), "复查维持原答复意见。", ReplyChannel.Letter, On(2025, 9, 10));
        petition.RequestReview(new DateOnly(2025, 9, 20), Rules, On(2025, 9, 20));
        petition.Status.ShouldBe(PetitionStatus.UnderReReview);
        petition.DueOn.ShouldBe(new DateOnly(2025, 10, 20));
        petition.Answer(new DateOnly(2025, 10, 15), "复核维持复查意见。", ReplyChannel.Letter, On(2025, 10, 15));
        Should.Throw<DomainException>(() => petition.RequestReview(new DateOnly(2025, 10, 16), Rules, On(2025, 10, 16))).Code.ShouldBe("petition.review.exhausted");

        petition.Close(new DateOnly(2025, 10, 16), Satisfaction.BasicallySatisfied, On(2025, 10, 16));
        petition.Status.ShouldBe(PetitionStatus.Closed);
        petition.Steps.Select(s => s.Kind).ShouldBe([
            PetitionStepKind.Received, PetitionStepKind.Accepted, PetitionStepKind.Assigned, PetitionStepKind.Answered, PetitionStepKind.ReviewRequested,
            PetitionStepKind.Answered, PetitionStepKind.ReviewRequested, PetitionStepKind.Answered, PetitionStepKind.Closed]);
    }

    [Fact]
    public void A_review_is_not_asked_for_before_the_closure_it_reopens()
    {
        var petition = Assigned(new DateOnly(2025, 6, 16));
        petition.Answer(new DateOnly(2025, 7, 1), "已依法答复。", ReplyChannel.Letter, On(2025, 7, 1));
        petition.Close(new DateOnly(2025, 7, 10), Satisfaction.Dissatisfied, On(2025, 7, 10));
        Should.Throw<DomainInputException>(() => petition.RequestReview(new DateOnly(2025, 7, 5), Rules, On(2025, 7, 12))).Code.ShouldBe("petition.requested_on.too_early");
        petition.RequestReview(new DateOnly(2025, 7, 10), Rules, On(2025, 7, 12));
        petition.Status.ShouldBe(PetitionStatus.UnderReview);
    }

    [Fact]
    public void The_cases_timeline_names_no_petitioner_and_carries_no_note()
    {
        var petition = Assigned(new DateOnly(2025, 6, 16));
        petition.AddNote("已电话联系李春生，电话13912345678。", On(2025, 6, 17));
        petition.Appended.OfType<TimelineEntry>().ShouldAllBe(l => !l.Summary.Contains("李春生") && !l.Summary.Contains("13912345678"));
        petition.Steps.Last().Summary.ShouldContain("13912345678");
    }

    [Fact]
    public void Steps_follow_the_workflow()
    {
        var petition = Log(new DateOnly(2025, 6, 16));
        Should.Throw<DomainException>(() => petition.Assign(new DateOnly(2025, 6, 16), AssigneeKind.Staff, Guid.NewGuid(), "陈志刚", On(2025, 6, 16)))
            .Code.ShouldBe("petition.status.invalid");
        Should.Throw<DomainException>(() => petition.Close(new DateOnly(2025, 6, 16), Satisfaction.Satisfied, On(2025, 6, 16))).Code.ShouldBe("petition.status.invalid");
        Should.Throw<DomainInputException>(() => petition.Accept(new DateOnly(2025, 6, 15), Rules, On(2025, 6, 16))).Code.ShouldBe("petition.decided_on.too_early");
        Should.Throw<DomainInputException>(() => petition.Accept(new DateOnly(2025, 6, 17), Rules, On(2025, 6, 16))).Code.ShouldBe("petition.decided_on.future");

        petition.NotAccept(new DateOnly(2025, 6, 18), "不属于人民法院执行信访受理范围，已告知向有关部门反映。", On(2025, 6, 18));
        petition.Status.ShouldBe(PetitionStatus.NotAccepted);
        petition.DueOn.ShouldBeNull();
        Should.Throw<DomainException>(() => petition.Accept(new DateOnly(2025, 6, 18), Rules, On(2025, 6, 18))).Code.ShouldBe("petition.status.invalid");
    }

    [Fact]
    public void One_person_named_twice_is_refused_not_counted_twice()
    {
        // The same resident ID five times would otherwise be a headcount of 5: a collective visit of one person.
        var again = Should.Throw<DomainException>(() => Log(new DateOnly(2025, 6, 16), petitioners: [Worker(), Worker("李春升"), Worker("王秀英", id: null), Worker("赵德明", id: null)]));
        again.Code.ShouldBe("petition.petitioners.duplicate");
        Should.Throw<DomainException>(() => Log(new DateOnly(2025, 6, 16), petitioners: [Worker("王秀英", id: null), Worker("王秀英", id: null)]))
            .Code.ShouldBe("petition.petitioners.duplicate"); // no ID: the same name and phone
        Log(new DateOnly(2025, 6, 16), petitioners: [Worker(), Worker("王秀英", id: null), Worker("赵德明", id: null)]).Headcount.ShouldBe(3);
    }

    [Theory]
    [InlineData(5, true)]
    [InlineData(4, false)]
    public void A_visit_of_five_or_more_people_is_collective(int headcount, bool collective) =>
        Log(new DateOnly(2025, 6, 16), headcount: headcount).Collective.ShouldBe(collective);

    [Fact]
    public void A_collective_visit_suggests_the_linked_case_as_a_key_case()
    {
        var petition = Log(new DateOnly(2025, 6, 16), headcount: 8,
            cases: [new CaseMention(CaseNumber, CaseId), new CaseMention("（2025）湘0681执9999号", null)]);
        var signal = petition.DomainEvents.OfType<KeyCaseSuggested>().ShouldHaveSingleItem();
        signal.CaseId.ShouldBe(CaseId);
        signal.Reason.ShouldBe(KeyCaseReason.CollectiveVisit);
        petition.UnresolvedCases.ShouldBe(1);
    }

    [Fact]
    public void A_headcount_belongs_to_a_visit_and_counts_at_least_the_petitioners()
    {
        Should.Throw<DomainInputException>(() => Log(new DateOnly(2025, 6, 16), PetitionChannel.Letter, headcount: 3)).Code.ShouldBe("petition.headcount.not_a_visit");
        Should.Throw<DomainInputException>(() => Log(new DateOnly(2025, 6, 16), headcount: 1, petitioners: [Worker(), Worker("王秋菊", null)]))
            .Code.ShouldBe("petition.headcount.invalid");
        Log(new DateOnly(2025, 6, 16), petitioners: [Worker(), Worker("王秋菊", null)]).Headcount.ShouldBe(2);
    }

    [Theory]
    [InlineData(2024, 6, 17, 2025, 6, 17, true)]  // the same date twelve months later: inside the window
    [InlineData(2024, 6, 17, 2025, 6, 18, false)] // a day later: outside
    [InlineData(2024, 2, 29, 2025, 2, 28, true)]  // a leap day's twelve months end on 02-28
    [InlineData(2024, 2, 29, 2025, 3, 1, false)]
    [InlineData(2025, 6, 16, 2025, 6, 16, true)]  // the same day
    public void The_same_petitioner_about_the_same_case_within_12_months_repeats(int y1, int m1, int d1, int y2, int m2, int d2, bool repeat)
    {
        var earlier = Log(new DateOnly(y1, m1, d1));
        var later = Log(new DateOnly(y2, m2, d2));
        Petition.FlagRepeats(later, [earlier], Rules, On(y2, m2, d2));
        later.Repeat.ShouldBe(repeat);
        later.RepeatOfId.ShouldBe(repeat ? earlier.Id : null);
        earlier.Repeat.ShouldBeFalse();
        later.DomainEvents.OfType<KeyCaseSuggested>().Any(e => e.Reason == KeyCaseReason.RepeatedPetitions).ShouldBe(repeat);
    }

    [Fact]
    public void The_same_petitioner_is_known_by_ID_or_by_name_and_phone()
    {
        var earlier = Log(new DateOnly(2025, 3, 1), petitioners: [Worker(id: null)]);
        var samePhone = Log(new DateOnly(2025, 6, 16), petitioners: [Worker(id: null)]);
        var otherPhone = Log(new DateOnly(2025, 6, 16), petitioners: [Worker(id: null, phone: "13700001111")]);
        var otherCase = Log(new DateOnly(2025, 6, 16), petitioners: [Worker(id: null)], cases: [new CaseMention("（2025）湘0681执77号", Guid.NewGuid())]);
        Petition.FlagRepeats(samePhone, [earlier], Rules, On(2025, 6, 16));
        Petition.FlagRepeats(otherPhone, [earlier], Rules, On(2025, 6, 16));
        Petition.FlagRepeats(otherCase, [earlier], Rules, On(2025, 6, 16));
        samePhone.Repeat.ShouldBeTrue();
        otherPhone.Repeat.ShouldBeFalse();
        otherCase.Repeat.ShouldBeFalse();
    }

    [Fact]
    public void Two_different_IDs_are_two_petitioners_whatever_name_and_phone_they_share()
    {
        const string first17 = "43068119800515609";
        var otherId = first17 + ResidentId.CheckCharacter(first17);
        var earlier = Log(new DateOnly(2025, 3, 1));
        var otherPerson = Log(new DateOnly(2025, 6, 16), petitioners: [Worker(id: otherId)]);
        var noIdThisTime = Log(new DateOnly(2025, 6, 16), petitioners: [Worker(id: null)]);
        Petition.FlagRepeats(otherPerson, [earlier], Rules, On(2025, 6, 16));
        Petition.FlagRepeats(noIdThisTime, [earlier], Rules, On(2025, 6, 16));
        otherPerson.Repeat.ShouldBeFalse();
        noIdThisTime.Repeat.ShouldBeTrue(); // one record without an ID: known by name and phone
    }

    [Fact]
    public void A_backdated_petition_makes_the_later_one_a_repeat()
    {
        var later = Log(new DateOnly(2025, 6, 16));
        var backdated = Log(new DateOnly(2025, 6, 2), PetitionChannel.Letter, today: new DateOnly(2025, 6, 17));
        Petition.FlagRepeats(backdated, [later], Rules, On(2025, 6, 17));
        backdated.Repeat.ShouldBeFalse();
        later.Repeat.ShouldBeTrue();
        later.RepeatOfId.ShouldBe(backdated.Id);
    }

    [Fact]
    public void Every_step_is_written_on_the_linked_cases_timeline_too()
    {
        var petition = Assigned(new DateOnly(2025, 6, 16));
        var lines = petition.Appended.OfType<TimelineEntry>().ToList();
        lines.Count.ShouldBe(3);
        lines.ShouldAllBe(l => l.CaseId == CaseId && l.Kind == TimelineKind.Petition && l.RecordId == petition.Id);
    }

    [Fact]
    public void Resolving_an_unknown_case_number_links_the_case_and_sends_any_pending_signal()
    {
        var petition = Log(new DateOnly(2025, 6, 16), headcount: 6, cases: [new CaseMention("2025执88", null)]);
        petition.DomainEvents.OfType<KeyCaseSuggested>().ShouldBeEmpty();
        var caseId = Guid.NewGuid();
        petition.ResolveCase(petition.Cases[0].Id, caseId, "（2025）湘0681执88号", On(2025, 6, 17));
        petition.UnresolvedCases.ShouldBe(0);
        petition.Cases[0].CaseNumber.ShouldBe("（2025）湘0681执88号");
        petition.DomainEvents.OfType<KeyCaseSuggested>().ShouldHaveSingleItem().CaseId.ShouldBe(caseId);
        Should.Throw<PartNotFoundException>(() => petition.ResolveCase(Guid.NewGuid(), Guid.NewGuid(), "（2025）湘0681执89号", On(2025, 6, 17)));
        Should.Throw<DomainConflictException>(() => petition.ResolveCase(petition.Cases[0].Id, Guid.NewGuid(), "（2025）湘0681执89号", On(2025, 6, 17)))
            .Code.ShouldBe("petition.case_link.already_resolved");
    }
}
