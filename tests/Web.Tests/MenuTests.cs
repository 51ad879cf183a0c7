using System.Reflection;
using Bunit;
using Enforcement.Application.Security;
using Enforcement.Web.Components.Layout;
using Enforcement.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;

namespace Enforcement.Web.Tests;

/// <summary>Each role's menu shows exactly the pages its role may open, read from the policy table the pages and the API use.</summary>
public sealed class MenuTests : ComponentTestContext
{
    public static TheoryData<string, string[]> MenuByRole => new()
    {
        { Roles.Officer, ["/worklist", "/cases", "/cases/new", "/preservation", "/tasks", "/prompts", "/assistance", "/petitions", "/key-cases", "/supervision-orders", "/obligations", "/linked-units"] },
        { Roles.Coordinator, ["/worklist", "/dashboard", "/cases", "/cases/new", "/preservation", "/tasks", "/prompts", "/assistance", "/petitions", "/key-cases", "/supervision-orders", "/obligations", "/linked-units"] },
        { Roles.Reception, ["/worklist", "/cases", "/reception", "/petitions", "/obligations", "/linked-units"] },
        { Roles.Leader, ["/worklist", "/dashboard", "/cases", "/preservation", "/tasks", "/prompts", "/assistance", "/petitions", "/key-cases", "/supervision-orders", "/obligations", "/linked-units", "/admin/audit"] },
        { Roles.Admin, ["/worklist", "/linked-units", "/admin/users", "/admin/staff", "/admin/audit", "/admin/outbox"] },
    };

    [Theory]
    [MemberData(nameof(MenuByRole))]
    public void A_role_sees_the_pages_it_may_open_and_no_other(string role, string[] expected)
    {
        var menu = Render<NavMenu>(parameters => parameters.Add(p => p.User, UserIn(role)));

        var links = menu.FindAll("a.mud-nav-link").Select(a => a.GetAttribute("href")).ToList();

        links.ShouldBe(expected);
    }

    [Fact]
    public void An_anonymous_user_has_no_menu() =>
        Render<NavMenu>(parameters => parameters.Add(p => p.User, new System.Security.Claims.ClaimsPrincipal()))
            .FindAll("a.mud-nav-link").ShouldBeEmpty();

    [Fact]
    public void Every_menu_entry_names_the_policy_of_the_page_it_opens()
    {
        var pages = PageRoutes().ToDictionary(p => p.Route, p => p.Policy);

        foreach (var entry in Menu.Entries)
        {
            pages.ShouldContainKey(entry.Href);
            pages[entry.Href].ShouldBe(entry.Policy, $"the menu entry {entry.Text}");
        }
    }

    [Fact]
    public void Every_page_but_the_login_names_a_policy_of_the_shared_table()
    {
        var unguarded = PageRoutes().Where(p => p.Route != "/login" && (p.Policy is null || !Policies.RolesByPolicy.ContainsKey(p.Policy))).ToList();

        unguarded.ShouldBeEmpty();
    }

    [Fact]
    public void No_component_shares_a_mask_a_mask_keeps_the_state_of_the_text_it_masks()
    {
        // A static PatternMask served every user's field at once: two users opening a form together got a 500.
        var shared = typeof(Menu).Assembly.GetTypes()
            .SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Where(field => typeof(MudBlazor.IMask).IsAssignableFrom(field.FieldType))
            .Select(field => $"{field.DeclaringType!.Name}.{field.Name}")
            .ToList();

        shared.ShouldBeEmpty();
    }

    private static IEnumerable<(string Route, string? Policy)> PageRoutes() =>
        typeof(Menu).Assembly.GetTypes()
            .SelectMany(type => type.GetCustomAttributes<RouteAttribute>().Select(route => (route.Template, type.GetCustomAttribute<AuthorizeAttribute>()?.Policy)));
}
