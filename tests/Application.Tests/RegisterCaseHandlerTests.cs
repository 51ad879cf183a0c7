using Enforcement.Application.Cases.GetCase;
using Enforcement.Application.Cases.RegisterCase;
using Enforcement.Application.Errors;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Tests.Support;

namespace Enforcement.Application.Tests;

public sealed class RegisterCaseHandlerTests
{
    private readonly HandlerFixture _fixture = new();

    [Fact]
    public async Task Registering_returns_the_detail_with_deadline_and_days_remaining()
    {
        var detail = await RegisterAsync(HandlerFixture.ValidCommand());

        detail.CaseNumber.ShouldBe("（2025）湘0681执1234号");
        detail.CaseType.ShouldBe(CaseType.FirstEnforcement);
        detail.Status.ShouldBe(CaseStatus.Filed);
        detail.ClaimedAmount.ShouldBe(320_500.50m);
        detail.RecoveredAmount.ShouldBe(0m);
        detail.Deadline.ShouldBe(new DateOnly(2025, 12, 3));
        detail.DaysRemaining.ShouldBe(170); // 2025-06-16 to 2025-12-03
        detail.EnterpriseRelated.ShouldBeTrue();
        detail.PublicBodyDebtor.ShouldBeFalse();
        detail.Version.ShouldBe(1);
        detail.DeadlineAssumesWeekendsOnly.ShouldBeFalse();
    }

    [Fact]
    public async Task A_registered_case_can_be_read_back()
    {
        var registered = await RegisterAsync(HandlerFixture.ValidCommand());
        using var db = _fixture.NewContext();
        var read = await new GetCaseHandler(_fixture.Cases(db), _fixture.Clock, TestData.Calendar, _fixture.Actor, _fixture.Audit)
            .Handle(new GetCaseQuery(registered.Id), CancellationToken.None);
        registered.UnitSuggestions.ShouldBe([]); // no unit in the registry matches
        read.ShouldBe(registered with { Applicants = read.Applicants, Respondents = read.Respondents, Basis = read.Basis, Extensions = read.Extensions, Pauses = read.Pauses, UnitLinks = read.UnitLinks, UnitSuggestions = null });
        read.Respondents.ShouldHaveSingleItem().IdNumber.ShouldBe(TestData.ValidResidentId);
        read.Pauses.ShouldBeEmpty();
    }

    [Fact]
    public async Task Reading_an_unknown_case_is_not_found()
    {
        using var db = _fixture.NewContext();
        var error = await Should.ThrowAsync<NotFoundException>(async () =>
            await new GetCaseHandler(_fixture.Cases(db), _fixture.Clock, TestData.Calendar, _fixture.Actor, _fixture.Audit).Handle(new GetCaseQuery(Guid.NewGuid()), CancellationToken.None));
        error.Code.ShouldBe("case.not_found");
    }

    [Fact]
    public async Task A_deadline_in_a_year_without_a_holiday_list_says_it_assumes_weekends_only()
    {
        _fixture.Clock.Today = new DateOnly(2026, 11, 28);
        var detail = await RegisterAsync(HandlerFixture.ValidCommand("（2026）湘0681执1234号") with { FiledOn = new DateOnly(2026, 9, 1) });
        detail.Deadline.ShouldBe(new DateOnly(2027, 3, 1));
        detail.DeadlineAssumesWeekendsOnly.ShouldBeTrue();
    }

    private async Task<Cases.CaseDetailDto> RegisterAsync(RegisterCaseCommand command)
    {
        using var db = _fixture.NewContext();
        return await _fixture.RegisterHandler(db).Handle(command, CancellationToken.None);
    }
}
