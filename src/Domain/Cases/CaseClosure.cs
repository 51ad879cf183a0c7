namespace Enforcement.Domain.Cases;

public enum ClosureMode
{
    /// <summary>执行完毕</summary>
    FullyPerformed,

    /// <summary>终结本次执行程序 (终本)</summary>
    TerminatedThisRound,

    /// <summary>终结执行</summary>
    Terminated,

    /// <summary>不予执行</summary>
    NotEnforced,

    /// <summary>驳回申请</summary>
    ApplicationRejected,

    /// <summary>销案</summary>
    Withdrawn,
}

public sealed record CaseClosure(ClosureMode Mode, DateOnly ClosedOn, string Note);
