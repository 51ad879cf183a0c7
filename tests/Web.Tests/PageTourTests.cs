using Enforcement.Web.Services;
using Microsoft.Playwright;

namespace Enforcement.Web.Tests;

/// <summary>Every page of each persona's menu opens on the demo data without a console error, at 1280×800 and on a 768 px tablet.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageTourTests(BrowserApp app)
{
    [BrowserFact]
    public async Task Every_menu_page_opens_for_each_persona_without_console_errors()
    {
        foreach (var user in new[] { "officer", "reception", "leader", "coordinator", "admin" })
        {
            var (page, errors) = await app.NewPageAsync();
            await page.LogInAsync(user);
            var entries = await page.Locator("nav a.mud-nav-link").AllInnerTextsAsync();
            entries.ShouldNotBeEmpty();
            foreach (var entry in entries)
            {
                await page.Locator("nav a.mud-nav-link", new() { HasText = entry }).ClickAsync();
                var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
                await Assertions.Expect(heading).ToHaveTextAsync(Menu.Entries.Single(e => e.Text == entry.Trim()).Text);
                await page.Locator(".mud-table-loading-progress, .mud-progress-linear").First.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
                await page.ShotAsync($"tour-{user}-{new Uri(page.Url).AbsolutePath.Trim('/').Replace('/', '-')}", fullPage: false);
            }

            errors.ShouldBeEmpty($"{user}'s pages wrote to the console");
            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task On_a_768_px_tablet_the_pages_fit_the_width()
    {
        var (page, errors) = await app.NewPageAsync(768, 1024);
        await page.LogInAsync("officer");
        foreach (var path in new[] { "/worklist", "/cases", "/cases/new", "/preservation", "/tasks" })
        {
            await page.OpenAsync(path);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            overflow.ShouldBeLessThanOrEqualTo(0, $"{path} is wider than the screen");
        }

        await page.ShotAsync("officer-tablet-cases", fullPage: false);
        errors.ShouldBeEmpty();
    }
}
