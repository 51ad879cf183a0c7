using System.Text.Json.Serialization;
using Enforcement.Api.Endpoints;
using Enforcement.Api.ErrorHandling;
using Enforcement.Application;
using Enforcement.Application.Abstractions;
using Enforcement.Application.Behaviors;
using Enforcement.Domain.Common;
using Enforcement.Infrastructure;
using Enforcement.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.Json;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

// The official holiday lists live in their own file so that a new year's list is a configuration change.
builder.Configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "holidays.json"), optional: false, reloadOnChange: false);

builder.Services.AddEnforcement(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<ICurrentActor, HeaderActor>();
builder.Services.AddMediator(options =>
{
    options.Namespace = "Enforcement.Api.Mediator";
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.Assemblies = [typeof(AggregateRoot), typeof(AssemblyMarker)];
    options.PipelineBehaviors = [typeof(LoggingBehavior<,>), typeof(ValidationBehavior<,>)];
});

builder.Services.Configure<JsonOptions>(options =>
{
    options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
    options.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip;
});

// Malformed bodies and unbindable parameters throw, so that the exception handler answers with a problem.
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
{
    context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
    context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
    context.ProblemDetails.Extensions.TryAdd("code", context.ProblemDetails.Status switch
    {
        StatusCodes.Status404NotFound => "route.not_found",
        StatusCodes.Status405MethodNotAllowed => "route.method_not_allowed",
        _ => "http." + context.ProblemDetails.Status,
    });
});
builder.Services.AddExceptionHandler<ProblemExceptionHandler>();

builder.Services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
{
    document.Info.Title = "Enforcement API (执源治理)";
    document.Info.Description = "Case management for a county court's enforcement bureau: enforcement cases, deadlines and supervision.";
    return Task.CompletedTask;
}));
builder.Services.AddHealthChecks().AddDbContextCheck<EnforcementDbContext>(tags: [HealthEndpoints.ReadyTag]);

var app = builder.Build();

await using (var scope = app.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
}

app.UseExceptionHandler();
app.UseStatusCodePages();

app.MapOpenApi();
app.MapScalarApiReference();
app.MapHealth();
app.MapCases();
app.MapCaseLifecycle();
app.MapStaff();

await app.RunAsync();

/// <summary>The entry point, visible to the API tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;
