using Enforcement.Application;
using Enforcement.Application.Abstractions;
using Enforcement.Application.Cases.Lifecycle;
using Enforcement.Domain.Calendar;
using Enforcement.Application.Auditing;
using Enforcement.Application.Users;
using Enforcement.Infrastructure.Auditing;
using Enforcement.Infrastructure.Identity;
using Enforcement.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Enforcement.Infrastructure.Seeding;
using Enforcement.Infrastructure.Time;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Infrastructure;

public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary><c>Sqlite</c> (default) or <c>InMemory</c> (tests and throw-away hosts only).</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Seeds demo cases once into an empty database. Switched on by the Development profile.</summary>
    public bool SeedDemoData { get; set; }
}

public static class DependencyInjection
{
    public const string ConnectionStringName = "Enforcement";
    public const string DefaultConnectionString = "Data Source=data/enforcement.db";

    /// <summary>
    /// Wires the application and infrastructure layers: persistence, repositories, the legal calendar
    /// (from the <c>LegalCalendar</c> section) and the court clock. A relative SQLite path is resolved
    /// against <paramref name="contentRootPath"/>, and its folder is created.
    /// </summary>
    public static IServiceCollection AddEnforcement(
        this IServiceCollection services, IConfiguration configuration, string contentRootPath)
    {
        services.AddEnforcementApplication();

        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.SectionName));
        if (string.Equals(database.Provider, "InMemory", StringComparison.OrdinalIgnoreCase))
        {
            var name = configuration.GetConnectionString(ConnectionStringName) ?? "enforcement";
            services.AddDbContext<EnforcementDbContext>(options => options.UseInMemoryDatabase(name)
                .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.InMemoryEventId.TransactionIgnoredWarning)));
        }
        else
        {
            var connectionString = SqliteConnectionString(
                configuration.GetConnectionString(ConnectionStringName) ?? DefaultConnectionString, contentRootPath);
            services.AddDbContext<EnforcementDbContext>(options => options.UseSqlite(connectionString, sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery)));
        }

        services.AddScoped(typeof(IRepository<>), typeof(EfRepository<>));
        services.AddScoped(typeof(IReadRepository<>), typeof(EfRepository<>));

        var schedule = configuration.GetSection(HolidaySchedule.SectionName).Get<HolidaySchedule>() ?? new HolidaySchedule();
        services.AddSingleton(new LegalCalendar(schedule));

        services.Configure<CourtOptions>(configuration.GetSection(CourtOptions.SectionName));
        services.Configure<CaseClockOptions>(configuration.GetSection(CaseClockOptions.SectionName));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ICourtClock, CourtClock>();

        services.AddScoped<AuditWriter>();
        services.AddScoped<IAuditTrail>(provider => provider.GetRequiredService<AuditWriter>());
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<Enforcement.Application.Preservation.IExpiringHolds, ExpiringHolds>();

        services.AddEnforcementIdentity();

        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<DeadlineRefresher>();
        services.AddScoped<DemoDataSeeder>();
        return services;
    }

    /// <summary>
    /// ASP.NET Core Identity on the same database: users, roles, lockout (5 failures, 15 minutes) and a password
    /// of at least 10 characters. The host adds the authentication scheme that issues tokens.
    /// </summary>
    private static void AddEnforcementIdentity(this IServiceCollection services)
    {
        services.AddIdentityCore<AppUser>(options =>
            {
                options.Password.RequiredLength = UserRules.MinPasswordLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 4;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<EnforcementDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<StaffClaimsPrincipalFactory>();
        services.AddScoped<IUserAccounts, UserAccounts>();
        services.AddScoped<IdentitySeeder>();
    }

    private static string SqliteConnectionString(string configured, string contentRootPath)
    {
        var builder = new SqliteConnectionStringBuilder(configured);
        if (builder.DataSource is { Length: > 0 } path && path != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            builder.DataSource = Path.GetFullPath(path, contentRootPath);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        // Wait for a competing writer instead of failing at once with "database is locked".
        if (builder.DefaultTimeout < 10)
        {
            builder.DefaultTimeout = 10;
        }

        return builder.ToString();
    }
}
