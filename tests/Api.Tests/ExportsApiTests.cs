using System.Net;
using System.Text;
using Enforcement.Application.Security;
using MiniExcelLibs;

namespace Enforcement.Api.Tests;

/// <summary>
/// The downloads: each workbook is opened and read back. The court's today is Monday 2025-06-16; the database is this
/// class's own.
/// </summary>
public sealed class ExportsApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static readonly string[] CaseHeadings =
    [
        "案号", "案件类型", "立案日期", "案件状态", "涉企", "公权力机关被执行", "申请执行人", "被执行人", "被执行人证件号码",
        "执行标的（元）", "执行到位（元）", "承办人", "执行期限", "剩余天数", "结案日期", "结案方式", "下次网络查控日期",
    ];

    private static int _sequence;
    private readonly HttpClient _coordinator = factory.ClientFor(Roles.Coordinator);
    private readonly HttpClient _reception = factory.ClientFor(Roles.Reception);
    private readonly HttpClient _leader = factory.ClientFor(Roles.Leader);
    private readonly HttpClient _officer = factory.ClientFor(Roles.Officer);

    [Fact]
    public async Task A_case_list_downloads_as_xlsx_with_Chinese_headings_the_lists_filters_and_order_and_ID_numbers_masked_by_role()
    {
        var respondent = $"欧阳{Name()}";
        var early = await CaseAsync("2025-06-02", respondent, 320_500.50m);
        var later = await CaseAsync("2025-06-03", respondent, 88_000m);
        await CaseAsync("2025-06-05", respondent, 1_000m); // after filedTo: left out

        var query = $"q={Uri.EscapeDataString(respondent)}&filedTo=2025-06-04&sort=filedOn";
        var response = await _reception.GetAsync($"/api/cases/export.xlsx?{query}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe(XlsxType);
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("案件列表_20250616.xlsx");

        var sheet = await SheetAsync(response, "案件");
        sheet[0].ShouldBe(CaseHeadings);
        sheet.Count.ShouldBe(3);
        var first = Row(sheet, 1);
        first["案号"].ShouldBe(early);
        first["案件类型"].ShouldBe("首次执行");
        first["立案日期"].ShouldBe("2025-06-02");
        first["案件状态"].ShouldBe("在办");
        first["申请执行人"].ShouldBe("湖南楚天建设工程有限公司");
        first["被执行人"].ShouldBe(respondent);
        first["被执行人证件号码"].ShouldBe("1101**********002X");
        Convert.ToDecimal(first["执行标的（元）"], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(320_500.50m);
        first["执行期限"].ShouldBe("2025-12-02"); // six months from filing
        Convert.ToInt32(first["剩余天数"], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(169);
        first["结案日期"].ShouldBe("");
        Row(sheet, 2)["案号"].ShouldBe(later);

        // A leader sees the ID number; so does an officer on an unassigned case.
        Row(await SheetAsync(await _leader.GetAsync($"/api/cases/export.xlsx?{query}"), "案件"), 1)["被执行人证件号码"].ShouldBe("11010519491231002X");
        Row(await SheetAsync(await _officer.GetAsync($"/api/cases/export.xlsx?{query}"), "案件"), 1)["被执行人证件号码"].ShouldBe("11010519491231002X");
    }

    [Fact]
    public async Task A_csv_is_UTF8_with_a_byte_order_mark_with_the_same_rows_and_formulas_in_text_escaped()
    {
        var respondent = $"上官{Name()}";
        var number = await CaseAsync("2025-06-02", respondent, 50_000m);
        var visit = new Dictionary<string, object?>
        {
            ["channel"] = "Visit",
            ["receivedAt"] = "08:30:00",
            ["headcount"] = 6,
            ["petitioners"] = new[] { new { kind = "NaturalPerson", name = "李春生", idNumber = "11010519491231002X", phone = "13912345678" } },
            ["caseNumbers"] = new[] { number },
            ["category"] = "SlowEnforcement",
            ["content"] = "六名工人反映工程款长期未执行到位。",
            ["request"] = "=HYPERLINK(\"http://example.invalid\",\"点此查看\")",
        };
        (await _reception.PostJsonAsync("/api/petitions", visit)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var response = await _reception.GetAsync($"/api/petitions/export.csv?caseNumber={Uri.EscapeDataString(number)}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes[..3].ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(2);
        lines[0].ShouldBe("收到日期,收到时间,信访渠道,信访人,证件号码,联系电话,人数,集体访,重复访,信访类别,涉及案号,信访请求,办理状态,交办对象,当前期限,是否逾期,办结日期");
        lines[1].ShouldStartWith($"2025-06-16,08:30,来访,李春生,11010519491231002X,13912345678,6,是,否,执行不力、拖延执行,{number},");
        lines[1].ShouldContain("\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"点此查看\"\")\"");

        // A coordinator reads every petition, with the petitioner's numbers masked.
        var masked = Encoding.UTF8.GetString(await _coordinator.GetByteArrayAsync($"/api/petitions/export.csv?caseNumber={Uri.EscapeDataString(number)}"));
        masked.ShouldContain(",李春生,1101**********002X,139****5678,6,");
        masked.ShouldNotContain("13912345678");

        // The xlsx holds the same row, the request kept as text.
        var sheet = await SheetAsync(await _reception.GetAsync($"/api/petitions/export.xlsx?caseNumber={Uri.EscapeDataString(number)}"), "信访台账");
        Row(sheet, 1)["信访请求"].ShouldBe("=HYPERLINK(\"http://example.invalid\",\"点此查看\")");
        Row(sheet, 1)["集体访"].ShouldBe("是");
    }

    [Fact]
    public async Task An_empty_export_keeps_its_headings()
    {
        var sheet = await SheetAsync(await _leader.GetAsync($"/api/cases/export.xlsx?q={Uri.EscapeDataString("查无此人" + Name())}"), "案件");
        sheet.ShouldHaveSingleItem().ShouldBe(CaseHeadings);
        var csv = Encoding.UTF8.GetString(await _leader.GetByteArrayAsync($"/api/cases/export.csv?q={Uri.EscapeDataString("查无此人" + Name())}"));
        csv.ShouldBe("\uFEFF" + string.Join(',', CaseHeadings) + "\r\n");
    }

    [Fact]
    public async Task The_dashboard_the_task_board_and_the_obligations_report_download_with_their_sheets()
    {
        var dashboard = await _leader.GetAsync("/api/dashboard/export.xlsx?from=2025-01-01&to=2025-06-16");
        dashboard.StatusCode.ShouldBe(HttpStatusCode.OK, await dashboard.Content.ReadAsStringAsync());
        var dashboardBytes = await dashboard.Content.ReadAsByteArrayAsync();
        MiniExcel.GetSheetNames(new MemoryStream(dashboardBytes)).ShouldBe(["指标 2025-01-01 至 2025-06-16", "收案类型", "月度趋势"]);
        var figures = Rows(dashboardBytes, "指标 2025-01-01 至 2025-06-16");
        figures[0].ShouldBe(["指标", "分子", "分母", "比率", "目标", "是否达标", "计算方法"]);
        figures.ShouldContain(r => r[0] == "法定期限内结案率 Closed within the legal limit" && r[4] == "0.9");
        Rows(dashboardBytes, "月度趋势").Count.ShouldBe(13); // headings and 12 months
        Rows(dashboardBytes, "月度趋势")[12][0].ShouldBe("2025-06");
        (await _officer.GetAsync("/api/dashboard/export.xlsx")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var board = await _officer.GetAsync("/api/tasks/board/export.xlsx");
        board.StatusCode.ShouldBe(HttpStatusCode.OK, await board.Content.ReadAsStringAsync());
        var boardBytes = await board.Content.ReadAsByteArrayAsync();
        MiniExcel.GetSheetNames(new MemoryStream(boardBytes)).ShouldBe(["看板 2025-06-16", "待办任务"]);
        var types = Rows(boardBytes, "看板 2025-06-16");
        types[0].ShouldBe(["任务类型", "未完成", "待领取", "已领取", "逾期", "最早创建日期", "最长等待天数", "最近到期日"]);
        types.Count.ShouldBe(9); // every task type has a line
        types.Skip(1).Select(r => r[0]).ShouldContain("网络查控");

        var report = Encoding.UTF8.GetString(await _leader.GetByteArrayAsync("/api/obligations/report/export.csv?asOf=2025-06-16"));
        report.ShouldStartWith("\uFEFF汇总 2025-06-16\r\n单位,案件数,欠款金额（元）");
        report.ShouldContain("\r\n合计,");
        report.ShouldContain("\r\n案件明细\r\n单位,案号,");
        // The open reports to city leadership, as the escalations list shows them.
        var escalations = await (await _leader.GetAsync("/api/obligations/escalations?pageSize=100")).ReadJsonAsync();
        var sheet = report[report.IndexOf("\r\n报告市委市政府\r\n", StringComparison.Ordinal)..].Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        sheet[1].ShouldBe("报告日期,报告对象,文号,案号,单位,跟进期限,超过跟进期限天数,状态");
        sheet.Length.ShouldBe(2 + escalations.GetProperty("total").GetInt32());
        foreach (var row in escalations.GetProperty("items").EnumerateArray())
        {
            sheet.ShouldContain(line => line.Contains(row.GetProperty("reportNumber").GetString()!, StringComparison.Ordinal)
                                        && line.Contains(row.GetProperty("caseNumber").GetString()!, StringComparison.Ordinal));
        }
        (await _reception.GetAsync("/api/obligations/report/export.xlsx")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Key_cases_and_supervision_orders_download_with_their_lists_filters_and_days_left_as_of_today()
    {
        var number = await CaseAsync("2025-05-06", "重点" + Name(), 6_000_000m);
        var caseId = (await (await _leader.GetAsync($"/api/cases?number={Uri.EscapeDataString(number)}")).ReadJsonAsync())
            .GetProperty("items")[0].GetProperty("id").GetGuid();
        (await _leader.PostJsonAsync("/api/key-cases", new { caseId, reason = "LargeAmount", reasonText = "标的额六百万元" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var officer = factory.StaffIdOf(Roles.Officer);
        (await _leader.PostJsonAsync("/api/supervision-orders", new
        {
            subjectKind = "Case", subjectId = caseId, instruction = "请于6月13日前报告财产查控进展。", issuedOn = "2025-06-06", dueOn = "2025-06-13", addresseeId = officer,
        })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var keyCases = await SheetAsync(await _leader.GetAsync("/api/key-cases/export.xlsx?reason=LargeAmount"), "重点案件");
        keyCases[0].ShouldBe(["案号", "列为重点原因", "原因说明", "分管领导", "列为重点日期", "列为重点人", "状态", "撤销日期", "撤销原因", "跟踪记录条数", "最近跟踪日期"]);
        var keyCase = Row(keyCases, keyCases.FindIndex(r => r[0] == number));
        keyCase["原因说明"].ShouldBe("标的额六百万元");
        keyCase["列为重点日期"].ShouldBe("2025-06-16");
        keyCase["分管领导"].ShouldBe("黄德明");
        keyCase["状态"].ShouldBe("重点督办中");
        (await SheetAsync(await _leader.GetAsync("/api/key-cases/export.xlsx?reason=CollectiveVisit"), "重点案件")).ShouldNotContain(r => r[0] == number);

        // The pending suggestions on their own sheet: a case claiming six million is suggested (标的额大) by the scan.
        var other = await CaseAsync("2025-05-07", "建议" + Name(), 7_000_000m);
        (await _leader.PostJsonAsync("/api/key-cases/suggestions/scan", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var suggestions = await SheetAsync(await _leader.GetAsync("/api/key-cases/export.xlsx"), "建议列为重点");
        suggestions[0].ShouldBe(["建议日期", "案号", "建议理由", "情况", "是否已列为重点"]);
        var suggestion = Row(suggestions, suggestions.FindIndex(r => r[1] == other));
        suggestion["建议理由"].ShouldBe("标的额大");
        suggestion["建议日期"].ShouldBe("2025-06-16");
        suggestion["是否已列为重点"].ShouldBe("否");

        var orders = await SheetAsync(await _leader.GetAsync("/api/supervision-orders/export.xlsx?overdue=true"), "督办");
        orders[0].ShouldBe(["督办对象", "对象", "督办内容", "下发日期", "下发人", "办理期限", "剩余天数", "是否逾期", "承办人", "状态", "办结日期", "报告次数"]);
        var order = Row(orders, orders.FindIndex(r => r[1]!.Contains(number, StringComparison.Ordinal)));
        order["办理期限"].ShouldBe("2025-06-13");
        order["剩余天数"].ShouldBe("-3"); // due 06-13, today 06-16
        order["是否逾期"].ShouldBe("是");
        order["承办人"].ShouldBe("陈志刚");
        order["报告次数"].ShouldBe("0");
        (await SheetAsync(await _leader.GetAsync("/api/supervision-orders/export.xlsx?waitingForDecision=true"), "督办")).ShouldNotContain(r => r[1]!.Contains(number, StringComparison.Ordinal));

        (await _reception.GetAsync("/api/key-cases/export.xlsx")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _reception.GetAsync("/api/supervision-orders/export.csv")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await CasesApiTests.ShouldBeProblem(await _leader.GetAsync("/api/supervision-orders/export.csv?issuedFrom=2025-06-10&issuedTo=2025-06-01"),
            HttpStatusCode.BadRequest, "validation.failed");
        var trail = await (await _leader.GetAsync("/api/audit?user=leader-test&pageSize=100")).ReadJsonAsync();
        trail.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("summary").GetString())
            .ShouldContain("Exported the supervision orders as .xlsx; filters: overdue=True; personal data masked");
    }

    [Fact]
    public async Task My_worklist_downloads_in_the_list_s_order_with_a_leader_s_extension_requests()
    {
        // Filed 2024-12-20: its limit is 2025-06-20, so an extension may be asked for today (06-16).
        var number = $"（2024）湘0681执{7000 + Interlocked.Increment(ref _sequence)}号";
        var register = Requests.RegisterCase(number, "2024-12-20");
        register["basis"] = new { issuer = "汨罗市人民法院", documentNumber = "（2024）湘0681民初88号", effectiveOn = "2024-11-25" };
        var registered = await _coordinator.PostJsonAsync("/api/cases", register);
        registered.StatusCode.ShouldBe(HttpStatusCode.Created, await registered.Content.ReadAsStringAsync());
        var caseId = (await registered.ReadJsonAsync()).GetProperty("id").GetGuid();
        (await _coordinator.PostJsonAsync($"/api/cases/{caseId}/extensions", new { reason = "被执行人财产处置中，需延长审限" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var list = await (await _leader.GetAsync("/api/me/worklist?pageSize=100")).ReadJsonAsync();
        var sheet = await SheetAsync(await _leader.GetAsync("/api/me/worklist/export.xlsx"), "我的待办");
        sheet[0].ShouldBe(["类别", "事项", "到期日", "剩余天数", "是否逾期"]);
        sheet.Skip(1).Select(r => r[1]).ShouldBe(list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
        var request = Row(sheet, sheet.FindIndex(r => r[1]!.Contains(number, StringComparison.Ordinal)));
        request["到期日"].ShouldBe("2025-06-20");
        request["剩余天数"].ShouldBe("4");
        request["是否逾期"].ShouldBe("否");
        await CasesApiTests.ShouldBeProblem(await _leader.GetAsync("/api/me/worklist/export.csv?withinDays=400"), HttpStatusCode.BadRequest, "validation.failed");
        (await factory.CreateClient().GetAsync("/api/me/worklist/export.csv")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Each_export_is_audited_with_its_filters_and_whether_personal_data_was_shown()
    {
        var q = "审计" + Name();
        (await _reception.GetAsync($"/api/cases/export.csv?q={Uri.EscapeDataString(q)}&status=Filed")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _reception.GetAsync($"/api/petitions/export.xlsx?q={Uri.EscapeDataString(q)}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var trail = await (await _leader.GetAsync("/api/audit?user=reception-test&pageSize=100")).ReadJsonAsync();
        var exports = trail.GetProperty("items").EnumerateArray().Where(e => e.GetProperty("action").GetString() == "Export").ToList();
        var cases = exports.Single(e => e.GetProperty("summary").GetString()!.Contains(q, StringComparison.Ordinal) && e.GetProperty("entityType").GetString() == "EnforcementCase");
        cases.GetProperty("summary").GetString().ShouldBe($"Exported cases as .csv; filters: q={q}, status=Filed; personal data masked");
        var petitions = exports.Single(e => e.GetProperty("entityType").GetString() == "Petition");
        petitions.GetProperty("summary").GetString().ShouldBe($"Exported the petition log as .xlsx; filters: q={q}; personal data shown");

        // A search for an ID number is masked in the trail, which administrators read.
        (await _reception.GetAsync("/api/petitions/export.csv?q=430681199001011230")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var admin = await (await factory.ClientFor(Roles.Admin).GetAsync("/api/audit?user=reception-test&pageSize=100")).ReadJsonAsync();
        var summaries = admin.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("summary").GetString()!).ToList();
        summaries.ShouldContain("Exported the petition log as .csv; filters: q=4306**********1230; personal data shown");
        summaries.ShouldNotContain(s => s.Contains("430681199001011230", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bad_requests_are_problems_with_a_code_and_write_no_file()
    {
        (await CasesApiTests.ShouldBeProblem(await _leader.GetAsync("/api/cases/export.pdf"), HttpStatusCode.BadRequest, "validation.failed"))
            .GetProperty("rule").GetString().ShouldBe("export.format");
        await CasesApiTests.ShouldBeProblem(await _leader.GetAsync("/api/cases/export.xlsx?status=Bogus"), HttpStatusCode.BadRequest, "request.malformed");
        await CasesApiTests.ShouldBeProblem(await _leader.GetAsync("/api/cases/export.csv?filedFrom=2025-06-10&filedTo=2025-06-01"), HttpStatusCode.BadRequest, "validation.failed");
        await CasesApiTests.ShouldBeProblem(await _leader.GetAsync("/api/petitions/export.csv?dueWithinDays=999"), HttpStatusCode.BadRequest, "validation.failed");
        await CasesApiTests.ShouldBeProblem(await _leader.GetAsync("/api/dashboard/export.xlsx?from=2025-06-10&to=2025-06-01"), HttpStatusCode.BadRequest, "validation.failed");
        (await factory.CreateClient().GetAsync("/api/cases/export.xlsx")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private static string Name() => "测试" + "甲乙丙丁戊己庚辛壬癸"[Interlocked.Increment(ref _sequence) % 10] + _sequence;

    private async Task<string> CaseAsync(string filedOn, string respondent, decimal claimed)
    {
        var number = $"（2025）湘0681执{7000 + Interlocked.Increment(ref _sequence)}号";
        var register = Requests.RegisterCase(number, filedOn);
        register["claimedAmount"] = claimed;
        register["basis"] = new { issuer = "汨罗市人民法院", documentNumber = "（2024）湘0681民初321号", effectiveOn = "2024-12-02" };
        register["respondents"] = new[] { Requests.Party("NaturalPerson", respondent, idNumber: "11010519491231002X", phone: "13973012345") };
        var response = await _coordinator.PostJsonAsync("/api/cases", register);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return number;
    }

    /// <summary>A sheet's rows as text, headings first.</summary>
    internal static async Task<List<string?[]>> SheetAsync(HttpResponseMessage response, string sheetName)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return Rows(await response.Content.ReadAsByteArrayAsync(), sheetName);
    }

    private static List<string?[]> Rows(byte[] workbook, string sheetName) =>
        MiniExcel.Query(new MemoryStream(workbook), useHeaderRow: false, sheetName: sheetName)
            .Cast<IDictionary<string, object?>>()
            .Select(row => row.Values.Select(v => v is null ? "" : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray())
            .ToList();

    private static Dictionary<string, string?> Row(List<string?[]> sheet, int index) =>
        sheet[0].Select((heading, i) => (heading!, sheet[index][i])).ToDictionary(p => p.Item1, p => p.Item2);
}
