using System.Reflection;
using System.Security.Claims;
using Bunit;
using Enforcement.Application.Abstractions;
using Enforcement.Web.Services;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Enforcement.Web.Tests;

/// <summary>
/// A bunit context with MudBlazor, a court clock fixed at 2025-06-16, a logged-in user of the given roles, and an
/// Application layer that answers every command with <see cref="Refusal"/>: the pages' own behaviour, not the server's.
/// </summary>
public abstract class ComponentTestContext : BunitContext, IAsyncLifetime
{
    protected static readonly DateOnly Today = new(2025, 6, 16);

    /// <summary>What the Application layer throws for a command or query; by default nothing is refused and nothing answered.</summary>
    protected Func<object, Exception> Refusal { get; set; } = request => new InvalidOperationException($"No answer for {request.GetType().Name} in a component test.");

    /// <summary>
    /// What the Application layer answers for a request, given the answer's type: the answer, or a task of it; null refuses
    /// the request with <see cref="Refusal"/>.
    /// </summary>
    protected Func<object, Type, object?> Answer { get; set; } = (_, _) => null;

    protected List<object> Sent { get; } = [];

    protected ComponentTestContext(params string[] roles)
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton<ICourtClock>(new FixedClock(Today));
        Services.AddScoped<ScopedUser>();
        Services.AddScoped<UiSender>();
        Services.AddHttpContextAccessor(); // no request: a component renders as in a circuit
        Services.AddScoped<ISender>(_ => RefusingSender.Create(
            request =>
            {
                Sent.Add(request);
                return Refusal(request);
            },
            (request, type) =>
            {
                var answer = Answer(request, type);
                if (answer is not null)
                {
                    Sent.Add(request);
                }

                return answer;
            }));
        var authorization = AddAuthorization();
        authorization.SetAuthorized("officer-test");
        authorization.SetRoles(roles);
        authorization.SetPolicies([.. Application.Security.Policies.RolesByPolicy
            .Where(p => p.Value.Length == 0 || p.Value.Intersect(roles).Any()).Select(p => p.Key)]);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>MudBlazor's services dispose only asynchronously.</summary>
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    /// <summary>An empty answer for a list or a page of records; null for anything else.</summary>
    protected static object? Empty(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)
            ? Array.CreateInstance(type.GetGenericArguments()[0], 0)
            : type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Application.Common.PagedResult<>)
                ? Activator.CreateInstance(type, Array.CreateInstance(type.GetGenericArguments()[0], 0), 0, 1, 50, false, null)
                : null;

    protected static ClaimsPrincipal UserIn(params string[] roles) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "test"), .. roles.Select(r => new Claim(ClaimTypes.Role, r))], "test"));

    internal sealed class FixedClock(DateOnly today) : ICourtClock
    {
        public DateOnly Today { get; } = today;

        public DateTime UtcNow => Today.ToDateTime(new TimeOnly(1, 0), DateTimeKind.Utc);

        public DateTime LocalNow => UtcNow.AddHours(8);

        public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.UtcDateTime.AddHours(8));

        public DateTimeOffset At(DateOnly day, TimeOnly time) => new(day.ToDateTime(time), TimeSpan.FromHours(8));
    }
}

/// <summary>An <see cref="ISender"/> whose every send fails with the exception the test chooses.</summary>
public class RefusingSender : DispatchProxy
{
    private Func<object, Exception> _refuse = _ => new InvalidOperationException();
    private Func<object, Type, object?> _answer = (_, _) => null;

    public static ISender Create(Func<object, Exception> refuse, Func<object, Type, object?>? answer = null)
    {
        var sender = Create<ISender, RefusingSender>();
        ((RefusingSender)(object)sender)._refuse = refuse;
        ((RefusingSender)(object)sender)._answer = answer ?? ((_, _) => null);
        return sender;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        var returnType = targetMethod!.ReturnType;
        if (returnType.IsGenericType && _answer(args![0]!, returnType.GetGenericArguments()[0]) is { } answer)
        {
            // An answer, or a task of one that the test completes when it chooses.
            var type = returnType.GetGenericArguments()[0];
            var task = typeof(Task<>).MakeGenericType(type);
            return returnType.GetConstructor([task.IsInstanceOfType(answer) ? task : type])!.Invoke([answer]);
        }

        var error = _refuse(args![0]!);
        if (!returnType.IsGenericType)
        {
            return ValueTask.FromException(error);
        }

        var fromException = typeof(ValueTask).GetMethods()
            .Single(m => m is { Name: nameof(ValueTask.FromException), IsGenericMethodDefinition: true });
        return fromException.MakeGenericMethod(returnType.GetGenericArguments()[0]).Invoke(null, [error]);
    }
}
