using Enforcement.Application;
using Enforcement.Application.Abstractions;
using Enforcement.Application.Auditing;
using Enforcement.Application.Behaviors;
using Enforcement.Application.Outbox;
using Enforcement.Application.Users;
using Enforcement.Domain.Calendar;
using Enforcement.Domain.Common;
using Enforcement.Infrastructure.Auditing;
using Enforcement.Infrastructure.Calendar;
using Enforcement.Infrastructure.Hosting;
using Enforcement.Infrastructure.Identity;
using Enforcement.Infrastructure.Outbox;
using Enforcement.Infrastructure.Persistence;
using Enforcement.Infrastructure.Persistence.Providers;
using Enforcement.Infrastructure.Persistence.Search;
using Enforcement.Infrastructure.Seeding;
using Enforcement.Infrastructure.Time;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Enforcement.Infrastructure;

public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>The database engine: <c>Sqlite</c> (the default: one file, one host) or <c>Postgres</c> (several hosts on one server).</summary>
    public string Provider { get; set; } = SqliteDatabaseProvider.ProviderName;

    /// <summary>Seeds demo cases once into an empty database. Switched on by the Development profile.</summary>
    public bool SeedDemoData { get; set; }
}

public static class DependencyInjection
{
    public const string ConnectionStringName = "Enforcement";
    public const string DefaultConnectionString = "Data Source=data/enforcement.db";

