using System.Security.Claims;
using Enforcement.Application.Abstractions;
using Enforcement.Application.Auditing;
using Enforcement.Infrastructure.Identity;
using Enforcement.Web.Services;

namespace Enforcement.Api.Security;

/// <summary>
/// The logged-in user, from the bearer token's or the cookie's claims; on a page's circuit, from the user the page's
/// call was sent for (<see cref="ScopedUser"/>); "system" outside a request (start-up, commands).
/// </summary>
internal sealed class ClaimsActor(IHttpContextAccessor accessor, ScopedUser scoped) : ICurrentActor
{
    private ClaimsPrincipal? User => (scoped.Principal ?? accessor.HttpContext?.User) is { Identity.IsAuthenticated: true } user ? user : null;

    public string Name => User?.FindFirstValue(EnforcementClaims.StaffName) ?? UserName ?? "system";

    public string? UserId => User?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string? UserName => User?.FindFirstValue(ClaimTypes.Name);

    public Guid? StaffId => Guid.TryParse(User?.FindFirstValue(EnforcementClaims.StaffId), out var id) ? id : null;

    public IReadOnlyList<string> Roles => User?.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList() ?? [];

    public bool IsInRole(string role) => User?.IsInRole(role) ?? false;
}

/// <summary>
/// Where a message came from: a page's call (<see cref="ScopedUser"/>: "网页 page /cases/{id}"; the refused record is
/// the one the refusal names, as a page may act on other records than its own), else the HTTP request being served,
/// whose address names the record first, as for a policy's refusal.
/// </summary>
internal sealed class RequestOrigins(IHttpContextAccessor accessor, ScopedUser scoped) : IRequestOrigin
{
    public RequestOrigin? Current
    {
        get
        {
            if (scoped.Principal is not null)
            {
                var page = "/" + (scoped.Page ?? "").Split('?', '#')[0].TrimStart('/');
                return new RequestOrigin($"网页 page {page}", page, null);
            }

            return accessor.HttpContext?.Request is { } request && (request.Path.Value ?? "") is var path
                ? new RequestOrigin($"{request.Method} {path}", path, RefusalTarget.Of(path))
                : null;
        }
    }
}
