using MudBlazor;

namespace Enforcement.Web.Services;

/// <summary>The court's theme: a sober blue, and fonts that render Chinese on Windows, macOS and Linux (Noto CJK).</summary>
public static class AppTheme
{
    private static readonly string[] Fonts = ["Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight { Primary = "#1d4e89", Secondary = "#b71c1c", AppbarBackground = "#1d4e89" },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = Fonts },
            Button = new ButtonTypography { FontFamily = Fonts, TextTransform = "none" },
        },
    };
}

/// <summary>The claim types of a logged-in user that the pages show; the host's login writes them.</summary>
public static class EnforcementClaimTypes
{
    public const string StaffName = "staff_name";
}
