using System.Globalization;
using System.Net;
using System.Text.Json;
using Enforcement.Application.Security;

namespace Enforcement.Api.Tests;

/// <summary>
/// A fragment that is the list's only filter is paged from the fragment index's own rows (their filing dates), and only
/// the page's cases are read. The pages must be the list's: the same rows in the same order, ties on a filing date
/// broken by id as the database orders ids, by offset and by cursor alike.
/// </summary>
public sealed class FragmentPagingApiTests : IClassFixture<FragmentPagingApiTests.Seeded>
{
    private const int Cases = 11;
    private static readonly string Fragment = Uri.EscapeDataString("洞庭渔");
    private readonly HttpClient _client;

    public FragmentPagingApiTests(Seeded seeded) => _client = seeded.Factory.ClientFor(Roles.Coordinator);

    public sealed class Seeded : IAsyncLifetime
    {
        public ApiFactory Factory { get; } = new();

        public async Task InitializeAsync()
        {
            var client = Factory.ClientFor(Roles.Coordinator);
            for (var i = 1; i <= Cases; i++)
            {
                // Three filing dates for eleven cases (four, four and three), read three at a time: pages end inside a date.
                var request = Requests.RegisterCase($"（2025）湘0681执{800 + i}号", new DateOnly(2025, 6, 1).AddDays(i % 3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                request["applicants"] = new[] { Requests.Party("Enterprise", $"岳阳洞庭渔业第{i}合作社", creditCode: "91350100M000100Y43") };
                (await client.PostJsonAsync("/api/cases", request)).StatusCode.ShouldBe(HttpStatusCode.Created);
            }

            // A case that has the fragment's pairs, but not one after another in one name, is not in the list.
            var other = Requests.RegisterCase("（2025）湘0681执899号", "2025-06-02");
            other["applicants"] = new[] { Requests.Party("Enterprise", "洞庭湖建材有限公司", creditCode: "91350100M000100Y43") };
            other["respondents"] = new[] { Requests.Party("NaturalPerson", "庭渔", idNumber: "11010519491231002X") };
            (await client.PostJsonAsync("/api/cases", other)).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        public Task DisposeAsync()
        {
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("&sort=-filedOn")]
    [InlineData("&sort=filedOn")]
    public async Task Pages_by_offset_and_by_cursor_are_the_list_in_its_own_order(string sort)
    {
        // The same list read by the database: a filter that excludes nothing makes the fragment not the only filter.
        var list = await GetAsync($"/api/cases?q={Fragment}&filedFrom=2000-01-01&pageSize=100{sort}");
        var expected = Numbers(list);
        expected.Count.ShouldBe(Cases);
        expected.ShouldNotContain("（2025）湘0681执899号");

        var byPage = new List<string?>();
        for (var page = 1; page <= 5; page++)
        {
            var read = await GetAsync($"/api/cases?q={Fragment}&pageSize=3&page={page}{sort}");
            read.GetProperty("total").GetInt32().ShouldBe(Cases);
            read.GetProperty("totalIsCapped").GetBoolean().ShouldBeFalse();
            byPage.AddRange(Numbers(read));
        }

        var byCursor = new List<string?>();
        string? after = null;
        for (var reads = 0; reads < 6; reads++)
        {
            var read = await GetAsync($"/api/cases?q={Fragment}&pageSize=3{sort}" + (after is null ? "" : "&after=" + after));
            read.GetProperty("total").GetInt32().ShouldBe(Cases);
            byCursor.AddRange(Numbers(read));
            after = read.GetProperty("next").GetString();
            if (after is null)
            {
                break;
            }
        }

        byPage.ShouldBe(expected);
        byCursor.ShouldBe(expected);
    }

    [Fact]
    public async Task The_order_by_deadline_is_read_by_the_database_and_agrees()
    {
        var expected = Numbers(await GetAsync($"/api/cases?q={Fragment}&filedFrom=2000-01-01&pageSize=100&sort=deadline"));
        var first = await GetAsync($"/api/cases?q={Fragment}&pageSize=6&sort=deadline");
        var rest = await GetAsync($"/api/cases?q={Fragment}&pageSize=6&sort=deadline&after=" + first.GetProperty("next").GetString());

        Numbers(first).Concat(Numbers(rest)).ShouldBe(expected);
        rest.GetProperty("next").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    private async Task<JsonElement> GetAsync(string url)
    {
        var response = await _client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.ReadJsonAsync();
    }

    private static List<string?> Numbers(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("caseNumber").GetString()).ToList();
}
