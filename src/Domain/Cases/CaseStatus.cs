namespace Enforcement.Domain.Cases;

public enum CaseStatus
{
    /// <summary>立案: open, with the statutory clock running.</summary>
    Filed,

    /// <summary>Open, with the clock paused (suspension, public notice, deferral, instructions, coordination, settlement).</summary>
    Paused,

    /// <summary>结案: closed; see the closure for how.</summary>
    Closed,
}
