using Enforcement.Application.Cases;
using Enforcement.Application.Cases.SearchCases;
using Enforcement.Application.Cases.Specifications;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Parties;
using Enforcement.Domain.Tests.Support;
using Enforcement.Infrastructure.Persistence;
using Enforcement.Infrastructure.Persistence.Specifications;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Infrastructure.Tests;

/// <summary>The evaluator against real SQLite: where, LIKE search, order, paging and no-tracking.</summary>
public sealed class SpecificationEvaluatorTests : IDisposable
{
    private static readonly DateOnly Today = new(2025, 6, 16);
    private readonly TestDatabase _database = new();

    public SpecificationEvaluatorTests()
    {
        using var db = _database.NewContext();
        var township = TestData.Unit();
        var linked = TestData.RegisterCase("（2025）湘0681执102号", new DateOnly(2025, 2, 10), nonLitigation: true, applicants: [TestData.Person("李秀英")], respondents: [TestData.Township()]);
        linked.LinkRespondent(township.FullName, township, TestData.Context(new DateOnly(2025, 2, 11)));
        db.LinkedUnits.Add(township);
        db.Cases.AddRange(
            TestData.RegisterCase("（2025）湘0681执101号", new DateOnly(2025, 1, 6), applicants: [TestData.Enterprise("湖南佳禾食品有限公司")], respondents: [TestData.Person("周国平")]),
            linked,
            TestData.RegisterCase("（2025）湘0681执恢103号", new DateOnly(2025, 3, 3), applicants: [TestData.Person("王志强")], respondents: [TestData.Person("赵德明")]),
            TestData.RegisterCase("（2024）湘0681执104号", new DateOnly(2024, 11, 20), applicants: [TestData.Enterprise("岳阳恒通物流有限公司")], respondents: [Party.Create(PartyKind.Enterprise, "汨罗市金盛纺织有限公司_100%")]));
        db.SaveChanges();
    }

    [Fact]
    public async Task Search_matches_a_fragment_of_a_party_name()
    {
        var numbers = await NumbersAsync(new SearchCasesQuery(Q: "佳禾"));
        numbers.ShouldBe(["（2025）湘0681执101号"]);
    }

    [Fact]
    public async Task Search_matches_a_fragment_of_the_case_number_typed_with_ascii_parentheses()
    {
        var numbers = await NumbersAsync(new SearchCasesQuery(Q: "(2024)"));
        numbers.ShouldBe(["（2024）湘0681执104号"]);
    }

    [Theory]
    [InlineData("ZHANG")]
    [InlineData("zhāng")]
    [InlineData("Ｚｈａｎｇ")]
    public async Task Latin_text_matches_whatever_its_case_accents_or_width(string fragment) =>
        (await MatchesAsync(fragment)).ShouldContain("（2025）湘0681执903号");

