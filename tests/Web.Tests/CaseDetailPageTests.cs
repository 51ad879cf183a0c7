using Bunit;
using Enforcement.Application.Cases;
using Enforcement.Application.Cases.GetCase;
using Enforcement.Application.Common;
using Enforcement.Application.Errors;
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

    /// <summary>An empty answer for a list or a page of the case's records.</summary>
    private static object? Empty(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)
            ? Array.CreateInstance(type.GetGenericArguments()[0], 0)
            : type.IsGenericType && type.GetGenericTypeDefinition() == typeof(PagedResult<>)
                ? Activator.CreateInstance(type, Array.CreateInstance(type.GetGenericArguments()[0], 0), 0, 1, 50, false, null)
                : null;
}
