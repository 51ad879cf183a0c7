using System.Net;
using System.Text.Json;
using Enforcement.Application.Security;

namespace Enforcement.Api.Tests;

/// <summary>
/// A case-number fragment with three or more digits in a row is looked up by its number token: the list holds exactly
/// the cases whose number contains the fragment, on either engine.
/// </summary>
public sealed class NumberFragmentApiTests : IClassFixture<NumberFragmentApiTests.Seeded>
{
    private readonly HttpClient _client;

    public NumberFragmentApiTests(Seeded seeded) => _client = seeded.Factory.ClientFor(Roles.Coordinator);

    public sealed class Seeded : IAsyncLifetime
    {
        public ApiFactory Factory { get; } = new();

        public async Task InitializeAsync()
        {
            var client = Factory.ClientFor(Roles.Coordinator);
            foreach (var number in new[] { "（2025）湘0681执1234号", "（2025）湘0681执11234号", "（2025）湘0681执12345号", "（2025）湘0681执1243号", "（2025）湘0681执恢234号" })
            {
                (await client.PostJsonAsync("/api/cases", Requests.RegisterCase(number))).StatusCode.ShouldBe(HttpStatusCode.Created);
            }
        }

        public Task DisposeAsync()
        {
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }

    [Theory]
    [InlineData("执1234", new[] { "执1234号", "执12345号" })] // not 执11234号: the 1 before is not 执
    [InlineData("1234号", new[] { "执1234号", "执11234号" })]
    [InlineData("234", new[] { "执1234号", "执11234号", "执12345号", "执恢234号" })]
    [InlineData("湘0681执1234", new[] { "执1234号", "执12345号" })] // two runs of digits, two tokens
    [InlineData("执恢234号", new[] { "执恢234号" })]
    [InlineData("执125", new string[0])] // its token n125 is in no number
    [InlineData("执12", new[] { "执1234号", "执12345号", "执1243号" })] // two digits: found by the pairs alone
    public async Task A_number_fragment_finds_exactly_the_cases_whose_number_contains_it(string fragment, string[] expected)
    {
        var page = await (await _client.GetAsync("/api/cases?pageSize=100&q=" + Uri.EscapeDataString(fragment))).ReadJsonAsync();

        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("caseNumber").GetString()!["（2025）湘0681".Length..])
            .Order(StringComparer.Ordinal).ShouldBe(expected.Order(StringComparer.Ordinal));
        page.GetProperty("total").GetInt32().ShouldBe(expected.Length);
    }
}
