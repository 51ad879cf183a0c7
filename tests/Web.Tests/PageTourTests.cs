using Enforcement.Web.Services;
using Microsoft.Playwright;

namespace Enforcement.Web.Tests;

/// <summary>Every page of each persona's menu opens on the demo data without a console error, at 1280×800 and on a 768 px tablet.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageTourTests(BrowserApp app)
{
    [BrowserFact]
    public async Task Every_menu_page_opens_for_each_persona_without_console_errors()
    {
        foreach (var user in new[] { "officer", "reception", "leader", "coordinator", "admin" })
        {
            var (page, errors) = await app.NewPageAsync();
            await page.LogInAsync(user);
            var entries = await page.Locator("nav a.mud-nav-link").AllInnerTextsAsync();
            entries.ShouldNotBeEmpty();
            foreach (var entry in entries)
            {
                await page.Locator("nav a.mud-nav-link", new() { HasText = entry }).ClickAsync();
                var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
                await Assertions.Expect(heading).ToHaveTextAsync(Menu.Entries.Single(e => e.Text == entry.Trim()).Text);
                await page.Locator(".mud-table-loading-progress, .mud-progress-linear").First.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
                await page.ShotAsync($"tour-{user}-{new Uri(page.Url).AbsolutePath.Trim('/').Replace('/', '-')}", fullPage: false);
            }

            errors.ShouldBeEmpty($"{user}'s pages wrote to the console");
            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task On_a_768_px_tablet_the_pages_fit_the_width()
    {
        var paths = new Dictionary<string, string[]>
        {
            ["officer"] = ["/worklist", "/cases", "/cases/new", "/preservation", "/tasks"],
            ["reception"] = ["/reception", "/petitions"],
            ["leader"] = ["/dashboard", "/key-cases", "/supervision-orders", "/obligations"],
        };
        foreach (var (user, pages) in paths)
        {
            var (page, errors) = await app.NewPageAsync(768, 1024);
            await page.LogInAsync(user);
            foreach (var path in pages)
            {
                await page.OpenAsync(path);
                var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
                overflow.ShouldBeLessThanOrEqualTo(0, $"{path} is wider than {user}'s tablet");
            }

            await page.ShotAsync($"{user}-tablet", fullPage: false);
            errors.ShouldBeEmpty();
            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task A_coordinator_urges_a_public_body_and_records_its_payment_on_the_debt_s_page()
    {
        var (page, errors) = await app.NewPageAsync();
        await using var failure = page.ScreenshotOnFailure("coordinator-obligation-failure");
        await page.LogInAsync("coordinator");
        await OpenDebtAsync(page, "未督促");
        await Assertions.Expect(page.Locator("[data-testid=obligation-status]")).ToHaveTextAsync("未督促");
        var before = await page.Locator("[data-testid=outstanding]").InnerTextAsync();

        await page.EnterAsync("letterNumber", "（2026）湘0681执督88号");
        await page.ClickButtonAsync("发出督促履行函");
        await Assertions.Expect(page.Locator("[data-testid=letter]")).ToContainTextAsync("（2026）湘0681执督88号");
        await Assertions.Expect(page.Locator("[data-testid=obligation-status]")).ToHaveTextAsync("已督促");

        // A payment, on a debt whose plan is running (its case still open).
        await OpenDebtAsync(page, "已达成履行计划");
        before = await page.Locator("[data-testid=outstanding]").InnerTextAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "付款" }).ClickAsync();
        await page.EnterAsync("obligationPayment", "1000");
        await page.ClickButtonAsync("记录付款");
        await Assertions.Expect(page.Locator("[data-testid=outstanding]")).Not.ToHaveTextAsync(before);
        await page.ShotAsync("coordinator-obligation", fullPage: false);
        errors.ShouldBeEmpty();
        failure.Passed();
    }

    [BrowserFact]
    public async Task The_dashboards_public_body_link_opens_the_debts_not_performed()
    {
        var (page, errors) = await app.NewPageAsync();
        await using var failure = page.ScreenshotOnFailure("leader-debts-not-performed-failure");
        await page.LogInAsync("leader");
        await page.OpenAsync("/obligations?performed=false");
        await Assertions.Expect(page.Locator("[data-testid=performed-filter]")).ToHaveTextAsync("仅列未履行的欠款");
        var statuses = page.Locator("[data-testid=obligations] tbody td[data-label=状态]");
        await Assertions.Expect(statuses.First).Not.ToBeEmptyAsync();
        (await statuses.AllInnerTextsAsync()).ShouldNotContain("已履行");
        errors.ShouldBeEmpty();
        failure.Passed();
    }

    [BrowserFact]
    public async Task A_coordinator_mediates_a_debt_sends_a_judicial_suggestion_records_its_reply_and_agrees_a_plan()
    {
        var (page, errors) = await app.NewPageAsync();
        await using var failure = page.ScreenshotOnFailure("coordinator-mediation-failure");
        await page.LogInAsync("coordinator");
        await OpenDebtAsync(page, "已督促"); // the urging test may have urged the only open debt

        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex("^调处与司法建议") }).ClickAsync();
        await page.EnterAsync("mediationPlace", "汨罗市人民法院执源治理中心");
        await page.ChooseAsync("mediationOutcome", "未达成协议");
        await page.EnterAsync("mediationNames", "周敏、市住建局李科长、湖南湘江建材有限公司王经理");
        await page.ClickButtonAsync("记录调处");
        await Assertions.Expect(page.GetByText("在汨罗市人民法院执源治理中心调处")).ToBeVisibleAsync();

        await page.ChooseAsync("suggestionRecipient", "债务单位");
        await page.EnterAsync("suggestionNumber", "（2026）湘0681司建9号");
        await page.EnterAsync("suggestionSummary", "建议将拖欠工程款纳入年度预算，限期履行。");
        await page.ClickButtonAsync("记录司法建议");
        var suggestion = page.Locator("[data-testid=suggestion]").Filter(new() { HasText = "（2026）湘0681司建9号" });
        await Assertions.Expect(suggestion).ToContainTextAsync("前回复");
        await suggestion.Locator("input[id^=suggestion-reply-]").FillAsync("已列入下季度支付计划");
        await suggestion.GetByRole(AriaRole.Button, new() { Name = "记录回复" }).ClickAsync();
        await Assertions.Expect(suggestion).ToContainTextAsync("回复：已列入下季度支付计划");

        // A plan of one instalment for what is outstanding today, due in a month.
        var outstanding = (await page.Locator("[data-testid=outstanding]").InnerTextAsync()).Split('/')[1].Trim().TrimStart('¥').Replace(",", "", StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex("^履行计划") }).ClickAsync();
        await page.EnterAsync("plan-0-due", BrowserApp.CourtToday.AddMonths(1).Iso());
        await page.EnterAsync("plan-0-amount", outstanding);
        await page.ClickButtonAsync("记录履行计划");
        await Assertions.Expect(page.Locator("[data-testid=obligation-status]")).ToHaveTextAsync("已达成履行计划");
        await Assertions.Expect(page.GetByText("第 1 版")).ToBeVisibleAsync();
        errors.ShouldBeEmpty();
        failure.Passed();
    }

    [BrowserFact]
    public async Task A_leader_hands_a_key_case_to_another_leader_and_downloads_the_key_cases_list()
    {
        var (page, errors) = await app.NewPageAsync();
        await using var failure = page.ScreenshotOnFailure("leader-key-case-failure");
        await page.LogInAsync("leader");
        await page.OpenAsync("/key-cases");
        await page.ClickButtonAsync("立即检查标的额大、公职单位欠款违约的案件");
        await page.GetByText(new System.Text.RegularExpressions.Regex("^(没有新的建议|新增 \\d+ 条建议)$")).WaitForAsync();
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex("^重点案件（") }).ClickAsync();
        var row = page.Locator("[data-testid=key-cases] tbody tr").Filter(new() { HasText = "黄德明" }).First;
        var number = await row.Locator("td[data-label=案号]").InnerTextAsync();
        await page.ChooseAsync("newLeader", "杨振华（院长）");
        await row.GetByRole(AriaRole.Button, new() { Name = "更换分管领导" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=key-cases] tbody tr").Filter(new() { HasText = number })).ToContainTextAsync("杨振华");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "CSV" }).ClickAsync());
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF }); // UTF-8 with a byte-order mark, for Excel
        var text = System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        text.ShouldStartWith("重点案件\r\n案号,列为重点原因,原因说明,分管领导");
        text.ShouldContain("\r\n建议列为重点\r\n建议日期,案号,建议理由,情况,是否已列为重点\r\n");
        text.ShouldContain(number);
        errors.ShouldBeEmpty();
        failure.Passed();
    }

    [BrowserFact]
    public async Task A_receptionist_logs_a_visit_about_two_cases_one_the_registry_knows_and_one_it_does_not()
    {
        var known = (await app.ApiAsync("coordinator", HttpMethod.Get, "/api/cases?pageSize=1")).GetProperty("items")[0].GetProperty("caseNumber").GetString()!;
        var unknown = $"（{BrowserApp.CourtToday.Year}）湘0681执98{Random.Shared.Next(100, 999)}号";
        var (page, errors) = await app.NewPageAsync();
        await using var failure = page.ScreenshotOnFailure("reception-two-cases-failure");
        await page.LogInAsync("reception");
        await page.EnterAsync("petitionerName", "周建军");
        await page.EnterAsync("caseNumber", known);
        await Assertions.Expect(page.Locator("[data-testid=case-lookup]").First).ToContainTextAsync(known);
        await page.ClickButtonAsync("添加案号");
        await page.EnterAsync("caseNumber-1", unknown);
        await page.GetByText("系统中没有该案号").WaitForAsync();
        await page.ChooseAsync("category", "执行不力、拖延执行");
        await page.EnterAsync("content", "两起案件均未执行到位");
        await page.EnterAsync("request", "请求法院督促执行");
        await page.ClickButtonAsync("登记");

        // The petition's page (Blazor navigates within the page, so wait for its heading rather than a page load).
        await page.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex("^信访件 .*周建军$") }).WaitForAsync();
        await Assertions.Expect(page.GetByText(known).First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(unknown).First).ToBeVisibleAsync();
        errors.ShouldBeEmpty();
        failure.Passed();
    }

    [BrowserFact]
    public async Task A_receptionist_logs_a_visit_by_two_petitioners_and_sees_the_second_one_s_earlier_petition()
    {
        var first17 = $"43068119720{Random.Shared.Next(1, 10)}1{Random.Shared.Next(1, 10)}{Random.Shared.Next(100, 999)}";
        var secondId = first17 + Enforcement.Domain.Parties.ResidentId.CheckCharacter(first17);
        await app.ApiAsync("reception", HttpMethod.Post, "/api/petitions", new
        {
            channel = "Letter",
            petitioners = new[] { new { kind = "NaturalPerson", name = "赵志强", idNumber = secondId } },
            category = "SlowEnforcement",
            content = "来信反映工资款执行未到位",
            request = "请求尽快执行",
        });
        var (page, errors) = await app.NewPageAsync();
        await using var failure = page.ScreenshotOnFailure("reception-two-petitioners-failure");
        await page.LogInAsync("reception");
        await page.EnterAsync("petitionerName", "王秀英");
        await page.ClickButtonAsync("添加信访人");
        await Assertions.Expect(page.Locator("#headcount")).ToHaveValueAsync("2");
        await page.EnterAsync("petitionerName-1", "赵志强");
        await page.EnterAsync("petitionerId-1", secondId);
        await Assertions.Expect(page.Locator("[data-testid=earlier-petition]").First).ToContainTextAsync("来信");
        await page.ChooseAsync("category", "执行不力、拖延执行");
        await page.EnterAsync("content", "两名工人再次来访反映工资款未执行到位");
        await page.EnterAsync("request", "请求法院尽快执行");
        await page.ClickButtonAsync("登记");

        await page.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex("^信访件 .*王秀英") }).WaitForAsync();
        await Assertions.Expect(page.GetByText("赵志强").First).ToBeVisibleAsync();
        errors.ShouldBeEmpty();
        failure.Passed();
    }

    [BrowserFact]
    public async Task A_receptionist_logs_a_forwarded_letter_received_earlier_finds_the_petitioner_by_name_and_phone_and_assigns_it_to_a_linked_unit()
    {
        var phone = $"139073{Random.Shared.Next(10000, 99999)}";
        await app.ApiAsync("reception", HttpMethod.Post, "/api/petitions", new
        {
            channel = "Phone",
            petitioners = new[] { new { kind = "NaturalPerson", name = "孙丽华", phone } },
            category = "SlowEnforcement",
            content = "来电反映货款执行未到位",
            request = "请求尽快执行",
        });
        var receivedOn = BrowserApp.CourtToday.AddDays(-3);
        var (page, errors) = await app.NewPageAsync();
        await using var failure = page.ScreenshotOnFailure("reception-forwarded-failure");
        await page.LogInAsync("reception");
        await page.ChooseAsync("channel", "转交");
        await page.EnterAsync("receivedOn", receivedOn.Iso());
        await page.EnterAsync("forwardedBy", "汨罗市信访局");
        await page.EnterAsync("forwardedDocumentNumber", "汨信转〔2026〕15号");
        await page.EnterAsync("petitionerName", "孙丽华");
        await page.EnterAsync("petitionerPhone", phone);
        await page.EnterAsync("petitionerAddress", "汨罗市归义镇建设路12号");
        await Assertions.Expect(page.Locator("[data-testid=earlier-petition]").First).ToContainTextAsync("来电");
        await page.ChooseAsync("category", "执行不力、拖延执行");
        await page.EnterAsync("content", "市信访局转来孙丽华来信，反映货款执行未到位");
        await page.EnterAsync("request", "请求法院尽快执行");
        await page.ClickButtonAsync("登记");

        await page.GetByRole(AriaRole.Heading, new() { Name = $"信访件 {receivedOn.Iso()} 孙丽华" }).WaitForAsync();
        await Assertions.Expect(page.Locator("[data-testid=forwarded-by]")).ToHaveTextAsync("汨罗市信访局");
        await Assertions.Expect(page.GetByText("汨信转〔2026〕15号")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("汨罗市归义镇建设路12号", new() { Exact = false })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Tab, new() { Name = "受理" }).ClickAsync();
        await page.ClickButtonAsync("受理");
        await Assertions.Expect(page.Locator("[data-testid=flags]")).ToContainTextAsync("已受理");
        await page.GetByRole(AriaRole.Tab, new() { Name = "交办" }).ClickAsync();
        await page.Locator("label", new() { HasText = "联动单位" }).ClickAsync();
        await page.PickAsync("assigneeUnit", "不动产", "汨罗市不动产登记中心");
        await page.ClickButtonAsync("交办");
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "汨罗市不动产登记中心" })).ToBeVisibleAsync();
        errors.ShouldBeEmpty();
        failure.Passed();
    }

    [BrowserFact]
    public async Task A_leader_lists_the_ended_key_cases_and_filters_the_petition_log_by_channel()
    {
        var (page, errors) = await app.NewPageAsync();
        await using var failure = page.ScreenshotOnFailure("leader-filters-failure");
        await page.LogInAsync("leader");
        await page.OpenAsync("/key-cases");
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex("^重点案件（") }).ClickAsync();
        await page.ChooseAsync("keyCaseActive", "已撤销");
        var ended = page.Locator("[data-testid=key-cases] tbody tr");
        await Assertions.Expect(ended.First).ToContainTextAsync("撤销：");
        await Assertions.Expect(ended.Filter(new() { HasNotText = "撤销：" })).ToHaveCountAsync(0);

        await page.OpenAsync("/petitions");
        await page.ChooseAsync("filterChannel", "来信");
        await page.ClickButtonAsync("查询");
        var rows = page.Locator("[data-testid=petition-list] tbody tr");
        await Assertions.Expect(rows.First).ToContainTextAsync("来信");
        await Assertions.Expect(rows.Filter(new() { HasNot = page.Locator("td:nth-child(2)", new() { HasText = "来信" }) })).ToHaveCountAsync(0);
        errors.ShouldBeEmpty();
        failure.Passed();
    }

    [BrowserFact]
    public async Task An_administrator_filters_the_outbox_and_sends_the_dead_letter_again()
    {
        var (page, errors) = await app.NewPageAsync();
        await using var failure = page.ScreenshotOnFailure("admin-outbox-failure");
        await page.LogInAsync("admin");
        await page.OpenAsync("/admin/outbox");
        var rows = page.Locator("[data-testid=outbox] tbody tr");
        await page.ChooseAsync("outboxStatus", "已投递");
        await page.ClickButtonAsync("查询");
        await Assertions.Expect(rows.First).ToContainTextAsync("已投递");
        await Assertions.Expect(rows.Filter(new() { HasNotText = "已投递" })).ToHaveCountAsync(0);

        // The demo's dead letter (its retries ran out) is sent round again and leaves the list of failures.
        await page.ChooseAsync("outboxStatus", "投递失败");
        await page.ClickButtonAsync("查询");
        var dead = rows.Filter(new() { HasText = "短信网关连续超时" });
        await Assertions.Expect(dead).ToHaveCountAsync(1);
        await dead.GetByRole(AriaRole.Button, new() { Name = "重新投递" }).ClickAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar").First).ToContainTextAsync("已重新投递");
        await Assertions.Expect(dead).ToHaveCountAsync(0);
        errors.ShouldBeEmpty();
        failure.Passed();
    }

    [BrowserFact]
    public async Task A_leader_designating_without_a_known_case_number_is_told_so_and_nothing_is_designated()
    {
        var (page, errors) = await app.NewPageAsync();
        await using var failure = page.ScreenshotOnFailure("leader-designate-failure");
        var before = (await app.ApiAsync("leader", HttpMethod.Get, "/api/key-cases?pageSize=1")).GetProperty("total").GetInt32();
        await page.LogInAsync("leader");
        await page.OpenAsync("/key-cases");
        await page.GetByRole(AriaRole.Tab, new() { Name = "列为重点", Exact = true }).ClickAsync();
        await page.ChooseAsync("designateReason", "其他");
        await page.EnterAsync("designateReasonText", "案号留空时不得列为重点");

        // An empty number had listed every case and designated the newest.
        await page.ClickButtonAsync("列为重点案件");
        await page.GetByText("必填", new() { Exact = true }).WaitForAsync(); // under 案号, the one field marked
        await page.EnterAsync("designateCaseNumber", "执107");
        await page.ClickButtonAsync("列为重点案件");
        await page.GetByText("案号格式不正确。", new() { Exact = true }).WaitForAsync();
        await page.EnterAsync("designateCaseNumber", "（2019）湘0681执99999号");
        await page.ClickButtonAsync("列为重点案件");
        await page.GetByText("案件不存在。").WaitForAsync();

        (await app.ApiAsync("leader", HttpMethod.Get, "/api/key-cases?pageSize=1")).GetProperty("total").GetInt32().ShouldBe(before);
        errors.ShouldBeEmpty();
        failure.Passed();
    }

    [BrowserFact]
    public async Task An_administrator_sees_why_a_new_user_is_refused_after_the_list_reloads()
    {
        var (page, errors) = await app.NewPageAsync();
        await using var failure = page.ScreenshotOnFailure("admin-user-refused-failure");
        await page.LogInAsync("admin");
        await page.OpenAsync("/admin/users");
        await page.EnterAsync("newUserName", "clerk2");
        await page.EnterAsync("newPassword", "password1");
        await page.ClickButtonAsync("新建");
        // The list's reload after the refusal had cleared it: the click seemed to do nothing.
        await page.GetByText("请检查标红的字段。").WaitForAsync();
        errors.ShouldBeEmpty();
        failure.Passed();
    }

    [BrowserFact]
    public async Task A_coordinator_plans_the_re_inquiries_due_from_the_task_pool()
    {
        var (page, errors) = await app.NewPageAsync();
        await using var failure = page.ScreenshotOnFailure("coordinator-plan-failure");
        await page.LogInAsync("coordinator");
        await page.OpenAsync("/tasks");
        await page.ClickButtonAsync("生成复查任务 Plan re-inquiries");
        await Assertions.Expect(page.Locator(".mud-snackbar").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^(已生成复查任务 [0-9]+ 项|没有到期未生成的复查任务)$"));
        // Whatever was due is in the pool now: planning again finds nothing.
        (await app.ApiAsync("coordinator", HttpMethod.Post, "/api/tasks/plan")).GetProperty("created").GetInt32().ShouldBe(0);
        errors.ShouldBeEmpty();
        failure.Passed();
    }

    [BrowserFact]
    public async Task A_coordinator_corrects_a_linked_unit_s_contact_and_takes_it_out_of_use_and_back()
    {
        var (page, errors) = await app.NewPageAsync();
        await using var failure = page.ScreenshotOnFailure("coordinator-linked-unit-failure");
        await page.LogInAsync("coordinator");
        await page.OpenAsync("/linked-units");
        var name = $"汨罗市白水镇人民政府{Random.Shared.Next(100, 999)}";
        await page.ChooseAsync("unitKind", "乡镇（街道）");
        await page.EnterAsync("unitFullName", name);
        await page.PickAsync("unitSuperior", "市人民政府", "汨罗市人民政府");
        await page.ClickButtonAsync("登记");
        await page.EnterAsync("unitQuery", name);
        await page.Locator("#unitQuery").PressAsync("Enter");
        // The filtered page must have replaced the unfiltered one before a click, or the click lands on a row being re-rendered.
        var rows = page.Locator("[data-testid=linked-units] tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        var row = rows.Filter(new() { HasText = name });
        await Assertions.Expect(row).ToContainTextAsync("在用");
        await Assertions.Expect(row).ToContainTextAsync("汨罗市人民政府");

        await row.GetByRole(AriaRole.Button, new() { Name = "修改" }).ClickAsync();
        await page.Locator("[data-testid=unit-edit]").WaitForAsync();
        await page.EnterAsync("editContact", "刘建国");
        await page.EnterAsync("editPhone", "0730-5231234");
        await page.ClickButtonAsync("保存");
        await Assertions.Expect(row).ToContainTextAsync("刘建国");
        await Assertions.Expect(row).ToContainTextAsync("0730-5231234");
        await Assertions.Expect(row).ToContainTextAsync("汨罗市人民政府"); // the superior is kept by an edit that does not touch it

        await row.GetByRole(AriaRole.Button, new() { Name = "停用" }).ClickAsync();
        await Assertions.Expect(row).ToContainTextAsync("已停用");
        await row.GetByRole(AriaRole.Button, new() { Name = "启用" }).ClickAsync();
        await Assertions.Expect(row).ToContainTextAsync("在用");
        errors.ShouldBeEmpty();
        failure.Passed();
    }

    /// <summary>
    /// Opens the first debt in <paramref name="statusLabel"/> from the debts list. The row's link is followed by its
    /// address: a click could land on a row the filtered page is just replacing (when the unfiltered list's first row
    /// has the same status), and then go nowhere.
    /// </summary>
    private static async Task OpenDebtAsync(IPage page, string statusLabel)
    {
        await page.OpenAsync("/obligations");
        await page.GetByRole(AriaRole.Tab, new() { Name = "欠款清单", Exact = true }).ClickAsync();
        await page.ChooseAsync("obligationStatus", statusLabel);
        var firstRow = page.Locator("[data-testid=obligations] tbody tr").First;
        await Assertions.Expect(firstRow.Locator("td[data-label=状态]")).ToHaveTextAsync(statusLabel);
        var debt = await firstRow.Locator("a[href^='/obligations/']").GetAttributeAsync("href");
        await page.OpenAsync(debt!);
    }

    [BrowserFact]
    public async Task An_officer_records_a_preservation_order_and_a_freeze_and_sees_its_expiry()
    {
        var (page, errors) = await app.NewPageAsync();
        await using var failure = page.ScreenshotOnFailure("officer-preservation-failure");
        await page.LogInAsync("officer");
        await page.OpenAsync("/preservation/new");
        var number = $"（{BrowserApp.CourtToday.Year}）湘0681财保{Random.Shared.Next(500, 9999)}号";
        await page.EnterAsync("preservationNumber", number);
        await page.EnterAsync("litigationNumber", $"（{BrowserApp.CourtToday.Year}）湘0681民初5521号");
        await page.EnterAsync("amountToPreserve", "500000");
        await page.EnterAsync("securityAmount", "500000");
        await page.EnterAsync("applicants-0-name", "湖南湘江建材有限公司");
        await page.EnterAsync("applicants-0-code", "91350100M000100Y43");
        await page.EnterAsync("respondents-0-name", "汨罗市恒通物流有限公司");
        await page.EnterAsync("respondents-0-code", "91430681765432101P");
        await page.ClickButtonAsync("登记");
        await page.GetByRole(AriaRole.Heading, new() { Name = $"保全 {number}" }).WaitForAsync();

        await page.EnterAsync("assetDescription", "冻结被申请人银行存款");
        await page.EnterAsync("assetHolder", "中国农业银行汨罗支行");
        await page.EnterAsync("assetAmount", "500000");
        await page.ClickButtonAsync("添加");
        // A freeze of deposits lasts one year from its start (民诉法解释 第485条).
        var expiry = BrowserApp.CourtToday.AddYears(1).AddDays(-1).Iso();
        await Assertions.Expect(page.Locator("[data-testid=measures]")).ToContainTextAsync(expiry);
        await page.ShotAsync("officer-preservation", fullPage: false);
        errors.ShouldBeEmpty();
        failure.Passed();
    }

    [BrowserFact]
    public async Task An_officer_records_the_suit_that_keeps_a_pre_litigation_order_and_voids_it_as_a_mistake()
    {
        var (page, errors) = await app.NewPageAsync();
        await using var failure = page.ScreenshotOnFailure("officer-lawsuit-failure");
        await page.LogInAsync("officer");
        await page.OpenAsync("/preservation/new");
        var number = $"（{BrowserApp.CourtToday.Year}）湘0681财保{Random.Shared.Next(500, 9999)}号";
        await page.ChooseAsync("preservationKind", "诉前保全");
        await page.EnterAsync("preservationNumber", number);
        await page.EnterAsync("amountToPreserve", "300000");
        await page.EnterAsync("securityAmount", "300000");
        await page.EnterAsync("applicants-0-name", "湖南湘江建材有限公司");
        await page.EnterAsync("applicants-0-code", "91350100M000100Y43");
        await page.EnterAsync("respondents-0-name", "汨罗市恒通物流有限公司");
        await page.EnterAsync("respondents-0-code", "91430681765432101P");
        await page.ClickButtonAsync("登记");
        await page.GetByRole(AriaRole.Heading, new() { Name = $"保全 {number}" }).WaitForAsync();

        var suit = $"（{BrowserApp.CourtToday.Year}）湘0681民初{Random.Shared.Next(500, 9999)}号";
        await page.EnterAsync("lawsuitNumber", suit);
        await page.ClickButtonAsync("记录起诉");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "起诉" }).First).ToContainTextAsync(suit);

        await page.EnterAsync("voidLawsuitReason", "误录了另一案件的案号");
        await page.ClickButtonAsync("撤销起诉记录");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "起诉" }).First).Not.ToContainTextAsync(suit);
        await Assertions.Expect(page.Locator("#lawsuitNumber")).ToBeVisibleAsync();
        errors.ShouldBeEmpty();
        failure.Passed();
    }

    [BrowserFact]
    public async Task A_missing_handler_is_marked_a_pause_ends_on_the_day_typed_in_its_own_field_and_a_recorded_payment_leaves_the_form()
    {
        var today = BrowserApp.CourtToday;
        var created = await app.ApiAsync("coordinator", HttpMethod.Post, "/api/cases", new
        {
            caseNumber = $"（{today.Year}）湘0681执{Random.Shared.Next(60_000, 69_999)}号",
            filedOn = today.AddDays(-30).Iso(),
            nonLitigation = false,
            basis = new { issuer = "汨罗市人民法院", documentNumber = $"（{today.Year - 1}）湘0681民初3322号", effectiveOn = today.AddDays(-60).Iso() },
            claimedAmount = 80000.00m,
            applicants = new[] { new { kind = "Enterprise", name = "汨罗市楚韵纺织有限公司", creditCode = "91350100M000100Y43" } },
            respondents = new[] { new { kind = "NaturalPerson", name = "黄志强", idNumber = "11010519491231002X" } },
        });
        var id = created.GetProperty("id").GetString();
        await app.ApiAsync("coordinator", HttpMethod.Post, $"/api/cases/{id}/pauses", new { kind = "Suspension", startedOn = today.AddDays(-10).Iso(), reason = "案外人提出执行异议" });

        var (page, errors) = await app.NewPageAsync();
        await using var failure = page.ScreenshotOnFailure("case-pause-end-failure");
        await page.LogInAsync("coordinator");
        await page.OpenAsync($"/cases/{id}");
        // A handler not chosen is marked under its own field.
        await page.GetByRole(AriaRole.Tab, new() { Name = "指定承办人", Exact = true }).ClickAsync();
        await page.ClickButtonAsync("指定");
        await Assertions.Expect(page.Locator(".mud-input-control", new() { Has = page.Locator("#assignTo") })).ToContainTextAsync("必填");

        await page.GetByRole(AriaRole.Tab, new() { Name = "中止/暂缓", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=paused-since]")).ToContainTextAsync(today.AddDays(-10).Iso());
        // The objection was decided 4 days ago: the pause ran 6 days, not to today.
        await page.EnterAsync("pauseEndOn", today.AddDays(-4).Iso());
        await page.ClickButtonAsync("恢复（结束中止）");
        await Assertions.Expect(page.Locator("[data-testid=paused-since]")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Tab, new() { Name = "中止/暂缓（1）", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=pauses] tbody tr").First.Locator("td").Nth(3)).ToHaveTextAsync("6");

        await page.GetByRole(AriaRole.Tab, new() { Name = "执行到位", Exact = true }).ClickAsync();
        await page.EnterAsync("paymentAmount", "5000");
        await page.ClickButtonAsync("记录到位");
        await page.GetByRole(AriaRole.Tab, new() { Name = "执行到位（1）", Exact = true }).WaitForAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "执行到位", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#paymentAmount")).ToHaveValueAsync("");
        errors.ShouldBeEmpty();
        failure.Passed();
    }

    [BrowserFact]
    public async Task A_case_page_lists_payments_and_pauses_and_a_leader_designates_the_case_and_issues_a_supervision_order_there()
    {
        var today = BrowserApp.CourtToday;
        var number = $"（{today.Year}）湘0681执{Random.Shared.Next(70_000, 79_999)}号";
        var created = await app.ApiAsync("coordinator", HttpMethod.Post, "/api/cases", new
        {
            caseNumber = number,
            filedOn = today.AddDays(-10).Iso(),
            nonLitigation = false,
            basis = new { issuer = "汨罗市人民法院", documentNumber = $"（{today.Year - 1}）湘0681民初3321号", effectiveOn = today.AddDays(-40).Iso() },
            claimedAmount = 150000.00m,
            applicants = new[] { new { kind = "Enterprise", name = "汨罗市楚韵纺织有限公司", creditCode = "91350100M000100Y43" } },
            respondents = new[] { new { kind = "Department", name = "汨罗市教育局" } },
        });
        var id = created.GetProperty("id").GetString();
        await app.ApiAsync("coordinator", HttpMethod.Post, $"/api/cases/{id}/payments", new { amount = 12000m, paidOn = today.AddDays(-5).Iso(), source = "Voluntary" });
        await app.ApiAsync("coordinator", HttpMethod.Post, $"/api/cases/{id}/pauses", new { kind = "Suspension", startedOn = today.AddDays(-3).Iso(), reason = "案外人提出执行异议" });

        var (page, errors) = await app.NewPageAsync();
        await using var failure = page.ScreenshotOnFailure("case-supervision-failure");
        await page.LogInAsync("coordinator");
        await page.OpenAsync($"/cases/{id}");
        // A respondent confirmed as a linked unit by mistake is unlinked again.
        await page.Locator("[data-testid=unit-suggestion]").GetByRole(AriaRole.Button, new() { Name = "确认关联" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=unit-link]")).ToContainTextAsync("汨罗市教育局（公职主体）");
        await page.Locator("[data-testid=unit-link]").GetByRole(AriaRole.Button, new() { Name = "取消关联" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=unit-link]")).ToHaveCountAsync(0);

        // A freeze of equity (其他财产权) holds for three years, counting its first day.
        await page.GetByRole(AriaRole.Tab, new() { Name = "执行措施", Exact = true }).ClickAsync();
        await page.ChooseAsync("measureKind", "冻结");
        await page.ChooseAsync("measureAssetKind", "其他财产权");
        await page.EnterAsync("measureAsset", "汨罗市教育局持有的汨罗市城投公司股权");
        await page.EnterAsync("measureDescription", "冻结被执行人持有的股权");
        await page.ClickButtonAsync("记录措施");
        var freeze = page.Locator("[data-testid=measures] tbody tr", new() { HasText = "汨罗市城投公司股权" });
        await Assertions.Expect(freeze).ToContainTextAsync($"其他财产权 至 {today.AddYears(3).AddDays(-1).Iso()}");
        errors.ShouldBeEmpty();
        failure.Passed();

        (page, errors) = await app.NewPageAsync();
        await using var leaderFailure = page.ScreenshotOnFailure("case-supervision-leader-failure");
        await page.LogInAsync("leader");
        await page.OpenAsync($"/cases/{id}");
        await page.GetByRole(AriaRole.Tab, new() { Name = "执行到位（1）", Exact = true }).ClickAsync();
        var payment = page.Locator("[data-testid=payments] tbody tr").First;
        await Assertions.Expect(payment).ToContainTextAsync(today.AddDays(-5).Iso());
        await Assertions.Expect(payment).ToContainTextAsync("¥12,000.00");
        await Assertions.Expect(payment).ToContainTextAsync("自动履行");
        await page.GetByRole(AriaRole.Tab, new() { Name = "中止/暂缓（1）", Exact = true }).ClickAsync();
        var pause = page.Locator("[data-testid=pauses] tbody tr").First;
        await Assertions.Expect(pause).ToContainTextAsync("中止执行");
        await Assertions.Expect(pause).ToContainTextAsync("进行中");
        await Assertions.Expect(pause.Locator("td").Nth(3)).ToHaveTextAsync("3");

        await page.GetByRole(AriaRole.Tab, new() { Name = "重点督办（0）", Exact = true }).ClickAsync();
        await page.ChooseAsync("caseKeyReason", "社会影响大");
        await page.EnterAsync("caseKeyReasonText", "涉及民营企业经营困难，社会关注度高");
        await page.ClickButtonAsync("列为重点案件");
        await Assertions.Expect(page.Locator("[data-testid=key-case]")).ToContainTextAsync("社会影响大");
        await page.EnterAsync("instruction", "请于十日内查明被执行人财产并报告进展");
        await page.EnterAsync("orderDueOn", today.AddDays(10).Iso());
        // The case has no handler yet: the order is refused until it names its addressee.
        await page.ClickButtonAsync("发出督办");
        await Assertions.Expect(page.Locator("[data-testid=order-form]")).ToContainTextAsync("请指定督办对象");
        var officer = (await app.ApiAsync("leader", HttpMethod.Get, "/api/staff?q=陈志刚")).GetProperty("items")[0];
        await page.ChooseAsync("orderAddressee", $"陈志刚（{officer.GetProperty("position").GetString()}）");
        await page.ClickButtonAsync("发出督办");
        var order = page.Locator("[data-testid=case-orders] tbody tr").First;
        await Assertions.Expect(order).ToContainTextAsync("请于十日内查明被执行人财产并报告进展");
        await Assertions.Expect(order).ToContainTextAsync("陈志刚");
        await page.ShotAsync("leader-case-supervision", fullPage: false);
        errors.ShouldBeEmpty();
        leaderFailure.Passed();
    }

    [BrowserFact]
    public async Task A_coordinator_confirms_a_public_body_respondent_and_records_its_debt()
    {
        var today = BrowserApp.CourtToday;
        var number = $"（{today.Year}）湘0681执{Random.Shared.Next(60_000, 69_999)}号";
        var created = await app.ApiAsync("coordinator", HttpMethod.Post, "/api/cases", new
        {
            caseNumber = number,
            filedOn = today.Iso(),
            nonLitigation = false,
            basis = new { issuer = "汨罗市人民法院", documentNumber = $"（{today.Year - 1}）湘0681民初2231号", effectiveOn = today.AddDays(-20).Iso() },
            claimedAmount = 386000.00m,
            applicants = new[] { new { kind = "Enterprise", name = "湖南湘江建材有限公司", creditCode = "91350100M000100Y43" } },
            respondents = new[] { new { kind = "Department", name = "汨罗市教育局" } },
        });

        var (page, errors) = await app.NewPageAsync();
        await using var failure = page.ScreenshotOnFailure("coordinator-debt-failure");
        await page.LogInAsync("coordinator");
        await page.OpenAsync($"/cases/{created.GetProperty("id").GetString()}");
        await page.Locator("[data-testid=unit-suggestion]").GetByRole(AriaRole.Button, new() { Name = "确认关联" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=unit-link]")).ToContainTextAsync("汨罗市教育局（公职主体）");

        await page.GetByRole(AriaRole.Tab, new() { Name = "公职主体欠款（0）", Exact = true }).ClickAsync();
        await page.ChooseAsync("debtUnit", "汨罗市教育局");
        await page.EnterAsync("debtAmount", "386000");
        await page.EnterAsync("debtBasis", "政府采购合同约定的课桌椅货款");
        await page.EnterAsync("debtDeliveredOn", today.AddDays(-90).Iso());
        await page.EnterAsync("debtContractDays", "30");
        await page.ClickButtonAsync("登记欠款");

        await page.GetByRole(AriaRole.Heading, new() { Name = "汨罗市教育局 欠款" }).WaitForAsync();
        await Assertions.Expect(page.Locator("[data-testid=obligation-status]")).ToHaveTextAsync("未督促");
        await Assertions.Expect(page.Locator("[data-testid=outstanding]")).ToHaveTextAsync("¥0.00 / ¥386,000.00");
        errors.ShouldBeEmpty();
        failure.Passed();
    }

    [BrowserFact]
    public async Task A_coordinator_asks_a_linked_unit_for_assistance_and_records_its_reply()
    {
        var (page, errors) = await app.NewPageAsync();
        await using var failure = page.ScreenshotOnFailure("coordinator-assistance-failure");
        await page.LogInAsync("coordinator");
        await page.OpenAsync("/cases?status=Filed");
        await page.Locator("[data-testid=case-list] tbody tr a").First.ClickAsync();
        await page.WaitForInteractiveAsync();

        await page.GetByRole(AriaRole.Tab, new() { Name = "协助执行", Exact = true }).ClickAsync();
        await page.PickAsync("assistUnit", "不动产", "汨罗市不动产登记中心");
        await page.ChooseAsync("assistType", "协助办理查封登记");
        await page.EnterAsync("assistNumber", "（2026）湘0681执协77号");
        await page.EnterAsync("assistContent", "请协助办理被执行人名下房产查封登记");
        await page.ClickButtonAsync("发出协助请求");
        await page.GetByText("已向 汨罗市不动产登记中心 发出协助请求").WaitForAsync();

        await page.OpenAsync("/assistance");
        var content = "请协助办理被执行人名下房产查封登记";
        await page.Locator("[data-testid=assistance] tr", new() { HasText = content }).GetByRole(AriaRole.Button, new() { Name = "记录回复" }).ClickAsync();
        await page.ChooseAsync("assistResult", "已协助办理");
        await page.EnterAsync("assistReply", "已办理查封登记");
        await page.ClickButtonAsync("记录");
        await page.GetByText("已记录回复").WaitForAsync();
        await page.ChooseAsync("assistView", "全部");
        await Assertions.Expect(page.Locator("[data-testid=assistance] tr", new() { HasText = content })).ToContainTextAsync("已协助办理");
        errors.ShouldBeEmpty();
        failure.Passed();
    }

    [BrowserFact]
    public async Task An_officer_prompts_a_debtor_before_enforcement_and_records_full_performance()
    {
        var (page, errors) = await app.NewPageAsync();
        await using var failure = page.ScreenshotOnFailure("officer-prompt-failure");
        await page.LogInAsync("officer");
        await page.OpenAsync("/prompts");
        await page.ClickButtonAsync("新建执前督促");
        var document = $"（{BrowserApp.CourtToday.Year}）湘0681民初{Random.Shared.Next(3000, 9999)}号";
        await page.EnterAsync("promptDocument", document);
        await page.EnterAsync("promptEffectiveOn", BrowserApp.CourtToday.AddDays(-3).Iso());
        await page.EnterAsync("promptAmount", "42000");
        await page.EnterAsync("applicants-0-name", "汨罗市恒通物流有限公司");
        await page.EnterAsync("applicants-0-code", "91350100M000100Y43");
        await page.EnterAsync("respondents-0-name", "湖南湘江建材有限公司");
        await page.EnterAsync("respondents-0-code", "91430681765432101P");
        await page.ClickButtonAsync("登记");

        await page.GetByRole(AriaRole.Heading, new() { Name = $"执前督促 {document}" }).WaitForAsync();
        await page.ClickButtonAsync("发出履行告知");
        await page.GetByText("已发出履行告知").WaitForAsync();
        await page.ChooseAsync("promptOutcome", "全部自动履行");
        await page.ClickButtonAsync("记录结果");
        await Assertions.Expect(page.Locator("[data-testid=prompt-outcome]")).ToHaveTextAsync("全部自动履行");
        errors.ShouldBeEmpty();
        failure.Passed();
    }

    [BrowserFact]
    public async Task A_coordinator_puts_a_case_s_routine_work_into_the_task_pool_claims_it_and_completes_it()
    {
        var (page, errors) = await app.NewPageAsync();
        await using var failure = page.ScreenshotOnFailure("coordinator-task-failure");
        await page.LogInAsync("coordinator");
        await page.OpenAsync("/cases?status=Filed");
        var link = page.Locator("[data-testid=case-list] tbody tr a").Nth(1);
        var number = await link.InnerTextAsync();
        await link.ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = number }).WaitForAsync();
        var reason = $"制作限制消费令（第 {Random.Shared.Next(100, 999)} 号）";

        await page.GetByRole(AriaRole.Tab, new() { Name = "集约任务", Exact = true }).ClickAsync();
        await page.ChooseAsync("taskType", "文书制作");
        await page.EnterAsync("taskReason", reason);
        await page.ClickButtonAsync("放入任务池");
        await page.GetByText("已放入任务池：文书制作").WaitForAsync();

        await page.OpenAsync("/tasks");
        await page.GetByRole(AriaRole.Tab, new() { Name = "待领取", Exact = true }).ClickAsync();
        var row = page.Locator("[data-testid=tasks] tr", new() { HasText = reason });
        await Assertions.Expect(row).ToContainTextAsync(number);

        // Claimed, the task is done from the 我领取的 tab: 完成 with the result (the buttons had never shown there).
        await row.GetByRole(AriaRole.Button, new() { Name = "领取" }).ClickAsync();
        await page.GetByText($"已领取：文书制作 {number}").WaitForAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "我领取的", Exact = true }).ClickAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "退回" }).WaitForAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "完成" }).ClickAsync();
        await page.EnterAsync("taskResult", "限制消费令已制作并送达");
        await page.ClickButtonAsync("确定完成");
        await page.GetByText("任务已完成").WaitForAsync();
        errors.ShouldBeEmpty();
        failure.Passed();
    }
}
