namespace Enforcement.Web.Tests;

/// <summary>
/// A test that drives a real Chromium. Where no Chromium is installed it is skipped, saying how to install one;
/// <c>.ci/run</c> installs Debian's <c>chromium</c> and <c>fonts-noto-cjk</c> first, so in CI it always runs.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Browser.ExecutablePath is null)
        {
            Skip = "No Chromium found (looked for $CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser): install it with `apt-get install chromium fonts-noto-cjk`.";
        }
    }
}

/// <summary>Where the browser is: <c>CHROMIUM_PATH</c>, or Debian's package.</summary>
public static class Browser
{
    public static string? ExecutablePath { get; } =
        new[] { Environment.GetEnvironmentVariable("CHROMIUM_PATH"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
            .FirstOrDefault(path => !string.IsNullOrEmpty(path) && File.Exists(path));
}
