using Enforcement.Application.Auditing;
using Enforcement.Domain.Tests.Support;
using Enforcement.Infrastructure.Persistence;

namespace Enforcement.Infrastructure.Tests;

/// <summary>The number the dashboard's snapshots are checked against moves with every committed change to an aggregate, and only then.</summary>
public sealed class DataVersionTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly DataVersion _version = new(seesEveryChange: true);

    [Fact]
    public async Task A_save_of_an_aggregate_moves_it_and_a_save_of_audit_rows_alone_does_not()
    {
        using (var db = _database.NewContext(version: _version))
        {
            db.Staff.Add(TestData.Officer("刘建军"));
            await db.SaveChangesAsync();
        }

        _version.Current.ShouldBe(1);
        using (var db = _database.NewContext(version: _version))
        {
            db.AuditEntries.Add(new AuditEntry(DateTime.UtcNow, null, "leader", "", "Read", "EnforcementCase", null, "读取案件", AuditOutcome.Succeeded));
            await db.SaveChangesAsync();
        }

        _version.Current.ShouldBe(1);
    }

    [Fact]
    public async Task A_save_inside_an_explicit_transaction_moves_it_again_when_the_transaction_commits()
    {
        using var db = _database.NewContext(version: _version);
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Staff.Add(TestData.Leader("彭志远"));
        await db.SaveChangesAsync();
        _version.Current.ShouldBe(1);

        await transaction.CommitAsync();
        _version.Current.ShouldBe(2); // a dashboard computed between the save and the commit is not current

        await using var next = await db.Database.BeginTransactionAsync();
        await next.CommitAsync();
        _version.Current.ShouldBe(2); // a transaction that saved no aggregate moves nothing
    }

    public void Dispose() => _database.Dispose();
}
