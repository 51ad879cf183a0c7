using Enforcement.Application.Errors;
using Enforcement.Domain.Common;
using Enforcement.Web.Services;
using FluentValidation;
using FluentValidation.Results;

namespace Enforcement.Web.Tests;

/// <summary>How the pages write amounts, dates and days left, and read the Application layer's refusals.</summary>
public sealed class DisplayTests
{
    [Theory]
    [InlineData("obligation.plan.total_mismatch", "各期金额合计与未付金额不一致。")]
    [InlineData("date.implausible", "日期须在 1949-10-01 至 2099-12-31 之间。")]
    [InlineData("preservation.performance_period.out_of_range", "履行期限届满日不得晚于 2099-12-15（其后申请执行的期间和解除日须在系统可记录的日期之内）。")]
    [InlineData("petition.note.too_long", "内容过长。")] // built from the field's name
    [InlineData("prompt.contact_on.too_early", "日期过早。")]
    [InlineData("supervision.instruction.missing", "必填项未填写。")]
    [InlineData("case.closure.before_recorded_entry", "结案日期不能早于案件中已记录的措施、中止或到位款项的日期。")]
    [InlineData("case.closure.nothing_outstanding", "到位金额已足额覆盖执行标的，应以执行完毕结案，不能终结本次执行程序。")]
    [InlineData("case.settlement.exceeds_outstanding", "和解协议约定的履行金额不能超过尚未执行到位的金额。")]
    [InlineData("case.parties.duplicate", "同一身份证号码或统一社会信用代码只能对应一名当事人。")]
    [InlineData("something.new", "Something new was refused.")] // no text: the message as it came
    public void A_refusal_reads_in_Chinese_by_its_code_then_by_its_kind_then_as_it_came(string code, string expected) =>
        ProblemTexts.For(code, "Something new was refused.").ShouldBe(expected);

    [Theory]
    [InlineData("EnforcementNotice: 送达执行通知书", "执行通知书: 送达执行通知书")]
    [InlineData("Suspension: 案外人提出异议", "中止执行: 案外人提出异议")]
    [InlineData("执行到位 Payment ¥10,000.00 (Deduction); recovered ¥10,000.00", "执行到位 Payment ¥10,000.00 (扣划); recovered ¥10,000.00")]
    [InlineData("信访登记 Received: Visit of 3 by 邓国富、李春花, SlowEnforcement", "信访登记 Received: 来访 of 3 by 邓国富、李春花, 执行不力、拖延执行")]
    public void A_timeline_line_shows_the_enum_names_it_was_written_with_in_Chinese(string stored, string shown) =>
        Enforcement.Application.Common.ChineseLabels.InChinese(stored).ShouldBe(shown);

    [Theory]
    [InlineData("plan_in_default: instalment due 2025-07-01 is 45 days late", "履行计划逾期：2025-07-01 到期的一期已逾期 45 天")]
    [InlineData("letter_unanswered: 汨法督〔2025〕31号, reply due 2025-06-13", "督促函未复：汨法督〔2025〕31号，应于 2025-06-13 前答复")]
    [InlineData("judicial_suggestion_unanswered: 汨法建〔2025〕2号, reply due 2025-08-01", "司法建议未复：汨法建〔2025〕2号，应于 2025-08-01 前答复")]
    [InlineData("previous_level_follow_up_passed: CourtLeadership follow-up was due 2025-07-16", "上一级报告跟进期已过：院领导，跟进期限 2025-07-16")]
    [InlineData("something new", "something new")]
    public void An_escalation_reason_reads_in_Chinese(string stated, string shown) =>
        Enforcement.Application.Common.ChineseLabels.EscalationReason(stated).ShouldBe(shown);

    [Theory]
    [InlineData(1234567.89, "¥1,234,567.89")]
    [InlineData(0, "¥0.00")]
    [InlineData(0.5, "¥0.50")]
    [InlineData(-320.1, "-¥320.10")]
    public void Money_is_written_with_the_yuan_sign_thousands_and_two_decimals(decimal amount, string expected) =>
        Display.Money(amount).ShouldBe(expected);

    [Theory]
    [InlineData(5, "剩余 5 天")]
    [InlineData(0, "今日到期")]
    [InlineData(-3, "已超期 3 天")]
    public void Days_left_read_as_a_clerk_says_them(int days, string expected) => Display.DaysLeft(days).ShouldBe(expected);

    [Fact]
    public void Dates_are_written_yyyy_MM_dd() => Display.Date(new DateOnly(2024, 2, 29)).ShouldBe("2024-02-29");

    [Theory]
    [InlineData("/api/cases/0b6f7e", "/cases/0b6f7e")]
    [InlineData("/api/cases?due=overdue", "/cases?due=overdue")]
    [InlineData("/petitions/1", "/petitions/1")]
    [InlineData("/api/supervision-orders/7", "/supervision-orders/7")]
    [InlineData("/api/tasks/7", "/tasks")]
    [InlineData("/api/obligations/7", "/obligations/7")]
    [InlineData("/api/obligations?overdue=true", "/obligations?overdue=true")]
    [InlineData("/api/obligations/escalations", "/obligations?tab=escalations")]
    [InlineData("/api/obligations/escalations?status=open", "/obligations?tab=escalations&status=open")]
    [InlineData("/api/preservation/measures/expiring?withinDays=7", "/preservation?withinDays=7")]
    [InlineData("/api/preservation/orders?status=lapsed", "/preservation?status=lapsed")]
    [InlineData("/api/preservation/measures/lapsed?from=2026-01-01&to=2026-11-30", "/preservation?status=lapsed&from=2026-01-01&to=2026-11-30")]
    [InlineData("/api/preservation/orders/5", "/preservation/orders/5")]
    [InlineData("/api/prompts/voluntary-performance-rate?from=2026-01-01", "/prompts?from=2026-01-01")]
    public void An_API_link_opens_its_page(string link, string page) => Display.PageOf(link).ShouldBe(page);

