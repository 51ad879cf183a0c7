using Enforcement.Application.Security;
using Enforcement.Application.Common;
using Enforcement.Application.Users;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Enforcement.Api.Endpoints;

/// <summary>User administration (Admin only). Roles: Officer, Coordinator, Reception, Leader, Admin.</summary>
public static class UsersEndpoints
{
    public static IEndpointRouteBuilder MapUsers(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/users").WithTags("Users").RequireAuthorization(Policies.UserManage);

        users.MapGet("/", List).WithName("ListUsers").WithSummary("Page through users with their roles");
        users.MapPost("/", Create).WithName("CreateUser").WithSummary("Create a user with roles, linked to a staff record")
            .WithDescription("Passwords have at least 10 characters.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        users.MapPut("/{id}/roles", ChangeRoles).WithName("ChangeUserRoles").WithSummary("Replace a user's roles; their tokens stop working")
            .WithDescription("An administrator neither takes the Admin role from themselves (422 `user.cannot_demote_self`) nor gives themselves a role they do not hold (422 `user.cannot_grant_self`); the last active Admin keeps the role (422 `user.last_admin`).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        users.MapPost("/{id}/disable", Disable).WithName("DisableUser").WithSummary("Disable a user; their tokens stop working at once")
            .ProducesProblem(StatusCodes.Status404NotFound);
        users.MapPost("/{id}/password", ResetPassword).WithName("ResetUserPassword").WithSummary("Set a new password for a user")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Ok<PagedResult<UserDto>>> List(int? page, int? pageSize, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListUsersQuery(page, pageSize), ct));

    public static async Task<Created<UserDto>> Create(CreateUserCommand command, ISender sender, CancellationToken ct)
    {
        var user = await sender.Send(command, ct);
        return TypedResults.Created($"/api/users/{user.Id}", user);
    }

    public static async Task<Ok<UserDto>> ChangeRoles(string id, ChangeRolesCommand command, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(command with { UserId = id }, ct));

    public static async Task<Ok<UserDto>> Disable(string id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new DisableUserCommand(id), ct));

    public static async Task<Ok<UserDto>> ResetPassword(string id, ResetPasswordCommand command, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(command with { UserId = id }, ct));
}
