namespace Enforcement.Domain.Cases;

/// <summary>Who records a change, when, and the calendar that counts its periods.</summary>
public sealed record ChangeContext(string RecordedBy, DateOnly Today, DateTime RecordedAtUtc, Calendar.LegalCalendar Calendar);
