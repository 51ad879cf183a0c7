using Enforcement.Application.Abstractions;
using Enforcement.Application.Cases.RegisterCase;
using Enforcement.Application.Cases.SearchCases;
using Enforcement.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Application.Tests;

public sealed class SearchCasesHandlerTests
{
    private readonly HandlerFixture _fixture = new();

    [Fact]
    public async Task The_page_size_defaults_to_20_and_is_capped_at_100()
    {
        await SeedAsync(3);
        using var db = _fixture.NewContext();
        var handler = new SearchCasesHandler(_fixture.Cases(db), new Infrastructure.Persistence.Search.CaseTextIndex(db, InMemoryProvider.Instance), _fixture.Clock, Domain.Tests.Support.TestData.Calendar);

        var first = await handler.Handle(new SearchCasesQuery(), CancellationToken.None);
        first.PageSize.ShouldBe(Paging.DefaultPageSize);
        first.Page.ShouldBe(1);
        first.Total.ShouldBe(3);

        (await handler.Handle(new SearchCasesQuery(PageSize: 1000), CancellationToken.None)).PageSize.ShouldBe(100);
    }

    [Fact]
    public async Task Rows_carry_days_remaining_from_the_court_clock()
    {
        await SeedAsync(1);
        using var db = _fixture.NewContext();
        var page = await new SearchCasesHandler(_fixture.Cases(db), new Infrastructure.Persistence.Search.CaseTextIndex(db, InMemoryProvider.Instance), _fixture.Clock, Domain.Tests.Support.TestData.Calendar).Handle(new SearchCasesQuery(), CancellationToken.None);
        var row = page.Items.ShouldHaveSingleItem();
        row.DaysRemaining.ShouldBe(row.Deadline.DayNumber - _fixture.Clock.Today.DayNumber);
        row.DaysRemaining.ShouldBe(170);
    }

    [Theory]
    [InlineData("nonsense")]
    [InlineData("-deadline")]
    public void An_unknown_sort_is_refused(string sort) =>
        new SearchCasesValidator().Validate(new SearchCasesQuery(Sort: sort)).IsValid.ShouldBeFalse();

    [Fact]
    public void Reversed_dates_are_refused()
    {
        var result = new SearchCasesValidator().Validate(new SearchCasesQuery(FiledFrom: new DateOnly(2025, 6, 1), FiledTo: new DateOnly(2025, 5, 1)));
        result.Errors.Select(e => e.PropertyName).ShouldBe(["FiledTo"]);
    }

    [Theory]
    [InlineData(0, null, "Page")]
    [InlineData(-1, null, "Page")]
    [InlineData(Paging.MaxPage + 1, null, "Page")]
    [InlineData(int.MaxValue, null, "Page")]
    [InlineData(null, 0, "PageSize")]
    [InlineData(null, -5, "PageSize")]
    public void A_page_out_of_range_is_refused_for_every_list(int? page, int? pageSize, string field) =>
        Paging.Check(new SearchCasesQuery(Page: page, PageSize: pageSize)).Select(e => e.PropertyName).ShouldBe([field]);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(Paging.MaxPage, Paging.MaxPageSize)]
    [InlineData(null, 1000)] // a larger page size is capped, not refused
    public void A_page_in_range_passes(int? page, int? pageSize) =>
        Paging.Check(new SearchCasesQuery(Page: page, PageSize: pageSize)).ShouldBeEmpty();

    [Fact]
    public async Task A_fragment_too_common_for_the_index_is_read_by_LIKE_and_its_total_is_capped_at_the_index_limit()
    {
        await SeedAsync(3);
        using var db = _fixture.NewContext();
        var handler = new SearchCasesHandler(_fixture.Cases(db), new TooCommon(), _fixture.Clock, Domain.Tests.Support.TestData.Calendar);

        var page = await handler.Handle(new SearchCasesQuery(Q: "陈海涛", PageSize: 2), CancellationToken.None);

        page.Items.Count.ShouldBe(2);
        page.Total.ShouldBe(SearchCasesHandler.MatchLimit);
        page.TotalIsCapped.ShouldBeTrue();
    }

    [Fact]
    public async Task A_too_common_fragment_with_another_filter_is_counted_with_that_filter()
    {
        await SeedAsync(3);
        using var db = _fixture.NewContext();
        var handler = new SearchCasesHandler(_fixture.Cases(db), new TooCommon(), _fixture.Clock, Domain.Tests.Support.TestData.Calendar);

        var page = await handler.Handle(new SearchCasesQuery(Q: "陈海涛", Number: "（2025）湘0681执2号"), CancellationToken.None);

        page.Items.ShouldHaveSingleItem().CaseNumber.ShouldBe("（2025）湘0681执2号");
        page.Total.ShouldBe(1);
        page.TotalIsCapped.ShouldBeFalse();
    }

    [Fact]
    public async Task The_cases_the_index_finds_are_the_list_and_with_no_other_filter_its_total()
    {
        await SeedAsync(3);
        using var db = _fixture.NewContext();
        var found = await db.Cases.Where(c => c.Number != Domain.Cases.CaseNumber.Parse("（2025）湘0681执1号")).Select(c => new TextMatch(c.Id, c.FiledOn)).ToListAsync();
        var handler = new SearchCasesHandler(_fixture.Cases(db), new Fixed(new TextMatches(found, false)), _fixture.Clock, Domain.Tests.Support.TestData.Calendar);

        var page = await handler.Handle(new SearchCasesQuery(Q: "陈海涛", PageSize: 1), CancellationToken.None);
        var filtered = await handler.Handle(new SearchCasesQuery(Q: "陈海涛", Number: "（2025）湘0681执3号"), CancellationToken.None);

        page.Items.ShouldHaveSingleItem().CaseNumber.ShouldBe("（2025）湘0681执3号");
        page.Total.ShouldBe(2);
        page.TotalIsCapped.ShouldBeFalse();
        filtered.Items.ShouldHaveSingleItem().CaseNumber.ShouldBe("（2025）湘0681执3号");
        filtered.Total.ShouldBe(1);
    }

    private sealed class TooCommon : ICaseTextIndex
    {
        public Task<TextMatches> FindAsync(string fragment, int limit, CancellationToken cancellationToken) =>
            Task.FromResult(new TextMatches(null, MoreThanLimit: true));
    }

    private sealed class Fixed(TextMatches candidates) : ICaseTextIndex
    {
        public Task<TextMatches> FindAsync(string fragment, int limit, CancellationToken cancellationToken) => Task.FromResult(candidates);
    }

    private async Task SeedAsync(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            using var db = _fixture.NewContext();
            await _fixture.RegisterHandler(db)
                .Handle(HandlerFixture.ValidCommand($"（2025）湘0681执{i}号"), CancellationToken.None);
        }
    }
}
