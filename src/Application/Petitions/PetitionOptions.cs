using Enforcement.Domain.Petitions;

namespace Enforcement.Application.Petitions;

/// <summary>Section <c>Petitions</c>: the petition periods (DOMAIN.md, "Petitions"), each configurable, and who leads enforcement.</summary>
public sealed class PetitionOptions
{
    public const string SectionName = "Petitions";

    /// <summary>Days to decide whether to accept and tell the petitioner, from receipt.</summary>
    public int AcceptDays { get; set; } = 15;

    /// <summary>Working days to register and assign an enforcement petition, from receipt.</summary>
    public int AssignWorkingDays { get; set; } = 5;

    /// <summary>Days to resolve an enforcement petition, from receipt (the SPC's rule).</summary>
    public int EnforcementResolveDays { get; set; } = 30;

    /// <summary>Whether <see cref="EnforcementResolveDays"/> are working days rather than calendar days.</summary>
    public bool EnforcementResolveInWorkingDays { get; set; }

    /// <summary>Days to resolve a general petition, from acceptance.</summary>
    public int GeneralResolveDays { get; set; } = 60;

    /// <summary>The longest extension a Leader may approve, once.</summary>
    public int MaxExtensionDays { get; set; } = 30;

    /// <summary>Days the petitioner has to ask for a review (复查) or re-review (复核) after an answer.</summary>
    public int ReviewRequestDays { get; set; } = 30;

    /// <summary>Days to answer a review or re-review, from the request.</summary>
    public int ReviewAnswerDays { get; set; } = 30;

    /// <summary>A petition repeats an earlier one of the same petitioner about the same case within this many months.</summary>
    public int RepeatWindowMonths { get; set; } = 12;

    /// <summary>A visit of at least this many people is a collective visit (集体访).</summary>
    public int CollectiveHeadcount { get; set; } = 5;

    /// <summary>The court leader in charge of enforcement (分管执行院领导), shown with every related case; empty when not configured.</summary>
    public string LeaderInCharge { get; set; } = "";

    /// <summary><see cref="LeaderInCharge"/> as shown: trimmed, or null when not configured.</summary>
    public string? LeaderInChargeShown => string.IsNullOrWhiteSpace(LeaderInCharge) ? null : LeaderInCharge.Trim();

    public PetitionRules ToRules() => new(
        AcceptDays, AssignWorkingDays, EnforcementResolveDays, EnforcementResolveInWorkingDays, GeneralResolveDays, MaxExtensionDays,
        ReviewRequestDays, ReviewAnswerDays, RepeatWindowMonths, CollectiveHeadcount);
}
