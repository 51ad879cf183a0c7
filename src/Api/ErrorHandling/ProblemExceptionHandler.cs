using System.Text.Json;
using System.Text.RegularExpressions;
using Enforcement.Application.Errors;
using Enforcement.Domain.Common;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Enforcement.Api.ErrorHandling;

/// <summary>
/// The one place where exceptions become RFC 9457 problem details. Every problem carries a stable
/// <c>code</c> and the request's <c>traceId</c>; none carries a stack trace.
/// </summary>
public sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is ForbiddenException { Audited: false } refused)
        {
            // Thrown outside the message pipeline, which audits the rest (AuditBehavior).
            refused.Audited = true;
            await Security.RefusalTarget.AuditAsync(httpContext, $"refused: {refused.Message}", refused.Code, refused.Subject);
        }

        // A page's address a browser cannot have meant (/cases?filedFrom=2026-13-01): a Chinese page, as for a 404.
        if (exception is MalformedRequestException { Status: StatusCodes.Status400BadRequest } address && Security.WebLogin.IsBrowserPage(httpContext))
        {
            await Security.WebLogin.WriteStatusPageAsync(httpContext, StatusCodes.Status400BadRequest,
                Security.WebLogin.StatusPage("400 地址有误 Bad request", $"页面地址中的参数“{address.Field}”有误：{address.Message}"));
            return true;
        }

        var problem = exception switch
        {
            ValidationException validation => Validation(validation),
            BadHttpRequestException badRequest => BadRequest(badRequest),
            MalformedRequestException malformed => Malformed(malformed.Status, malformed.Field, malformed.Message),
            NotFoundException notFound => Problem(StatusCodes.Status404NotFound, notFound.Code, "Not found", notFound.Message),
            PartNotFoundException partNotFound => Problem(StatusCodes.Status404NotFound, partNotFound.Code, "Not found", partNotFound.Message),
            DomainInputException input => Input(input),
            DomainConflictException duplicate => Problem(StatusCodes.Status409Conflict, duplicate.Code, "Conflict", duplicate.Message),
            ForbiddenException forbidden => Problem(StatusCodes.Status403Forbidden, forbidden.Code, "Forbidden", forbidden.Message),
            PreconditionFailedException stale => Problem(StatusCodes.Status412PreconditionFailed, stale.Code, "Precondition failed", stale.Message),
            ConflictException conflict => Problem(StatusCodes.Status409Conflict, conflict.Code, "Conflict", conflict.Message),
            UniqueConstraintException => Problem(StatusCodes.Status409Conflict, "conflict.duplicate", "Conflict",
                "Another request recorded the same thing at the same moment; reload and check."),
            DomainException domain => RuleBroken(domain),
            _ => null,
        };

        if (problem is null)
        {
            LogUnhandled(exception);
            problem = Problem(StatusCodes.Status500InternalServerError, "server.error", "Unexpected error",
                "The server could not complete the request. Quote the trace id when reporting it.");
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    public static ProblemDetails Problem(int status, string code, string title, string detail)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        problem.Extensions["code"] = code;
        return problem;
    }

    private static ValidationProblemDetails Validation(ValidationException exception)
    {
        var errors = exception.Errors
            .GroupBy(e => JsonPath(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
        var problem = new ValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request is not valid",
            Detail = "See errors for each field.",
        };
        problem.Extensions["code"] = "validation.failed";
        return problem;
    }

    /// <summary>
    /// A request the framework could not bind. Its own messages name .NET types and suggest fixes to the server's
    /// developer ("Did you mean to use a Service instead?"), so only the parameter's name is kept.
    /// </summary>
    private static ProblemDetails BadRequest(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException json)
        {
            var field = JsonPath((json.Path ?? "$").TrimStart('$').TrimStart('.'));
            return Malformed(StatusCodes.Status400BadRequest, field.Length == 0 ? "$" : field, "The value is malformed or not one of the allowed values.");
        }

        var parameter = ParameterName().Match(exception.Message) is { Success: true } match
            ? JsonNamingPolicy.CamelCase.ConvertName(match.Groups["name"].Value) : "$";
        return exception.StatusCode switch
        {
            StatusCodes.Status413PayloadTooLarge =>
                Problem(StatusCodes.Status413PayloadTooLarge, "request.too_large", "Request too large", "The request body is too large."),
            StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaType(),
            _ when exception.Message.Contains("body", StringComparison.OrdinalIgnoreCase) =>
                Malformed(StatusCodes.Status400BadRequest, "$", "A JSON body is required."),
            _ => Malformed(StatusCodes.Status400BadRequest, parameter, "The value is missing or not valid for this parameter."),
        };
    }

    public const string UnsupportedMediaTypeDetail = "The body must be JSON in UTF-8: Content-Type: application/json.";

    /// <summary>The answer to a body that is not JSON, or not in UTF-8.</summary>
    public static ProblemDetails UnsupportedMediaType(string? detail = null) =>
        Problem(StatusCodes.Status415UnsupportedMediaType, "request.unsupported_media_type", "Unsupported media type", detail ?? UnsupportedMediaTypeDetail);

    private static ProblemDetails Malformed(int status, string field, string message)
    {
        if (status == StatusCodes.Status415UnsupportedMediaType)
        {
            return UnsupportedMediaType(message);
        }

        var problem = new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = status,
            Title = "The request could not be read",
            Detail = message,
        };
        problem.Extensions["code"] = status switch
        {
            StatusCodes.Status414UriTooLong => "request.uri_too_long",
            StatusCodes.Status431RequestHeaderFieldsTooLarge => "request.headers_too_large",
            _ => "request.malformed",
        };
        return problem;
    }

    /// <summary>A 400 like a validator's, with the field's message and the rule's own code beside the common one.</summary>
    private static ValidationProblemDetails Input(DomainInputException exception)
    {
        var problem = new ValidationProblemDetails(new Dictionary<string, string[]> { [exception.Field] = [exception.Message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request is not valid",
            Detail = exception.Message,
        };
        problem.Extensions["code"] = "validation.failed";
        problem.Extensions["rule"] = exception.Code;
        return problem;
    }

    private static ProblemDetails RuleBroken(DomainException exception)
    {
        var problem = Problem(StatusCodes.Status422UnprocessableEntity, exception.Code, "Rule not met", exception.Message);
        if (exception.Details.Count > 0)
        {
            problem.Extensions["unmet"] = exception.Details;
        }

        return problem;
    }

    /// <summary>Turns a .NET property path (<c>Applicants[0].IdNumber</c>) into the JSON one (<c>applicants[0].idNumber</c>).</summary>
    private static string JsonPath(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(segment => segment.Length == 0 ? segment : JsonNamingPolicy.CamelCase.ConvertName(segment)));

    /// <summary>The parameter a binding message names: <c>Failed to bind parameter "int? page" from "x"</c> gives <c>page</c>.</summary>
    [GeneratedRegex(@"parameter ""(?:[^""]*\s)?(?<name>[A-Za-z_][A-Za-z0-9_]*)""")]
    private static partial Regex ParameterName();

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception")]
    private partial void LogUnhandled(Exception exception);
}
