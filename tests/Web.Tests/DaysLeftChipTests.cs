using Bunit;
using Enforcement.Web.Components.Shared;

namespace Enforcement.Web.Tests;

/// <summary>A day past is overdue unless the item says otherwise: a report that came in on time waits without being late.</summary>
public sealed class DaysLeftChipTests : ComponentTestContext
{
    [Theory]
    [InlineData(-3, null, "已超期 3 天", true)]
    [InlineData(-3, true, "已超期 3 天", true)]
    [InlineData(-3, false, "期限已过 3 天，未逾期", false)]
    [InlineData(2, null, "剩余 2 天", false)]
    public void The_chip_reads_overdue_only_for_an_overdue_item(int days, bool? overdue, string text, bool red)
    {
        var chip = Render<DaysLeftChip>(parameters => parameters.Add(p => p.Days, days).Add(p => p.Overdue, overdue));

        chip.Find(".mud-chip").TextContent.Trim().ShouldBe(text);
        chip.Find(".mud-chip").ClassList.Contains("mud-chip-color-error").ShouldBe(red);
    }
}
