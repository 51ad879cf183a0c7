namespace Enforcement.Application.Cases.Lifecycle;

/// <summary>The configurable part of the case clock (section <c>CaseClock</c>).</summary>
public sealed class CaseClockOptions
{
    public const string SectionName = "CaseClock";

    /// <summary>Months an approved extension adds (commonly up to 3).</summary>
    public int ExtensionMonths { get; set; } = 3;
}
