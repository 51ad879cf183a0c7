using System.Globalization;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Enforcement.Api.Endpoints;
using Enforcement.Api.ErrorHandling;
using Enforcement.Api.Hosting;
using Enforcement.Api.OpenApi;
using Enforcement.Api.Security;
using Enforcement.Application.Abstractions;
using Enforcement.Domain.Calendar;
using Enforcement.Infrastructure;
using Enforcement.Infrastructure.Hosting;
using Enforcement.Infrastructure.Identity;
using Enforcement.Infrastructure.Persistence;
using Enforcement.Infrastructure.Time;
using Enforcement.Web.Services;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

// `create-admin` sets up a production database: it must never seed the Development demo users and data.
var creatingAdmin = args is ["create-admin", ..];
if (creatingAdmin)
{
    builder.Configuration["Database:SeedDemoData"] = "false";
}

HostSettings settings;
HttpLimitsOptions http;
ForwardedHeadersSettings forwarded;
try
{
    builder.Services.AddEnforcement(builder.Configuration, builder.Environment.ContentRootPath);
    settings = HostSettings.Read(builder.Configuration, builder.Environment);
    http = builder.Configuration.GetSection(HttpLimitsOptions.SectionName).Get<HttpLimitsOptions>() ?? new HttpLimitsOptions();
    forwarded = builder.Configuration.GetSection(ForwardedHeadersSettings.SectionName).Get<ForwardedHeadersSettings>() ?? new ForwardedHeadersSettings();
    forwarded.Check();
}
catch (Exception error) when (error is InvalidOperationException or FormatException)
{
    return await ConfigurationErrorAsync([error.Message]);
}

if (settings.Problems().Concat(http.Problems()).ToList() is { Count: > 0 } problems)
{
    return await ConfigurationErrorAsync(problems);
}

// The library (AddEnforcement, above) wires everything; the API adds the logged-in user as the actor, tokens, policies and HTTP.
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<ICurrentActor, ClaimsActor>();
builder.Services.AddScoped<Enforcement.Application.Auditing.IRequestOrigin, RequestOrigins>();

// Login: bearer tokens from ASP.NET Core Identity. Tokens are protected by Data Protection keys kept outside
// the repository (Auth:KeysPath, by default the git-ignored data/keys); a new machine generates its own.
var keysPath = Path.GetFullPath(builder.Configuration["Auth:KeysPath"] ?? "data/keys", builder.Environment.ContentRootPath);
var keyRing = builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(keysPath));
if (builder.Configuration["Auth:KeyCertificatePath"] is { Length: > 0 } certificatePath)
{
    // Keys at rest are encrypted with this certificate (PFX); without it they are plain XML files, readable by anyone who can read the folder.
    keyRing.ProtectKeysWithCertificate(System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(
        Path.GetFullPath(certificatePath, builder.Environment.ContentRootPath), builder.Configuration["Auth:KeyCertificatePassword"]));
}

// Two kinds of login in one host: bearer tokens for /api, the Identity cookie for the pages. The scheme is chosen by
// path, so a cookie never authorizes an API call (which closes cross-site request forgery on the API).
builder.Services.AddScoped<PasswordLogin>();
builder.Services.AddAuthentication(options =>
    {
        options.DefaultScheme = WebLogin.Scheme;
        options.DefaultChallengeScheme = WebLogin.Scheme;
    })
    .AddPolicyScheme(WebLogin.Scheme, "Bearer token for /api, cookie for the pages", options =>
        options.ForwardDefaultSelector = context => context.Request.Path.StartsWithSegments("/api")
            ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme)
    .AddBearerToken(IdentityConstants.BearerScheme, options =>
    {
        options.BearerTokenExpiration = TimeSpan.FromMinutes(settings.AccessTokenMinutes);
        options.RefreshTokenExpiration = TimeSpan.FromDays(settings.RefreshTokenDays);
        // RFC 9110 §11.1: the scheme's name is case-insensitive ("bearer …" too); the handler itself reads "Bearer " only.
        options.Events.OnMessageReceived = context =>
        {
            var header = context.Request.Headers.Authorization.ToString();
            if (header.Length > 7 && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                context.Token = header[7..].Trim();
            }

            return Task.CompletedTask;
        };
    })
    .AddCookie(IdentityConstants.ApplicationScheme, WebLogin.Configure(settings));
builder.Services.AddEnforcementWeb();
builder.Services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, SessionRevalidation>();
// Run from build output, static assets would add a GET-only catch-all for files ({**path:file}), which makes every other
// method on every path (/api included) answer 405 instead of 404. Every file the pages use is in the built manifest.
builder.Configuration["DisableStaticAssetNotFoundRuntimeFallback"] = "true";
builder.Services.AddEnforcementAuthorization();
builder.Services.AddRateLimiter(options =>
{
    options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
    options.OnRejected = (context, _) =>
    {
        if (context.HttpContext.Request.Path.StartsWithSegments("/account"))
        {
            context.HttpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
            context.HttpContext.Response.Headers.Location = AccountEndpoints.LoginPage("auth.too_many_attempts");
            return ValueTask.CompletedTask;
        }

        // The body is the usual problem (code auth.too_many_attempts); the header says when to try again.
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(Math.Max(retryAfter.TotalSeconds, 1))).ToString(CultureInfo.InvariantCulture);
        return ValueTask.CompletedTask;
    };
    options.AddPolicy(AuthEndpoints.LoginRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
        _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = settings.LoginsPerMinute,
            Window = TimeSpan.FromMinutes(1),
        }));
});

