using Enforcement.Application.Abstractions;
using Enforcement.Application.Auditing;
using Enforcement.Application.Cases;
using Enforcement.Application.Cases.RegisterCase;
using Enforcement.Application.Common;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.Parties;
using Enforcement.Domain.Tests.Support;
using Enforcement.Infrastructure.Persistence;
using Enforcement.Infrastructure.Persistence.Search;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Application.Tests;

public sealed class FixedClock(DateOnly today) : ICourtClock
{
    public DateOnly Today { get; set; } = today;

    public DateTime UtcNow => Today.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);

    public DateTime LocalNow => UtcNow.AddHours(8);

    public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(TimeSpan.FromHours(8)).DateTime);

    public DateTimeOffset At(DateOnly day, TimeOnly time) => new(day.ToDateTime(time), TimeSpan.FromHours(8));
}

public sealed class FixedActor(string name, params string[] roles) : ICurrentActor
{
    public string Name { get; set; } = name;

    public string? UserId => "user-" + Name;

    public string? UserName => Name;

    public Guid? StaffId { get; set; }

    public IReadOnlyList<string> Roles { get; set; } = roles.Length == 0 ? [Security.Roles.Coordinator] : roles;

    public bool IsInRole(string role) => Roles.Contains(role);
}

/// <summary>Collects what the handlers write to the audit trail.</summary>
public sealed class RecordingAudit : IAuditTrail
{
    public string? CurrentAction { get; set; }

    public List<string> Written { get; } = [];

    public void Stage(string entityType, string? entityId, string summary) => Written.Add($"staged {entityType} {summary}");

    /// <summary>The rows written now, whole.</summary>
    public List<(string Action, string EntityType, string? EntityId, string Summary, AuditOutcome Outcome)> Rows { get; } = [];

    public Task WriteNowAsync(string action, string entityType, string? entityId, string summary, AuditOutcome outcome, CancellationToken cancellationToken)
    {
        Written.Add($"{action} {entityType} {summary}");
        Rows.Add((action, entityType, entityId, summary, outcome));
        return Task.CompletedTask;
    }

    public Task WriteLoginAsync(string userName, string? userId, string action, string summary, AuditOutcome outcome, CancellationToken cancellationToken)
    {
        Written.Add($"{action} {userName} {summary}");
        return Task.CompletedTask;
    }
}

/// <summary>Handlers on the EF InMemory provider: fast, for logic where relational behaviour does not matter.</summary>
public sealed class HandlerFixture
{
    private readonly string _name = Guid.NewGuid().ToString();

    public FixedClock Clock { get; } = new(new DateOnly(2025, 6, 16));

    public EnforcementDbContext NewContext() =>
        new(new DbContextOptionsBuilder<EnforcementDbContext>().UseInMemoryDatabase(_name).Options);

    public EfRepository<EnforcementCase> Cases(EnforcementDbContext db) => new(db, InMemoryProvider.Instance);

    public FixedActor Actor { get; } = new("陈志刚");

    public RecordingAudit Audit { get; } = new();

    public Common.Workflows.Workflow<EnforcementCase, CaseDetailDto> Workflow(EnforcementDbContext db) =>
        new(Cases(db), new CaseDefinition(TestData.Calendar), Clock, TestData.Calendar, Actor);

    public Cases.RegisterCase.RegisterCaseHandler RegisterHandler(EnforcementDbContext db) =>
        new(Workflow(db), new LinkedUnits.UnitMatcher(new EfReadRepository<Domain.LinkedUnits.LinkedUnit>(db)), new EfRepository<Domain.Preservation.PreservationOrder>(db, InMemoryProvider.Instance),
            new DiscardingUnitOfWork(db));

    public static RegisterCaseCommand ValidCommand(string number = "（2025）湘0681执1234号") => new(
        number,
        new DateOnly(2025, 6, 3),
        NonLitigation: false,
        new EnforcementBasisInput("汨罗市人民法院", "（2025）湘0681民初321号", new DateOnly(2025, 5, 20)),
        320_500.50m,
        [new PartyInput(PartyKind.Enterprise, "湖南楚天建设工程有限公司", CreditCode: TestData.ValidCreditCode, Phone: "0730-5212345")],
        [new PartyInput(PartyKind.NaturalPerson, "陈海涛", IdNumber: TestData.ValidResidentId, Phone: "13973012345")],
        "建设工程施工合同纠纷，拖欠工程款。");
}

/// <summary>The InMemory provider exists only in tests: it has no migrations and no constraints to report.</summary>
public sealed class InMemoryProvider : Infrastructure.Persistence.Providers.IDatabaseProvider
{
    public static InMemoryProvider Instance { get; } = new();

    public string Name => "InMemory";

    public string MigrationsAssembly => "";

    public bool OneHost => true;

    public void Configure(DbContextOptionsBuilder options, string connectionString) => options.UseInMemoryDatabase(connectionString);

    public bool IsUniqueViolation(DbUpdateException exception) => false;

    public bool IsDataError(DbUpdateException exception) => false;

    public Task PrepareAsync(EnforcementDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task TidyTextIndexAsync(EnforcementDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    public string MonthOf(string dateColumn) => throw new NotSupportedException("The InMemory provider runs no SQL.");

    public Task<IAsyncDisposable?> TryLockAsync(EnforcementDbContext db, string name, bool wait, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The InMemory provider runs no background work.");

    public Task LockForTransactionAsync(EnforcementDbContext db, string name, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The phrases as runs of the stored pairs, and the number tokens among them, in memory.</summary>
    public IQueryable<CaseSearchEntry> EntriesWith(EnforcementDbContext db, IndexTerms terms)
    {
        var entries = db.CaseSearchEntries.AsQueryable();
        foreach (var phrase in terms.Words.Select(pairs => " " + string.Join(' ', pairs) + " ").Concat(terms.Numbers.Select(n => " " + n + " ")))
        {
            entries = entries.Where(e => (" " + e.Grams + " ").Contains(phrase));
        }

        return entries;
    }
}

/// <summary>The unit of work over a test context: discarding forgets what it tracks.</summary>
public sealed class DiscardingUnitOfWork(EnforcementDbContext db) : IUnitOfWork
{
    public void DiscardChanges() => db.ChangeTracker.Clear();
}
