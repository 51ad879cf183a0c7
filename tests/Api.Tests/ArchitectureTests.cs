using System.Reflection;
using Enforcement.Application;
using Enforcement.Domain.Common;

using FluentValidation;
using Mediator;
using NetArchTest.Rules;

namespace Enforcement.Api.Tests;

/// <summary>The dependency rule (Api → Infrastructure, Web → Application → Domain), pinned so that a stray reference fails the build's tests.</summary>
public sealed class ArchitectureTests
{
    private static readonly Assembly Domain = typeof(AggregateRoot).Assembly;
    private static readonly Assembly Application = typeof(AssemblyMarker).Assembly;
    private static readonly Assembly Infrastructure = typeof(Enforcement.Infrastructure.DependencyInjection).Assembly;
    private static readonly Assembly Web = typeof(Enforcement.Web.Services.UiSender).Assembly;

    [Fact]
    public void The_domain_depends_on_nothing_but_the_base_library_and_the_event_abstraction() =>
        ShouldHaveNone(Types.InAssembly(Domain).ShouldNot().HaveDependencyOnAny(
            "Enforcement.Application", "Enforcement.Infrastructure", "Enforcement.Api", "Enforcement.Migrations",
            "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Microsoft.Extensions", "FluentValidation", "Ardalis", "Riok", "System.Text.Json"));

    [Fact]
    public void The_application_layer_has_no_ef_core_aspnet_core_or_outer_layer() =>
        ShouldHaveNone(Types.InAssembly(Application).ShouldNot().HaveDependencyOnAny(
            "Enforcement.Infrastructure", "Enforcement.Api", "Enforcement.Migrations", "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Microsoft.Data"));

    [Fact]
    public void Infrastructure_does_not_know_the_api() =>
        ShouldHaveNone(Types.InAssembly(Infrastructure).ShouldNot().HaveDependencyOnAny("Enforcement.Api", "Enforcement.Migrations"));

    [Fact]
    public void The_web_pages_reach_data_only_through_the_application_layer() =>
        ShouldHaveNone(Types.InAssembly(Web).ShouldNot().HaveDependencyOnAny(
            "Enforcement.Infrastructure", "Enforcement.Api", "Enforcement.Migrations", "Microsoft.EntityFrameworkCore"));

    [Fact]
    public void Every_command_has_a_validator()
    {
        var validated = Application.GetTypes()
            .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false } && typeof(IValidator).IsAssignableFrom(t))
            .SelectMany(t => t.GetInterfaces())
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))
            .Select(i => i.GetGenericArguments()[0])
            .ToHashSet();
        var commands = Application.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IBaseCommand).IsAssignableFrom(t)).ToList();

        commands.Count.ShouldBeGreaterThan(20);
        commands.Where(c => !validated.Contains(c)).Select(c => c.FullName).ShouldBeEmpty();
    }

    [Fact]
    public void Messages_and_handlers_are_public_and_not_generic_as_the_mediator_generator_requires()
    {
        var mediatorTypes = Application.GetTypes().Where(t => !t.IsAbstract && t.GetInterfaces().Any(i =>
            i == typeof(IBaseCommand) || i == typeof(IBaseQuery) || (i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(ICommandHandler<,>)
                                                                                          || i.GetGenericTypeDefinition() == typeof(IQueryHandler<,>)
                                                                                          || i.GetGenericTypeDefinition() == typeof(INotificationHandler<>)))));
        mediatorTypes.Where(t => !t.IsPublic || t.IsGenericTypeDefinition).Select(t => t.FullName).ShouldBeEmpty();
    }

    private static void ShouldHaveNone(ConditionList rule)
    {
        var result = rule.GetResult();
        (result.FailingTypes ?? []).Select(t => t.FullName).ShouldBeEmpty();
        result.IsSuccessful.ShouldBeTrue();
    }
}
