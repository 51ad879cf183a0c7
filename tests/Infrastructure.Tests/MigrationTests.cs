using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Infrastructure.Tests;

public sealed class MigrationTests
{
    [Fact]
    public void The_migrations_match_the_model()
    {
        using var database = TestDatabase.Sqlite();
        using var db = database.NewContext();
        db.Database.HasPendingModelChanges().ShouldBeFalse();
        db.Database.GetPendingMigrations().ShouldBeEmpty();
    }

    [Fact]
    public void The_PostgreSQL_migrations_match_the_model()
    {
        // No server is needed to compare the model with the PostgreSQL migrations' snapshot.
        var options = new DbContextOptionsBuilder<Persistence.EnforcementDbContext>();
        new Persistence.Providers.PostgresDatabaseProvider().Configure(options, "Host=localhost;Database=unused");
        using var db = new Persistence.EnforcementDbContext(options.Options);
        db.Database.HasPendingModelChanges().ShouldBeFalse();
        db.Database.GetMigrations().ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData(Persistence.Providers.SqliteDatabaseProvider.ProviderName)]
    [InlineData(Persistence.Providers.PostgresDatabaseProvider.ProviderName)]
    public void Each_engine_s_compiled_model_matches_the_configurations(string engine)
    {
        // Regenerate with scripts/compile-models when this fails: the start-up uses the compiled model, not the configurations.
        var options = new DbContextOptionsBuilder<Persistence.EnforcementDbContext>();
        Persistence.Providers.IDatabaseProvider provider = engine == Persistence.Providers.SqliteDatabaseProvider.ProviderName
            ? new Persistence.Providers.SqliteDatabaseProvider(Path.GetTempPath())
            : new Persistence.Providers.PostgresDatabaseProvider();
        provider.Configure(options, engine == Persistence.Providers.SqliteDatabaseProvider.ProviderName ? "Data Source=:memory:" : "Host=localhost;Database=unused");
        using var db = new Persistence.EnforcementDbContext(options.Options);

        db.Model.GetType().Namespace.ShouldBe($"Enforcement.Infrastructure.Persistence.CompiledModels.{engine}");
        var configured = db.GetService<Microsoft.EntityFrameworkCore.Metadata.IDesignTimeModel>().Model;
        var (compiled, fromConfigurations) = (Describe(db.Model), Describe(configured));
        compiled.Except(fromConfigurations).ShouldBeEmpty("the compiled model has these, the configurations do not");
        fromConfigurations.Except(compiled).ShouldBeEmpty("the configurations have these, the compiled model does not");
    }

    /// <summary>What the database and the queries see of a model: tables, columns with their types and conversions, keys, indexes and relations.</summary>
    private static List<string> Describe(Microsoft.EntityFrameworkCore.Metadata.IModel model) =>
        [.. model.GetEntityTypes().SelectMany(type =>
        {
            var table = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Create(type, Microsoft.EntityFrameworkCore.Metadata.StoreObjectType.Table);
            return new[] { $"-> {type.GetSchema()}.{type.GetTableName()} owned={type.IsOwned()}" }
                .Concat(type.GetProperties().Select(p =>
                    $"{p.Name} {p.ClrType.Name} col={(table is { } t ? p.GetColumnName(t) : null)} type={p.GetColumnType()} null={p.IsNullable} max={p.GetMaxLength()} " +
                    $"conv={p.GetValueConverter()?.ModelClrType.Name}->{p.GetValueConverter()?.ProviderClrType.Name} gen={p.ValueGenerated} conc={p.IsConcurrencyToken}"))
                .Concat(type.GetKeys().Select(k => $"key {string.Join(',', k.Properties.Select(p => p.Name))} primary={k.IsPrimaryKey()}"))
                .Concat(type.GetIndexes().Select(i => $"index {i.GetDatabaseName()} {string.Join(',', i.Properties.Select(p => p.Name))} unique={i.IsUnique}"))
                .Concat(type.GetForeignKeys().Select(f =>
                    $"fk {string.Join(',', f.Properties.Select(p => p.Name))} -> {f.PrincipalEntityType.Name} {f.DeleteBehavior} required={f.IsRequired}"))
                .Concat(type.GetNavigations().Select(n => $"nav {n.Name} -> {n.TargetEntityType.Name}"))
                .Select(line => $"{type.Name}: {line}");
        }).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task Zhongben_cases_closed_before_the_re_inquiry_end_column_get_it_counted_as_the_domain_counts()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var db = MigratedTo(connection, "NormalizedSearchText", out var migrator);
        foreach (var (number, closedOn) in new[] { ("（2024）湘0681执1号", "2024-02-29"), ("（2024）湘0681执2号", "2024-04-08") })
        {
            await InsertClosedCaseAsync(db, Guid.NewGuid(), number, number, closedOn);
        }

        await migrator.MigrateAsync();
        var ends = await db.Cases.AsNoTracking().OrderBy(c => c.FiledOn).ThenBy(c => c.SearchText).Select(c => c.ReinquiryEndsOn).ToListAsync();
        ends.ShouldBe([Domain.Cases.StatutoryClock.ReinquiryEnds(new DateOnly(2024, 2, 29)), Domain.Cases.StatutoryClock.ReinquiryEnds(new DateOnly(2024, 4, 8))]);
        ends[0].ShouldBe(new DateOnly(2029, 2, 28));
    }

