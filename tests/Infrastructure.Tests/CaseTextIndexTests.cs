using Enforcement.Domain.Tests.Support;
using Enforcement.Infrastructure.Persistence.Search;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Infrastructure.Tests;

/// <summary>The fragment index on SQLite: FTS5 over pairs of characters, written with each case.</summary>
public sealed class CaseTextIndexTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly Guid _xiangjiang;
    private readonly Guid _chutian;

    public CaseTextIndexTests()
    {
        using var db = _database.NewContext();
        var xiangjiang = TestData.RegisterCase("（2025）湘0681执101号", respondents: [TestData.Enterprise("湖南湘江建材有限公司")]);
        var chutian = TestData.RegisterCase("（2025）湘0681执102号", respondents: [TestData.Enterprise("汨罗市楚天建材有限公司")]);
        db.Cases.AddRange(xiangjiang, chutian);
        db.SaveChanges();
        _xiangjiang = xiangjiang.Id;
        _chutian = chutian.Id;
    }

    [Fact]
    public async Task A_registered_case_is_found_by_a_two_character_fragment_through_the_index()
    {
        using var db = _database.NewContext();
        var index = new CaseTextIndex(db, _database.Provider);

        (await index.FindAsync("湘江", 10, CancellationToken.None)).Ids.ShouldBe([_xiangjiang]);
        (await index.FindAsync("建材", 10, CancellationToken.None)).Ids!.Order().ShouldBe(new[] { _xiangjiang, _chutian }.Order());
        (await index.FindAsync("（2025）湘0681执102号", 10, CancellationToken.None)).Ids.ShouldBe([_chutian]);
        (await index.FindAsync("江西", 10, CancellationToken.None)).Ids.ShouldBeEmpty();
    }

    [Fact]
    public async Task Rows_without_number_tokens_get_them_from_the_refresher_and_a_number_fragment_then_finds_them()
    {
        using (var db = _database.NewContext())
        {
            // Rows as the index wrote them before number tokens: the pairs only.
            foreach (var entry in await db.CaseSearchEntries.ToListAsync())
            {
                db.Entry(entry).Property(e => e.Grams).CurrentValue = string.Join(' ', Domain.Common.SearchText.Bigrams(entry.Text).SelectMany(pairs => pairs));
            }

            await db.SaveChangesAsync();
        }

        using var check = _database.NewContext();
        var index = new CaseTextIndex(check, _database.Provider);
        (await index.FindAsync("执102", 10, CancellationToken.None)).Ids.ShouldBeEmpty();

        (await new FragmentIndexRefresher(check, _database.Provider).RefreshAsync()).ShouldBe(2);

        (await index.FindAsync("执102", 10, CancellationToken.None)).Ids.ShouldBe([_chutian]);
        (await index.FindAsync("0681执10", 10, CancellationToken.None)).Ids!.Order().ShouldBe(new[] { _xiangjiang, _chutian }.Order());
        (await new FragmentIndexRefresher(check, _database.Provider).RefreshAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_candidate_whose_pairs_stand_one_after_another_across_two_names_is_not_a_match()
    {
        using (var db = _database.NewContext())
        {
            // 张湘江|江南…: the pairs 湘江 and 江南 follow each other in the index, but the text has no 湘江南.
            db.Cases.Add(TestData.RegisterCase(
                "（2025）湘0681执103号", applicants: [TestData.Person("张湘江")], respondents: [TestData.Enterprise("江南建材有限公司")]));
            await db.SaveChangesAsync();
        }

        using var check = _database.NewContext();
        var index = new CaseTextIndex(check, _database.Provider);

        (await _database.Provider.EntriesWith(check, new([["湘江", "江南"]], [])).CountAsync()).ShouldBe(1);
        (await index.FindAsync("湘江南", 10, CancellationToken.None)).Ids.ShouldBeEmpty();
        (await index.FindAsync("江|江南", 10, CancellationToken.None)).Ids.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_fragment_without_a_pair_is_not_narrowed_and_one_matching_more_cases_than_the_limit_is_too_common()
    {
        using var db = _database.NewContext();
        var index = new CaseTextIndex(db, _database.Provider);

        (await index.FindAsync("湘", 10, CancellationToken.None)).ShouldBe(Application.Abstractions.TextMatches.NotNarrowed);
        var common = await index.FindAsync("有限公司", 1, CancellationToken.None);
        common.Ids.ShouldBeNull();
        common.MoreThanLimit.ShouldBeTrue();
    }

    [Fact]
    public async Task The_backfill_writes_the_rows_of_cases_that_have_none_and_the_text_index_follows()
    {
        using (var db = _database.NewContext())
        {
            await db.CaseSearchEntries.Where(e => e.CaseId == _chutian).ExecuteDeleteAsync();
            (await new CaseTextIndex(db, _database.Provider).FindAsync("楚天", 10, CancellationToken.None)).Ids.ShouldBeEmpty();
        }

        using (var db = _database.NewContext())
        {
            (await new CaseSearchBackfill(db).FillAsync()).ShouldBe(1);
            (await new CaseSearchBackfill(db).FillAsync()).ShouldBe(0);
            (await new CaseTextIndex(db, _database.Provider).FindAsync("楚天", 10, CancellationToken.None)).Ids.ShouldBe([_chutian]);
        }
    }

    [Fact]
    public async Task The_candidates_are_read_from_the_FTS5_index()
    {
        if (!_database.IsSqlite)
        {
            return; // SQLite's own plan; the same reads on PostgreSQL are checked by their results
        }

        using var db = _database.NewContext();
        var query = _database.Provider.EntriesWith(db, new([["湘江"]], [])).Select(e => e.CaseId).Take(11);

        var plan = string.Join('\n', await TestDatabase.QueryPlanAsync(db, query));

        plan.ShouldContain("VIRTUAL TABLE INDEX");
        plan.ShouldNotContain("SCAN e");
    }

    public void Dispose() => _database.Dispose();
}

/// <summary>What every SQLite connection runs with.</summary>
public sealed class SqliteConnectionSettingsTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"enforcement-settings-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Every_connection_the_provider_opens_waits_for_a_competing_writer_inside_SQLite()
    {
        var options = new DbContextOptionsBuilder<Persistence.EnforcementDbContext>();
        TestDatabase.SqliteProvider.Configure(options, $"Data Source={_file}");
        using var db = new Persistence.EnforcementDbContext(options.Options);

        var timeout = await db.Database.SqlQueryRaw<int>("SELECT timeout AS \"Value\" FROM pragma_busy_timeout").SingleAsync();

        timeout.ShouldBe(Persistence.Providers.SqliteConnectionSettings.BusyTimeoutMilliseconds);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }
}
