using Bunit;
using Enforcement.Application.Cases.RegisterCase;
using Enforcement.Application.Security;
using Enforcement.Domain.Common;
using Enforcement.Domain.Parties;
using Enforcement.Web.Components.Pages.Cases;
using FluentValidation;
using FluentValidation.Results;

namespace Enforcement.Web.Tests;

/// <summary>The register-case form checks the number, ID numbers and credit codes as they are typed, and shows the server's refusals by field.</summary>
public sealed class RegisterCaseFormTests() : ComponentTestContext(Roles.Officer)
{
    private static string ValidId(string first17) => first17 + ResidentId.CheckCharacter(first17);

    [Theory]
    [InlineData("2025执1234")]
    [InlineData("（2025）湘0681执01234号")]
    [InlineData("（2025）湘0681财保12号")]
    public void A_case_number_that_does_not_parse_is_marked_as_it_is_typed(string number)
    {
        var form = Render<RegisterCase>();

        form.Find("#caseNumber").Input(number);

        form.Markup.ShouldContain(number.Contains("财保", StringComparison.Ordinal) ? "财保案号是保全审查案件" : "案号格式不正确");
    }

    [Fact]
    public void A_well_formed_case_number_is_not_marked()
    {
        var form = Render<RegisterCase>();

        form.Find("#caseNumber").Input("（2025）湘0681执1234号");

        form.Markup.ShouldNotContain("案号格式不正确");
    }

    [Fact]
    public void The_filing_date_starts_as_the_court_s_today() =>
        Render<RegisterCase>().Find("#filedOn").GetAttribute("value").ShouldBe("2025-06-16");

    [Fact]
    public async Task A_resident_id_with_a_wrong_check_character_is_marked_and_a_right_one_is_not()
    {
        var form = Render<RegisterCase>();
        var id = ValidId("43068119780512003");
        var wrong = id[..17] + (id[17] == '1' ? '2' : '1');
        var respondentKind = form.FindComponents<MudBlazor.MudSelect<PartyKind?>>()[1].Instance;
        await form.InvokeAsync(() => respondentKind.ValueChanged.InvokeAsync(PartyKind.NaturalPerson));

        form.WaitForElement("#respondents-0-id").Input(wrong);
        form.WaitForAssertion(() => form.Markup.ShouldContain("身份证号码校验不通过"));

        form.Find("#respondents-0-id").Input(id);
        form.WaitForAssertion(() => form.Markup.ShouldNotContain("身份证号码校验不通过"));
    }

    [Fact]
    public void A_credit_code_with_a_wrong_check_character_is_marked()
    {
        var form = Render<RegisterCase>();

        form.Find("#applicants-0-code").Input("91350100M000100Y44");
        form.Markup.ShouldContain("统一社会信用代码校验不通过");

        form.Find("#applicants-0-code").Input("91350100M000100Y43");
        form.Markup.ShouldNotContain("统一社会信用代码校验不通过");
    }

    [Fact]
    public void The_server_s_refusals_show_beside_their_fields_in_Chinese()
    {
        Refusal = _ => new ValidationException(
        [
            new ValidationFailure("CaseNumber", "'Case Number' must not be empty.") { ErrorCode = "NotEmptyValidator" },
            new ValidationFailure("Respondents[0].Name", "too long") { ErrorCode = "MaximumLengthValidator" },
        ]);
        var form = Render<RegisterCase>();

        form.Find("form").Submit();

        form.WaitForAssertion(() => form.Markup.ShouldContain("请检查标红的字段。"));
        form.Markup.ShouldContain("必填");
        form.Markup.ShouldContain("内容过长");
        Sent.Single().ShouldBeOfType<RegisterCaseCommand>().FiledOn.ShouldBe(Today);
    }

    [Fact]
    public void A_rule_the_domain_refuses_is_shown_with_its_code()
    {
        Refusal = _ => new DomainException("case.duplicate_number", "（2025）湘0681执1234号 is already registered.");
        var form = Render<RegisterCase>();

        form.Find("form").Submit();

        form.WaitForAssertion(() => form.Find("[data-testid=problem]").GetAttribute("data-code").ShouldBe("case.duplicate_number"));
        form.Markup.ShouldContain("该案号已登记。");
    }
}
