namespace Enforcement.Domain.Cases;

/// <summary>The case type carried by the type code of a case number.</summary>
public enum CaseType
{
    /// <summary>执: first enforcement (首次执行).</summary>
    FirstEnforcement,

    /// <summary>执恢: resumed enforcement, after 终本 or a broken settlement.</summary>
    ResumedEnforcement,

    /// <summary>执保: enforcing a preservation ruling.</summary>
    PreservationEnforcement,

    /// <summary>执异: enforcement objection.</summary>
    Objection,

    /// <summary>执复: enforcement reconsideration.</summary>
    Reconsideration,

    /// <summary>执监: enforcement supervision.</summary>
    Supervision,

    /// <summary>财保: review of a non-litigation (e.g. pre-litigation) preservation application. Not an enforcement case.</summary>
    PreservationReview,
}
