using System.Net;
using Enforcement.Application.Security;
using Enforcement.Domain.Cases;
using Enforcement.Infrastructure.Outbox;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests;

/// <summary>The API with a reaction to registrations that always fails.</summary>
public sealed class FailingReactionFactory : ApiFactory
{
    protected override void AddServices(IServiceCollection services) =>
        services.AddScoped<INotificationHandler<CaseRegistered>, AlwaysFailingHandler>();

    public sealed class AlwaysFailingHandler : INotificationHandler<CaseRegistered>
    {
        public ValueTask Handle(CaseRegistered notification, CancellationToken cancellationToken) =>
            throw new InvalidOperationException($"No linked unit for {notification.CaseNumber}.");
    }
}

public sealed class OutboxApiTests(FailingReactionFactory factory) : IClassFixture<FailingReactionFactory>
{
    [Fact]
    public async Task A_failing_reaction_does_not_fail_the_registration_and_the_admin_sees_it_waiting_for_a_retry()
    {
        var created = await factory.ClientFor(Roles.Officer).PostJsonAsync("/api/cases", Requests.RegisterCase("（2025）湘0681执880号"));
        created.StatusCode.ShouldBe(HttpStatusCode.Created);

        (await factory.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync()).ShouldBe(1);

        var admin = factory.ClientFor(Roles.Admin);
        var page = await (await admin.GetAsync("/api/outbox?status=Pending")).ReadJsonAsync();
        var message = page.GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        message.GetProperty("type").GetString().ShouldBe(typeof(CaseRegistered).FullName);
        message.GetProperty("attempts").GetInt32().ShouldBe(1);
        message.GetProperty("lastError").GetString().ShouldNotBeNull().ShouldContain("（2025）湘0681执880号");

        // Only a dead letter can be retried by hand.
        var retry = await admin.PostAsync($"/api/outbox/{message.GetProperty("id").GetGuid()}/retry", null);
        await CasesApiTests.ShouldBeProblem(retry, HttpStatusCode.NotFound, "outbox.message.not_found");
        (await admin.GetAsync("/api/outbox?status=Bogus")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