    [Fact]
    public async Task Fragment_index_rows_written_before_they_kept_text_and_filing_date_get_their_cases_and_are_found()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var db = MigratedTo(connection, "WorklistsInTheirOwnOrder", out var migrator);
        var id = Guid.NewGuid();
        const string text = "(2024)湘0681执3号|汨罗市宏远建材有限公司|湖南湘江物流有限公司";
        await InsertClosedCaseAsync(db, id, "（2024）湘0681执3号", text, "2024-04-08");
        await db.Database.ExecuteSqlAsync($"INSERT INTO CaseSearchEntries (CaseId, Grams) VALUES ({id}, {Domain.Common.SearchText.IndexedTokens(text)})");

        await migrator.MigrateAsync();

        (await db.CaseSearchEntries.AsNoTracking().Select(e => new { e.Text, e.FiledOn }).SingleAsync()).ShouldBe(new { Text = text, FiledOn = new DateOnly(2024, 1, 2) });
        var index = new Persistence.Search.CaseTextIndex(db, TestDatabase.SqliteProvider);
        (await index.FindAsync("湘江物流", 10, CancellationToken.None)).Ids.ShouldBe([id]);
        (await index.FindAsync("湘江建材", 10, CancellationToken.None)).Ids.ShouldBeEmpty();

