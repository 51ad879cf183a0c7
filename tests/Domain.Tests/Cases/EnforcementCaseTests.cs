using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.Parties;
using Enforcement.Domain.Tests.Support;

namespace Enforcement.Domain.Tests.Cases;

public sealed class EnforcementCaseTests
{
    [Fact]
    public void A_registered_case_is_filed_with_nothing_recovered_and_raises_an_event()
    {
        var @case = TestData.RegisterCase();
        @case.Status.ShouldBe(CaseStatus.Filed);
        @case.CaseType.ShouldBe(CaseType.FirstEnforcement);
        @case.ClaimedAmount.ShouldBe(Money.FromYuan(150_000m));
        @case.RecoveredAmount.ShouldBe(Money.Zero);
        @case.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<CaseRegistered>().CaseId.ShouldBe(@case.Id);
    }

    [Fact]
    public void The_deadline_is_six_months_after_filing() =>
        TestData.RegisterCase(filedOn: new DateOnly(2025, 3, 3)).Deadline.ShouldBe(new DateOnly(2025, 9, 3));

    [Fact]
    public void A_non_litigation_case_has_three_months() =>
        TestData.RegisterCase(filedOn: new DateOnly(2025, 3, 3), nonLitigation: true).Deadline.ShouldBe(new DateOnly(2025, 6, 3));

    [Fact]
    public void The_deadline_clamps_to_month_end_and_moves_off_a_holiday() =>
        // 2025-04-01 + 6 months = 2025-10-01, inside the National Day holiday.
        TestData.RegisterCase(filedOn: new DateOnly(2025, 4, 1)).Deadline.ShouldBe(new DateOnly(2025, 10, 9));

    [Fact]
    public void Days_remaining_count_down_to_the_deadline_and_go_negative_when_overdue()
    {
        var @case = TestData.RegisterCase(filedOn: new DateOnly(2025, 3, 3));
        @case.ClockOn(new DateOnly(2025, 8, 29), TestData.Calendar).DaysRemaining.ShouldBe(5);
        @case.ClockOn(new DateOnly(2025, 9, 5), TestData.Calendar).DaysRemaining.ShouldBe(-2);
    }

    [Fact]
    public void Any_enterprise_party_makes_the_case_enterprise_related()
    {
        TestData.RegisterCase(applicants: [TestData.Person("李秀英")], respondents: [TestData.Enterprise()]).EnterpriseRelated.ShouldBeTrue();
        TestData.RegisterCase(applicants: [TestData.Person("李秀英", TestData.ValidResidentId)], respondents: [TestData.Person()]).EnterpriseRelated.ShouldBeFalse();
    }

    [Theory]
    [InlineData(PartyKind.Department)]
    [InlineData(PartyKind.Township)]
    [InlineData(PartyKind.Community)]
    public void A_respondents_party_kind_alone_does_not_make_a_public_body_debtor_case(PartyKind kind) =>
        TestData.RegisterCase(respondents: [Party.Create(kind, "汨罗市某单位")]).PublicBodyDebtor.ShouldBeFalse();

    [Fact]
    public void A_public_body_applicant_does_not_make_a_public_body_debtor_case() =>
        TestData.RegisterCase(applicants: [TestData.Township()], respondents: [TestData.Enterprise()]).PublicBodyDebtor.ShouldBeFalse();

    [Fact]
    public void A_filing_date_after_today_is_refused() =>
        Should.Throw<DomainException>(() => TestData.RegisterCase(filedOn: new DateOnly(2025, 3, 3), today: new DateOnly(2025, 3, 2)))
            .Code.ShouldBe("case.filed_on.future");

    [Theory]
    [InlineData(2025, 3, 3, true)]  // the title took effect on the filing day
    [InlineData(2025, 3, 4, false)] // a day after it
    public void The_title_takes_effect_on_or_before_filing(int year, int month, int day, bool accepted)
    {
        EnforcementCase Register() => EnforcementCase.Register(
            CaseNumber.Parse("（2025）湘0681执1234号"), new DateOnly(2025, 3, 3), false,
            EnforcementBasis.Create("汨罗市人民法院", "（2025）湘0681民初2345号", new DateOnly(year, month, day)),
            Money.FromYuan(150_000m), [TestData.Enterprise()], [TestData.Person()], null, TestData.Context(new DateOnly(2025, 3, 10)));
        if (accepted)
        {
            Register().FiledOn.ShouldBe(new DateOnly(2025, 3, 3));
        }
        else
        {
            Should.Throw<DomainException>(Register).Code.ShouldBe("case.basis.effective_after_filing");
        }
    }

    [Fact]
    public void A_case_without_respondents_is_refused() =>
        Should.Throw<DomainException>(() => TestData.RegisterCase(respondents: [])).Code.ShouldBe("case.parties.missing");

    [Fact]
    public void A_zero_claim_is_refused() =>
        Should.Throw<DomainException>(() => TestData.RegisterCase(claimedYuan: 0m)).Code.ShouldBe("case.claimed_amount.not_positive");

    [Fact]
    public void The_search_text_holds_the_number_and_every_party_name()
    {
        var @case = TestData.RegisterCase(applicants: [TestData.Enterprise("湖南佳禾食品有限公司")], respondents: [TestData.Person("周国平")]);
        @case.SearchText.ShouldBe("(2025)湘0681执1234号|湖南佳禾食品有限公司|周国平");
    }

    [Theory]
    [InlineData("Zhāng WĚI", "zhang wei")]
    [InlineData("（２０２５）湘０６８１执１２３号", "(2025)湘0681执123号")]
    [InlineData("Müller　GmbH", "muller gmbh")]
    [InlineData("湖南佳禾食品有限公司", "湖南佳禾食品有限公司")]
    [InlineData("丰", "丰")]
    public void Search_text_folds_latin_case_accents_and_width_and_keeps_chinese_exact(string text, string normalized) =>
        Domain.Common.SearchText.Normalize(text).ShouldBe(normalized);
}
