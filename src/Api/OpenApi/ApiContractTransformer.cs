using System.Globalization;
using System.Text.Json.Nodes;
using Enforcement.Application.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace Enforcement.Api.OpenApi;

/// <summary>
/// Completes the contract beyond what the endpoints declare, so that the document lints clean (spectral:oas,
/// redocly recommended) and a client knows every answer it can get:
/// <list type="bullet">
/// <item>401 and 403 where a policy applies, 429 where a rate limit does, 413 and 415 where there is a body, 400
/// where there is any input, and 500 everywhere, each an <c>application/problem+json</c>;</item>
/// <item>the <c>If-Match</c> request header where a version is checked, and the <c>ETag</c> and <c>Location</c>
/// response headers where they are sent;</item>
/// <item>a description for every operation and parameter, and a realistic example for every request body;</item>
/// <item>the problem schema's <c>code</c>, <c>traceId</c> and <c>errors</c>; tags, contact, licence and server.</item>
/// </list>
/// </summary>
internal sealed class ApiContractTransformer : IOpenApiOperationTransformer, IOpenApiDocumentTransformer
{
    private const string Problem = "application/problem+json";

    private static readonly Dictionary<string, string> ParameterDescriptions = new(StringComparer.Ordinal)
    {
        ["id"] = "The record's id (a GUID).",
        ["measureId"] = "The measure's id, from the record's `measures`.",
        ["extensionId"] = "The extension request's id, from the case's `extensions`.",
        ["recordId"] = "The id of the entry to void, from the case's timeline (`recordId`).",
        ["outcome"] = "A settlement's end (in the path): `performed` or `breached`. Prompts (in the query): only prompts with this outcome.",
        ["page"] = $"Page number, from 1 (default) to {Paging.MaxPage}.",
        ["pageSize"] = $"Items per page, default {Paging.DefaultPageSize}, at most {Paging.MaxPageSize} (a larger value is capped).",
        ["q"] = "A fragment to search for, matched without regard to Latin letter case or width.",
        ["number"] = "A case number, matched exactly in either parenthesis style, such as （2025）湘0681执1234号.",
        ["status"] = "Only records in this status.",
        ["caseType"] = "Only cases of this type.",
        ["enterpriseRelated"] = "Only enterprise-related cases (涉企), or only the others.",
        ["publicBodyDebtor"] = "Only cases whose respondent is a public body, or only the others.",
        ["filedFrom"] = "Filed on or after this date (yyyy-MM-dd).",
        ["filedTo"] = "Filed on or before this date (yyyy-MM-dd).",
        ["sort"] = "Order: `-filedOn` (newest first), `filedOn`, `deadline`, or `reinquiryDueOn` (with `due=reinquiryDue` only). Without it the list is newest first and a worklist is read in its own order: `overdue` and `within5days` by deadline, `noHandler` by filing date, `reinquiryDue` by its due date.",
        ["due"] = "A worklist: `overdue`, `within5days`, `noHandler` or `reinquiryDue`.",
        ["unit"] = "Only staff of this court unit.",
        ["active"] = "Only active staff, or only deactivated staff.",
        ["entityType"] = "Only rows about this kind of record: EnforcementCase, PreservationOrder, LinkedUnit, Obligation, Petition, PrePerformancePrompt, EnforcementTask, AssistanceRequest, StaffMember, User, Endpoint.",
        ["entityId"] = "Only rows about the record with this id.",
        ["user"] = "Only rows written by, or about a login of, this user name.",
        ["from"] = "From this court date (yyyy-MM-dd), inclusive.",
        ["to"] = "To this court date (yyyy-MM-dd), inclusive.",
        ["withinDays"] = "Measures whose hold ends within this many days (default 30).",
        ["renewalRequestDueWithinDays"] = "Only measures whose renewal must be requested within this many days.",
        ["kind"] = "Only units of this kind.",
        ["publicBody"] = "Only public bodies (departments, townships, communities, public institutions, state-owned enterprises), or only the others.",
        ["unitId"] = "Only obligations of this linked unit.",
        ["caseId"] = "Only records on this case.",
        ["overdue"] = "Only records past a deadline, or only the others. Obligations: unpaid past the statutory due date or an instalment's due date. Petitions: a deadline of the court's passed unmet. Prompts: past the performance deadline with no outcome. Tasks: open or claimed past the due date. Assistance requests: unanswered past the reply due date.",
        ["escalationSuggested"] = "Only obligations the rules allow to escalate to the next level today, or only the others.",
        ["state"] = "Escalations without an outcome: `open` (default), `awaitingInstruction` or `pastFollowUp`.",
        ["asOf"] = "The date the figures are counted as of (yyyy-MM-dd); today by default.",
        ["linkedUnitId"] = "The linked unit's id.",
        ["letterId"] = "The letter's id, from the obligation's `letters`.",
        ["suggestionId"] = "The judicial suggestion's id, from the obligation's `suggestions`.",
        ["escalationId"] = "The escalation's id, from the obligation's `escalations`.",
        ["caseNumber"] = "Only petitions about this case number, in either parenthesis style.",
        ["receivedFrom"] = "Received on or after this date (yyyy-MM-dd).",
        ["receivedTo"] = "Received on or before this date (yyyy-MM-dd).",
        ["channel"] = "Only petitions that came this way: Visit, Letter, Online, Phone or Forwarded.",
        ["category"] = "Only petitions of this category.",
        ["dueWithinDays"] = "Only petitions whose next deadline falls from today to today + N days (0 to 366), soonest first.",
        ["repeat"] = "Only repeat petitions (重复访), or only the others.",
        ["collective"] = "Only collective visits (集体访), or only the others.",
        ["flagged"] = "Only repeat petitions or collective visits, or only the others.",
        ["unresolvedCases"] = "Only petitions with a case number the registry did not know, or only the others.",
        ["identity"] = "The petitioner's resident ID or unified social credit code.",
        ["name"] = "The petitioner's name, with `phone`, when no ID is known.",
        ["phone"] = "The petitioner's phone, with `name`.",
        ["linkId"] = "The related case's link id, from the petition's `cases`.",
        ["effectiveFrom"] = "Judgments that took effect on or after this date (yyyy-MM-dd).",
        ["effectiveTo"] = "Judgments that took effect on or before this date (yyyy-MM-dd).",
        ["pending"] = "Only prompts with no outcome yet, or only those with one.",
        ["type"] = "Only records of this type.",
        ["open"] = "Only open or claimed tasks, or only completed and cancelled ones.",
        ["origin"] = "Only tasks made this way: Manual, FirstSteps or Reinquiry.",
        ["claimedBy"] = "Only tasks claimed by this staff member (id).",
        ["mine"] = "Only the tasks the logged-in member claimed.",
        ["answered"] = "Only requests the unit answered, or only the unanswered.",
        ["sentFrom"] = "Sent on or after this date (yyyy-MM-dd).",
        ["sentTo"] = "Sent on or before this date (yyyy-MM-dd).",
    };

    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["Authentication"] = "Log in, refresh and log out. Tokens are bearer tokens; refresh tokens are single-use.",
        ["Cases"] = "The enforcement case registry (执行案件): register, read and search.",
        ["Case lifecycle"] = "Work a case to closure: handler, measures, payments, pauses, extensions, settlement, closure (终本), corrections.",
        ["Preservation"] = "Preservation orders (保全) and their seals and freezes, renewals, lifting deadlines and conversion.",
        ["Linked units"] = "The registry of bodies the court works with (联动单位), and the links of case respondents to them.",
        ["Obligations"] = "Public-body debts (行政纠纷联动调处): urging letters, plans, payments, mediation, judicial suggestions, escalation, the report to the city.",
        ["Petitions"] = "Petition reception (信访): visits, letters and online petitions with their legal deadlines, workflow, repeat and collective flags.",
        ["Pre-enforcement"] = "Prompting before enforcement (执前督促): judgments with a money obligation, the notice, follow-ups, outcomes and the voluntary performance rate (自动履行率).",
        ["Task pool"] = "The central task pool (集约执行): routine work on cases, claimed by the team and completed into the case's measures.",
        ["Assistance requests"] = "Requests to linked units (联动执行, 协助执行通知书, 协查函), their replies, and which units answer on time.",
        ["Staff"] = "The court's staff records: handlers, leaders and reception.",
        ["Users"] = "Login accounts and their roles (Admin).",
        ["Audit"] = "The append-only audit trail (Leader, Admin).",
        ["Outbox"] = "Domain events waiting for delivery, and dead letters to retry (Admin).",
        ["Health"] = "Liveness and readiness for the host's supervisor.",
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        operation.Description ??= operation.Summary;
        operation.Responses ??= [];

        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            parameter.Name = parameter.In == ParameterLocation.Query ? System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(parameter.Name!) : parameter.Name;
            parameter.Description ??= ParameterDescriptions.GetValueOrDefault(parameter.Name!, $"The {parameter.Name}.");
        }

        var hasInput = operation.RequestBody is not null || operation.Parameters is { Count: > 0 };
        if (hasInput)
        {
            AddProblem(operation, "400", "The request is not valid: `validation.failed` or `request.malformed`, with `errors` per field.");
        }

        if (!anonymous && metadata.OfType<IAuthorizeData>().Any())
        {
            AddProblem(operation, "401", "No valid bearer token: `auth.unauthenticated`.");
            AddProblem(operation, "403", "The user's role may not do this: `auth.forbidden`.");
        }

        if (metadata.OfType<EnableRateLimitingAttribute>().Any())
        {
            AddProblem(operation, "429", "Too many requests from this client: `auth.too_many_attempts`; the `Retry-After` header gives the seconds to wait.")
                .Headers = new Dictionary<string, IOpenApiHeader>
                {
                    ["Retry-After"] = Header("Seconds to wait before trying again.", JsonSchemaType.Integer),
                };
        }

        if (operation.RequestBody is not null)
        {
            AddProblem(operation, "413", "The body is larger than the limit: `request.too_large`.");
            AddProblem(operation, "415", "The body is not JSON in UTF-8: `request.unsupported_media_type`.");
        }

        AddProblem(operation, "500", "An unexpected failure: `server.error`, with a `traceId` to quote.");

        if (operation.Responses.ContainsKey("412"))
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-Match",
                In = ParameterLocation.Header,
                Description = "The `ETag` of the version last read, such as \"3\": a change to another version is refused with 412. "
                    + "Without it the change applies to the latest version, and is re-applied if another change wins a race.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }

        foreach (var (status, response) in operation.Responses.Where(r => r.Key is "200" or "201"))
        {
            var versioned = context.Description.SupportedResponseTypes.Any(t => t.StatusCode.ToString(CultureInfo.InvariantCulture) == status
                && t.Type is { } type && typeof(IVersioned).IsAssignableFrom(type));
            if (response is OpenApiResponse concrete && (versioned || status == "201"))
            {
                concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
                if (versioned)
                {
                    concrete.Headers["ETag"] = Header("The record's version, to send back as `If-Match`.", JsonSchemaType.String);
                }

                if (status == "201")
                {
                    concrete.Headers["Location"] = Header("Where the new record can be read.", JsonSchemaType.String);
                }
            }
        }

        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Contact = new OpenApiContact { Name = "Enforcement maintainers", Url = new Uri("https://github.com/enforcement-court/enforcement") };
        document.Info.License = new OpenApiLicense { Name = "MIT", Identifier = "MIT" };
        document.Servers =
        [
            new OpenApiServer
            {
                Url = "{scheme}://{host}",
                Description = "The server that serves this document.",
                Variables = new Dictionary<string, OpenApiServerVariable>
                {
                    ["scheme"] = new() { Default = "http", Enum = ["http", "https"] },
                    ["host"] = new() { Default = "127.0.0.1:5080", Description = "Host and port of the API." },
                },
            },
        ];

        var used = document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? [])
            .SelectMany(o => o.Tags ?? new HashSet<OpenApiTagReference>()).Select(t => t.Name).OfType<string>().ToHashSet(StringComparer.Ordinal);
        document.Tags = new HashSet<OpenApiTag>(used.Order(StringComparer.Ordinal).Select(name => new OpenApiTag
        {
            Name = name,
            Description = TagDescriptions.GetValueOrDefault(name, name),
        }));

        if (document.Components?.Schemas is { } components && components.TryGetValue("ProblemDetails", out var found) && found is OpenApiSchema problem)
        {
            problem.Description = "An RFC 9457 problem. `code` is stable and names the rule or failure; `errors` lists the fields at fault.";
            problem.Properties ??= new Dictionary<string, IOpenApiSchema>();
            problem.Properties["code"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Stable code, such as `validation.failed` or `case.extension.outside_window`." };
            problem.Properties["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The request's trace id, to quote when reporting a failure." };
            problem.Properties["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "For a 400: messages per field, keyed by the field's JSON path (`applicants[0].idNumber`).",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            };
            problem.Required = new HashSet<string>(StringComparer.Ordinal) { "code" };
        }

        var schemas = document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
        foreach (var operation in document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
        {
            if (operation.RequestBody?.Content is { } content && content.TryGetValue("application/json", out var media)
                && media is OpenApiMediaType body && body.Example is null)
            {
                body.Example = RequestExamples.For(body.Schema, schemas);
            }
        }

        return Task.CompletedTask;
    }

    private static OpenApiResponse AddProblem(OpenApiOperation operation, string status, string description)
    {
        if (operation.Responses!.TryGetValue(status, out var existing) && existing is OpenApiResponse known)
        {
            known.Description = description;
            return known;
        }

        var response = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { [Problem] = new() { Schema = new OpenApiSchemaReference("ProblemDetails") } },
        };
        operation.Responses[status] = response;
        return response;
    }

    private static OpenApiHeader Header(string description, JsonSchemaType type) =>
        new() { Description = description, Schema = new OpenApiSchema { Type = type } };
}

