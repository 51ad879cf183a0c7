using System.Net;
using Enforcement.Api.Hosting;
using Enforcement.Application.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace Enforcement.Api.Tests;

public sealed class EndpointsBuiltOnceTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_routing_and_the_authorization_cache_share_one_build_of_each_endpoint()
    {
        // The first request builds the routing middleware's own matcher over the application's sources.
        (await factory.ClientFor(Roles.Coordinator).GetAsync("/api/cases")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Two readers of the same sources (DI's, which the authorization policy cache reads, and a new one, as the routing
        // middleware makes) get the same endpoint objects: each request delegate was compiled once.
        var root = (CompositeEndpointDataSource)factory.Services.GetRequiredService<EndpointDataSource>();
        var again = new CompositeEndpointDataSource(root.DataSources);
        root.DataSources.Count(source => source is EndpointsBuiltOnce).ShouldBeGreaterThan(10);
        root.Endpoints.Count.ShouldBeGreaterThan(200);
        var built = again.Endpoints.ToHashSet<Endpoint>(ReferenceEqualityComparer.Instance);
        root.Endpoints.ShouldAllBe(endpoint => built.Contains(endpoint));
    }

    [Fact]
    public async Task The_web_pages_still_find_the_static_assets()
    {
        (await factory.CreateClient().GetAsync("/login")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Blazor finds the static assets' source by its type, and lists its files on every page's endpoint; the source
        // stays unwrapped, as it builds its endpoints once itself.
        var root = (CompositeEndpointDataSource)factory.Services.GetRequiredService<EndpointDataSource>();
        root.DataSources.ShouldContain(source => source.GetType().Name == "StaticAssetsEndpointDataSource");
        var pages = root.Endpoints.Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Components.Endpoints.ComponentTypeMetadata>() is not null).ToList();
        pages.ShouldNotBeEmpty();
        pages.Select(page => page.Metadata.GetMetadata<Microsoft.AspNetCore.Components.ResourceAssetCollection>()?.Any() ?? false).ShouldAllBe(listed => listed);
    }

    [Fact]
    public void A_source_is_built_once_until_its_change_token_fires()
    {
        var source = new CountingSource();
        var once = new EndpointsBuiltOnce(source);

        var first = once.Endpoints;
        once.Endpoints.ShouldBeSameAs(first);
        once.Endpoints.ShouldBeSameAs(first);
        source.Builds.ShouldBe(1);
        once.GetChangeToken().ShouldBeSameAs(source.GetChangeToken());

        source.Change();
        var rebuilt = once.Endpoints;
        rebuilt.ShouldNotBeSameAs(first);
        once.Endpoints.ShouldBeSameAs(rebuilt);
        source.Builds.ShouldBe(2);
    }

    [Fact]
    public void Applying_twice_does_not_wrap_a_source_twice()
    {
        var routes = new Routes();
        routes.DataSources.Add(new CountingSource());

        EndpointsBuiltOnce.Apply(routes);
        var wrapped = routes.DataSources.Single();
        EndpointsBuiltOnce.Apply(routes);

        routes.DataSources.Single().ShouldBeSameAs(wrapped);
    }

    private sealed class CountingSource : EndpointDataSource
    {
        private CancellationTokenSource _changed = new();

        public int Builds { get; private set; }

        public override IReadOnlyList<Endpoint> Endpoints
        {
            get
            {
                Builds++;
                return [new RouteEndpoint(_ => Task.CompletedTask, RoutePatternFactory.Parse("/立案"), 0, EndpointMetadataCollection.Empty, "立案")];
            }
        }

        private CancellationChangeToken? _token;

        public override IChangeToken GetChangeToken() => _token ??= new CancellationChangeToken(_changed.Token);

        public void Change()
        {
            var fired = _changed;
            _changed = new CancellationTokenSource();
            _token = null;
            fired.Cancel();
            fired.Dispose();
        }
    }

    private sealed class Routes : IEndpointRouteBuilder
    {
        public IServiceProvider ServiceProvider { get; } = new ServiceCollection().BuildServiceProvider();

        public ICollection<EndpointDataSource> DataSources { get; } = [];

        public Microsoft.AspNetCore.Builder.IApplicationBuilder CreateApplicationBuilder() => throw new NotSupportedException();
    }
}