    /// <summary>
    /// Everything a host needs, in one call: the Mediator pipeline (logging, audit, validation, retry of unversioned changes) with every handler,
    /// the workflow, the database and its provider, the court clock, the legal calendar (the shipped holiday lists
    /// overlaid by the <c>LegalCalendar</c> section), Identity, Data Protection, the audit trail, the outbox and its
    /// dispatcher, start-up initialization, and a configured actor for hosts without logins (section <c>Actor</c>).
    /// A relative SQLite path is resolved against <paramref name="contentRootPath"/> (default: the current directory).
    /// A host that is not a generic host calls <see cref="EnforcementInitialization.InitializeEnforcementAsync(IServiceProvider, CancellationToken)"/> itself.
    /// </summary>
    public static IServiceCollection AddEnforcement(this IServiceCollection services, IConfiguration configuration, string? contentRootPath = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddEnforcementApplication();
        services.AddMediator(options =>
        {
            options.Namespace = "Enforcement.Infrastructure.Mediator";
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(AggregateRoot), typeof(AssemblyMarker)];
            options.PipelineBehaviors = [typeof(LoggingBehavior<,>), typeof(AuditBehavior<,>), typeof(ValidationBehavior<,>), typeof(ConcurrencyRetryBehavior<,>)];
        });

        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.SectionName));
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        IDatabaseProvider provider = database.Provider switch
        {
            var name when string.Equals(name, SqliteDatabaseProvider.ProviderName, StringComparison.OrdinalIgnoreCase) =>
                new SqliteDatabaseProvider(contentRootPath ?? Directory.GetCurrentDirectory()),
            var name when string.Equals(name, PostgresDatabaseProvider.ProviderName, StringComparison.OrdinalIgnoreCase) =>
                new PostgresDatabaseProvider(),
            var name => throw new InvalidOperationException(
                $"Database:Provider '{name}' is not supported; use '{SqliteDatabaseProvider.ProviderName}' or '{PostgresDatabaseProvider.ProviderName}'."),
        };
        var connectionString = configuration.GetConnectionString(ConnectionStringName) ?? DefaultConnectionString;
        services.AddSingleton(provider);
        // The options are built once: built per request, EF Core would re-hash them to find its internal services on every one.
        var dataVersion = new DataVersion(seesEveryChange: provider.OneHost);
        // Pooled: a context's own EF Core services are built once, not for each request (about a tenth of a registration's
        // CPU was building them). Each scope leases one and gives it that scope's audit writer (decision 27).
        services.AddPooledDbContextFactory<EnforcementDbContext>(
            options => provider.Configure(
                options.AddInterceptors(new DataVersionCommits(dataVersion))
                    // A failed save is the caller's to answer: a duplicate is a 409 and a lost race is retried, and what
                    // is not expected is logged once, with the request, as a 500. EF Core's own error lines would
                    // log every duplicate with a stack trace.
                    .ConfigureWarnings(w => w.Log(
                        (Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.SaveChangesFailed, Microsoft.Extensions.Logging.LogLevel.Debug),
                        (Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandError, Microsoft.Extensions.Logging.LogLevel.Debug))),
                connectionString));
        services.AddScoped(scope => scope.GetRequiredService<IDbContextFactory<EnforcementDbContext>>().CreateDbContext().Lease(
            scope.GetService<OutboxSignal>(), scope.GetService<AuditWriter>(), scope.GetService<TimeProvider>(), scope.GetService<DataVersion>()));
        services.AddScoped<IUnitOfWork, ContextUnitOfWork>();
        services.AddScoped(typeof(IRepository<>), typeof(EfRepository<>));
        services.AddScoped(typeof(IReadRepository<>), typeof(EfReadRepository<>));

        services.AddSingleton(new LegalCalendar(HolidayLists.Load(configuration)));
        services.AddEnforcementOptions(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ICourtClock, CourtClock>();

        services.Configure<ActorOptions>(configuration.GetSection(ActorOptions.SectionName));
        services.TryAddScoped<ICurrentActor, ConfiguredActor>();
        services.TryAddSingleton<Application.Auditing.IRequestOrigin, Application.Auditing.NoRequestOrigin>();
        services.AddDataProtection().SetApplicationName("Enforcement");

        services.Configure<AuditQueueOptions>(configuration.GetSection(AuditQueueOptions.SectionName));
        services.AddSingleton(scope => new AuditQueue(Math.Max(1, scope.GetRequiredService<Microsoft.Extensions.Options.IOptions<AuditQueueOptions>>().Value.Capacity)));
        services.AddScoped<AuditWriter>();
        services.AddScoped<IAuditTrail>(provider => provider.GetRequiredService<AuditWriter>());
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<Application.Preservation.IExpiringHolds, ExpiringHolds>();
        services.AddScoped<Application.Dashboard.IDashboardSums, DashboardSums>();
        services.AddScoped<Application.Cases.GetCase.ICaseTimeline, CaseTimeline>();
        services.AddScoped<ICaseTextIndex, CaseTextIndex>();

        services.AddSingleton<OutboxSignal>();
        services.AddSingleton(dataVersion);
        services.AddSingleton<IDataVersion>(provider => provider.GetRequiredService<DataVersion>());
        services.AddSingleton<OutboxDispatcher>();
        services.AddScoped<IOutboxAdmin, OutboxAdmin>();

        services.AddEnforcementIdentity();

        services.AddSingleton<EnforcementInitialization.InitializedOnce>();
        services.AddSingleton<InstanceLock>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<DeadlineRefresher>();
        services.AddScoped<SearchTextRefresher>();
        services.AddScoped<CaseSearchBackfill>();
        services.AddScoped<FragmentIndexRefresher>();
        services.AddScoped<DemoDataSeeder>();

        // Initialization first, then the dispatcher, which reads the migrated outbox.
        services.AddHostedService<EnforcementStartup>();
        services.AddHostedService<AuditQueueWriter>(); // stops after the services below, so their last rows are written
        services.AddHostedService<OutboxWorker>();
        services.AddHostedService<ReinquiryTaskPlanner>();
        services.AddHostedService<DashboardWarmUp>();
        return services;
    }

    /// <summary>
    /// ASP.NET Core Identity on the same database: users, roles, lockout (5 failures, 15 minutes), a password
    /// of at least 10 characters that is neither the user name nor a common one, and login sessions whose refresh
    /// tokens rotate. The host adds the authentication scheme that issues tokens.
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
            .AddClaimsPrincipalFactory<StaffClaimsPrincipalFactory>()
            .AddPasswordValidator<PasswordRules>();
        services.AddScoped<IUserAccounts, UserAccounts>();
        services.AddScoped<LoginSessions>();
        services.AddScoped<IdentitySeeder>();
    }
}
