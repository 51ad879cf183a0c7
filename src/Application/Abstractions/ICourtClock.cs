namespace Enforcement.Application.Abstractions;

/// <summary>The court's local date and the current instant, from an injected <see cref="TimeProvider"/>.</summary>
public interface ICourtClock
{
    /// <summary>Today in the court's time zone (Asia/Shanghai by default).</summary>
    DateOnly Today { get; }

    /// <summary>The current instant in UTC.</summary>
    DateTime UtcNow { get; }

    /// <summary>The court's wall-clock time now (a receipt time typed in is in it).</summary>
    DateTime LocalNow { get; }

    /// <summary>The court's local date of <paramref name="instant"/>.</summary>
    DateOnly DateOf(DateTimeOffset instant);

    /// <summary>The instant of a wall-clock time at the court (a ruling at 20:00 on a day there).</summary>
    DateTimeOffset At(DateOnly day, TimeOnly time);
}
