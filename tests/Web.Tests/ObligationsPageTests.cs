using Bunit;
using Enforcement.Application.Common;
using Enforcement.Application.Obligations;
using Enforcement.Application.Security;
using Enforcement.Domain.Obligations;
using Enforcement.Web.Components.Pages.Obligations;

namespace Enforcement.Web.Tests;

/// <summary>
/// Reception lists public bodies' debts, as the API lets it, to answer a petitioner; the report by unit, the debt's own
/// page and the reports to city leadership stay with those who work the debts.
/// </summary>
public sealed class ObligationsPageTests() : ComponentTestContext(Roles.Reception)
{
    [Fact]
    public void Reception_sees_the_list_of_debts_without_the_report_or_the_debts_own_pages()
    {
        Answer = (request, type) => request switch
        {
            SearchObligationsQuery => new PagedResult<ObligationSummaryDto>(
            [
                new ObligationSummaryDto
                {
                    Id = Guid.NewGuid(), CaseId = Guid.NewGuid(), CaseNumber = "（2025）湘0681执413号", UnitName = "汨罗市归义镇人民政府",
                    Amount = 860_000m, Outstanding = 500_000m, Status = ObligationStatus.InDefault,
                },
            ], 1, 1, 20),
            _ => Empty(type),
        };

        var page = Render<ObligationsPage>();

        page.WaitForAssertion(() => page.Find("[data-testid=obligations]").TextContent.ShouldContain("汨罗市归义镇人民政府"));
        Sent.ShouldNotContain(r => r is ObligationReportQuery || r is ListEscalationsQuery);
        page.FindAll("[data-testid=obligations] a[href^='/obligations/']").ShouldBeEmpty();
        page.FindAll("[data-testid=obligations] a[href^='/cases/']").Count.ShouldBe(1);
        page.FindAll("[data-testid=units]").ShouldBeEmpty();
        page.Markup.ShouldNotContain("obligations/report");
    }
}
