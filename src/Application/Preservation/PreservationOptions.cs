namespace Enforcement.Application.Preservation;

/// <summary>Section <c>Preservation</c>.</summary>
public sealed class PreservationOptions
{
    public const string SectionName = "Preservation";

    /// <summary>Held values above the amount to preserve by more than this percentage mark the order over-preserved.</summary>
    public int OverPreservationMarginPercent { get; set; } = 20;
}
