using Enforcement.Application.Cases.SearchCases;
using Enforcement.Application.Cases.Specifications;
using Enforcement.Application.Errors;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.Tests.Support;
using Enforcement.Infrastructure.Persistence;
using Enforcement.Infrastructure.Persistence.Specifications;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Infrastructure.Tests;

public sealed class ConcurrencyAndQueryPlanTests : IDisposable
{
    private static readonly DateOnly Today = new(2025, 6, 16);
    private readonly TestDatabase _database = new();
    private readonly Guid _caseId;

    public ConcurrencyAndQueryPlanTests()
    {
        using var db = _database.NewContext();
        var @case = TestData.RegisterCase(filedOn: new DateOnly(2025, 3, 3), claimedYuan: 10_000m);
        db.Cases.Add(@case);
        db.SaveChanges();
        _caseId = @case.Id;
    }

    [Fact]
    public async Task A_change_confined_to_an_owned_collection_still_moves_the_version()
    {
        using var db = _database.NewContext();
        var repository = new EfRepository<EnforcementCase>(db, _database.Provider);
        var @case = (await repository.FirstOrDefaultAsync(new CaseForChangeSpec(_caseId), CancellationToken.None))!;
        @case.RecordMeasure(MeasureKind.Seal, new DateOnly(2025, 3, 5), "查封厂房", null, "湘(2023)汨罗市不动产权第0012345号", null, null, false, TestData.Context(Today));
        await repository.SaveChangesAsync(CancellationToken.None);

        @case.Version.ShouldBe(2);
        using var check = _database.NewContext();
        (await check.Cases.AsNoTracking().SingleAsync(c => c.Id == _caseId)).Version.ShouldBe(2);
    }

    [Fact]
    public async Task The_second_of_two_concurrent_writers_gets_a_conflict_and_overwrites_nothing()
    {
        using var first = _database.NewContext();
        using var second = _database.NewContext();
        var firstCase = (await new EfRepository<EnforcementCase>(first, _database.Provider).FirstOrDefaultAsync(new CaseForChangeSpec(_caseId), CancellationToken.None))!;
        var secondCase = (await new EfRepository<EnforcementCase>(second, _database.Provider).FirstOrDefaultAsync(new CaseForChangeSpec(_caseId), CancellationToken.None))!;

        firstCase.RecordPayment(Money.FromYuan(1_000m), Today, PaymentSource.Voluntary, null, TestData.Context(Today, "王丽娟"));
        await new EfRepository<EnforcementCase>(first, _database.Provider).SaveChangesAsync(CancellationToken.None);

        secondCase.RecordPayment(Money.FromYuan(2_000m), Today, PaymentSource.Voluntary, null, TestData.Context(Today, "陈志刚"));
        var error = await Should.ThrowAsync<ConcurrencyConflictException>(() => new EfRepository<EnforcementCase>(second, _database.Provider).SaveChangesAsync(CancellationToken.None));
        error.Code.ShouldBe("concurrency.conflict");

        // The failed save left its context as it found it: the version it read, and none of the rows it added.
        secondCase.Version.ShouldBe(1);
        second.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ShouldBeEmpty();
        secondCase.Appended.ShouldNotBeEmpty(); // the payment and its timeline line wait on the aggregate

        using var check = _database.NewContext();
        var stored = await check.Cases.AsNoTracking().SingleAsync(c => c.Id == _caseId);
        stored.RecoveredAmount.ShouldBe(Money.FromYuan(1_000m));
        (await check.Set<CasePayment>().AsNoTracking().Where(p => p.CaseId == _caseId).ToListAsync()).ShouldHaveSingleItem().RecordedBy.ShouldBe("王丽娟");
    }

    [Theory]
    [InlineData("overdue", "IX_Cases_Status_Deadline_Id")]
    [InlineData("within5days", "IX_Cases_Status_Deadline_Id")]
    [InlineData("noHandler", "IX_Cases_HandlerId_FiledOn_Id_Status")]
    [InlineData("reinquiryDue", "IX_Cases_NextReinquiryDueOn_Id_ReinquiryEndsOn")]
    public async Task Each_worklist_is_counted_in_an_index(string due, string index)
    {
        if (!_database.IsSqlite)
        {
            return; // SQLite's own plan; the same reads on PostgreSQL are checked by their results
        }

        using var db = _database.NewContext();
        var spec = new CasesMatchingFilterSpec(new SearchCasesQuery(Due: due), pageSize: 20, Today);
        var plan = string.Join('\n', await TestDatabase.QueryPlanAsync(db, SpecificationEvaluator.Apply(db.Cases, spec, forCount: true).Select(c => c.Id)));
        plan.ShouldContain("COVERING INDEX " + index, Case.Sensitive, plan);
    }

