using Enforcement.Domain.Tests.Support;
using Enforcement.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Infrastructure.Tests;

public sealed class SearchTextRefresherTests : IDisposable
{
    private readonly TestDatabase _database = new();

    [Fact]
    public async Task Rows_stored_before_normalized_search_are_brought_to_it_in_batches()
    {
        if (!_database.IsSqlite)
        {
            return; // a step of SQLite's migration history; PostgreSQL's schema starts with normalized text
        }

        using (var db = _database.NewContext())
        {
            for (var i = 1; i <= 1_205; i++)
            {
                db.Cases.Add(TestData.RegisterCase($"（2025）湘0681执{i}号"));
            }

            db.Staff.Add(TestData.Officer("Zhāng Wěi"));
            await db.SaveChangesAsync();

            // As a database written before the migration holds them: full-width parentheses, names as typed.
            await db.Database.ExecuteSqlRawAsync("UPDATE Cases SET SearchText = '（2025）湘0681执' || substr(CaseNumber, 13) || '|MÜLLER'");
            await db.Database.ExecuteSqlRawAsync("UPDATE Staff SET SearchName = ''");
        }

        using (var db = _database.NewContext())
        {
            (await new SearchTextRefresher(db).RefreshAsync()).ShouldBe(1_206);
            (await new SearchTextRefresher(db).RefreshAsync()).ShouldBe(0);
        }

        using var check = _database.NewContext();
        (await check.Cases.CountAsync(c => c.SearchText.StartsWith("(2025)") && c.SearchText.EndsWith("|muller"))).ShouldBe(1_205);
        (await check.Staff.SingleAsync()).SearchName.ShouldBe("zhang wei");
    }

    public void Dispose() => _database.Dispose();
}
