using Enforcement.Application.Security;
using Enforcement.Application.Cases;
using Enforcement.Application.Cases.GetCase;
using Enforcement.Application.Cases.RegisterCase;
using Enforcement.Application.Cases.SearchCases;
using Enforcement.Application.Common;
using Enforcement.Domain.Cases;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Enforcement.Api.Endpoints;

/// <summary>The enforcement case registry: register, read and search cases.</summary>
public static class CasesEndpoints
{
    public static IEndpointRouteBuilder MapCases(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/cases").WithTags("Cases");

        cases.MapPost("/", Register)
            .RequireAuthorization(Policies.CaseWork)
            .WithName("RegisterCase")
            .WithSummary("Register an enforcement case (立案)")
            .WithDescription("Officer or Coordinator. Parses and normalises the case number, checks ID and credit-code checksums, and computes the statutory deadline. Amounts are yuan with at most two decimals; dates are yyyy-MM-dd.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        cases.MapGet("/{id:guid}", Get)
            .RequireAuthorization(Policies.CaseRead)
            .WithName("GetCase")
            .WithSummary("Read one case, with its deadline and parties")
            .WithDescription("The case version is also sent as the ETag header. ID and phone numbers are masked unless the user may work the case (Officer on their own or unassigned cases, Coordinator) or leads (Leader); each unmasked read is audited.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        cases.MapGet("/", Search)
            .RequireAuthorization(Policies.CaseRead)
            .WithName("SearchCases")
            .WithSummary("Page through cases")
            .WithDescription("Filters combine with AND. `number` matches exactly in either parenthesis style; `q` matches a fragment of the case number or of a party name. Page size defaults to 20 and is capped at 100. Sort: filedOn, -filedOn, deadline. Worklists: `due=overdue` (running and past the deadline), `within5days`, `noHandler` (open without a handler), `reinquiryDue` (终本 cases whose 6-monthly online re-inquiry is due). Without `sort` the list is newest first, and each worklist is read in the order it is worked: overdue and within5days by deadline (the most urgent first), noHandler by filing date (the longest waiting first), reinquiryDue by its due date (also `sort=reinquiryDueOn`, with that worklist only). "
                + "`q` of two or more characters is looked up in an index of character pairs; a fragment in more than 2,000 cases is read in the list's order instead, and `total` is then 2,000 with `totalIsCapped`. "
                + "`total` stops counting at 10,000 (`totalIsCapped: true`). For deep pages pass the page's `next` as `after` (with the same filters and sort, without `page`): it reads from where the last page ended at the cost of a first page.")
            .ProducesValidationProblem();

        cases.MapGet("/" + ExportFile.RoutePattern, Export)
            .RequireAuthorization(Policies.CaseRead)
            .WithName("ExportCases")
            .WithSummary("Download every case the list's filters match, as .xlsx or .csv")
            .WithDescription("`/api/cases/export.xlsx` or `/api/cases/export.csv`, with the filters and sort of `GET /api/cases` (paging is ignored: every matching row). Chinese headings, dates as yyyy-MM-dd, amounts in yuan; the CSV is UTF-8 with a byte-order mark. Respondents' ID numbers are masked unless the reader may see the case's personal data. Each export is audited.")
            .DescribedAsExport();

        return app;
    }

    public static async Task<Created<CaseDetailDto>> Register(RegisterCaseCommand command, ISender sender, HttpContext http, CancellationToken ct)
    {
        var detail = await sender.Send(command, ct);
        return http.CreatedWithETag($"/api/cases/{detail.Id}", detail);
    }

    public static async Task<Ok<CaseDetailDto>> Get(Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
        http.OkWithETag(await sender.Send(new GetCaseQuery(id), ct));

    public static async Task<Ok<PagedResult<CaseSummaryDto>>> Search([AsParameters] SearchCasesParameters parameters, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(parameters.ToQuery(), ct));

    public static Task<FileStreamHttpResult> Export(string format, [AsParameters] SearchCasesParameters parameters, ISender sender, CancellationToken ct) =>
        ExportFile.SendAsync(sender, format, f => new ExportCasesQuery(parameters.ToQuery(), f), ct);

    /// <summary>The query string of <c>GET /api/cases</c>.</summary>
    public sealed record SearchCasesParameters(
        string? Number,
        string? Q,
        CaseStatus? Status,
        CaseType? CaseType,
        bool? EnterpriseRelated,
        bool? PublicBodyDebtor,
        DateOnly? FiledFrom,
        DateOnly? FiledTo,
        int? Page,
        int? PageSize,
        string? Sort,
        string? Due,
        DateOnly? ClosedFrom,
        DateOnly? ClosedTo,
        ClosureMode? ClosureMode,
        string? After)
    {
        public SearchCasesQuery ToQuery() =>
            new(Number, Q, Status, CaseType, EnterpriseRelated, PublicBodyDebtor, FiledFrom, FiledTo, Page, PageSize, Sort, Due, ClosedFrom, ClosedTo, ClosureMode, After);
    }
}
