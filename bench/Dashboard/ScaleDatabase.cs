using System.Globalization;
using Bogus;
using Enforcement.Domain.Calendar;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.LinkedUnits;
using Enforcement.Domain.Obligations;
using Enforcement.Domain.Parties;
using Enforcement.Domain.Petitions;
using Enforcement.Domain.Staff;
using Enforcement.Domain.Supervision;
using Enforcement.Infrastructure;
using Enforcement.Infrastructure.Hosting;
using Enforcement.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Enforcement.Benchmarks;

/// <summary>
/// A SQLite file of generated cases, written once through the domain (so that every stored column is as the
/// application writes it) and reused while its case count matches: filed over the two years before today, about a
/// third closed (执行完毕, 终本 with its conditions, 撤回), some paused, some partly paid; one petition per 20 cases, one
/// key case per 500 and one supervision order per 250.
/// </summary>
public static class ScaleDatabase
{
    private const string Court = "湘0681";

    /// <summary>A PostgreSQL connection string (<c>Host=…</c>) rather than a SQLite file's path.</summary>
    public static bool IsPostgres(string path) => path.StartsWith("Host=", StringComparison.OrdinalIgnoreCase);

    public static ServiceProvider Services(string path)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Enforcement"] = IsPostgres(path) ? path : $"Data Source={path}",
            ["Database:Provider"] = IsPostgres(path) ? "Postgres" : "Sqlite",
            ["Actor:Name"] = "基准测试",
        }).Build();
        var services = new ServiceCollection();
        // BENCH_SQL=1 prints every SQL command with its time, to find the slow figure.
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddSimpleConsole()
            .AddFilter("Microsoft.EntityFrameworkCore.Database.Command", Environment.GetEnvironmentVariable("BENCH_SQL") == "1" ? LogLevel.Information : LogLevel.Warning));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddEnforcement(configuration, IsPostgres(path) ? null : Path.GetDirectoryName(path));
        return services.BuildServiceProvider();
    }

    /// <summary>The database at <paramref name="path"/> with <paramref name="cases"/> cases, generated unless it is already there.</summary>
    public static async Task EnsureAsync(string path, int cases, TextWriter log)
    {
        await using (var existing = Services(path))
        {
            await existing.InitializeEnforcementAsync();
            await using var scope = existing.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
            var count = await db.Cases.CountAsync();
            if (count == cases)
            {
                return;
            }
        }

        await DeleteAsync(path);

        await using var services = Services(path);
        await services.InitializeEnforcementAsync();
        var started = DateTime.UtcNow;
        await GenerateAsync(services, cases, log);
        await MarkEventsDeliveredAsync(services);
        if (IsPostgres(path))
        {
            // As autovacuum leaves a server that has run a while: statistics, and the visibility map that lets an
            // index-only scan (a list's count) skip the table's rows. A freshly generated database has neither.
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
            await db.Database.ExecuteSqlRawAsync("VACUUM (ANALYZE);");
        }

        await log.WriteLineAsync($"Generated {cases:N0} cases in {(DateTime.UtcNow - started).TotalSeconds:N0} s at {path}");
    }

    /// <summary>Removes the SQLite file, or drops the PostgreSQL database, so that it is generated afresh.</summary>
    private static async Task DeleteAsync(string path)
    {
        if (IsPostgres(path))
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            var database = new Npgsql.NpgsqlConnectionStringBuilder(path).Database;
            await using var server = new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(path) { Database = "postgres" }.ToString());
            await server.OpenAsync();
            await using var drop = server.CreateCommand();
            drop.CommandText = $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)";
            await drop.ExecuteNonQueryAsync();
            return;
        }

        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// Does once what the hourly planner does at a host's start (the 终本 re-inquiries into the task pool, the key-case
    /// scan), and marks the events delivered, so that a measured run does not start with that backlog.
    /// </summary>
    public static async Task SettleAsync(string path)
    {
        await using var services = Services(path);
        await using (var scope = services.CreateAsyncScope())
        {
            var sender = scope.ServiceProvider.GetRequiredService<Mediator.ISender>();
            await sender.Send(new Enforcement.Application.Tasks.PlanReinquiryTasksCommand());
            await sender.Send(new Enforcement.Application.Supervision.ScanKeyCaseSignalsCommand());
        }

        await MarkEventsDeliveredAsync(services);
    }

    /// <summary>
    /// A court's outbox is drained as it goes; a generated one holds every event of every case at once. Marked delivered,
    /// so that a measurement is of the requests, not of a backlog that no court would have.
    /// </summary>
    private static async Task MarkEventsDeliveredAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        await db.Database.ExecuteSqlRawAsync("UPDATE \"OutboxMessages\" SET \"Status\" = 'Delivered' WHERE \"Status\" = 'Pending';");
    }

    private static async Task GenerateAsync(ServiceProvider services, int total, TextWriter log)
    {
        var calendar = services.GetRequiredService<LegalCalendar>();
        var today = DateOnly.FromDateTime(DateTime.Today);
        var faker = new Faker("zh_CN") { Random = new Randomizer(20261129) };
        var staff = Enumerable.Range(0, 40).Select(i => StaffMember.Create(faker.Name.LastName() + faker.Name.FirstName(), "执行员", CourtUnit.EnforcementBureau)).ToList();
        var leader = StaffMember.Create("黄德明", "副院长", CourtUnit.CourtLeadership);
        var receptionist = StaffMember.Create("孙桂芳", "信访接待员", CourtUnit.PetitionOffice);
        var units = PublicBodies.Select(name => LinkedUnit.Register(
            name.EndsWith("人民政府", StringComparison.Ordinal) ? LinkedUnitKind.Township : LinkedUnitKind.GovernmentDepartment,
            new UnitDetails(name, null, null, "办公室", "0730-5212345"))).ToList();
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
            db.Staff.AddRange([.. staff, leader, receptionist]);
            db.LinkedUnits.AddRange(units);
            await db.SaveChangesAsync();
        }

        var sequence = new Dictionary<int, int>();
        const int batch = 2_000;
        for (var start = 0; start < total; start += batch)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;

            // Bulk loading only: random keys touch pages all over the indexes, so give the connection a large page
            // cache, and skip the flush to disk (a generated file that a crash spoils is generated again).
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync(db.Database.IsSqlite()
                ? "PRAGMA cache_size = -2000000; PRAGMA synchronous = OFF;"
                : "SET synchronous_commit = off;");
            var cases = new List<EnforcementCase>();
            var obligations = new List<Obligation>();
            for (var i = start; i < Math.Min(total, start + batch); i++)
            {
                var filedOn = today.AddDays(-faker.Random.Int(0, 730));
                sequence[filedOn.Year] = sequence.GetValueOrDefault(filedOn.Year) + 1;
                var officer = staff[i % staff.Count];
                var context = new ChangeContext(officer.Name, today, DateTime.UtcNow, calendar);
                var type = i % 10 == 9 ? CaseType.ResumedEnforcement : i % 13 == 5 ? CaseType.PreservationEnforcement : CaseType.FirstEnforcement;
                var @case = EnforcementCase.Register(
                    CaseNumber.Create(filedOn.Year, Court, type, sequence[filedOn.Year]), filedOn, nonLitigation: false,
                    EnforcementBasis.Create("汨罗市人民法院", string.Create(CultureInfo.InvariantCulture, $"（{filedOn.Year - 1}）湘0681民初{i + 1}号"), filedOn.AddDays(-30)),
                    Money.FromYuan(Math.Round(faker.Random.Decimal(5_000m, 3_000_000m), 2)),
                    [Enterprise(faker)], [i % 20 == 3 ? Party.Create(PartyKind.Township, units[i % units.Count].FullName) : i % 4 == 0 ? Person(faker) : Enterprise(faker)],
                    "买卖合同纠纷，被执行人未按判决支付货款。", context);
                if (i % 20 == 3)
                {
                    // About 5% of the debtors are public bodies: linked to their unit, with the debt recorded.
                    var unit = units[i % units.Count];
                    @case.LinkRespondent(unit.FullName, unit, context);
                    obligations.Add(Obligation.Record(new CaseRef(@case.Id, @case.Number.Value, [unit.Id]), unit, @case.ClaimedAmount,
                        "工程款", filedOn.AddDays(-200), 60, context));
                }

                Work(@case, i, officer, today, context);
                cases.Add(@case);
            }

            db.Cases.AddRange(cases);
            db.Obligations.AddRange(obligations);
            db.Petitions.AddRange(cases.Where((_, k) => k % 20 == 0).Select(c => Petition.Log(
                new PetitionIntake(PetitionChannel.Visit, Later(c.FiledOn, today, faker), new TimeOnly(9, 30), [Petitioner.Create(Person(faker), "湖南省汨罗市归义镇")], 1,
                    [new CaseMention(c.Number.Value, c.Id)], PetitionCategory.SlowEnforcement, null, "申请执行人反映执行无进展。", "请求尽快执行。"),
                receptionist.Id, PetitionRules.Default, new ChangeContext(receptionist.Name, today, DateTime.UtcNow, calendar))));
            var leaderContext = new ChangeContext(leader.Name, today, DateTime.UtcNow, calendar);
            db.KeyCases.AddRange(cases.Where((c, k) => k % 500 == 7 && !c.IsClosed).Select(c =>
                KeyCase.Designate(new KeyCaseTarget(c.Id, c.Number.Value, c.FiledOn, false), KeyCaseReason.LargeAmount, "标的较大", leader, today, leaderContext)));
            db.SupervisionOrders.AddRange(cases.Where((c, k) => k % 250 == 11 && !c.IsClosed && c.HandlerId is not null).Select(c =>
                SupervisionOrder.Issue(SupervisionTarget.Of(c), "请于期限内报告执行进展。",
                    today.AddDays(faker.Random.Int(-20, 20)) is var due && due > c.FiledOn ? due : c.FiledOn.AddDays(1), staff.Single(s => s.Id == c.HandlerId),
                    c.FiledOn, leaderContext)));
            var generated = watch.Elapsed;
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
            if ((start / batch) % 10 == 9)
            {
                await log.WriteLineAsync($"  {start + batch:N0} cases (last batch: {generated.TotalMilliseconds:N0} ms to generate, {(watch.Elapsed - generated).TotalMilliseconds:N0} ms to save)");
            }
        }
    }

    private static void Work(EnforcementCase @case, int i, StaffMember officer, DateOnly today, ChangeContext context)
    {
        var filed = @case.FiledOn;
        var age = today.DayNumber - filed.DayNumber;
        if (i % 9 == 4 || age < 3)
        {
            return; // no handler yet
        }

        var assignedOn = filed.AddDays(1);
        @case.AssignHandler(officer, assignedOn, context);
        @case.RecordMeasure(MeasureKind.EnforcementNotice, assignedOn.AddDays(1), "向被执行人送达执行通知书", null, null, null, null, false, context);
        @case.RecordMeasure(MeasureKind.AssetReportOrder, assignedOn.AddDays(1), "责令被执行人报告财产", null, null, null, null, false, context);
        @case.RecordMeasure(MeasureKind.OnlineAssetInquiry, assignedOn.AddDays(2), "总对总网络查控", null, null,
            i % 2 == 0 ? InquiryResult.AssetsFound : InquiryResult.NoAssets, null, false, context);
        switch (i % 6)
        {
            case 0 when age > 60:
                @case.RecordPayment(@case.ClaimedAmount, filed.AddDays(40), PaymentSource.Deduction, "扣划到位", context);
                @case.Close(ClosureMode.FullyPerformed, filed.AddDays(43), "执行标的已全部扣划到位", context);
                break;
            case 1 when age > 120:
                @case.RecordMeasure(MeasureKind.ConsumptionRestriction, filed.AddDays(15), "发出限制消费令", null, null, null, null, false, context);
                @case.RecordMeasure(MeasureKind.DishonestDebtorListing, filed.AddDays(16), "纳入失信被执行人名单", null, null, null, "有履行能力而拒不履行", false, context);
                @case.Close(ClosureMode.TerminatedThisRound, filed.AddDays(95), "未发现可供执行财产", context);
                break;
            case 2 when age > 30:
                @case.Pause(PauseKind.Suspension, filed.AddDays(18), "被执行人涉及破产重整，裁定中止执行", context);
                break;
            case 3 when age > 50:
                @case.RecordPayment(Money.FromFen(@case.ClaimedAmount.Fen / 3), filed.AddDays(45), PaymentSource.Voluntary, "被执行人主动履行部分款项", context);
                break;
            case 4 when age > 90:
                @case.Close(ClosureMode.Withdrawn, filed.AddDays(80), "申请执行人撤回申请", context);
                break;
        }
    }

    private static DateOnly Later(DateOnly from, DateOnly today, Faker faker) => from.AddDays(faker.Random.Int(0, Math.Max(0, today.DayNumber - from.DayNumber)));

    private static Party Person(Faker faker)
    {
        var birth = new DateOnly(1960, 1, 1).AddDays(faker.Random.Int(0, 365 * 40));
        var body = string.Create(CultureInfo.InvariantCulture, $"430681{birth:yyyyMMdd}{faker.Random.Int(100, 999)}");
        return Party.Create(PartyKind.NaturalPerson, faker.Name.LastName() + faker.Name.FirstName(), body + ResidentId.CheckCharacter(body),
            phone: string.Create(CultureInfo.InvariantCulture, $"139{faker.Random.Int(10_000_000, 99_999_999)}"));
    }

    /// <summary>A company named as Hunan companies are: a place, a two-character trade name, a trade and a form.</summary>
    private static Party Enterprise(Faker faker)
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var body = "91430681" + new string(Enumerable.Range(0, 9).Select(_ => alphabet[faker.Random.Int(0, alphabet.Length - 1)]).ToArray());
        var tradeName = new string([faker.PickRandom(TradeNameCharacters), faker.PickRandom(TradeNameCharacters)]);
        var name = $"{faker.PickRandom(Places)}{tradeName}{faker.PickRandom(Trades)}{faker.PickRandom("有限公司", "有限责任公司", "股份有限公司")}";
        return Party.Create(PartyKind.Enterprise, name, creditCode: body + CreditCode.CheckCharacter(body));
    }

    private static readonly string[] Places = ["汨罗市", "岳阳市", "湖南", "长沙市", "平江县", "湘阴县", "屈原管理区"];

    private static readonly char[] TradeNameCharacters = "宏远鑫达华盛恒通兴隆泰昌顺发金源永丰嘉豪锦程瑞祥佳鸿中天广利汇鼎新宇凯旋德胜博联益众和安富康楚湘洞庭岳峰明辉万家长青晨光正邦卓越".ToCharArray();

    private static readonly string[] Trades = ["建材", "物流", "纺织", "商贸", "食品", "机械", "建筑工程", "再生资源", "置业", "农业开发", "电子科技", "医药"];

    private static readonly string[] PublicBodies =
    [
        "汨罗市长乐镇人民政府", "汨罗市归义镇人民政府", "汨罗市新市镇人民政府", "汨罗市古培镇人民政府", "汨罗市白水镇人民政府",
        "汨罗市住房和城乡建设局", "汨罗市交通运输局", "汨罗市教育局", "汨罗市水利局", "汨罗市自然资源局",
    ];
}
