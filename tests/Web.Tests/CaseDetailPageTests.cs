using Bunit;
using Enforcement.Application.Cases;
using Enforcement.Application.Cases.GetCase;
using Enforcement.Application.Common;
using Enforcement.Application.Errors;
using Enforcement.Application.LinkedUnits;
using Enforcement.Application.Security;
using Enforcement.Web.Components.Pages.Cases;

namespace Enforcement.Web.Tests;

/// <summary>The case page shows the case in its address, or why it cannot: never the last case read.</summary>
public sealed class CaseDetailPageTests : ComponentTestContext
{
    private static readonly Guid First = Guid.Parse("0e7c5c1a-2f4b-4f61-9a57-6b1f0c3d2e11");
    private static readonly Guid Missing = Guid.Parse("5d1e8f2a-7c3b-4e9d-8a41-2b6c0f9e7d22");

    public CaseDetailPageTests()
        : base(Roles.Officer)
    {
        Answer = (request, type) => request switch
        {
            GetCaseQuery query when query.Id == First => new CaseDetailDto { Id = First, CaseNumber = "（2025）湘0681执301号", InReach = true },
            GetCaseQuery => null,
            _ => Empty(type),
        };
        Refusal = request => new NotFoundException("case.not_found", $"No case has id {((GetCaseQuery)request).Id}.");
    }

    [Fact]
    public void Moving_to_a_case_that_cannot_be_read_shows_why_and_no_longer_the_last_case()
    {
        var page = Render<CaseDetail>(parameters => parameters.Add(p => p.Id, First));
        page.WaitForAssertion(() => page.Markup.ShouldContain("（2025）湘0681执301号"));

        page.Render(parameters => parameters.Add(p => p.Id, Missing));

        page.WaitForAssertion(() => page.Find("[data-testid=problem]").GetAttribute("data-code").ShouldBe("case.not_found"));
        page.Markup.ShouldNotContain("（2025）湘0681执301号");
        page.FindAll("button").ShouldBeEmpty(); // no action of the last case is offered under the new address
    }

    [Fact]
    public void A_case_without_a_handler_says_by_when_one_was_due_and_a_zhongben_case_its_next_re_inquiry()
    {
        Answer = (request, type) => request switch
        {
            GetCaseQuery => new CaseDetailDto
            {
                Id = First, CaseNumber = "（2026）湘0681执301号", InReach = true, Status = Enforcement.Domain.Cases.CaseStatus.Filed,
                HandlerDueOn = new DateOnly(2026, 11, 27), HandlerLate = true,
            },
            _ => Empty(type),
        };
        var page = Render<CaseDetail>(parameters => parameters.Add(p => p.Id, First));
        page.WaitForAssertion(() => page.Find("[data-testid=handler]").TextContent.Trim().ShouldBe("未分案（应于 2026-11-27 前分案，已逾期）"));

        Answer = (request, type) => request switch
        {
            GetCaseQuery => new CaseDetailDto
            {
                Id = Missing, CaseNumber = "（2025）湘0681执302号", InReach = true, Status = Enforcement.Domain.Cases.CaseStatus.Closed, HandlerName = "陈志刚",
                NextReinquiryDueOn = new DateOnly(2026, 11, 25), ReinquiryEndsOn = new DateOnly(2031, 5, 25), ReinquiryDue = true,
            },
            _ => Empty(type),
        };
        page.Render(parameters => parameters.Add(p => p.Id, Missing));
        page.WaitForAssertion(() => page.Find("[data-testid=reinquiry]").TextContent.Trim().ShouldBe("2026-11-25（已到期）"));
    }

    [Theory]
    [InlineData(Enforcement.Domain.Cases.SettlementStatus.Active, true)]
    [InlineData(Enforcement.Domain.Cases.SettlementStatus.Breached, false)]
    [InlineData(Enforcement.Domain.Cases.SettlementStatus.Performed, false)]
    public void A_case_closed_while_its_settlement_ran_offers_to_record_its_end_until_recorded(Enforcement.Domain.Cases.SettlementStatus settlement, bool offered)
    {
        Answer = (request, type) => request switch
        {
            GetCaseQuery => new CaseDetailDto
            {
                Id = First, CaseNumber = "（2025）湘0681执303号", InReach = true, Status = Enforcement.Domain.Cases.CaseStatus.Closed,
                Settlement = new SettlementDto { Status = settlement, AgreedOn = new DateOnly(2025, 6, 5) },
            },
            _ => Empty(type),
        };

        var page = Render<CaseDetail>(parameters => parameters.Add(p => p.Id, First));

        page.WaitForAssertion(() => page.Markup.ShouldContain("立执恢案件"));
        page.FindAll("[data-testid=closed-settlement-breach]").Count.ShouldBe(offered ? 1 : 0);
        page.FindAll("[data-testid=closed-settlement-breach] button").Select(b => b.TextContent.Trim())
            .ShouldBe(offered ? ["记录和解履行完毕", "记录不履行和解"] : []);
    }