/// <summary>A realistic example for a request body, built from its schema with values a court clerk would type.</summary>
internal static class RequestExamples
{
    public static JsonNode? For(IOpenApiSchema? schema, IDictionary<string, IOpenApiSchema> components, string? property = null, int depth = 0)
    {
        if (schema is null || depth > 6)
        {
            return null;
        }

        if (schema is OpenApiSchemaReference reference)
        {
            return For(reference.Reference.Id is { } id && components.TryGetValue(id, out var target) ? target : null, components, property, depth + 1);
        }

        if (schema.OneOf is { Count: > 0 } oneOf)
        {
            return For(oneOf.FirstOrDefault(s => s is OpenApiSchemaReference || s.Type is not JsonSchemaType.Null), components, property, depth + 1);
        }

        if (schema.Enum is { Count: > 0 } values)
        {
            return values.FirstOrDefault(v => v is not null)?.DeepClone();
        }

        var type = schema.Type ?? 0;
        if (type.HasFlag(JsonSchemaType.Object) || schema.Properties is { Count: > 0 })
        {
            var result = new JsonObject();
            foreach (var (name, child) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
            {
                result[name] = For(child, components, name, depth + 1);
            }

            return result;
        }

        if (type.HasFlag(JsonSchemaType.Array))
        {
            return new JsonArray(For(schema.Items, components, property, depth + 1));
        }

        if (type.HasFlag(JsonSchemaType.Boolean))
        {
            return false;
        }

        if (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number))
        {
            return property?.Contains("amount", StringComparison.OrdinalIgnoreCase) == true ? 320500.50m : 3;
        }

        return Text(property ?? "", schema.Format);
    }

