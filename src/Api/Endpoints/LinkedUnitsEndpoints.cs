using Enforcement.Application.Security;
using Enforcement.Application.Cases;
using Enforcement.Application.Common;
using Enforcement.Application.LinkedUnits;
using Enforcement.Domain.LinkedUnits;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Enforcement.Api.Endpoints;

/// <summary>
/// The linked-unit registry (联动单位): departments, townships, communities, public institutions, state-owned
/// enterprises, registries, banks and police. Coordinators and admins maintain it; every role reads it. A case's
/// respondents are linked to units here, and the public-body debtor flag follows from those links.
/// </summary>
public static class LinkedUnitsEndpoints
{
    private const string Kinds =
        "Kinds: GovernmentDepartment (政府部门), Township (乡镇), Community (社区), PublicInstitution (事业单位), StateOwnedEnterprise (国有企业), Registry (登记机关), Bank (银行), PublicSecurity (公安机关), Other. The first five are public bodies: a respondent linked to one makes the case a public-body debtor case.";

    public static IEndpointRouteBuilder MapLinkedUnits(this IEndpointRouteBuilder app)
    {
        var units = app.MapGroup("/api/linked-units").WithTags("Linked units");

        units.MapPost("/", Register)
            .RequireAuthorization(Policies.LinkedUnitManage)
            .WithName("RegisterLinkedUnit")
            .WithSummary("Add a unit to the registry")
            .WithDescription(Kinds + " The full name and the credit code (GB 32100, checked) are unique (409 `linked_unit.duplicate`). `superiorUnitId` names the unit above it, for escalation and judicial suggestions.")
            .ProducesChangeProblems();

        units.MapGet("/", List)
            .RequireAuthorization(Policies.LinkedUnitRead)
            .WithName("ListLinkedUnits")
            .WithSummary("Page through the registry by kind, active and public-body flags; q matches part of the full or short name")
            .ProducesValidationProblem();

        units.MapGet("/{id:guid}", Get)
            .RequireAuthorization(Policies.LinkedUnitRead)
            .WithName("GetLinkedUnit")
            .WithSummary("A unit's page: the unit, its subordinate units and the totals of its obligations")
            .ProducesProblem(StatusCodes.Status404NotFound);

        units.MapGet("/{id:guid}/history", History)
            .RequireAuthorization(Policies.LinkedUnitHistory)
            .WithName("GetLinkedUnitHistory")
            .WithSummary("A unit's history: the audit trail of the unit and its obligations, newest first")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        units.MapPut("/{id:guid}", Update)
            .RequireAuthorization(Policies.LinkedUnitManage)
            .WithName("UpdateLinkedUnit")
            .WithSummary("Correct a unit's names, credit code, superior and contact")
            .WithDescription("Send every field; an omitted optional field is cleared. The kind cannot change. A superior below the unit itself is refused (422 `linked_unit.superior.cycle`).")
            .ProducesChangeProblems();

        units.MapPost("/{id:guid}/deactivate", Deactivate)
            .RequireAuthorization(Policies.LinkedUnitManage)
            .WithName("DeactivateLinkedUnit")
            .WithSummary("Take a unit out of use: no new links; its links and obligations stay")
            .ProducesChangeProblems();

        units.MapPost("/{id:guid}/activate", Activate)
            .RequireAuthorization(Policies.LinkedUnitManage)
            .WithName("ActivateLinkedUnit")
            .WithSummary("Put an inactive unit back in use")
            .ProducesChangeProblems();

        var cases = app.MapGroup("/api/cases/{id:guid}").WithTags("Linked units");

        cases.MapGet("/unit-suggestions", Suggestions)
            .RequireAuthorization(Policies.CaseRead)
            .WithName("GetUnitSuggestions")
            .WithSummary("Units whose credit code or full name matches a respondent not yet linked")
            .WithDescription("The same suggestions come back as `unitSuggestions` when the case is registered. A clerk confirms each with `POST /api/cases/{id}/unit-links`.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        cases.MapPost("/unit-links", Link)
            .RequireAuthorization(Policies.CaseWork)
            .WithName("LinkRespondentToUnit")
            .WithSummary("Confirm that a respondent is a linked unit")
            .WithDescription("`respondentName` is the respondent's name as registered. Each respondent links to one unit and each unit once per case (409). The case's `publicBodyDebtor` follows from the linked units' kinds.")
            .ProducesChangeProblems();

        cases.MapDelete("/unit-links/{linkedUnitId:guid}", Unlink)
            .RequireAuthorization(Policies.CaseWork)
            .WithName("UnlinkRespondentFromUnit")
            .WithSummary("Remove a respondent's link to a unit")
            .WithDescription("Refused while an obligation of the unit is recorded on the case (409 `case.linked_unit.has_obligation`).")
            .ProducesChangeProblems();

        return app;
    }

    public static async Task<Created<LinkedUnitDto>> Register(RegisterLinkedUnitCommand command, ISender sender, HttpContext http, CancellationToken ct)
    {
        var unit = await sender.Send(command, ct);
        return http.CreatedWithETag($"/api/linked-units/{unit.Id}", unit);
    }

    public static async Task<Ok<PagedResult<LinkedUnitDto>>> List(
        LinkedUnitKind? kind, bool? active, bool? publicBody, string? q, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListLinkedUnitsQuery(kind, active, publicBody, q, page, pageSize), ct));

    public static async Task<Ok<LinkedUnitPageDto>> Get(Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
        http.OkWithETag(await sender.Send(new GetLinkedUnitQuery(id), ct));

    public static async Task<Ok<PagedResult<UnitHistoryEntryDto>>> History(Guid id, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetLinkedUnitHistoryQuery(id, page, pageSize), ct));

    public static Task<Ok<LinkedUnitDto>> Update(Guid id, UpdateLinkedUnitCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.SendChangeAsync<UpdateLinkedUnitCommand, LinkedUnitDto>(command, id, http, ct);

    public static Task<Ok<LinkedUnitDto>> Deactivate(Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.SendChangeAsync<DeactivateLinkedUnitCommand, LinkedUnitDto>(new DeactivateLinkedUnitCommand(), id, http, ct);

    public static Task<Ok<LinkedUnitDto>> Activate(Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.SendChangeAsync<ActivateLinkedUnitCommand, LinkedUnitDto>(new ActivateLinkedUnitCommand(), id, http, ct);

    public static async Task<Ok<IReadOnlyList<UnitLinkSuggestionDto>>> Suggestions(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetUnitSuggestionsQuery(id), ct));

    public static Task<Ok<CaseDetailDto>> Link(Guid id, LinkRespondentCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.SendChangeAsync<LinkRespondentCommand, CaseDetailDto>(command, id, http, ct);

    public static Task<Ok<CaseDetailDto>> Unlink(Guid id, Guid linkedUnitId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.SendChangeAsync<UnlinkRespondentCommand, CaseDetailDto>(new UnlinkRespondentCommand { LinkedUnitId = linkedUnitId }, id, http, ct);
}