        // The copy left the text index whole, and a case registered afterwards is indexed as before.
        await db.Database.ExecuteSqlRawAsync("INSERT INTO \"CaseGrams\"(\"CaseGrams\", rank) VALUES ('integrity-check', 1)");
        var later = Domain.Tests.Support.TestData.RegisterCase("（2025）湘0681执4号", respondents: [Domain.Tests.Support.TestData.Enterprise("汨罗市楚天物流有限公司")]);
        db.Cases.Add(later);
        await db.SaveChangesAsync();
        (await index.FindAsync("楚天物流", 10, CancellationToken.None)).Cases.ShouldBe([new Application.Abstractions.TextMatch(later.Id, later.FiledOn)]);
    }

    [Fact]
    public async Task Fragment_index_rows_written_before_number_tokens_get_them_and_a_number_fragment_finds_them()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var db = MigratedTo(connection, "FragmentIndexKeepsTextAndFilingDate", out var migrator);
        var id = Guid.NewGuid();
        const string text = "(2024)湘0681执1234号|汨罗市宏远建材有限公司";
        await InsertClosedCaseAsync(db, id, "（2024）湘0681执1234号", text, "2024-04-08");
        var pairsOnly = string.Join(' ', Domain.Common.SearchText.Bigrams(text).SelectMany(pairs => pairs));
        await db.Database.ExecuteSqlAsync($"INSERT INTO CaseSearchEntries (CaseId, Grams, Text, FiledOn) VALUES ({id}, {pairsOnly}, {text}, '2024-01-02')");
        var index = new Persistence.Search.CaseTextIndex(db, TestDatabase.SqliteProvider);
        (await index.FindAsync("执1234", 10, CancellationToken.None)).Ids.ShouldBeEmpty(); // its token is not in the row yet

        await migrator.MigrateAsync();
        (await new Persistence.Search.FragmentIndexRefresher(db, TestDatabase.SqliteProvider).RefreshAsync()).ShouldBe(1);

        (await db.CaseSearchEntries.AsNoTracking().Select(e => e.Grams).SingleAsync()).ShouldBe(Domain.Common.SearchText.IndexedTokens(text));
        (await index.FindAsync("执1234", 10, CancellationToken.None)).Ids.ShouldBe([id]);
        (await index.FindAsync("宏远建材", 10, CancellationToken.None)).Ids.ShouldBe([id]);
        await db.Database.ExecuteSqlRawAsync("INSERT INTO \"CaseGrams\"(\"CaseGrams\", rank) VALUES ('integrity-check', 1)");
        (await new Persistence.Search.FragmentIndexRefresher(db, TestDatabase.SqliteProvider).RefreshAsync()).ShouldBe(0); // once done, nothing changes
    }

    [Fact]
    public async Task Undoing_the_fragment_rows_text_and_filing_date_keeps_the_text_index_s_triggers()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var db = MigratedTo(connection, "FragmentIndexKeepsTextAndFilingDate", out var migrator);

        // SQLite drops a column by rebuilding the table, which drops its triggers.
        await migrator.MigrateAsync(db.Database.GetMigrations().Single(m => m.EndsWith("_WorklistsInTheirOwnOrder", StringComparison.Ordinal)));

        var triggers = await db.Database.SqlQueryRaw<string>(
            "SELECT name AS Value FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'CaseSearchEntries' ORDER BY name").ToListAsync();
        triggers.ShouldBe(["CaseSearchEntries_Deleted", "CaseSearchEntries_Inserted", "CaseSearchEntries_Updated"]);
    }

    [Fact]
    public async Task Every_case_filter_column_has_an_index()
    {
        using var database = TestDatabase.Sqlite();
        using var db = database.NewContext();
        var indexes = db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'index' AND tbl_name = 'Cases'").ToList();
        indexes.ShouldContain("IX_Cases_CaseNumber");
        indexes.ShouldContain("IX_Cases_Status_Deadline_Id");
        foreach (var column in new[] { "CaseType", "EnterpriseRelated", "PublicBodyDebtor", "FiledOn_Id_CaseType_NextReinquiryDueOn_ReinquiryEndsOn", "Deadline_Id", "NextReinquiryDueOn_Id_ReinquiryEndsOn", "HandlerId_FiledOn_Id_Status", "Status_FiledOn_Id_Deadline" })
        {
            indexes.ShouldContain($"IX_Cases_{column}");
        }

        // The closure range (closedFrom/closedTo and the dashboard) and 终本's conditions read covering indexes written in SQL.
        indexes.ShouldContain("IX_Cases_Closures");
        indexes.ShouldContain("IX_Cases_ClosureMode_ClosedOn");
        var (from, to) = (new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30));
        var plan = string.Join('\n', await TestDatabase.QueryPlanAsync(db, db.Cases
            .Where(c => c.Closure!.ClosedOn >= from && c.Closure.ClosedOn <= to && c.Closure.ClosedOn <= c.Deadline).Select(c => c.Closure!.Mode)));
        plan.ShouldContain("COVERING INDEX IX_Cases_Closures");

        // Intake by type (the dashboard) still reads the filing-date index alone.
        var intake = string.Join('\n', await TestDatabase.QueryPlanAsync(db, db.Cases
            .Where(c => c.FiledOn >= from && c.FiledOn <= to).GroupBy(c => c.CaseType).Select(g => new { g.Key, Count = g.Count() })));
        intake.ShouldContain("COVERING INDEX IX_Cases_FiledOn_Id_CaseType_NextReinquiryDueOn_ReinquiryEndsOn");
    }

    [Fact]
    public async Task Logins_linked_to_one_staff_member_before_the_unique_index_keep_one_link_the_first_active_one()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var db = MigratedTo(connection, "FragmentIndexNumberTokens", out var migrator);
        var staff = Guid.NewGuid();
        var other = Guid.NewGuid();
        foreach (var (id, disabled, staffId) in new[] { ("u1", true, staff), ("u2", false, staff), ("u3", false, staff), ("u4", false, other) })
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO AspNetUsers (Id, UserName, NormalizedUserName, SecurityStamp, StaffId, Disabled, AccessFailedCount, EmailConfirmed,
                                         LockoutEnabled, PhoneNumberConfirmed, TwoFactorEnabled)
                VALUES ({id}, {id}, {id.ToUpperInvariant()}, 'stamp', {staffId}, {disabled}, 0, 0, 1, 0, 0)
                """);
        }

        await migrator.MigrateAsync();

        var users = await db.Users.AsNoTracking().OrderBy(u => u.Id).Select(u => new { u.Id, u.StaffId, u.SecurityStamp }).ToListAsync();
        users.Select(u => u.StaffId).ShouldBe([null, staff, null, other]);
        users.Select(u => u.SecurityStamp == "stamp").ShouldBe([false, true, false, true]); // the unlinked logins' tokens end
        db.Users.Add(new Identity.AppUser { Id = "u5", UserName = "u5", NormalizedUserName = "U5", StaffId = staff });
        var refused = await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
        TestDatabase.SqliteProvider.IsUniqueViolation(refused).ShouldBeTrue();
    }

    [Fact]
    public async Task Petitioners_logged_before_the_key_ignored_spaces_and_dashes_get_the_key_a_new_petition_is_matched_on()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var db = MigratedTo(connection, "ObligationEndsWithCase", out var migrator);
        await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF");
        foreach (var (name, phone) in new[] { ("电话 甲", "0731-84567890"), ("电话\u3000甲", "073184567890"), ("李四", null) })
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO PetitionPetitioners (Id, Kind, Name, SearchName, Phone, NamePhone, PetitionId)
                VALUES ({Guid.NewGuid()}, 'NaturalPerson', {name}, {Domain.Common.SearchText.Normalize(name)}, {phone}, {(phone is null ? null : name + "|" + phone)}, {Guid.NewGuid()})
                """);
        }

        await migrator.MigrateAsync();

        var keys = await db.Database.SqlQueryRaw<string?>("SELECT NamePhone AS Value FROM PetitionPetitioners ORDER BY Name").ToListAsync();
        keys.ShouldBe([null, "电话甲|073184567890", "电话甲|073184567890"]);
        keys[1].ShouldBe(Domain.Petitions.Petitioner.KeyOf("电话甲", "0731-84567890"));
    }

    [Fact]
    public async Task Petitioners_logged_before_the_key_folded_width_and_case_get_the_key_a_new_petition_is_matched_on()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var db = MigratedTo(connection, "ObligationCountsCaseRecovery", out var migrator);
        await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF");
        foreach (var (name, phone) in new[] { ("Ｍａｒｙ王", "13907301234"), ("MARY 王", "139-0730-1234"), ("李四", null) })
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO PetitionPetitioners (Id, Kind, Name, SearchName, Phone, NamePhone, PetitionId, Position)
                VALUES ({Guid.NewGuid()}, 'NaturalPerson', {name}, {Domain.Common.SearchText.Normalize(name)}, {phone}, {Domain.Petitions.Petitioner.KeyOf(name, phone)?.ToUpperInvariant()}, {Guid.NewGuid()}, 0)
                """);
        }

        await migrator.MigrateAsync();

        var keys = await db.Database.SqlQueryRaw<string?>("SELECT NamePhone AS Value FROM PetitionPetitioners ORDER BY Name").ToListAsync();
        keys.ShouldBe(["mary王|13907301234", null, "mary王|13907301234"]);
        keys[0].ShouldBe(Domain.Petitions.Petitioner.KeyOf("Ｍａｒｙ 王", "13907301234"));
    }

    [Fact]
    public async Task Units_are_matched_without_spaces_after_the_migration_and_units_that_differ_only_by_spaces_keep_their_keys()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var db = MigratedTo(connection, "PetitionerKeyIgnoresSpacesAndDashes", out var migrator);
        foreach (var (name, key) in new[]
                 {
                     ("汨罗市 城郊乡人民政府", "汨罗市 城郊乡人民政府"), ("汨罗市教育局", "汨罗市教育局"), ("汨罗市 教育局", "汨罗市 教育局"),
                     ("汨罗市\u00A0住建局", "汨罗市\u00A0住建局"), ("汨罗市 财政局", "汨罗市 财政局"), ("汨罗市\u00A0财政局", "汨罗市\u00A0财政局"),
                 })
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO LinkedUnits (Id, Kind, FullName, ShortName, Active, SearchText, MatchName, Version)
                VALUES ({Guid.NewGuid()}, 'Township', {name}, {name[..2]}, 1, {key}, {key}, 1)
                """);
        }

        await migrator.MigrateAsync();

        var keys = await db.LinkedUnits.AsNoTracking().OrderBy(u => u.FullName).Select(u => new { u.FullName, u.MatchName }).ToListAsync();
        // Two spellings and no unit with the key: one of them takes it, so a respondent's name still finds a unit.
        keys.Where(k => k.FullName.EndsWith("财政局", StringComparison.Ordinal)).Count(k => k.MatchName == "汨罗市财政局").ShouldBe(1);
        keys = [.. keys.Where(k => !k.FullName.EndsWith("财政局", StringComparison.Ordinal))];
        keys.ShouldBe(
        [
            new { FullName = "汨罗市 城郊乡人民政府", MatchName = "汨罗市城郊乡人民政府" },
            new { FullName = "汨罗市 教育局", MatchName = "汨罗市 教育局" }, // read alike with the next: both kept for an administrator to merge
            new { FullName = "汨罗市\u00A0住建局", MatchName = "汨罗市住建局" },
            new { FullName = "汨罗市教育局", MatchName = "汨罗市教育局" },
        ], ignoreOrder: true);
        keys.Single(k => k.FullName == "汨罗市 城郊乡人民政府").MatchName.ShouldBe(Domain.LinkedUnits.LinkedUnit.MatchNameOf("汨罗市　城郊乡人民政府"));
    }

    [Fact]
    public async Task The_pause_a_closure_ended_before_the_column_is_marked_so_that_reopening_runs_it_on()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var db = MigratedTo(connection, "LinkedUnitMatchNameWithoutSpaces", out var migrator);
        var closedWithPause = Guid.NewGuid();
        var pausedEarlier = Guid.NewGuid();
        await InsertClosedCaseAsync(db, closedWithPause, "（2024）湘0681执5号", "(2024)湘0681执5号", "2024-04-08");
        await InsertClosedCaseAsync(db, pausedEarlier, "（2024）湘0681执6号", "(2024)湘0681执6号", "2024-04-08");
        foreach (var (caseId, started, ended) in new[] { (closedWithPause, "2024-03-01", "2024-04-08"), (pausedEarlier, "2024-03-01", "2024-04-01") })
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO CasePauses (Id, Kind, StartedOn, EndedOn, Reason, CaseId) VALUES ({Guid.NewGuid()}, 'Suspension', {started}, {ended}, '中止', {caseId})
                """);
        }

        await db.Database.ExecuteSqlAsync($"UPDATE Cases SET PausedDays = 38 WHERE Id = {closedWithPause}");

        await migrator.MigrateAsync();

        var reopened = await db.Cases.Include(c => c.Pauses).SingleAsync(c => c.Id == closedWithPause);
        reopened.Pauses.Single().EndedWithCase.ShouldBeTrue();
        reopened.Reopen("误结", Domain.Tests.Support.TestData.Context(new DateOnly(2024, 5, 1)));
        reopened.Status.ShouldBe(Domain.Cases.CaseStatus.Paused);
        (await db.Cases.AsNoTracking().Where(c => c.Id == pausedEarlier).SelectMany(c => c.Pauses).SingleAsync()).EndedWithCase.ShouldBeFalse();
    }

    [Fact]
    public async Task Debts_on_a_case_that_recovered_its_claim_are_performed_and_others_are_capped_by_what_their_case_has_left()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var db = MigratedTo(connection, "PetitionerPosition", out var migrator);
        await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF");
        var (covered, partly) = (Guid.NewGuid(), Guid.NewGuid());
        await InsertClosedCaseAsync(db, covered, "（2024）湘0681执7号", "(2024)湘0681执7号", "2024-04-08");
        await InsertClosedCaseAsync(db, partly, "（2024）湘0681执8号", "(2024)湘0681执8号", "2024-04-08");
        // Claims of ¥1,000.00: the first reached on 2024-03-05 (600 on 03-01, 500 on 03-05, a surplus of 50 on 03-20; 400 on
        // 02-01 was voided), the second ¥400.00 of it.
        await db.Database.ExecuteSqlAsync($"UPDATE Cases SET ClaimedFen = 100000, RecoveredFen = 115000 WHERE Id = {covered}");
        await db.Database.ExecuteSqlAsync($"UPDATE Cases SET ClaimedFen = 100000, RecoveredFen = 40000 WHERE Id = {partly}");
        var voided = Guid.NewGuid();
        foreach (var (id, caseId, amount, paidOn) in new[]
                 {
                     (voided, covered, 40000L, "2024-02-01"), (Guid.NewGuid(), covered, 60000L, "2024-03-01"), (Guid.NewGuid(), covered, 50000L, "2024-03-05"),
                     (Guid.NewGuid(), covered, 5000L, "2024-03-20"), (Guid.NewGuid(), partly, 40000L, "2024-03-05"),
                 })
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO CasePayments (Id, AmountFen, CaseId, PaidOn, RecordedAtUtc, RecordedBy, Source) VALUES ({id}, {amount}, {caseId}, {paidOn}, '2024-03-21 01:00:00', '王磊', 'Deduction')
                """);
        }

        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO CaseCorrections (Id, CaseId, Kind, RecordId, Reason, VoidedOn, VoidedAtUtc, VoidedBy) VALUES ({Guid.NewGuid()}, {covered}, 'Payment', {voided}, '重复录入', '2024-03-21', '2024-03-21 01:00:00', '王磊')
            """);
        var (onCovered, onPartly) = (Guid.NewGuid(), Guid.NewGuid());
        foreach (var (id, caseId) in new[] { (onCovered, covered), (onPartly, partly) })
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO Obligations (Id, AmountFen, Basis, CaseId, CaseNumber, EscalationLevel, LinkedUnitId, OpenEscalations, OpenInstalmentDueOn, Owing, PaidFen,
                    Performed, PlanRevision, RecordedBy, RecordedOn, SinceOn, UnitName, Version)
                VALUES ({id}, 80000, '判决', {caseId}, '（2024）湘0681执7号', 0, {Guid.NewGuid()}, 0, '2024-02-01', 1, 0, 0, 1, '王磊', '2024-01-10', '2024-01-10', '汨罗市城郊乡人民政府', 1)
                """);
        }

        await migrator.MigrateAsync();

        var debts = await db.Obligations.AsNoTracking().ToDictionaryAsync(o => o.Id);
        debts[onCovered].ShouldSatisfyAllConditions(
            o => o.Performed.ShouldBeTrue(), o => o.Owing.ShouldBeFalse(), o => o.OutstandingFen.ShouldBe(0),
            o => o.CaseCoveredOn.ShouldBe(new DateOnly(2024, 3, 5)), o => o.PerformedOn.ShouldBe(new DateOnly(2024, 3, 5)), o => o.OpenInstalmentDueOn.ShouldBeNull());
        debts[onPartly].ShouldSatisfyAllConditions(
            o => o.Owing.ShouldBeTrue(), o => o.CaseLeftFen.ShouldBe(60000), o => o.OutstandingFen.ShouldBe(60000), o => o.CaseCoveredOn.ShouldBeNull());
    }

    [Fact]
    public async Task A_debts_open_report_to_follow_up_is_the_earliest_without_an_outcome()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var db = MigratedTo(connection, "PetitionerKeyFoldsWidthAndCase", out var migrator);
        await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF");
        var (reported, finished, none) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        foreach (var id in new[] { reported, finished, none })
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO Obligations (Id, AmountFen, Basis, CaseId, CaseNumber, EscalationLevel, LinkedUnitId, OpenEscalations, Owing, PaidFen,
                    Performed, PlanRevision, RecordedBy, RecordedOn, SinceOn, UnitName, Version)
                VALUES ({id}, 80000, '判决', {Guid.NewGuid()}, '（2026）湘0681执7号', 3, {Guid.NewGuid()}, 1, 1, 0, 0, 0, '周敏', '2026-01-10', '2026-01-10', '汨罗市卫生健康局', 1)
                """);
        }

        // 院领导 and 市委 have their outcomes; the 市政府 report (follow-up 2026-04-27) is the one still open.
        foreach (var (obligation, level, followUp, outcome) in new[]
                 {
                     (reported, 1, "2026-03-27", (string?)"PlanAgreed"), (reported, 2, "2026-04-27", null), (reported, 3, "2026-05-28", "PlanAgreed"),
                     (finished, 1, "2026-03-27", "PlanAgreed"),
                 })
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO ObligationEscalations (Id, Level, ReportNumber, ReportedOn, Recipients, FollowUpDueOn, RecordedBy, ObligationId, Outcome)
                VALUES ({Guid.NewGuid()}, {level}, '汨法报〔2026〕1号', '2026-02-25', '汨罗市人民政府', {followUp}, '周敏', {obligation}, {outcome})
                """);
        }

        await migrator.MigrateAsync();

        var dueOn = await db.Obligations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.OpenEscalationFollowUpDueOn);
        dueOn[reported].ShouldBe(new DateOnly(2026, 4, 27));
        dueOn[finished].ShouldBeNull();
        dueOn[none].ShouldBeNull();
    }

    [Fact]
    public async Task A_debts_enforcement_began_with_its_case_or_for_a_resumed_case_with_the_original()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var db = MigratedTo(connection, "OpenEscalationFollowUp", out var migrator);
        await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF");
        var (original, resumed, plain) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await InsertClosedCaseAsync(db, original, "（2024）湘0681执7号", "(2024)湘0681执7号", "2024-04-08");
        await InsertClosedCaseAsync(db, resumed, "（2025）湘0681执恢7号", "(2025)湘0681执恢7号", "2025-04-08");
        await InsertClosedCaseAsync(db, plain, "（2024）湘0681执8号", "(2024)湘0681执8号", "2024-04-08");
        await db.Database.ExecuteSqlAsync($"UPDATE Cases SET FiledOn = '2025-01-10', OriginalCaseId = {original} WHERE Id = {resumed}");
        await db.Database.ExecuteSqlAsync($"UPDATE Cases SET FiledOn = '2024-06-03' WHERE Id = {plain}");
        var (moved, own) = (Guid.NewGuid(), Guid.NewGuid());
        foreach (var (id, caseId) in new[] { (moved, resumed), (own, plain) })
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO Obligations (Id, AmountFen, Basis, CaseId, CaseNumber, EscalationLevel, LinkedUnitId, OpenEscalations, Owing, PaidFen,
                    Performed, PlanRevision, RecordedBy, RecordedOn, SinceOn, UnitName, Version)
                VALUES ({id}, 80000, '判决', {caseId}, '（2025）湘0681执恢7号', 0, {Guid.NewGuid()}, 0, 1, 0, 0, 0, '周敏', '2025-01-10', '2024-02-01', '汨罗市城郊乡人民政府', 1)
                """);
        }

        await migrator.MigrateAsync();

        var began = await db.Obligations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.CaseFiledOn);
        began[moved].ShouldBe(new DateOnly(2024, 1, 2)); // the original's filing
        began[own].ShouldBe(new DateOnly(2024, 6, 3));
    }

    private static Persistence.EnforcementDbContext MigratedTo(
        Microsoft.Data.Sqlite.SqliteConnection connection, string migration, out Microsoft.EntityFrameworkCore.Migrations.IMigrator migrator)
    {
        var db = new Persistence.EnforcementDbContext(new DbContextOptionsBuilder<Persistence.EnforcementDbContext>()
            .UseSqlite(connection, sqlite => sqlite.MigrationsAssembly(TestDatabase.SqliteProvider.MigrationsAssembly)).Options);
        migrator = db.GetInfrastructure().GetRequiredService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>();
        migrator.Migrate(db.Database.GetMigrations().Single(m => m.EndsWith("_" + migration, StringComparison.Ordinal)));
        return db;
    }

    /// <summary>A 终本 case as an older schema stores it, written in SQL.</summary>
    private static Task InsertClosedCaseAsync(Persistence.EnforcementDbContext db, Guid id, string number, string searchText, string closedOn) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO Cases (Id, CaseNumber, CaseType, FiledOn, NonLitigation, BasisIssuer, BasisDocumentNumber, BasisEffectiveOn, ClaimedFen,
                RecoveredFen, Status, EnterpriseRelated, PublicBodyDebtor, SearchText, PausedDays, ExtensionMonths, Deadline, HandlerDueOn,
                DebtorMissing, ClosureMode, ClosedOn, ClosureNote, Version)
            VALUES ({id}, {number}, 'FirstEnforcement', '2024-01-02', 0, '汨罗市人民法院', '（2023）湘0681民初1号', '2023-12-01', 100, 0,
                'Closed', 0, 0, {searchText}, 0, 0, '2024-07-02', '2024-01-09', 0, 'TerminatedThisRound', {closedOn}, '终本', 1)
            """);
}
