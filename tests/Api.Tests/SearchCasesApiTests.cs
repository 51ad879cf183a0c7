using System.Net;
using System.Text.Json;
using Enforcement.Application.Security;

namespace Enforcement.Api.Tests;

/// <summary>The case list, over its own database with a known set of cases.</summary>
public sealed class SearchCasesApiTests : IClassFixture<SearchCasesApiTests.Seeded>
{
    private readonly HttpClient _client;

    public SearchCasesApiTests(Seeded seeded) => _client = seeded.Factory.ClientFor(Roles.Coordinator);

    public sealed class Seeded : IAsyncLifetime
    {
        public ApiFactory Factory { get; } = new();

        public async Task InitializeAsync()
        {
            var client = Factory.ClientFor(Roles.Coordinator);
            for (var i = 1; i <= 25; i++)
            {
                var request = Requests.RegisterCase($"（2025）湘0681执{i}号", filedOn: new DateOnly(2025, 1, 1).AddDays(i * 5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                request["basis"] = new { issuer = "汨罗市人民法院", documentNumber = "（2024）湘0681民初1号", effectiveOn = "2024-12-20" };
                if (i == 7)
                {
                    request["respondents"] = new[] { Requests.Party("Township", "汨罗市长乐镇人民政府") };
                    request["applicants"] = new[] { Requests.Party("NaturalPerson", "吴桂兰"), Requests.Party("NaturalPerson", "兰芳") };
                }

                (await client.PostJsonAsync("/api/cases", request)).StatusCode.ShouldBe(HttpStatusCode.Created);
            }

            var resumed = Requests.RegisterCase("（2025）湘0681执恢3号", "2025-06-01");
            (await client.PostJsonAsync("/api/cases", resumed)).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        public Task DisposeAsync()
        {
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task The_list_is_paged_with_total_and_a_default_page_size_of_20()
    {
        var page = await GetAsync("/api/cases");
        page.GetProperty("total").GetInt32().ShouldBe(26);
        page.GetProperty("page").GetInt32().ShouldBe(1);
        page.GetProperty("pageSize").GetInt32().ShouldBe(20);
        page.GetProperty("items").GetArrayLength().ShouldBe(20);

        var second = await GetAsync("/api/cases?page=2");
        second.GetProperty("items").GetArrayLength().ShouldBe(6);
    }

    [Fact]
    public async Task A_page_size_above_100_is_capped() =>
        (await GetAsync("/api/cases?pageSize=500")).GetProperty("pageSize").GetInt32().ShouldBe(100);

    [Theory]
    [InlineData("（2025）湘0681执7号")]
    [InlineData("(2025)湘0681执7号")]
    public async Task The_number_filter_is_exact_in_either_parenthesis_style(string number)
    {
        var page = await GetAsync("/api/cases?number=" + Uri.EscapeDataString(number));
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("caseNumber").GetString()).ShouldBe(["（2025）湘0681执7号"]);
    }

    [Fact]
    public async Task Q_finds_a_party_name_fragment() =>
        Numbers(await GetAsync("/api/cases?q=" + Uri.EscapeDataString("长乐镇"))).ShouldBe(["（2025）湘0681执7号"]);

    [Theory]
    [InlineData("桂兰")] // a two-character fragment of a name: the fragment index's pairs
    [InlineData("长乐")]
    [InlineData("吴")] // one character: no pair to look up, matched by LIKE alone
    [InlineData("兰芳")]
    [InlineData("执7号")] // a case-number fragment, which 执17号 does not contain
    [InlineData("湘0681执7")]
    public async Task Q_finds_two_character_and_number_fragments(string fragment)
    {
        var page = await GetAsync("/api/cases?q=" + Uri.EscapeDataString(fragment));
        Numbers(page).ShouldBe(["（2025）湘0681执7号"]);
        page.GetProperty("total").GetInt32().ShouldBe(1);
        page.GetProperty("totalIsCapped").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Pairs_that_stand_side_by_side_only_across_two_names_are_no_match()
    {
        // 吴桂兰 and 兰芳 are two parties: their pairs 桂兰 and 兰芳 are neighbours in the index, but no name contains 桂兰芳.
        Numbers(await GetAsync("/api/cases?q=" + Uri.EscapeDataString("桂兰芳"))).ShouldBeEmpty();
        Numbers(await GetAsync("/api/cases?q=" + Uri.EscapeDataString("桂兰|兰芳"))).ShouldBe(["（2025）湘0681执7号"]);
    }

    [Fact]
    public async Task A_fragment_with_filters_matches_both()
    {
        Numbers(await GetAsync("/api/cases?q=" + Uri.EscapeDataString("执恢") + "&caseType=ResumedEnforcement")).ShouldBe(["（2025）湘0681执恢3号"]);
        Numbers(await GetAsync("/api/cases?q=" + Uri.EscapeDataString("执恢") + "&caseType=FirstEnforcement")).ShouldBeEmpty();
        (await GetAsync("/api/cases?q=" + Uri.EscapeDataString("陈海涛") + "&pageSize=5&page=2")).GetProperty("total").GetInt32().ShouldBe(25);
    }

    [Theory]
    [InlineData("-filedOn")]
    [InlineData("filedOn")]
    [InlineData("deadline")]
    public async Task Reading_by_cursor_gives_the_same_rows_as_reading_by_page(string sort)
    {
        var byPage = new List<string?>();
        for (var page = 1; page <= 3; page++)
        {
            byPage.AddRange(Numbers(await GetAsync($"/api/cases?sort={sort}&pageSize=10&page={page}")));
        }

        var byCursor = new List<string?>();
        string? after = null;
        for (var read = 0; read < 5; read++)
        {
            var page = await GetAsync($"/api/cases?sort={sort}&pageSize=10" + (after is null ? "" : "&after=" + after));
            page.GetProperty("total").GetInt32().ShouldBe(26); // the whole list, wherever the page starts
            byCursor.AddRange(Numbers(page));
            after = page.GetProperty("next").GetString();
            if (after is null)
            {
                break;
            }
        }

        byCursor.ShouldBe(byPage);
        byCursor.Count.ShouldBe(26);
    }

    [Fact]
    public async Task A_cursor_continues_with_the_filters_and_ends_with_a_null_next()
    {
        var first = await GetAsync("/api/cases?q=" + Uri.EscapeDataString("陈海涛") + "&pageSize=20");
        var rest = await GetAsync("/api/cases?q=" + Uri.EscapeDataString("陈海涛") + "&pageSize=20&after=" + first.GetProperty("next").GetString());

        Numbers(rest).Count.ShouldBe(5);
        Numbers(first).Concat(Numbers(rest)).Distinct().Count().ShouldBe(25);
        rest.GetProperty("next").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Theory]
    [InlineData("/api/cases?after=nonsense")]
    [InlineData("/api/cases?after=f20250616.00000000000000000000000000000000&page=2")]
    [InlineData("/api/cases?sort=deadline&after=f20250616.00000000000000000000000000000000")] // a cursor of another sort
    [InlineData("/api/cases?sort=filedOn&after=f20250616.00000000000000000000000000000000")] // newest first, read oldest first
    [InlineData("/api/cases?due=noHandler&after=f20250616.00000000000000000000000000000000")] // that worklist reads oldest first
    [InlineData("/api/cases?after=f20251332.00000000000000000000000000000000")]
    public async Task A_bad_cursor_is_a_400_problem(string url) =>
        await CasesApiTests.ShouldBeProblem(await _client.GetAsync(url), HttpStatusCode.BadRequest, "validation.failed");

    [Fact]
    public async Task Flags_and_type_filter_the_list()
    {
        Numbers(await GetAsync("/api/cases?publicBodyDebtor=true")).ShouldBeEmpty(); // a township party is no public-body debtor until linked (ObligationsApiTests)
        Numbers(await GetAsync("/api/cases?enterpriseRelated=false")).ShouldBe(["（2025）湘0681执7号"]);
        Numbers(await GetAsync("/api/cases?caseType=ResumedEnforcement")).ShouldBe(["（2025）湘0681执恢3号"]);
        (await GetAsync("/api/cases?status=Filed")).GetProperty("total").GetInt32().ShouldBe(26);
    }

    [Fact]
    public async Task Filing_dates_filter_inclusively_and_sort_ascending_on_request()
    {
        var page = await GetAsync("/api/cases?filedFrom=2025-01-06&filedTo=2025-01-16&sort=filedOn");
        Numbers(page).ShouldBe(["（2025）湘0681执1号", "（2025）湘0681执2号", "（2025）湘0681执3号"]);
    }

    [Fact]
    public async Task The_default_sort_is_newest_filing_first()
    {
        var page = await GetAsync("/api/cases?pageSize=2");
        Numbers(page).ShouldBe(["（2025）湘0681执恢3号", "（2025）湘0681执25号"]);
    }

    [Fact]
    public async Task Sorting_by_deadline_puts_the_nearest_deadline_first()
    {
        var items = (await GetAsync("/api/cases?sort=deadline&pageSize=100")).GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("deadline").GetString()!).ToList();
        items.ShouldBe(items.Order(StringComparer.Ordinal).ToList());
    }

    [Theory]
    [InlineData("/api/cases?sort=amount", "validation.failed")]
    [InlineData("/api/cases?page=0", "validation.failed")]
    [InlineData("/api/cases?number=abc", "validation.failed")]
    [InlineData("/api/cases?filedFrom=2025-02-01&filedTo=2025-01-01", "validation.failed")]
    [InlineData("/api/cases?status=Nope", "request.malformed")]
    [InlineData("/api/cases?filedFrom=yesterday", "request.malformed")]
    public async Task Bad_filters_are_400_problems(string url, string code) =>
        await CasesApiTests.ShouldBeProblem(await _client.GetAsync(url), HttpStatusCode.BadRequest, code);

    private async Task<JsonElement> GetAsync(string url)
    {
        var response = await _client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.ReadJsonAsync();
    }

    private static List<string?> Numbers(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("caseNumber").GetString()).ToList();
}
