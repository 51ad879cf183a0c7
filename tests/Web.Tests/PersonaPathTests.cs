using System.Globalization;
using Enforcement.Domain.Parties;
using Microsoft.Playwright;

namespace Enforcement.Web.Tests;

/// <summary>
/// The three personas in a real Chromium, on a fresh database, each doing their day's work through the pages alone, on
/// one case in turn: the officer registers and works it, the receptionist logs a collective visit about it, and the
/// leader designates it from the suggestion that visit raised.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PersonaPathTests(BrowserApp app)
{
    private static readonly DateOnly Today = BrowserApp.CourtToday;

    private static string NewCaseNumber() =>
        $"（{Today.Year}）湘0681执{Random.Shared.Next(20_000, 99_999).ToString(CultureInfo.InvariantCulture)}号";

    /// <summary>A valid resident ID (its check character computed by the domain's own rule).</summary>
    private static string ResidentIdNumber(string first17) => first17 + ResidentId.CheckCharacter(first17);

    [BrowserFact]
    public async Task Officer_receptionist_and_leader_work_one_case_in_turn()
    {
        var number = await Officer_registers_assigns_records_notice_inquiry_and_payment_then_sees_the_unmet_termination_conditions();
        await Receptionist_logs_a_collective_visit_about_the_case_and_sees_its_flags(number);
        await Leader_designates_the_suggested_case_issues_a_supervision_order_and_sees_the_dashboard_change(number);
    }

    private async Task<string> Officer_registers_assigns_records_notice_inquiry_and_payment_then_sees_the_unmet_termination_conditions()
    {
        var (page, errors) = await app.NewPageAsync();
        await using var failure = page.ScreenshotOnFailure("officer-failure");
        await page.LogInAsync("officer");
        page.Url.ShouldEndWith("/worklist");
        await page.GetByRole(AriaRole.Heading, new() { Name = "我的待办 Worklist" }).WaitForAsync();

        // Register: the number and the ID number are checked as they are typed.
        await page.GetByRole(AriaRole.Link, new() { Name = "立案登记 Register" }).ClickAsync();
        await page.WaitForInteractiveAsync();
        var number = NewCaseNumber();
        await page.EnterAsync("caseNumber", "2025执1");
        await page.GetByText("案号格式不正确").WaitForAsync();
        await page.EnterAsync("caseNumber", number);
        await Assertions.Expect(page.GetByText("案号格式不正确")).ToHaveCountAsync(0);
        await page.EnterAsync("filedOn", Today.Iso());
        await page.EnterAsync("claimedAmount", "86500.5");
        await page.EnterAsync("basisIssuer", "汨罗市人民法院");
        await page.EnterAsync("basisDocument", $"（{Today.Year - 1}）湘0681民初4521号");
        await page.EnterAsync("basisEffectiveOn", Today.AddDays(-40).Iso());
        await page.EnterAsync("applicants-0-name", "湖南湘江建材有限公司");
        await page.EnterAsync("applicants-0-code", "91350100M000100Y43");
        await page.ChooseAsync("respondents-0-kind", "自然人");
        await page.EnterAsync("respondents-0-name", "刘建华");
        var id = ResidentIdNumber("43068119780512003");
        var wrongCheck = id[..17] + (id[17] == '1' ? '2' : '1');
        await page.EnterAsync("respondents-0-id", wrongCheck);
        await page.GetByText("身份证号码校验不通过").First.WaitForAsync();
        await page.EnterAsync("respondents-0-id", id);
        await Assertions.Expect(page.GetByText("身份证号码校验不通过")).ToHaveCountAsync(0);
        await page.ShotAsync("officer-1-register");
        await page.ClickButtonAsync("登记立案");

        await page.GetByRole(AriaRole.Heading, new() { Name = number }).WaitForAsync();
        (await page.Locator("[data-testid=case-status]").InnerTextAsync()).ShouldBe("在办");
        (await page.Locator("[data-testid=claimed]").InnerTextAsync()).ShouldBe("¥86,500.50");
        (await page.Locator("[data-testid=handler]").InnerTextAsync()).ShouldMatch(@"^未分案（应于 \d{4}-\d{2}-\d{2} 前分案）$"); // 7 days, not yet late

        // Assign it to himself.
        await page.ChooseAsync("assignTo", "陈志刚（执行员）");
        await page.ClickButtonAsync("指定");
        await Assertions.Expect(page.Locator("[data-testid=handler]")).ToHaveTextAsync("陈志刚");

        // The enforcement notice, and an online inquiry that found nothing.
        await page.GetByRole(AriaRole.Tab, new() { Name = "执行措施", Exact = true }).ClickAsync();
        await page.ChooseAsync("measureKind", "执行通知书");
        await page.EnterAsync("measureOn", Today.Iso());
        await page.EnterAsync("measureDescription", "向被执行人送达执行通知书");
        await page.ClickButtonAsync("记录措施");
        await Assertions.Expect(page.Locator("[data-testid=measures]")).ToContainTextAsync("执行通知书");
        await page.ChooseAsync("measureKind", "网络查控");
        await page.ChooseAsync("inquiryResult", "未发现可供执行财产");
        await page.EnterAsync("measureDescription", "网络查控系统查询存款、车辆、不动产");
        await page.ClickButtonAsync("记录措施");
        await Assertions.Expect(page.Locator("[data-testid=measures]")).ToContainTextAsync("网络查控（未发现可供执行财产）");

        // A voluntary payment.
        await page.GetByRole(AriaRole.Tab, new() { Name = "执行到位", Exact = true }).ClickAsync();
        await page.EnterAsync("paymentAmount", "5000");
        await page.EnterAsync("paidOn", Today.Iso());
        await page.ClickButtonAsync("记录到位");
        await Assertions.Expect(page.Locator("[data-testid=recovered]")).ToHaveTextAsync("¥5,000.00");

        // 终本: the check lists what is unmet before submitting, and the refusal lists the same.
        await page.GetByRole(AriaRole.Tab, new() { Name = "结案", Exact = true }).ClickAsync();
        await page.ChooseAsync("closureMode", "终结本次执行程序");
        var check = page.Locator("[data-testid=termination-check]");
        await Assertions.Expect(check).ToContainTextAsync("已对被执行人发出限制消费令");
        await Assertions.Expect(check).ToContainTextAsync("自立案之日起已超过三个月");
        await Assertions.Expect(check).ToContainTextAsync("已发出执行通知书和报告财产令");
        (await check.InnerTextAsync()).ShouldNotContain("已通过网络查控系统查询财产");
        await page.EnterAsync("closureNote", "被执行人暂无可供执行财产");
        await page.ClickButtonAsync("结案");
        var refusal = page.Locator("[data-testid=problem]");
        await Assertions.Expect(refusal).ToHaveAttributeAsync("data-code", "case.closure.conditions_unmet");
        await Assertions.Expect(refusal).ToContainTextAsync("已对被执行人发出限制消费令");
        (await page.Locator("[data-testid=case-status]").InnerTextAsync()).ShouldBe("在办");
        await page.ShotAsync("officer-2-termination-refused", fullPage: false);
        errors.ShouldBeEmpty();
        failure.Passed();
        return number;
    }

    private async Task Receptionist_logs_a_collective_visit_about_the_case_and_sees_its_flags(string number)
    {
        var (page, errors) = await app.NewPageAsync();
        await using var failure = page.ScreenshotOnFailure("reception-failure");
        await page.LogInAsync("reception");
        page.Url.ShouldEndWith("/reception");

        await page.EnterAsync("headcount", "6");
        await page.EnterAsync("petitionerName", "李桂兰");
        await page.EnterAsync("petitionerId", ResidentIdNumber("43068119650304002"));
        await page.GetByText("没有此前的信访记录。").WaitForAsync();
        await page.EnterAsync("caseNumber", number);
        var lookup = page.Locator("[data-testid=case-lookup]");
        await Assertions.Expect(lookup).ToContainTextAsync(number);
        await Assertions.Expect(lookup).ToContainTextAsync("承办人 陈志刚");
        await page.ChooseAsync("category", "执行不力、拖延执行");
        await page.EnterAsync("content", "六名农民工反映工程款执行迟迟未到位");
        await page.EnterAsync("request", "请求法院尽快执行到位");
        await Assertions.Expect(page.Locator("[data-testid=flags-preview]")).ToContainTextAsync("集体访");
        await page.ShotAsync("reception-1-desk", fullPage: false);
        await page.ClickButtonAsync("登记");

        await Assertions.Expect(page.Locator("[data-testid=flag-collective]")).ToContainTextAsync("集体访（6 人）");
        await Assertions.Expect(page.Locator("[data-testid=flags]")).ToContainTextAsync("已登记");
        await page.ShotAsync("reception-2-petition");

        await page.GetByRole(AriaRole.Link, new() { Name = "回执" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=receipt]")).ToContainTextAsync("李桂兰");

        // Logging out ends the login: the pages send the browser back to the login page.
        await page.GetByRole(AriaRole.Button, new() { Name = "退出 Log out" }).ClickAsync();
        await page.GetByText("您已退出登录。").WaitForAsync();
        await page.GotoAsync("/reception");
        page.Url.ShouldContain("/login");
        errors.ShouldBeEmpty();
        failure.Passed();
    }

    private async Task Leader_designates_the_suggested_case_issues_a_supervision_order_and_sees_the_dashboard_change(string number)
    {
        var (page, errors) = await app.NewPageAsync();
        await using var failure = page.ScreenshotOnFailure("leader-failure");
        await page.LogInAsync("leader");
        page.Url.ShouldEndWith("/dashboard");
        var keyCases = page.Locator("[data-figure='key_cases.open'] [data-testid=figure-value]");
        var before = int.Parse(await keyCases.InnerTextAsync(), CultureInfo.InvariantCulture);
        await page.ShotAsync("leader-1-dashboard");

        // The receptionist's collective visit suggested the case; the suggestion arrives through the outbox within seconds.
        await page.OpenAsync("/key-cases");
        var row = page.Locator("[data-testid=suggestions] tr", new() { HasText = number });
        for (var attempt = 0; attempt < 20 && await row.CountAsync() == 0; attempt++)
        {
            await Task.Delay(500);
            await page.OpenAsync("/key-cases");
        }

        await Assertions.Expect(row).ToContainTextAsync("集体访");
        await row.GetByRole(AriaRole.Button, new() { Name = "列为重点" }).ClickAsync();
        var keyRow = page.Locator("[data-testid=key-cases] tr", new() { HasText = number });
        await Assertions.Expect(keyRow).ToContainTextAsync("黄德明");

        await keyRow.GetByRole(AriaRole.Button, new() { Name = "督办" }).ClickAsync();
        await page.EnterAsync("instruction", "十日内查明被执行人财产并报告");
        await page.EnterAsync("orderDueOn", Today.AddDays(10).Iso());
        await page.ClickButtonAsync("发出督办");
        await page.OpenAsync("/supervision-orders");
        await Assertions.Expect(page.Locator("[data-testid=orders] tr", new() { HasText = number })).ToContainTextAsync("十日内查明被执行人财产并报告");

        await page.OpenAsync("/dashboard");
        await Assertions.Expect(keyCases).ToHaveTextAsync((before + 1).ToString(CultureInfo.InvariantCulture));
        var expiring = page.Locator("[data-testid=expiring-chart]");
        await Assertions.Expect(expiring).ToContainTextAsync("30日内到期");
        await Assertions.Expect(expiring.Locator("svg")).ToHaveCountAsync(1);
        await page.ShotAsync("leader-2-dashboard-after", fullPage: false);
        errors.ShouldBeEmpty();
        failure.Passed();
    }
}