builder.Services.Configure<ForwardedHeadersOptions>(forwarded.Apply);
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.Limits.MaxRequestBodySize = http.MaxRequestBodyBytes;
    kestrel.Limits.MaxRequestLineSize = RequestGuardMiddleware.ServerLineLimit;
    kestrel.Limits.MaxRequestHeadersTotalSize = RequestGuardMiddleware.ServerHeaderLimit;
    kestrel.Limits.MaxRequestHeaderCount = RequestGuardMiddleware.ServerHeaderCountLimit;
    kestrel.AddServerHeader = false; // the server's name and kind tell an attacker what to try
});
builder.Services.AddCors(options => options.AddDefaultPolicy(policy =>
    policy.WithOrigins(http.CorsOrigins).AllowAnyHeader().AllowAnyMethod().WithExposedHeaders("ETag", "Location")));

builder.Services.AddOptions<JsonOptions>().Configure<IOptions<CourtOptions>>((options, court) =>
{
    // An instant typed without an offset is the court's wall-clock time, not the server's.
    options.SerializerOptions.Converters.Add(new CourtLocalTimes(court.Value.Zone));
    // Enums travel as their names only, spelled exactly: a number, another case or a comma list is refused.
    options.SerializerOptions.Converters.Add(new ExactEnumNames());
    options.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip;
    options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict; // "amount": "1" is a string, not a number
    // {"amount": 1, "amount": 2} (or "Amount") is refused: a proxy or a log that keeps the first value would read
    // another amount than the one recorded.
    options.SerializerOptions.AllowDuplicateProperties = false;
});

// Malformed bodies and unbindable parameters throw, so that the exception handler answers with a problem.
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
{
    // A refused address may be 256 KB long: the answer names at most 512 characters of it, as the log does.
    context.ProblemDetails.Instance ??= RequestLoggingMiddleware.Shortened(context.HttpContext.Request.Path.Value ?? "");
    context.ProblemDetails.Type ??= context.ProblemDetails.Status switch
    {
        StatusCodes.Status429TooManyRequests => "https://www.rfc-editor.org/rfc/rfc6585#section-4",
        StatusCodes.Status431RequestHeaderFieldsTooLarge => "https://www.rfc-editor.org/rfc/rfc6585#section-5",
        _ => null,
    };
    if (context.ProblemDetails.Status == StatusCodes.Status415UnsupportedMediaType)
    {
        context.ProblemDetails.Detail ??= ProblemExceptionHandler.UnsupportedMediaTypeDetail;
    }

    context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
    context.ProblemDetails.Extensions.TryAdd("code", context.ProblemDetails.Status switch
    {
        StatusCodes.Status401Unauthorized => "auth.unauthenticated",
        StatusCodes.Status403Forbidden => "auth.forbidden",
        StatusCodes.Status404NotFound => "route.not_found",
        StatusCodes.Status405MethodNotAllowed => "route.method_not_allowed",
        StatusCodes.Status413PayloadTooLarge => "request.too_large",
        StatusCodes.Status415UnsupportedMediaType => "request.unsupported_media_type",
        StatusCodes.Status429TooManyRequests => "auth.too_many_attempts",
        _ => "http." + context.ProblemDetails.Status,
    });
});
builder.Services.AddExceptionHandler<ProblemExceptionHandler>();

builder.Services.AddOpenApi(options => options
    .AddSchemaTransformer<ValidatorContractTransformer>()
    .AddDocumentTransformer<ValidatorContractTransformer>()
    .AddOperationTransformer<ApiContractTransformer>()
    .AddDocumentTransformer<ApiContractTransformer>()
    .AddDocumentTransformer((document, _, _) =>
{
    document.Info.Title = "Enforcement API (执源治理)";
    document.Info.Description = "Case management for a county court's enforcement bureau: enforcement cases, deadlines and supervision. Log in at /api/auth/login and send the token as `Authorization: Bearer …`.";
    document.Components ??= new Microsoft.OpenApi.OpenApiComponents();
    document.Components.SecuritySchemes ??= new Dictionary<string, Microsoft.OpenApi.IOpenApiSecurityScheme>();
    document.Components.SecuritySchemes["Bearer"] = new Microsoft.OpenApi.OpenApiSecurityScheme
    {
        Type = Microsoft.OpenApi.SecuritySchemeType.Http,
        Scheme = "bearer",
        Description = "The accessToken from POST /api/auth/login.",
    };
    document.Security = [new Microsoft.OpenApi.OpenApiSecurityRequirement { [new Microsoft.OpenApi.OpenApiSecuritySchemeReference("Bearer", document)] = [] }];
    return Task.CompletedTask;
}));
builder.Services.AddHealthChecks().AddDbContextCheck<EnforcementDbContext>(tags: [HealthEndpoints.ReadyTag]);

