using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Application;

public static class DependencyInjection
{
    /// <summary>Registers the application layer's validators and services. Handlers are wired by the host's Mediator generator.</summary>
    public static IServiceCollection AddEnforcementApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssemblyContaining<AssemblyMarker>(ServiceLifetime.Scoped, includeInternalTypes: false);
        services.AddScoped<Cases.CaseWorkflow>();
        services.AddScoped<Preservation.PreservationWorkflow>();
        return services;
    }
}

/// <summary>Marks the Application assembly for scanning.</summary>
public sealed class AssemblyMarker;
