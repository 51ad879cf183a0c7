using Enforcement.Application.Common.Workflows;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the application layer's validators, the one workflow, and each aggregate's definition.
    /// Handlers are wired by the Mediator generator in the composition library.
    /// </summary>
    public static IServiceCollection AddEnforcementApplication(this IServiceCollection services)
    {
        // Singletons: a validator holds its rules and no request state, and building the rules per request cost 2% of a
        // registration's CPU. Their one dependency is the court's clock, itself a singleton.
        services.AddValidatorsFromAssemblyContaining<AssemblyMarker>(ServiceLifetime.Singleton, includeInternalTypes: false);
        services.AddScoped(typeof(Workflow<,>));
        services.AddSingleton<Behaviors.AggregateGates>();
        services.AddSingleton<Dashboard.DashboardSnapshots>();
        services.AddScoped<Auditing.RefusalAudit>();
        services.AddScoped<LinkedUnits.LinkedUnitRegistry>();
        services.AddScoped<LinkedUnits.UnitMatcher>();
        services.AddScoped<Obligations.ObligationWork>();
        services.AddScoped<Cases.Lifecycle.WhatFollowsTheClosure>();
        services.AddScoped<Cases.Lifecycle.WhatFollowsAPayment>();
        services.AddScoped<Cases.Lifecycle.CasePaymentsAsOf>();
        services.AddScoped<Petitions.PetitionReader>();
        services.AddScoped<Petitions.PetitionWork>();
        services.AddScoped<Security.CaseWorkGuard>();
        services.AddScoped<Tasks.TaskWork>();
        services.AddScoped<Tasks.MeasureCompletesTasks>();
        services.AddScoped<Supervision.StaffLookup>();
        services.AddScoped<Supervision.KeyCaseDesignation>();
        services.AddScoped<Supervision.SupervisionOrderAccess>();
        services.AddScoped<Supervision.SupervisionSubjects>();
        services.AddScoped<Supervision.OrdersFollowTheHandler>();
        foreach (var definition in typeof(AssemblyMarker).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            var definitionOf = definition.BaseType;
            if (definitionOf is { IsGenericType: true } && definitionOf.GetGenericTypeDefinition() == typeof(AggregateDefinition<,>))
            {
                services.AddSingleton(definitionOf, definition);
            }
        }

        return services;
    }
}

/// <summary>Marks the Application assembly for scanning.</summary>
public sealed class AssemblyMarker;
