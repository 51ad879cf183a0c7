using System.Security.Claims;

namespace Enforcement.Web.Services;

/// <summary>
/// The user a page's command or query runs for. A browser circuit outlives its HTTP request, so the host's actor reads
/// this first: <see cref="UiSender"/> sets it in each call's own scope from the circuit's authentication state.
/// </summary>
public sealed class ScopedUser
{
    public ClaimsPrincipal? Principal { get; set; }

    /// <summary>The page the call was made from, relative to the application's base (<c>cases/{id}</c>), for the audit trail.</summary>
    public string? Page { get; set; }
}