    /// <summary>
    /// Each worklist's first page, in its own order (no <c>sort</c>) or in filing order, is a range of one index: its
    /// rows are checked in the index and read in order, however many cases come before the first one that matches.
    /// </summary>
    [Theory]
    [InlineData("overdue", null, "IX_Cases_Status_Deadline_Id")]
    [InlineData("within5days", null, "IX_Cases_Status_Deadline_Id")]
    [InlineData("noHandler", null, "IX_Cases_HandlerId_FiledOn_Id_Status")]
    [InlineData("reinquiryDue", null, "IX_Cases_NextReinquiryDueOn_Id_ReinquiryEndsOn")]
    [InlineData("reinquiryDue", "reinquiryDueOn", "IX_Cases_NextReinquiryDueOn_Id_ReinquiryEndsOn")]
    [InlineData("overdue", "-filedOn", "IX_Cases_Status_FiledOn_Id_Deadline")]
    [InlineData("within5days", "-filedOn", "IX_Cases_Status_FiledOn_Id_Deadline")]
    [InlineData("noHandler", "-filedOn", "IX_Cases_HandlerId_FiledOn_Id_Status")]
    [InlineData("reinquiryDue", "-filedOn", "IX_Cases_FiledOn_Id_CaseType_NextReinquiryDueOn_ReinquiryEndsOn")]
    public async Task Each_worklist_s_page_is_read_in_its_order_from_an_index_without_sorting(string due, string? sort, string index)
    {
        if (!_database.IsSqlite)
        {
            return; // SQLite's own plan; the same reads on PostgreSQL are checked by their results
        }

        using var db = _database.NewContext();
        await db.Database.ExecuteSqlRawAsync("ANALYZE;");
        var spec = new CasesMatchingFilterSpec(new SearchCasesQuery(Due: due, Sort: sort), pageSize: 20, Today);

        var plan = string.Join('\n', await TestDatabase.QueryPlanAsync(db, SpecificationEvaluator.Apply(db.Cases, spec).Select(c => c.Id)));

        plan.ShouldContain("COVERING INDEX " + index, Case.Sensitive, plan);
        plan.ShouldNotContain("TEMP B-TREE", Case.Sensitive, plan);
    }

    [Theory]
    [InlineData(CaseStatus.Closed, "-filedOn")]
    [InlineData(CaseStatus.Filed, "filedOn")]
    [InlineData(CaseStatus.Paused, null)]
    public async Task A_status_filter_reads_its_page_in_filing_order_from_an_index_without_sorting(CaseStatus status, string? sort)
    {
        if (!_database.IsSqlite)
        {
            return; // SQLite's own plan; the same reads on PostgreSQL are checked by their results
        }

        using var db = _database.NewContext();
        var spec = new CasesMatchingFilterSpec(new SearchCasesQuery(Status: status, Sort: sort), pageSize: 20, Today);

        var plan = string.Join('\n', await TestDatabase.QueryPlanAsync(db, SpecificationEvaluator.Apply(db.Cases, spec).Select(c => c.Id)));

        plan.ShouldContain("IX_Cases_Status_FiledOn_Id_Deadline");
        plan.ShouldNotContain("TEMP B-TREE");
    }

    [Theory]
    [InlineData(null, "-filedOn", "f20250303.")]
    [InlineData(CaseStatus.Closed, "-filedOn", "f20250303.")]
    [InlineData(CaseStatus.Filed, "filedOn", "a20250303.")]
    [InlineData(CaseStatus.Closed, "deadline", "d20250303.")]
    [InlineData(null, "deadline", "d20250303.")]
    public async Task A_page_after_a_cursor_is_a_range_of_the_list_s_index_without_sorting(CaseStatus? status, string sort, string cursorPrefix)
    {
        if (!_database.IsSqlite)
        {
            return; // SQLite's own plan; the same reads on PostgreSQL are checked by their results
        }

        using var db = _database.NewContext();
        var after = cursorPrefix + Guid.NewGuid().ToString("N");
        var spec = new CasesMatchingFilterSpec(new SearchCasesQuery(Status: status, Sort: sort, After: after), pageSize: 20, Today);

        var plan = string.Join('\n', await TestDatabase.QueryPlanAsync(db, SpecificationEvaluator.Apply(db.Cases, spec).Select(c => c.Id)));

        plan.ShouldContain((status, sort) switch
        {
            (null, "deadline") => "IX_Cases_Deadline_Id",
            (_, "deadline") => "IX_Cases_Status_Deadline_Id",
            (null, _) => "IX_Cases_FiledOn_Id",
            _ => "IX_Cases_Status_FiledOn_Id_Deadline",
        }, Case.Sensitive, plan);
        plan.ShouldNotContain("TEMP B-TREE", Case.Sensitive, plan);
        plan.ShouldContain(sort switch { "filedOn" => "FiledOn>?", "deadline" => "Deadline>?", _ => "FiledOn<?" }, Case.Sensitive, plan);
    }

    [Theory]
    [InlineData("overdue", "d20250303.", "IX_Cases_Status_Deadline_Id", "Deadline>?")]
    [InlineData("reinquiryDue", "r20250303.", "IX_Cases_NextReinquiryDueOn_Id_ReinquiryEndsOn", "NextReinquiryDueOn>?")]
    [InlineData("noHandler", "a20250303.", "IX_Cases_HandlerId_FiledOn_Id_Status", "FiledOn>?")]
    public async Task A_worklist_s_page_after_a_cursor_is_a_range_of_its_own_index_without_sorting(string due, string cursorPrefix, string index, string range)
    {
        if (!_database.IsSqlite)
        {
            return; // SQLite's own plan; the same reads on PostgreSQL are checked by their results
        }

        using var db = _database.NewContext();
        await db.Database.ExecuteSqlRawAsync("ANALYZE;");
        var spec = new CasesMatchingFilterSpec(new SearchCasesQuery(Due: due, After: cursorPrefix + Guid.NewGuid().ToString("N")), pageSize: 20, Today);

        var plan = string.Join('\n', await TestDatabase.QueryPlanAsync(db, SpecificationEvaluator.Apply(db.Cases, spec).Select(c => c.Id)));

        plan.ShouldContain(index, Case.Sensitive, plan);
        plan.ShouldContain(range, Case.Sensitive, plan);
        plan.ShouldNotContain("TEMP B-TREE", Case.Sensitive, plan);
    }

    public void Dispose() => _database.Dispose();
}
