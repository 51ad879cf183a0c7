using Microsoft.Extensions.Primitives;

namespace Enforcement.Api.Hosting;

/// <summary>
/// Builds each endpoint's request delegate once. The framework's endpoint sources build their endpoints again every time
/// they are read, compiling each handler's binding afresh, and three readers read them at start-up: the authorization
/// policy cache, the routing middleware at the first request, and <c>Program</c> itself, which reads them beside the
/// database's start-up work (decision 28). Each such source is kept behind one that remembers what it built until the
/// source's own change token says its endpoints changed.
/// </summary>
internal sealed class EndpointsBuiltOnce(EndpointDataSource source) : EndpointDataSource
{
    private readonly Lock _building = new();
    private volatile Built? _built;

    public override IReadOnlyList<Endpoint> Endpoints
    {
        get
        {
            var built = _built;
            if (built is not null && !built.Token.HasChanged)
            {
                return built.Endpoints;
            }

            lock (_building)
            {
                if (_built is { } again && !again.Token.HasChanged)
                {
                    return again.Endpoints;
                }

                // The token first: a change while the endpoints are built shows in it, and the next read builds them again.
                var token = source.GetChangeToken();
                var endpoints = source.Endpoints;
                _built = new Built(token, endpoints);
                return endpoints;
            }
        }
    }

    public override IChangeToken GetChangeToken() => source.GetChangeToken();

    public override IReadOnlyList<Endpoint> GetGroupedEndpoints(RouteGroupContext context) => source.GetGroupedEndpoints(context);

    private sealed record Built(IChangeToken Token, IReadOnlyList<Endpoint> Endpoints);

    /// <summary>
    /// Puts each source of <paramref name="routes"/> that routing itself made (the endpoints and groups that
    /// <c>Map…</c> adds) behind one that builds its endpoints once. Other sources are left as they are: the static
    /// assets' and the Razor components' build once already, and Blazor finds the static assets' by its type.
    /// </summary>
    public static void Apply(IEndpointRouteBuilder routes)
    {
        var sources = routes.DataSources.ToList();
        routes.DataSources.Clear();
        foreach (var source in sources)
        {
            routes.DataSources.Add(source.GetType().Namespace == typeof(EndpointDataSource).Namespace ? new EndpointsBuiltOnce(source) : source);
        }
    }
}
