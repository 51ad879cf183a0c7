using Enforcement.Domain.Obligations;

namespace Enforcement.Application.Obligations;

/// <summary>Section <c>Obligations</c>: the periods of the administrative-dispute linkage work (DOMAIN.md marks them as configuration).</summary>
public sealed class ObligationOptions
{
    public const string SectionName = "Obligations";

    /// <summary>Days a unit has to answer an urging letter (督促履行函), counted by the legal calendar.</summary>
    public int LetterReplyDays { get; set; } = 15;

    /// <summary>Days a body has to answer a judicial suggestion (司法建议).</summary>
    public int SuggestionReplyDays { get; set; } = 60;

    /// <summary>An instalment unpaid more than this many days after its due date puts the plan in default.</summary>
    public int DefaultAfterDays { get; set; } = 30;

    /// <summary>The follow-up deadline of an escalation, when the report does not set one.</summary>
    public int EscalationFollowUpDays { get; set; } = 30;

    public ObligationRules ToRules() => new(LetterReplyDays, SuggestionReplyDays, DefaultAfterDays, EscalationFollowUpDays);
}