    private static JsonNode Text(string property, string? format) => format switch
    {
        "date" => property switch
        {
            "effectiveOn" => "2025-05-20",
            "performancePeriodEndsOn" => "2025-06-10",
            "until" => "2026-06-09",
            _ => "2025-06-10",
        },
        "date-time" => "2025-06-03T10:00:00+08:00",
        "time" => "09:30:00",
        "uuid" => "0197f2a4-5c1e-7d3a-9b2f-4e8a1c6d2b10",
        _ => property switch
        {
            "caseNumber" or "caseNumbers" => "（2025）湘0681执1234号",
            "litigationCaseNumber" => "（2025）湘0681民初321号",
            "documentNumber" => "（2025）湘0681民初321号",
            "issuer" => "汨罗市人民法院",
            "name" => "陈海涛",
            "idNumber" => "11010519491231002X",
            "creditCode" => "91350100M000100Y43",
            "phone" => "13973012345",
            "userName" => "zhou.min",
            "password" or "newPassword" => "a-long-secret-passphrase",
            "refreshToken" => "CfDJ8…",
            "position" => "执行员",
            "asset" => "湘F·12345 小型轿车",
            "holderOrRegistry" => "中国工商银行汨罗支行",
            "description" => "冻结被执行人银行存款人民币三十二万元",
            "summary" => "建设工程施工合同纠纷，拖欠工程款。",
            "terms" => "被执行人分两期支付，每期十六万元。",
            "listingGround" => "有履行能力而拒不履行",
            "roles" => "Officer",
            _ => "申请执行人称被执行人有财产可供执行，请求依法处理。",
        },
    };
}
