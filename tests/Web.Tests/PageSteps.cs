using Microsoft.Playwright;

namespace Enforcement.Web.Tests;

/// <summary>What a persona does in the browser, as small steps over the pages' labels and ids.</summary>
public static class PageSteps
{
    public static async Task LogInAsync(this IPage page, string user)
    {
        await page.GotoAsync("/login");
        await page.Locator("#userName").FillAsync(user);
        await page.Locator("#password").FillAsync($"{user}-demo-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录 Log in" }).ClickAsync();
        await page.WaitForInteractiveAsync();
    }

    /// <summary>Waits until the page's circuit is live, so that clicks and typing reach the server.</summary>
    public static async Task WaitForInteractiveAsync(this IPage page) =>
        await page.Locator("#main[data-interactive='true']").WaitForAsync();

    public static async Task OpenAsync(this IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.WaitForInteractiveAsync();
    }

    /// <summary>Types into a field by its input id, as a clerk would, and leaves it.</summary>
    public static async Task EnterAsync(this IPage page, string inputId, string text)
    {
        var input = page.Locator($"#{inputId}");
        await input.FillAsync(text);
        await input.PressAsync("Tab");
    }

    /// <summary>Picks an option of a MudSelect by the input id and the option's text.</summary>
    public static async Task ChooseAsync(this IPage page, string inputId, string option)
    {
        await page.Locator($"#{inputId}").Locator("xpath=ancestor::div[contains(@class,'mud-select')][1]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").GetByText(option, new() { Exact = true }).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").First.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
    }

    /// <summary>
    /// Types part of a name into a MudAutocomplete by its input id, and picks the suggestion with that text. The field's
    /// debounced search may open the list again after the click; leaving the field closes it, as a clerk's Tab would.
    /// </summary>
    public static async Task PickAsync(this IPage page, string inputId, string typed, string option)
    {
        var input = page.Locator($"#{inputId}");
        await input.FillAsync(typed);
        await page.Locator(".mud-popover-open .mud-list-item").GetByText(option, new() { Exact = true }).ClickAsync();
        await Assertions.Expect(input).ToHaveValueAsync(option);
        await input.PressAsync("Tab");
        await page.Locator(".mud-popover-open .mud-list-item").First.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
    }

    public static Task ClickButtonAsync(this IPage page, string name) =>
        page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true }).ClickAsync();

    /// <summary>A screenshot under artifacts/screenshots; the whole page, or only what a 1280×800 screen shows.</summary>
    public static Task ShotAsync(this IPage page, string name, bool fullPage = true) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ScreenshotDirectory, name + ".png"), FullPage = fullPage });

    /// <summary>Saves a screenshot when the path stops before <see cref="FailureShot.Passed"/>, to see where it stopped.</summary>
    public static FailureShot ScreenshotOnFailure(this IPage page, string name) => new(page, name);

    public static string Iso(this DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A screenshot taken at disposal unless the test reached its end.</summary>
public sealed class FailureShot(IPage page, string name) : IAsyncDisposable
{
    private bool _passed;

    public void Passed() => _passed = true;

    public async ValueTask DisposeAsync()
    {
        if (!_passed)
        {
            await page.ShotAsync(name);
        }
    }
}
