using System.Globalization;
using Enforcement.Api.ErrorHandling;
using Enforcement.Application.Common;
using Enforcement.Application.Common.Workflows;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Enforcement.Api.Endpoints;

/// <summary>Small HTTP helpers shared by the endpoint classes.</summary>
internal static class Http
{
    /// <summary>The strong ETag for an aggregate version: <c>"3"</c>.</summary>
    public static string ETag(int version) => string.Create(CultureInfo.InvariantCulture, $"\"{version}\"");

    public static void SetETag(this HttpContext context, int version) => context.Response.Headers.ETag = ETag(version);

    /// <summary>
    /// The version named by <c>If-Match</c> (<c>"3"</c>); null when the header is absent or <c>*</c>, which means
    /// "apply to the latest". <c>If-Match</c> compares strongly (RFC 9110 §13.1.1): a weak tag (<c>W/"3"</c>) or an
    /// entity tag that is no version of ours (<c>"abc"</c>, <c>"-1"</c>) matches nothing, and the write is refused with
    /// 412 (-1 here). A list may name one version among tags that match nothing. A value that is not an entity tag, or
    /// a list naming two versions, is a 400.
    /// </summary>
    public static int? IfMatchVersion(this HttpContext context)
    {
        var header = context.Request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0 || header == "*")
        {
            return null;
        }

        const string Malformed = "If-Match must be the ETag of the version last read, such as \"3\", or *.";
        int? named = null;
        var rest = header.AsSpan();
        while (true)
        {
            // A list may have empty elements (RFC 9110 §5.6.1.2: "1", , "2"), which count for nothing.
            rest = rest.TrimStart(" \t,");
            if (rest.IsEmpty)
            {
                return named ?? -1;
            }

            var weak = rest.StartsWith("W/", StringComparison.Ordinal);
            if (weak)
            {
                rest = rest[2..];
            }

            // entity-tag = [ W/ ] DQUOTE *etagc DQUOTE; etagc = %x21 / %x23-7E / obs-text
            var close = rest.Length > 0 && rest[0] == '"' ? rest[1..].IndexOf('"') : -1;
            if (close < 0 || rest[1..(close + 1)].ContainsAnyExcept(EntityTagCharacters))
            {
                throw new MalformedRequestException("If-Match", Malformed);
            }

            // Compared strongly, character by character: "01" is not the ETag "1".
            var tag = rest[1..(close + 1)];
            if (!weak && int.TryParse(tag, NumberStyles.None, CultureInfo.InvariantCulture, out var version)
                && tag.SequenceEqual(version.ToString(CultureInfo.InvariantCulture)))
            {
                if (named is { } other && other != version)
                {
                    throw new MalformedRequestException("If-Match", "If-Match names one version, the one last read.");
                }

                named = version;
            }

            rest = rest[(close + 2)..].TrimStart(" \t");
            if (!rest.IsEmpty && rest[0] != ',')
            {
                throw new MalformedRequestException("If-Match", Malformed);
            }
        }
    }

    private static readonly System.Buffers.SearchValues<char> EntityTagCharacters =
        System.Buffers.SearchValues.Create([(char)0x21, .. Enumerable.Range(0x23, 0x7E - 0x23 + 1).Select(c => (char)c), .. Enumerable.Range(0x80, 0x100 - 0x80).Select(c => (char)c)]);

    /// <summary>
    /// Maps <c>POST {pattern}</c> on one aggregate's route group to a change command, with its policy, its OpenAPI texts
    /// and the problems a change can answer: the one shape of every change endpoint.
    /// </summary>
    public static RouteHandlerBuilder MapChange<TCommand, TDto>(
        this RouteGroupBuilder group, string pattern, string policy, string name, string summary, string description)
        where TCommand : AggregateCommand, ICommand<TDto>
        where TDto : IVersioned =>
        group.MapPost(pattern, (Guid id, TCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
                sender.SendChangeAsync<TCommand, TDto>(command, id, http, ct))
            .RequireAuthorization(policy)
            .WithName(name)
            .WithSummary(summary)
            .WithDescription(description)
            .ProducesChangeProblems();

    /// <summary>
    /// Sends a change to the aggregate <paramref name="id"/> with the <c>If-Match</c> version, and answers with the
    /// new detail and its version as the ETag. Every change endpoint of every module goes through here.
    /// </summary>
    public static async Task<Ok<TDto>> SendChangeAsync<TCommand, TDto>(this ISender sender, TCommand command, Guid id, HttpContext http, CancellationToken ct)
        where TCommand : AggregateCommand, ICommand<TDto>
        where TDto : IVersioned
    {
        var detail = await sender.Send((TCommand)command.For(id, http.IfMatchVersion()), ct);
        http.SetETag(detail.Version);
        return TypedResults.Ok(detail);
    }

    /// <summary>Answers 201 with the new record's location and its version as the ETag.</summary>
    public static Created<TDto> CreatedWithETag<TDto>(this HttpContext http, string location, TDto detail)
        where TDto : IVersioned
    {
        http.SetETag(detail.Version);
        return TypedResults.Created(location, detail);
    }

    /// <summary>Answers 200 with the record and its version as the ETag.</summary>
    public static Ok<TDto> OkWithETag<TDto>(this HttpContext http, TDto detail)
        where TDto : IVersioned
    {
        http.SetETag(detail.Version);
        return TypedResults.Ok(detail);
    }

    /// <summary>The problems a change can answer with: validation, not found, conflict, stale version, broken rule.</summary>
    public static RouteHandlerBuilder ProducesChangeProblems(this RouteHandlerBuilder builder) =>
        builder.ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