    [Fact]
    public void A_validation_refusal_names_its_fields_as_the_API_does()
    {
        var problem = UiProblem.From(new ValidationException([new ValidationFailure("Respondents[0].IdNumber", "bad") { ErrorCode = "party.id_number.invalid" }]))!;

        problem.Code.ShouldBe("validation.failed");
        problem["respondents[0].idNumber"].ShouldBe("身份证号码校验不通过。");
    }

    [Theory]
    [InlineData(1.234, "金额最多两位小数（精确到分）。")]
    [InlineData(0, "数值过小")]
    public void An_amount_the_validator_refuses_reads_in_Chinese(double amount, string text)
    {
        var result = new Application.Common.InstalmentInputValidator().Validate(new Application.Common.InstalmentInput(new DateOnly(2026, 12, 31), (decimal)amount));

        UiProblem.From(new ValidationException(result.Errors))!["amount"].ShouldBe(text);
    }

    [Fact]
    public void A_rule_refusal_about_one_field_marks_it_though_the_API_names_none()
    {
        var problem = UiProblem.From(new DomainException("preservation.security.amount_required", "Security given as Guarantee records its amount."))!;

        problem["securityAmount"].ShouldNotBeNull().ShouldNotContain("Guarantee");
        UiProblem.From(new DomainException("case.closed", "Closed."))!.Fields.ShouldBeEmpty();
    }

    [Fact]
    public void A_domain_input_refusal_marks_its_field()
    {
        var problem = UiProblem.From(new DomainInputException("case.filed_on.future", "filedOn", "Filed in the future."))!;

        problem.Code.ShouldBe("case.filed_on.future");
        problem["filedOn"].ShouldBe("立案日期不能晚于今天。");
    }

    [Fact]
    public void A_stale_version_asks_to_reload() =>
        UiProblem.From(new PreconditionFailedException("concurrency.stale_version", "stale"))!.Message.ShouldBe("该记录已被他人修改，请刷新后重试。");

    [Fact]
    public void A_refused_termination_keeps_its_unmet_conditions()
    {
        var problem = UiProblem.From(new DomainException("case.closure.conditions_unmet", "unmet", ["online_inquiry_made"]))!;

        problem.Unmet.ShouldBe(["online_inquiry_made"]);
        ProblemTexts.Condition("online_inquiry_made").ShouldBe("已通过网络查控系统查询财产");
    }

    [Fact]
    public void A_rule_without_a_Chinese_text_still_says_which_rule()
    {
        var problem = UiProblem.From(new DomainException("case.some_new_rule", "The payment date precedes the filing."))!;

        problem.Message.ShouldBe("不符合办案规则，未保存：The payment date precedes the filing.");
    }

    [Fact]
    public void A_mistyped_case_number_on_a_petition_reads_as_the_number_meant()
    {
        var command = new Application.Petitions.LogPetitionCommand(
            Domain.Petitions.PetitionChannel.Visit, [new Application.Petitions.PetitionerInput(Domain.Parties.PartyKind.NaturalPerson, "李秀英")],
            Domain.Petitions.PetitionCategory.SlowEnforcement, "执行款迟迟未到位", "尽快执行", ["（2026）湘0681执 177号"]);
        var result = new Application.Petitions.LogPetitionValidator(new ComponentTestContext.FixedClock(new DateOnly(2026, 12, 1))).Validate(command);

        var problem = UiProblem.From(new ValidationException(result.Errors))!;

        problem["caseNumbers[0]"].ShouldBe("案号中有空格或全角数字，应为（2026）湘0681执177号");
    }

    [Fact]
    public void A_date_too_late_is_called_a_date_not_a_number()
    {
        var problem = UiProblem.From(new ValidationException([new ValidationFailure("DecidedOn", "must be on or before") { ErrorCode = "LessThanOrEqualValidator", AttemptedValue = new DateOnly(2026, 12, 1) }]))!;

        problem["decidedOn"].ShouldBe("日期过晚（不能晚于今天）");
    }

    [Fact]
    public void An_unexpected_exception_is_not_swallowed() => UiProblem.From(new InvalidOperationException()).ShouldBeNull();

    [Theory]
    [InlineData("/cases?x=1", "/cases?x=1")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("/account/logout", "/")]
    [InlineData("/login?x=1", "/")]
    [InlineData("/案件?q=张三", "/%E6%A1%88%E4%BB%B6?q=%E5%BC%A0%E4%B8%89")]
    [InlineData("/ /evil.example", "/%20/evil.example")]
    [InlineData("", "/")]
    [InlineData(null, "/")]
    public void A_login_returns_only_to_a_page_of_this_site(string? returnUrl, string expected) =>
        Api.Endpoints.AccountEndpoints.LocalOnly(returnUrl).ShouldBe(expected);
}
