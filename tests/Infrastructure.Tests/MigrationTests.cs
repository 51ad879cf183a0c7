using Microsoft.EntityFrameworkCore;

namespace Enforcement.Infrastructure.Tests;

public sealed class MigrationTests
{
    [Fact]
    public void The_migrations_match_the_model()
    {
        using var database = new SqliteDatabase();
        using var db = database.NewContext();
        db.Database.HasPendingModelChanges().ShouldBeFalse();
        db.Database.GetPendingMigrations().ShouldBeEmpty();
    }

    [Fact]
    public void Every_case_filter_column_has_an_index()
    {
        using var database = new SqliteDatabase();
        using var db = database.NewContext();
        var indexes = db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'index' AND tbl_name = 'Cases'").ToList();
        indexes.ShouldContain("IX_Cases_CaseNumber");
        indexes.ShouldContain("IX_Cases_Status_Deadline");
        foreach (var column in new[] { "CaseType", "EnterpriseRelated", "PublicBodyDebtor", "FiledOn", "Deadline", "HandlerId", "NextReinquiryDueOn" })
        {
            indexes.ShouldContain($"IX_Cases_{column}");
        }
    }
}
