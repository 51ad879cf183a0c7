using Enforcement.Application.Common;
using Enforcement.Application.Common.Workflows;
using Mediator;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Web.Services;

/// <summary>
/// Sends the Application layer's commands and queries for a page, in-process, each in a DI scope of its own: a circuit
/// lives for hours, and one <c>DbContext</c> must never be shared across operations or kept that long. The same
/// validators, policies, auditing and transactions run as for the HTTP API.
/// </summary>
public sealed class UiSender(IServiceScopeFactory scopes, AuthenticationStateProvider authentication, NavigationManager navigation)
{
    public Task<TResponse> SendAsync<TResponse>(ICommand<TResponse> command, CancellationToken cancellationToken = default) =>
        RunAsync(sender => sender.Send(command, cancellationToken));

    public Task<TResponse> SendAsync<TResponse>(IQuery<TResponse> query, CancellationToken cancellationToken = default) =>
        RunAsync(sender => sender.Send(query, cancellationToken));

    /// <summary>
    /// Changes the aggregate <paramref name="id"/> at the version the page shows (<paramref name="current"/>), as the
    /// API's <c>If-Match</c> does: a change made since is refused, never overwritten. Answers the record after it.
    /// </summary>
    public Task<TDto> ChangeAsync<TDto>(AggregateCommand command, Guid id, TDto current, CancellationToken cancellationToken = default)
        where TDto : IVersioned =>
        SendAsync((ICommand<TDto>)command.For(id, current.Version), cancellationToken);

    /// <summary>The page's address for the audit trail; none where the navigation manager was never given one (outside a page).</summary>
    private static string? PageOf(NavigationManager navigation)
    {
        try
        {
            return navigation.ToBaseRelativePath(navigation.Uri);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private async Task<TResponse> RunAsync<TResponse>(Func<ISender, ValueTask<TResponse>> send)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        await using var scope = scopes.CreateAsyncScope();
        var user = scope.ServiceProvider.GetRequiredService<ScopedUser>();
        user.Principal = state.User;
        user.Page = PageOf(navigation);
        return await send(scope.ServiceProvider.GetRequiredService<ISender>());
    }
}
