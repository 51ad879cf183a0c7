using Enforcement.Application.Obligations;
using MiniExcelLibs;

namespace Enforcement.Api.Endpoints;

/// <summary>The report to the city as an .xlsx workbook: a sheet by unit (汇总) and a sheet of cases (案件明细), with Chinese headings.</summary>
internal static class ObligationSpreadsheet
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(ObligationReportDto report)
    {
        var units = report.Units.Select(u => Row(u.UnitName, u.Figures))
            .Append(Row("合计", report.Total))
            .ToList();
        var cases = report.Units.SelectMany(u => u.Cases.Select(c => new Dictionary<string, object?>
        {
            ["单位"] = u.UnitName,
            ["案号"] = c.CaseNumber,
            ["欠款金额（元）"] = c.Owed,
            ["已付金额（元）"] = c.Paid,
            ["未付金额（元）"] = c.Outstanding,
            ["欠款起算日"] = c.DebtSince.ToString("yyyy-MM-dd"),
            ["逾期未复督促函"] = c.LettersUnanswered,
            ["未结报告"] = c.EscalationsOpen,
            ["已报告至"] = c.EscalatedTo switch
            {
                Domain.Obligations.EscalationLevel.CourtLeadership => "院领导",
                Domain.Obligations.EscalationLevel.CityGovernment => "市政府",
                Domain.Obligations.EscalationLevel.CityPartyCommittee => "市委",
                _ => "",
            },
            ["收到批示"] = c.InstructionsReceived,
            ["批示已落实"] = c.InstructionsFollowed,
        })).ToList();
        var sheets = new Dictionary<string, object>
        {
            [$"汇总 {report.AsOf:yyyy-MM-dd}"] = units,
            ["案件明细"] = cases,
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    private static Dictionary<string, object?> Row(string unit, ReportFigures f) => new()
    {
        ["单位"] = unit,
        ["案件数"] = f.Cases,
        ["欠款金额（元）"] = f.Owed,
        ["已付金额（元）"] = f.Paid,
        ["未付金额（元）"] = f.Outstanding,
        ["最早欠款起算日"] = f.OldestDebtSince?.ToString("yyyy-MM-dd") ?? "",
        ["最长欠款天数"] = f.OldestDebtDays,
        ["逾期未复督促函"] = f.LettersUnanswered,
        ["未结报告"] = f.EscalationsOpen,
        ["收到批示"] = f.InstructionsReceived,
        ["批示已落实"] = f.InstructionsFollowed,
    };
}
