using Enforcement.Domain.Cases;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Enforcement.Application.Cases.Events;

/// <summary>Records each registration in the log.</summary>
public sealed partial class CaseRegisteredHandler(ILogger<CaseRegisteredHandler> logger) : INotificationHandler<CaseRegistered>
{
    public ValueTask Handle(CaseRegistered notification, CancellationToken cancellationToken)
    {
        LogRegistered(notification.CaseNumber, notification.CaseId);
        return ValueTask.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseNumber} ({CaseId}) registered")]
    private partial void LogRegistered(string caseNumber, Guid caseId);
}
