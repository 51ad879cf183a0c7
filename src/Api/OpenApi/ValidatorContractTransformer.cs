using System.Collections.Concurrent;
using System.Text.Json;
using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Validators;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Enforcement.Api.OpenApi;

/// <summary>
/// Makes the OpenAPI request schemas say what the validators enforce (docs/decisions/0011). A property that a
/// request's validator requires unconditionally (NotNull or NotEmpty without a When) is listed as required and
/// typed non-nullable; every other property is optional. Enums are typed as strings, their only accepted form.
/// The commands stay nullable so that a missing field is a 400 with a message for that field, not a JSON error.
/// </summary>
internal sealed class ValidatorContractTransformer(IServiceScopeFactory scopes) : IOpenApiSchemaTransformer, IOpenApiDocumentTransformer
{
    /// <summary>The Application's types by schema id (the type name), to find a component's validators.</summary>
    private static readonly IReadOnlyDictionary<string, Type> RequestTypes = typeof(Application.AssemblyMarker).Assembly.GetTypes()
        .Where(t => t is { IsPublic: true, IsGenericTypeDefinition: false })
        .GroupBy(t => t.Name, StringComparer.Ordinal)
        .Where(g => g.Count() == 1)
        .ToDictionary(g => g.Key, g => g.Single(), StringComparer.Ordinal);

    private readonly ConcurrentDictionary<Type, IReadOnlySet<string>?> _required = new();

    private static List<System.Text.Json.Nodes.JsonNode> Names(Type enumType) =>
        [.. Enum.GetNames(enumType).Select(name => (System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create(name))];

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if ((Nullable.GetUnderlyingType(type) ?? type) is { IsEnum: true } enumType)
        {
            // The enum's schema lists its names, the only values the contract reads (Hosting.ExactEnumNames); whether a
            // field may be left out is the field's business.
            schema.Type = JsonSchemaType.String;
            schema.Enum = Names(enumType);
            return Task.CompletedTask;
        }

        if (context.JsonTypeInfo.ElementType is { IsEnum: true } elementType && schema.Items is null)
        {
            // A list of enum values: the generator leaves its items out, as for a single value.
            schema.Items = new OpenApiSchema { Type = JsonSchemaType.String, Enum = Names(elementType) };
            return Task.CompletedTask;
        }

        if (schema.Properties is not { Count: > 0 } properties || RequiredBy(type) is not { } required)
        {
            return Task.CompletedTask;
        }

        schema.Required = new HashSet<string>(required.Where(properties.ContainsKey), StringComparer.Ordinal);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Once every schema exists, a required property is made non-nullable: its null type is dropped, and a nullable
    /// reference (<c>oneOf: [null, $ref]</c>, built after the schema transformers ran) becomes the plain reference.
    /// </summary>
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var (id, component) in document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
        {
            // Only request types: a response record's constructor makes its fields "required" (always present),
            // which says nothing about whether they may be null.
            if (component is not OpenApiSchema { Required: { Count: > 0 } required, Properties: { } properties }
                || !RequestTypes.TryGetValue(id, out var type) || RequiredBy(type) is null)
            {
                continue;
            }

            foreach (var name in required.Where(properties.ContainsKey))
            {
                properties[name] = NonNullable(properties[name]);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>The JSON names of the properties <paramref name="type"/>'s validators require; null when it has no validator.</summary>
    private IReadOnlySet<string>? RequiredBy(Type type) => _required.GetOrAdd(type, t =>
    {
        using var scope = scopes.CreateScope();
        var validators = scope.ServiceProvider.GetServices(typeof(IValidator<>).MakeGenericType(t)).OfType<IValidator>().ToList();
        if (validators.Count == 0)
        {
            return null;
        }

        return validators
            .SelectMany(v => RulesOf(v, scope.ServiceProvider))
            .Where(rule => rule.PropertyName is not null && !rule.PropertyName.Contains('.', StringComparison.Ordinal)
                           && rule.Components.Any(c => c.Validator is INotNullValidator or INotEmptyValidator && !c.HasCondition && !c.HasAsyncCondition))
            .Select(rule => JsonNamingPolicy.CamelCase.ConvertName(rule.PropertyName!))
            .ToHashSet(StringComparer.Ordinal);
    });

    /// <summary>
    /// A validator's rules, with those of the validators it includes unconditionally (<c>Include(new
    /// PartyFieldsValidator…)</c>): the descriptor lists an include as one rule without a property.
    /// </summary>
    private static IEnumerable<IValidationRule> RulesOf(IValidator validator, IServiceProvider services) =>
        validator.CreateDescriptor().Rules.SelectMany(rule => rule is IIncludeRule
            ? rule.Components.Where(c => !c.HasCondition && !c.HasAsyncCondition).Select(c => c.Validator).OfType<IChildValidatorAdaptor>()
                .SelectMany(child => Built(child.ValidatorType, services) is { } included ? RulesOf(included, services) : [])
            : [rule]);

    /// <summary>The included validator, built with the services it asks for; none (so no rules listed) when it cannot be built.</summary>
    private static IValidator? Built(Type type, IServiceProvider services)
    {
        if (type.IsAbstract || !typeof(IValidator).IsAssignableFrom(type))
        {
            return null;
        }

        try
        {
            return (IValidator)ActivatorUtilities.CreateInstance(services, type);
        }
        catch (InvalidOperationException)
        {
            return null; // a constructor argument no service provides
        }
    }

    private static IOpenApiSchema NonNullable(IOpenApiSchema property)
    {
        switch (property)
        {
            case OpenApiSchema { OneOf: { Count: > 0 } oneOf } when oneOf.Count(s => s.Type != JsonSchemaType.Null) == 1:
                return oneOf.Single(s => s.Type != JsonSchemaType.Null);
            case OpenApiSchema { Type: { } type } schema:
                schema.Type = type & ~JsonSchemaType.Null;
                return schema;
            default:
                return property;
        }
    }
}
