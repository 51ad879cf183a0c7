using Enforcement.Application.Abstractions;
using Microsoft.Extensions.Options;

namespace Enforcement.Infrastructure.Hosting;

/// <summary>Section <c>Actor</c>: who a host without logins (a batch job, an import) acts as.</summary>
public sealed class ActorOptions
{
    public const string SectionName = "Actor";

    public string Name { get; set; } = "system";

    /// <summary>The actor's roles; none configured means Coordinator.</summary>
    public List<string> Roles { get; set; } = [];

    public Guid? StaffId { get; set; }
}

/// <summary>
/// The default <see cref="ICurrentActor"/> for hosts without users: the configured name and roles (by default a
/// coordinator called "system"). A web host replaces it with the logged-in user.
/// </summary>
public sealed class ConfiguredActor(IOptions<ActorOptions> options) : ICurrentActor
{
    public string Name => options.Value.Name;

    public string? UserId => null;

    public string? UserName => options.Value.Name;

    public Guid? StaffId => options.Value.StaffId;

    public IReadOnlyList<string> Roles => options.Value.Roles is { Count: > 0 } roles ? roles : [Application.Security.Roles.Coordinator];

    public bool IsInRole(string role) => Roles.Contains(role, StringComparer.Ordinal);
}
