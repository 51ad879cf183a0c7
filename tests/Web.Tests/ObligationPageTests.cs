using Bunit;
using Enforcement.Application.Obligations;
using Enforcement.Application.Security;
using Enforcement.Domain.Obligations;
using Enforcement.Web.Components.Pages.Obligations;

namespace Enforcement.Web.Tests;

/// <summary>A public body's debt that is no longer owed takes no more work: its page offers no form to send or record.</summary>
public sealed class ObligationPageTests : ComponentTestContext
{
    private static readonly Guid Debt = Guid.Parse("3b6f2c1e-8d4a-4f0b-9e27-5c1a7d3e9f40");

    public ObligationPageTests()
        : base(Roles.Coordinator)
    {
    }

    [Theory]
    [InlineData(300_000, true)] // the case has 300,000 left of the unit's 500,000 unpaid
    [InlineData(500_000, false)]
    public void An_outstanding_amount_the_case_caps_says_why(double outstanding, bool explained)
    {
        Answer = (request, type) => request switch
        {
            GetObligationQuery => new ObligationDto
            {
                Id = Debt, CaseNumber = "（2025）湘0681执413号", UnitName = "汨罗市归义镇人民政府", Amount = 860_000m, Paid = 360_000m,
                Outstanding = (decimal)outstanding, Status = ObligationStatus.InDefault,
            },
            _ => Empty(type),
        };

        var page = Render<ObligationPage>(parameters => parameters.Add(p => p.Id, Debt));

        page.WaitForAssertion(() => page.Markup.ShouldContain("汨罗市归义镇人民政府 欠款"));
        page.FindAll("[data-testid=outstanding-capped]").Select(e => e.TextContent.Trim())
            .ShouldBe(explained ? ["未付金额以案件尚未执行到位的金额为限（欠款 − 已付 = ¥500,000.00）"] : []);
    }

    [Theory]
    [InlineData(ObligationStatus.InDefault, true)]
    [InlineData(ObligationStatus.Performed, false)]
    [InlineData(ObligationStatus.Ended, false)]
    public void Every_tabs_form_is_offered_only_while_the_debt_is_owed(ObligationStatus status, bool offered)
    {
        Answer = (request, type) => request switch
        {
            GetObligationQuery => new ObligationDto
            {
                Id = Debt, CaseNumber = "（2025）湘0681执412号", UnitName = "汨罗市归义镇人民政府", Amount = 860_000m, Status = status,
            },
            _ => Empty(type),
        };

        var page = Render<ObligationPage>(parameters => parameters.Add(p => p.Id, Debt));

        page.WaitForAssertion(() => page.Markup.ShouldContain("汨罗市归义镇人民政府 欠款"));
        // Each tab's own form, seen once its tab is open (MudTabs renders the open panel only).
        string[][] forms = [["发出督促履行函"], ["记录付款"], ["记录履行计划"], ["记录调处", "记录司法建议"], ["报告"]];
        for (var tab = 0; tab < forms.Length; tab++)
        {
            page.FindAll(".mud-tab")[tab].Click();
            foreach (var form in forms[tab])
            {
                page.FindAll("button").Any(b => b.TextContent.Trim() == form).ShouldBe(offered, $"tab {tab}: {form}");
            }
        }
    }
}
