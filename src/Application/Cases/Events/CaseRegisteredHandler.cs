using Enforcement.Domain.Cases;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Enforcement.Application.Cases.Events;

/// <summary>Records each registration in the log; a public-body debtor is called out for the linked-unit work.</summary>
public sealed partial class CaseRegisteredHandler(ILogger<CaseRegisteredHandler> logger) : INotificationHandler<CaseRegistered>
{
    public ValueTask Handle(CaseRegistered notification, CancellationToken cancellationToken)
    {
        LogRegistered(notification.CaseNumber, notification.CaseId, notification.PublicBodyDebtor);
        return ValueTask.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseNumber} ({CaseId}) registered; public-body debtor: {PublicBodyDebtor}")]
    private partial void LogRegistered(string caseNumber, Guid caseId, bool publicBodyDebtor);
}
