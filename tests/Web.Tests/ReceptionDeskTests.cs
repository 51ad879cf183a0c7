using Bunit;
using Enforcement.Application.Petitions;
using Enforcement.Application.Security;
using Enforcement.Domain.Parties;
using Enforcement.Domain.Petitions;
using Enforcement.Web.Components.Pages.Petitions;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Enforcement.Web.Tests;

/// <summary>The reception desk checks what is typed at once, shows the collective flag as the headcount is typed, and sends every petitioner named.</summary>
public sealed class ReceptionDeskTests : ComponentTestContext
{
    public ReceptionDeskTests()
        : base(Roles.Reception) =>
        Services.AddSingleton(Options.Create(new PetitionOptions()));

    private static string ValidId(string first17) => first17 + ResidentId.CheckCharacter(first17);

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    public void The_collective_flag_shows_from_five_visitors(int headcount, bool collective)
    {
        var desk = Render<ReceptionDesk>();

        desk.Find("#headcount").Input(headcount.ToString(System.Globalization.CultureInfo.InvariantCulture));

        desk.Find("[data-testid=flags-preview]").TextContent.Contains("集体访", StringComparison.Ordinal).ShouldBe(collective);
    }

    [Fact]
    public void A_second_petitioner_raises_the_headcount_and_has_the_id_check_of_the_first()
    {
        var desk = Render<ReceptionDesk>();

        desk.FindAll("button").Single(b => b.TextContent.Contains("添加信访人", StringComparison.Ordinal)).Click();

        desk.Find("#headcount").GetAttribute("value").ShouldBe("2");
        var id = ValidId("43068119650304002");
        desk.Find("#petitionerId-1").Input(id[..17] + (id[17] == '1' ? '2' : '1'));
        desk.WaitForAssertion(() => desk.Markup.ShouldContain("身份证号码校验不通过"));
    }

    [Fact]
    public async Task A_forwarded_petition_asks_for_the_forwarding_body_and_its_document_number()
    {
        var desk = Render<ReceptionDesk>();
        desk.FindAll("#forwardedBy").ShouldBeEmpty();

        var channel = desk.FindComponents<MudBlazor.MudSelect<PetitionChannel?>>()[0].Instance;
        await desk.InvokeAsync(() => channel.ValueChanged.InvokeAsync(PetitionChannel.Forwarded));

        desk.WaitForElement("#forwardedBy");
        desk.Find("#forwardedDocumentNumber").ShouldNotBeNull();
        desk.Find("#headcount").HasAttribute("disabled").ShouldBeTrue(); // a headcount is a visit's only
    }

    [Fact]
    public async Task A_visit_counts_at_least_the_petitioners_named_when_the_channel_becomes_a_visit()
    {
        var desk = Render<ReceptionDesk>();
        var channel = desk.FindComponents<MudBlazor.MudSelect<PetitionChannel?>>()[0].Instance;
        await desk.InvokeAsync(() => channel.ValueChanged.InvokeAsync(PetitionChannel.Letter));
        var add = desk.FindAll("button").Single(b => b.TextContent.Contains("添加信访人", StringComparison.Ordinal));
        add.Click();
        desk.FindAll("button").Single(b => b.TextContent.Contains("添加信访人", StringComparison.Ordinal)).Click();

        await desk.InvokeAsync(() => channel.ValueChanged.InvokeAsync(PetitionChannel.Visit));

        desk.Find("#headcount").GetAttribute("value").ShouldBe("3");
    }

    [Fact]
    public async Task A_case_look_up_overtaken_by_a_later_number_does_not_show_its_case()
    {
        var first = new TaskCompletionSource<PetitionCaseLookupDto>();
        Answer = (request, _) => request switch
        {
            LookUpPetitionCaseQuery { Number: "（2025）湘0681执301号" } => first.Task,
            LookUpPetitionCaseQuery { Number: "（2025）湘0681执302号" } =>
                new PetitionCaseLookupDto(Guid.NewGuid(), "（2025）湘0681执302号", Domain.Cases.CaseStatus.Filed, "陈志刚", null),
            _ => null,
        };
        var desk = Render<ReceptionDesk>();

        desk.Find("#caseNumber").Input("（2025）湘0681执301号");
        desk.Find("#caseNumber").Input("（2025）湘0681执302号");
        desk.WaitForAssertion(() => desk.Find("[data-testid=case-lookup]").TextContent.ShouldContain("执302号"));

        // The first number's reply comes last: the case of the number in the field stays.
        await desk.InvokeAsync(() => first.SetResult(
            new PetitionCaseLookupDto(Guid.NewGuid(), "（2025）湘0681执301号", Domain.Cases.CaseStatus.Closed, "李文华", null)));
        desk.Find("[data-testid=case-lookup]").TextContent.ShouldContain("执302号");
        desk.Find("[data-testid=case-lookup]").TextContent.ShouldNotContain("执301号");
    }

    [Fact]
    public async Task A_late_not_found_for_an_earlier_number_leaves_the_not_found_of_the_number_in_the_field()
    {
        var first = new TaskCompletionSource<PetitionCaseLookupDto>();
        Answer = (request, _) => request is LookUpPetitionCaseQuery { Number: "（2025）湘0681执301号" } ? first.Task : null;
        Refusal = _ => new Application.Errors.NotFoundException("case.not_found", "No case has that number.");
        var desk = Render<ReceptionDesk>();

        desk.Find("#caseNumber").Input("（2025）湘0681执301号");
        desk.Find("#caseNumber").Input("（2025）湘0681执302号");
        desk.WaitForAssertion(() => desk.Markup.ShouldContain("系统中没有该案号"));

        await desk.InvokeAsync(() => first.SetException(new Application.Errors.NotFoundException("case.not_found", "No case has that number.")));
        desk.Markup.ShouldContain("系统中没有该案号");
    }

    [Fact]
    public void Every_petitioner_named_is_sent_and_a_refusal_shows_beside_its_field()
    {
        Refusal = _ => new ValidationException([new ValidationFailure("Petitioners[1].Name", "'Name' must not be empty.") { ErrorCode = "NotEmptyValidator" }]);
        var desk = Render<ReceptionDesk>();
        desk.Find("#petitionerName").Change("李桂兰");
        desk.FindAll("button").Single(b => b.TextContent.Contains("添加信访人", StringComparison.Ordinal)).Click();
        desk.Find("#petitionerPhone-1").Input("13907301234");

        desk.Find("form").Submit();

        // Beside the second petitioner's name, not the first's.
        desk.WaitForAssertion(() => desk.Find("#petitionerName-1").Closest(".mud-input-control")!.TextContent.ShouldContain("必填"));
        desk.Find("#petitionerName").Closest(".mud-input-control")!.TextContent.ShouldNotContain("必填");
        var sent = Sent.OfType<LogPetitionCommand>().Single();
        sent.Petitioners!.Select(p => p.Name).ShouldBe(["李桂兰", null]);
        sent.Petitioners![1].Phone.ShouldBe("13907301234");
        sent.Headcount.ShouldBe(2);
        sent.ReceivedOn.ShouldBeNull(); // today, by the server's clock
    }
}
