using BenchmarkDotNet.Attributes;
using Enforcement.Domain.Calendar;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Infrastructure.Calendar;
using Microsoft.Extensions.Configuration;

namespace Enforcement.Benchmarks;

/// <summary>
/// The pure computations every request leans on: counting a legal period with the official holiday lists, parsing a
/// case number, and splitting a registration's search text into the fragment index's pairs of characters.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class DomainBenchmarks
{
    private static readonly LegalCalendar Calendar = new(HolidayLists.Load(new ConfigurationBuilder().Build()));
    private static readonly DateOnly Filed = new(2025, 9, 26); // six months end in the Spring Festival of 2026

    private const string SearchTextOfOneCase = "(2025)湘0681执1234号|湖南楚天建设工程有限公司|汨罗市宏远建材有限公司|陈海涛";

    [Benchmark(Description = "LegalCalendar: 6 months from filing, over the Spring Festival")]
    public DateOnly SixMonths() => Calendar.EndOfMonths(Filed, 6);

    [Benchmark(Description = "LegalCalendar: 15 working days over National Day")]
    public DateOnly FifteenWorkingDays() => Calendar.EndOfWorkingDays(new DateOnly(2025, 9, 28), 15);

    [Benchmark(Description = "CaseNumber.Parse (full-width parentheses)")]
    public CaseNumber ParseNumber() => CaseNumber.Parse("（2025）湘0681执恢1234号");

    [Benchmark(Description = "SearchText: normalize and split into pairs (one case)")]
    public string Bigrams() => SearchText.IndexedTokens(SearchText.Normalize(SearchTextOfOneCase));
}
