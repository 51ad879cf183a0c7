using Enforcement.Application.Security;
using Enforcement.Application.Common;
using Enforcement.Application.Staff;
using Enforcement.Domain.Staff;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Enforcement.Api.Endpoints;

/// <summary>The court's personnel: handlers, reception staff and leaders.</summary>
public static class StaffEndpoints
{
    public static IEndpointRouteBuilder MapStaff(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/api/staff").WithTags("Staff");

        staff.MapPost("/", Register)
            .RequireAuthorization(Policies.StaffManage)
            .WithName("RegisterStaff")
            .WithSummary("Add a staff member")
            .WithDescription("Units: EnforcementBureau (执行局), GovernanceCenter (执源治理中心), PetitionOffice (信访接待室), CourtLeadership (院领导).")
            .ProducesValidationProblem();

        staff.MapGet("/", List)
            .RequireAuthorization(Policies.StaffRead)
            .WithName("ListStaff")
            .WithSummary("Page through staff, by unit and active flag; q matches part of a name")
            .ProducesValidationProblem();

        staff.MapPost("/{id:guid}/deactivate", Deactivate)
            .RequireAuthorization(Policies.StaffManage)
            .WithName("DeactivateStaff")
            .WithSummary("Deactivate a staff member")
            .WithDescription("An inactive member can no longer be assigned cases or approve extensions; history naming them is kept. Their login is disabled with it, so one's own record is 422 `user.cannot_disable_self`, and a deactivation that would leave no active administrator (two administrators deactivating each other at once) is 422 `user.last_admin`; their claimed pool tasks go back to the pool. Their open cases fall to the coordinator's worklist, to be assigned again.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        return app;
    }

    public static async Task<Created<StaffDto>> Register(RegisterStaffCommand command, ISender sender, HttpContext http, CancellationToken ct)
    {
        var dto = await sender.Send(command, ct);
        return http.CreatedWithETag($"/api/staff/{dto.Id}", dto);
    }

    public static async Task<Ok<PagedResult<StaffDto>>> List(
        CourtUnit? unit, bool? active, string? q, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListStaffQuery(unit, active, q, page, pageSize), ct));

    public static Task<Ok<StaffDto>> Deactivate(Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.SendChangeAsync<DeactivateStaffCommand, StaffDto>(new DeactivateStaffCommand(), id, http, ct);
}
