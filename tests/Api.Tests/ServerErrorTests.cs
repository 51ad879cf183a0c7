using System.Net;
using System.Net.Http.Headers;
using Enforcement.Application.Auditing;
using Enforcement.Application.Common;
using Enforcement.Application.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Enforcement.Api.Tests;

public sealed class ServerErrorTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task An_unexpected_failure_is_a_500_problem_with_a_trace_id_and_no_stack_trace()
    {
        var token = factory.ClientFor(Roles.Leader).DefaultRequestHeaders.Authorization!;
        using var broken = factory.WithWebHostBuilder(builder =>
            builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Scoped<IAuditLog, BrokenAuditLog>())));
        var client = broken.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(token.Scheme, token.Parameter);

        var response = await client.GetAsync("/api/audit");

        var body = await CasesApiTests.ShouldBeProblem(response, HttpStatusCode.InternalServerError, "server.error");
        body.GetProperty("traceId").GetString().ShouldNotBeNullOrEmpty();
        var text = body.ToString();
        text.ShouldNotContain("BrokenAuditLog");
        text.ShouldNotContain("   at ");
    }

    private sealed class BrokenAuditLog : IAuditLog
    {
        public Task<PagedResult<AuditEntryDto>> SearchAsync(SearchAuditQuery query, int page, int pageSize, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("disk on fire in BrokenAuditLog");
    }
}
