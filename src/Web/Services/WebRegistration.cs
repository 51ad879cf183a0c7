using Enforcement.Web.Components;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.WebEncoders;
using MudBlazor.Services;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Enforcement.Web.Services;

/// <summary>The web application (Blazor, interactive server rendering, MudBlazor), hosted beside the API.</summary>
public static class WebRegistration
{
    public static IServiceCollection AddEnforcementWeb(this IServiceCollection services)
    {
        // Chinese is written as UTF-8 text, not as character references (&#x7528;…): a third of the bytes, and searchable.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomRight;
            options.SnackbarConfiguration.MaxDisplayedSnackbars = 2;
            options.SnackbarConfiguration.VisibleStateDuration = 3000;
        });
        services.AddScoped<ScopedUser>();
        services.AddScoped<UiSender>();
        services.AddHttpContextAccessor(); // a page's status on its first render (ProblemAlert)
        return services;
    }

    /// <summary>The pages at <c>/</c> and their static files; the API keeps <c>/api</c>.</summary>
    public static IEndpointRouteBuilder MapEnforcementWeb(this IEndpointRouteBuilder app)
    {
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