var app = builder.Build();

try
{
    // The library's settings (court time zone, periods, outbox) are checked before anything reads them.
    app.Services.GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>().Validate();
}
catch (Microsoft.Extensions.Options.OptionsValidationException error)
{
    return await ConfigurationErrorAsync(error.Failures);
}

// The database is brought up to date (migrations, roles, deadlines) on another thread, while this one maps the endpoints
// and builds their request delegates (about 0.5 s for 240 on two cores); the host listens once both are done.
var initialized = Task.Run(async () =>
{
    await using var scope = app.Services.CreateAsyncScope();
    await scope.ServiceProvider.InitializeEnforcementAsync();
    var calendar = scope.ServiceProvider.GetRequiredService<LegalCalendar>();
    var thisYear = scope.ServiceProvider.GetRequiredService<ICourtClock>().Today.Year;
    foreach (var year in new[] { thisYear, thisYear + 1 }.Where(y => !calendar.Covers(y)))
    {
        // Deadlines in such a year skip weekends only; case details say so (deadlineAssumesWeekendsOnly).
        app.Logger.LogWarning("No holiday list is configured for {Year}: add it under LegalCalendar:Years in appsettings.json when the State Council publishes it", year);
    }
});

// `dotnet run --project src/Api -- create-admin <name>` creates the first administrator of a database,
// reading the password from standard input, and exits.
if (creatingAdmin && args is [_, var adminName, ..])
{
    await initialized;
    var password = Console.In.ReadLine()?.TrimEnd('\r', '\n');
    if (string.IsNullOrEmpty(password))
    {
        await Console.Error.WriteLineAsync("Give the password on standard input.");
        return 2;
    }

    await using var scope = app.Services.CreateAsyncScope();
    try
    {
        await scope.ServiceProvider.GetRequiredService<IdentitySeeder>().CreateAdminAsync(adminName, password);
    }
    catch (InvalidOperationException error)
    {
        await Console.Error.WriteLineAsync(error.Message);
        return 1;
    }

    await Console.Out.WriteLineAsync($"Administrator '{adminName}' created.");
    return 0;
}

if (forwarded.Enabled)
{
    app.UseForwardedHeaders();
}

app.UseMiddleware<RequestLoggingMiddleware>();
app.UseExceptionHandler();
app.UseStatusCodePages(WebLogin.StatusCodePageAsync);
app.UseSecurityHeaders();
if (settings.Https)
{
    app.UseHsts();
    app.UseHttpsRedirection();
}

app.UseRequestBodyLimit(http.MaxRequestBodyBytes);
app.UseRequestGuards();
app.UseCors();
app.UseAuthentication();
app.UseMiddleware<ActiveUserMiddleware>();
app.UseRateLimiter();
app.UseAuthorization();
app.UseAntiforgery();

if (settings.ApiDocs)
{
    // One document. Its handler would also read a document name from the query and answer an unknown one in plain text.
    app.MapOpenApi("/openapi/v1.json").AllowAnonymous().AddEndpointFilter((context, next) =>
        context.HttpContext.Request.Query.ContainsKey("documentName")
            ? ValueTask.FromResult<object?>(TypedResults.Problem(ProblemExceptionHandler.Problem(
                StatusCodes.Status404NotFound, "route.not_found", "Not Found", "The only document is /openapi/v1.json.")))
            : next(context));
    app.MapScalarApiReference().AllowAnonymous();
}

app.MapHealth();
app.MapAuth();
app.MapCases();
app.MapCaseLifecycle();
app.MapPreservation();
app.MapLinkedUnits();
app.MapObligations();
app.MapPetitions();
app.MapPreEnforcement();
app.MapTasks();
app.MapAssistance();
app.MapSupervision();
app.MapDashboard();
app.MapWorklist();
app.MapStaff();
app.MapUsers();
app.MapAudit();
app.MapOutbox();
app.MapAccount();
app.MapDownloads();
app.MapEnforcementWeb();

// Reading the endpoints builds their request delegates now, once, beside the database's start-up work, not at the first
// request; the framework's later readers reuse them (EndpointsBuiltOnce).
EndpointsBuiltOnce.Apply(app);
_ = ((IEndpointRouteBuilder)app).DataSources.Sum(source => source.Endpoints.Count);
await initialized;
await app.RunAsync();
return 0;

// A setting that cannot work stops the start with one line per problem, naming the setting, and exit code 3.
static async Task<int> ConfigurationErrorAsync(IEnumerable<string> problems)
{
    foreach (var problem in problems)
    {
        await Console.Error.WriteLineAsync($"Configuration error: {problem}");
    }

    return 3;
}

/// <summary>The entry point, visible to the API tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;