    [Fact]
    public async Task Chinese_text_matches_exactly_and_a_term_is_a_parameter_not_sql_text()
    {
        (await MatchesAsync("湘江")).ShouldBe(["（2025）湘0681执903号"]);
        (await NumbersAsync(new SearchCasesQuery(Q: "湘潭"))).ShouldBeEmpty();
        _database.Sql.Clear();
        (await NumbersAsync(new SearchCasesQuery(Q: "a\0b'--"))).ShouldBeEmpty();
        _database.Sql.ShouldAllBe(sql => !sql.Contains("--", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Like_wildcards_in_the_search_term_are_matched_literally()
    {
        (await NumbersAsync(new SearchCasesQuery(Q: "_100%"))).ShouldBe(["（2024）湘0681执104号"]);
        (await NumbersAsync(new SearchCasesQuery(Q: "%"))).ShouldBe(["（2024）湘0681执104号"]);
    }

    [Fact]
    public async Task Where_filters_combine_with_and()
    {
        var numbers = await NumbersAsync(new SearchCasesQuery(CaseType: CaseType.FirstEnforcement, EnterpriseRelated: false));
        numbers.ShouldBe(["（2025）湘0681执102号"]);
        (await NumbersAsync(new SearchCasesQuery(PublicBodyDebtor: true))).ShouldBe(["（2025）湘0681执102号"]);
    }

    [Fact]
    public async Task Filing_date_bounds_are_inclusive()
    {
        var numbers = await NumbersAsync(new SearchCasesQuery(FiledFrom: new DateOnly(2025, 1, 6), FiledTo: new DateOnly(2025, 2, 10), Sort: "filedOn"));
        numbers.ShouldBe(["（2025）湘0681执101号", "（2025）湘0681执102号"]);
    }

    [Fact]
    public async Task Sorting_by_deadline_puts_the_nearest_first()
    {
        // 102 is non-litigation: 3 months from 2025-02-10 is 2025-05-12, before 104's 2025-05-20.
        var numbers = await NumbersAsync(new SearchCasesQuery(Sort: "deadline"));
        numbers.ShouldBe(["（2025）湘0681执102号", "（2024）湘0681执104号", "（2025）湘0681执101号", "（2025）湘0681执恢103号"]);
    }

    [Fact]
    public async Task Paging_skips_and_takes_in_order_and_the_count_ignores_paging()
    {
        using var db = _database.NewContext();
        var spec = new CasesMatchingFilterSpec(new SearchCasesQuery(Page: 2, Sort: "filedOn"), pageSize: 3, Today);
        var page = await SpecificationEvaluator.Apply(db.Cases, spec).ProjectToSummary().ToListAsync();
        page.Select(c => c.CaseNumber).ShouldBe(["（2025）湘0681执恢103号"]);
        (await new EfRepository<EnforcementCase>(db, _database.Provider).CountAsync(spec, CancellationToken.None)).ShouldBe(4);
    }

    [Fact]
    public async Task An_exact_number_filter_matches_either_parenthesis_style() =>
        (await NumbersAsync(new SearchCasesQuery(Number: "(2025)湘0681执恢103号"))).ShouldBe(["（2025）湘0681执恢103号"]);

    [Fact]
    public void A_no_tracking_specification_leaves_the_change_tracker_empty()
    {
        using var db = _database.NewContext();
        var spec = new CasesMatchingFilterSpec(new SearchCasesQuery(), pageSize: 10, Today);
        SpecificationEvaluator.Apply(db.Cases, spec).ToList().Count.ShouldBe(4);
        db.ChangeTracker.Entries().ShouldBeEmpty();
    }

    [Fact]
    public void Includes_translate_like_the_ef_include_they_stand_for()
    {
        using var db = _database.NewContext();
        var viaSpec = SpecificationEvaluator.Apply(db.Cases, new CaseWithApplicantsSpec()).ToQueryString();
        viaSpec.ShouldBe(db.Cases.Include(c => c.Applicants).ToQueryString());
    }

    /// <summary>The numbers a <c>q</c> search finds, with a case whose applicant has a Latin name among the data.</summary>
    private async Task<List<string>> MatchesAsync(string fragment)
    {
        using (var db = _database.NewContext())
        {
            db.Cases.Add(TestData.RegisterCase("（2025）湘0681执903号", new DateOnly(2025, 3, 10),
                applicants: [Party.Create(PartyKind.Enterprise, "Zhāng Trading 湘江贸易有限公司")], respondents: [TestData.Person("湘东明")]));
            await db.SaveChangesAsync();
        }

        return await NumbersAsync(new SearchCasesQuery(Q: fragment));
    }

    private async Task<List<string>> NumbersAsync(SearchCasesQuery query)
    {
        using var db = _database.NewContext();
        var spec = new CasesMatchingFilterSpec(query, pageSize: 20, Today);
        var rows = await new EfRepository<EnforcementCase>(db, _database.Provider).ListAsync(spec, q => q.ProjectToSummary(), CancellationToken.None);
        return rows.Select(r => r.CaseNumber).ToList();
    }

    public void Dispose() => _database.Dispose();
}
