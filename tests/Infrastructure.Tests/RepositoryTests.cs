using Enforcement.Application.Cases;
using Enforcement.Application.Cases.Specifications;
using Enforcement.Application.Errors;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Tests.Support;
using Enforcement.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Infrastructure.Tests;

public sealed class RepositoryTests : IDisposable
{
    private readonly TestDatabase _database = new();

    [Fact]
    public async Task Saving_a_new_case_sets_version_1_and_writes_its_event_to_the_outbox_in_the_same_save()
    {
        var @case = TestData.RegisterCase();
        using (var db = _database.NewContext())
        {
            var repository = new EfRepository<EnforcementCase>(db, _database.Provider);
            repository.Add(@case);
            await repository.SaveChangesAsync(CancellationToken.None);
        }

        @case.Version.ShouldBe(1);
        @case.DomainEvents.ShouldBeEmpty();
        using var check = _database.NewContext();
        var message = check.OutboxMessages.ShouldHaveSingleItem();
        message.Type.ShouldBe(typeof(CaseRegistered).FullName);
        message.Payload.ShouldContain("（2025）湘0681执1234号"); // UTF-8, not \u escapes
        Outbox.DomainEventTypes.Read(message.Type, message.Payload).ShouldBeOfType<CaseRegistered>().CaseNumber.ShouldBe("（2025）湘0681执1234号");
    }

    [Fact]
    public async Task A_number_stored_under_an_earlier_rule_still_reads_back()
    {
        var @case = TestData.RegisterCase(number: "（2025）湘0681执78号");
        await SaveAsync(@case);
        using (var db = _database.NewContext())
        {
            // 相 is no province's abbreviation: a number entered before the court-code rule existed.
            await db.Database.ExecuteSqlAsync($"UPDATE \"Cases\" SET \"CaseNumber\" = {"（2025）相0681执78号"} WHERE \"Id\" = {@case.Id}");
        }

        using var check = _database.NewContext();
        (await check.Cases.AsNoTracking().SingleAsync(c => c.Id == @case.Id)).Number.Value.ShouldBe("（2025）相0681执78号");
    }

    [Fact]
    public async Task A_duplicate_number_is_refused_by_the_unique_index_and_writes_no_event()
    {
        await SaveAsync(TestData.RegisterCase(number: "（2025）湘0681执77号"));

        using var db = _database.NewContext();
        var repository = new EfRepository<EnforcementCase>(db, _database.Provider);
        repository.Add(TestData.RegisterCase(number: "(2025)湘0681执77号"));
        await Should.ThrowAsync<UniqueConstraintException>(() => repository.SaveChangesAsync(CancellationToken.None));
        using var check = _database.NewContext();
        check.OutboxMessages.Count().ShouldBe(1);
    }

    [Fact]
    public async Task A_case_reads_back_with_its_parties_money_and_basis_in_one_query()
    {
        var @case = TestData.RegisterCase(applicants: [TestData.Enterprise("湖南佳禾食品有限公司")], respondents: [TestData.Person("周国平", TestData.HunanResidentId), TestData.Township()], claimedYuan: 88_888.88m);
        await SaveAsync(@case);

        using var db = _database.NewContext();
        _database.Sql.Clear();
        var detail = await new EfRepository<EnforcementCase>(db, _database.Provider)
            .FirstOrDefaultAsync(new CaseByIdSpec(@case.Id), q => q.ProjectToDetail(), CancellationToken.None);

        _database.Sql.Count.ShouldBe(1);
        detail.ShouldNotBeNull();
        detail.CaseNumber.ShouldBe("（2025）湘0681执1234号");
        detail.ClaimedAmount.ShouldBe(88_888.88m);
        detail.Basis.DocumentNumber.ShouldBe("（2024）湘0681民初2345号");
        detail.Applicants.ShouldHaveSingleItem().Name.ShouldBe("湖南佳禾食品有限公司");
        detail.Respondents.Select(r => r.Name).ShouldBe(["周国平", "汨罗市长乐镇人民政府"], ignoreOrder: true);
        detail.Respondents.Single(r => r.Name == "周国平").IdNumber.ShouldBe(TestData.HunanResidentId);
        detail.PublicBodyDebtor.ShouldBeFalse(); // a party kind alone is no link
        detail.Version.ShouldBe(1);
    }

    private async Task SaveAsync(EnforcementCase @case)
    {
        using var db = _database.NewContext();
        var repository = new EfRepository<EnforcementCase>(db, _database.Provider);
        repository.Add(@case);
        await repository.SaveChangesAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Loading_a_case_for_a_change_reads_none_of_its_append_only_history()
    {
        var @case = TestData.RegisterCase(number: "（2025）湘0681执78号");
        @case.AssignHandler(TestData.Officer(), new DateOnly(2025, 3, 4), TestData.Context(new DateOnly(2025, 3, 4)));
        @case.RecordPayment(Domain.Common.Money.FromYuan(500m), new DateOnly(2025, 3, 5), PaymentSource.Voluntary, "首期", TestData.Context(new DateOnly(2025, 3, 5)));
        await SaveAsync(@case);

        using var db = _database.NewContext();
        _database.Sql.Clear();
        var loaded = (await new EfRepository<EnforcementCase>(db, _database.Provider).FirstOrDefaultAsync(new CaseForChangeSpec(@case.Id), CancellationToken.None))!;
        loaded.RecoveredAmount.ShouldBe(Domain.Common.Money.FromYuan(500m));
        var sql = string.Join('\n', _database.Sql);
        sql.ShouldNotContain("CaseTimeline");
        sql.ShouldNotContain("CasePayments");
        sql.ShouldNotContain("CaseAssignments");

        // A change appends to the history without reading it.
        loaded.RecordPayment(Domain.Common.Money.FromYuan(700m), new DateOnly(2025, 3, 6), PaymentSource.Voluntary, null, TestData.Context(new DateOnly(2025, 3, 6)));
        await new EfRepository<EnforcementCase>(db, _database.Provider).SaveChangesAsync(CancellationToken.None);
        using var check = _database.NewContext();
        check.Set<CasePayment>().Count(p => p.CaseId == @case.Id).ShouldBe(2);
        check.Set<TimelineEntry>().Count(e => e.CaseId == @case.Id).ShouldBe(4);
    }

    public void Dispose() => _database.Dispose();
}