    [Fact]
    public async Task A_case_read_that_a_later_address_overtook_is_not_shown()
    {
        var slow = new TaskCompletionSource<CaseDetailDto>();
        var second = Guid.Parse("9a3f6b2c-1d4e-4c8a-b7e5-3f2a1c0d9e33");
        Answer = (request, type) => request switch
        {
            GetCaseQuery query when query.Id == First => slow.Task,
            GetCaseQuery query when query.Id == second => new CaseDetailDto { Id = second, CaseNumber = "（2025）湘0681执302号", InReach = true },
            _ => Empty(type),
        };

        var page = Render<CaseDetail>(parameters => parameters.Add(p => p.Id, First));
        page.Render(parameters => parameters.Add(p => p.Id, second));
        page.WaitForAssertion(() => page.Markup.ShouldContain("（2025）湘0681执302号"));

        // The first case's reply comes last: the page keeps the case of its address.
        await page.InvokeAsync(() => slow.SetResult(new CaseDetailDto { Id = First, CaseNumber = "（2025）湘0681执301号", InReach = true }));
        page.Markup.ShouldContain("（2025）湘0681执302号");
        page.Markup.ShouldNotContain("（2025）湘0681执301号");
    }

    [Fact]
    public void Moving_to_another_case_whose_records_cannot_be_read_offers_nothing_of_the_last_case()
    {
        var second = Guid.Parse("9a3f6b2c-1d4e-4c8a-b7e5-3f2a1c0d9e33");
        Answer = (request, type) => request switch
        {
            GetCaseQuery query => new CaseDetailDto { Id = query.Id, CaseNumber = query.Id == First ? "（2025）湘0681执301号" : "（2025）湘0681执302号", InReach = true },
            GetUnitSuggestionsQuery { CaseId: var id } when id == First =>
                new List<UnitLinkSuggestionDto> { new("汨罗市长乐镇人民政府", Guid.NewGuid(), "汨罗市长乐镇人民政府", Domain.LinkedUnits.LinkedUnitKind.Township, "name") },
            GetCasePaymentsQuery { Id: var id } when id == second => null,
            _ => Empty(type),
        };
        Refusal = _ => new ForbiddenException("case.not_yours", "Only the case's handler may read its payments.");
        var page = Render<CaseDetail>(parameters => parameters.Add(p => p.Id, First));
        page.WaitForAssertion(() => page.FindAll("[data-testid=unit-suggestion]").Count.ShouldBe(1));

        page.Render(parameters => parameters.Add(p => p.Id, second));

        page.WaitForAssertion(() => page.Find("[data-testid=problem]").GetAttribute("data-code").ShouldBe("case.not_yours"));
        page.Markup.ShouldContain("（2025）湘0681执302号");
        page.FindAll("[data-testid=unit-suggestion]").ShouldBeEmpty(); // the last case's "确认关联" would link a respondent of this one
    }

    [Fact]
    public void A_record_list_that_cannot_be_read_shows_why_above_the_case()
    {
        Answer = (request, type) => request switch
        {
            GetCaseQuery query when query.Id == First => new CaseDetailDto { Id = First, CaseNumber = "（2025）湘0681执301号", InReach = true },
            GetCasePaymentsQuery => null,
            _ => Empty(type),
        };
        Refusal = _ => new ForbiddenException("case.not_yours", "Only the case's handler may read its payments.");

        var page = Render<CaseDetail>(parameters => parameters.Add(p => p.Id, First));

        page.WaitForAssertion(() => page.Find("[data-testid=problem]").GetAttribute("data-code").ShouldBe("case.not_yours"));
        page.Markup.ShouldContain("（2025）湘0681执301号");
    }

    [Fact]
    public void What_was_typed_for_the_last_case_is_not_offered_for_the_next()
    {
        var second = Guid.Parse("9a3f6b2c-1d4e-4c8a-b7e5-3f2a1c0d9e33");
        Answer = (request, type) => request switch
        {
            GetCaseQuery query => new CaseDetailDto { Id = query.Id, CaseNumber = query.Id == First ? "（2025）湘0681执301号" : "（2025）湘0681执302号", InReach = true },
            _ => Empty(type),
        };
        var page = Render<CaseDetail>(parameters => parameters.Add(p => p.Id, First));
        page.WaitForAssertion(() => page.Markup.ShouldContain("（2025）湘0681执301号"));
        page.FindAll(".mud-tab").Single(tab => tab.TextContent.Contains("申请延长", StringComparison.Ordinal)).Click();
        page.Find("#extensionReason").Change("被执行人湖南富达建材有限公司财产线索需进一步核实");
        page.Find("#extensionReason").GetAttribute("value").ShouldBe("被执行人湖南富达建材有限公司财产线索需进一步核实");

        page.Render(parameters => parameters.Add(p => p.Id, second));

        page.WaitForAssertion(() => page.Markup.ShouldContain("（2025）湘0681执302号"));
        page.Find("#extensionReason").GetAttribute("value").ShouldBeNullOrEmpty(); // a reason written for another case
    }
}
