using Bunit;
using Enforcement.Web.Components.Shared;

namespace Enforcement.Web.Tests;

/// <summary>The date field, the problem alert and the instalments editor, which the forms share.</summary>
public sealed class ComponentPieceTests : ComponentTestContext
{
    [Theory]
    [InlineData("2024-02-29", "2024-02-29")]
    [InlineData("2025-12-31", "2025-12-31")]
    [InlineData("20240229", "2024-02-29")]
    [InlineData("2025/6/16", "2025-06-16")]
    public void A_date_field_binds_a_real_date(string typed, string expected)
    {
        DateOnly? bound = null;
        var field = Render<DateField>(p => p.Add(x => x.Label, "立案日期").Add(x => x.InputId, "d")
            .Add(x => x.ValueChanged, (DateOnly? d) => bound = d));

        field.Find("#d").Input(typed);

        bound.ShouldBe(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        field.Markup.ShouldNotContain("日期应为");
    }

    [Theory]
    [InlineData("2025-02-29", "没有这一天")]
    [InlineData("2026-02-30", "没有这一天")]
    [InlineData("2025-13-01", "没有这一天")]
    [InlineData("2025-06", "日期应为 yyyy-MM-dd")]
    [InlineData("6月16日", "日期应为 yyyy-MM-dd")]
    public void A_date_field_marks_a_date_that_does_not_exist(string typed, string message)
    {
        DateOnly? bound = new DateOnly(2000, 1, 1);
        var field = Render<DateField>(p => p.Add(x => x.Label, "立案日期").Add(x => x.InputId, "d")
            .Add(x => x.ValueChanged, (DateOnly? d) => bound = d));

        field.Find("#d").Input(typed);

        bound.ShouldBeNull();
        field.Markup.ShouldContain(message);
    }

    [Fact]
    public void A_problem_with_unmet_conditions_lists_them_in_Chinese()
    {
        var problem = new Services.UiProblem("case.closure.conditions_unmet", "不符合终结本次执行程序的条件：", new Dictionary<string, string>(),
            ["consumption_restriction_issued", "more_than_three_months_since_filing"], "detail");

        var alert = Render<ProblemAlert>(p => p.Add(x => x.Problem, problem));

        alert.FindAll("[data-testid=unmet] li").Select(li => li.TextContent).ShouldBe(["已对被执行人发出限制消费令", "自立案之日起已超过三个月"]);
    }

    [Fact]
    public void The_instalments_editor_adds_and_removes_rows_shows_each_row_s_refusal_and_gives_the_command_s_inputs()
    {
        var rows = new List<InstalmentsEditor.Row> { new() { DueOn = new DateOnly(2026, 12, 31), Amount = 50_000m } };
        var problem = new Services.UiProblem("validation.failed", "请检查", new Dictionary<string, string> { ["instalments[1].amount"] = "数值过小" }, [], "detail");
        var editor = Render<InstalmentsEditor>(p => p.Add(x => x.Rows, rows).Add(x => x.Problem, problem).Add(x => x.IdPrefix, "plan"));

        editor.FindAll("button").Single(b => b.TextContent.Contains("添加一期", StringComparison.Ordinal)).Click();
        rows.Count.ShouldBe(2);
        editor.Markup.ShouldContain("第 2 期到期日");
        editor.Markup.ShouldContain("数值过小"); // the refusal of the second row's amount, beside it

        editor.Find("#plan-1-due").Input("2027-01-31");
        editor.Find("#plan-1-amount").Change("-5");
        InstalmentsEditor.Inputs(rows).ShouldBe([
            new Application.Common.InstalmentInput(new DateOnly(2026, 12, 31), 50_000m),
            new Application.Common.InstalmentInput(new DateOnly(2027, 1, 31), -5m),
        ]);

        editor.Find("button[aria-label='删除第 2 期']").Click();
        rows.Count.ShouldBe(1);
    }
}
