using Enforcement.Application.Auditing;
using Enforcement.Application.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Enforcement.Api.Security;

/// <summary>The authorization policies; every endpoint names one, or is explicitly anonymous. The matrix is in the README.</summary>
public static class Policies
{
    /// <summary>Read case lists, details (masked for Reception) and timelines.</summary>
    public const string CaseRead = "cases.read";

    /// <summary>Register and work cases. Officers are further limited to their own and unassigned cases.</summary>
    public const string CaseWork = "cases.work";

    /// <summary>Approve or refuse extensions.</summary>
    public const string ExtensionDecide = "extensions.decide";

    /// <summary>Reopen a wrongly closed case.</summary>
    public const string CaseReopen = "cases.reopen";

    /// <summary>Read preservation orders and the expiring-measures warning.</summary>
    public const string PreservationRead = "preservation.read";

    /// <summary>Record and work preservation orders.</summary>
    public const string PreservationWork = "preservation.work";

    /// <summary>Read the linked-unit registry (every role; contact phones masked for Reception).</summary>
    public const string LinkedUnitRead = "linked-units.read";

    /// <summary>Maintain the linked-unit registry.</summary>
    public const string LinkedUnitManage = "linked-units.manage";

    /// <summary>Read a unit's history: those who read obligations, and the admins who maintain the registry.</summary>
    public const string LinkedUnitHistory = "linked-units.history";

    /// <summary>Read obligation summaries and the list (Reception included).</summary>
    public const string ObligationSummaryRead = "obligations.summaries";

    /// <summary>Read an obligation in full, the escalation list and the report to the city.</summary>
    public const string ObligationRead = "obligations.read";

    /// <summary>Letters, plans and payments: officers on cases they may work, coordinators on all.</summary>
    public const string ObligationCaseWork = "obligations.case-work";

    /// <summary>Record obligations, mediation sessions and judicial suggestions.</summary>
    public const string ObligationCoordinate = "obligations.coordinate";

    /// <summary>Escalate, record instructions and outcomes; an override of the order is further limited to leaders.</summary>
    public const string ObligationEscalate = "obligations.escalate";

    /// <summary>Read petitions: all for Reception, Leaders and Coordinators; an officer those on their cases or assigned to them.</summary>
    public const string PetitionRead = "petitions.read";

    /// <summary>Log petitions and take them through acceptance, assignment, answers, reviews and closure.</summary>
    public const string PetitionReception = "petitions.reception";

    /// <summary>Add a handling note.</summary>
    public const string PetitionNote = "petitions.note";

    /// <summary>Resolve a case number the registry did not know.</summary>
    public const string PetitionResolveCase = "petitions.resolve-case";

    /// <summary>Approve the one extension of the resolve period.</summary>
    public const string PetitionExtend = "petitions.extend";

    /// <summary>Read a petitioner's history (一人一档).</summary>
    public const string PetitionerHistory = "petitions.petitioner-history";

    /// <summary>Read prompts before enforcement and the voluntary performance rate.</summary>
    public const string PromptRead = "prompts.read";

    /// <summary>Open and work prompts before enforcement.</summary>
    public const string PromptWork = "prompts.work";

    /// <summary>Read the task pool (officers: the tasks of the cases they may work).</summary>
    public const string TaskRead = "tasks.read";

    /// <summary>Create, claim and complete pool tasks (officers: on the cases they may work).</summary>
    public const string TaskWork = "tasks.work";

    /// <summary>Cancel tasks and plan the re-inquiries now.</summary>
    public const string TaskManage = "tasks.manage";

    /// <summary>Read assistance requests and the per-unit figures (officers: the requests of the cases they may work).</summary>
    public const string AssistanceRead = "assistance.read";

    /// <summary>Send assistance requests and record replies (officers: on the cases they may work).</summary>
    public const string AssistanceWork = "assistance.work";

    /// <summary>Key cases, suggestions and supervision orders: Leader and Coordinator read all; an officer those on their cases.</summary>
    public const string SupervisionRead = "supervision.read";

    /// <summary>Designating key cases, deciding suggestions, issuing orders and deciding reports: Leader.</summary>
    public const string SupervisionLead = "supervision.lead";

    /// <summary>Reporting on an order addressed to you: Officer, Coordinator.</summary>
    public const string SupervisionReport = "supervision.report";

    /// <summary>The dashboard: Leader, Coordinator.</summary>
    public const string DashboardRead = "dashboard.read";

    public const string StaffRead = "staff.read";

    public const string StaffManage = "staff.manage";

    public const string UserManage = "users.manage";

    public const string AuditRead = "audit.read";

    /// <summary>See the outbox and retry its dead letters.</summary>
    public const string OutboxManage = "outbox.manage";

    /// <summary>Any logged-in user, whatever the role: end one's own login.</summary>
    public const string SignedIn = "signed-in";

    public static IServiceCollection AddEnforcementAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(CaseRead, p => p.RequireRole(Roles.Officer, Roles.Coordinator, Roles.Reception, Roles.Leader))
            .AddPolicy(CaseWork, p => p.RequireRole(Roles.Officer, Roles.Coordinator))
            .AddPolicy(ExtensionDecide, p => p.RequireRole(Roles.Leader))
            .AddPolicy(CaseReopen, p => p.RequireRole(Roles.Leader))
            .AddPolicy(PreservationRead, p => p.RequireRole(Roles.Officer, Roles.Coordinator, Roles.Leader))
            .AddPolicy(PreservationWork, p => p.RequireRole(Roles.Officer, Roles.Coordinator))
            .AddPolicy(LinkedUnitRead, p => p.RequireRole(Roles.All.ToArray()))
            .AddPolicy(LinkedUnitManage, p => p.RequireRole(Roles.Coordinator, Roles.Admin))
            .AddPolicy(LinkedUnitHistory, p => p.RequireRole(Roles.Officer, Roles.Coordinator, Roles.Leader, Roles.Admin))
            .AddPolicy(ObligationSummaryRead, p => p.RequireRole(Roles.Officer, Roles.Coordinator, Roles.Reception, Roles.Leader))
            .AddPolicy(ObligationRead, p => p.RequireRole(Roles.Officer, Roles.Coordinator, Roles.Leader))
            .AddPolicy(ObligationCaseWork, p => p.RequireRole(Roles.Officer, Roles.Coordinator))
            .AddPolicy(ObligationCoordinate, p => p.RequireRole(Roles.Coordinator))
            .AddPolicy(ObligationEscalate, p => p.RequireRole(Roles.Coordinator, Roles.Leader))
            .AddPolicy(PetitionRead, p => p.RequireRole(Roles.Officer, Roles.Coordinator, Roles.Reception, Roles.Leader))
            .AddPolicy(PetitionReception, p => p.RequireRole(Roles.Reception))
            .AddPolicy(PetitionNote, p => p.RequireRole(Roles.Officer, Roles.Coordinator, Roles.Reception))
            .AddPolicy(PetitionResolveCase, p => p.RequireRole(Roles.Reception, Roles.Coordinator))
            .AddPolicy(PetitionExtend, p => p.RequireRole(Roles.Leader))
            .AddPolicy(PetitionerHistory, p => p.RequireRole(Roles.Reception, Roles.Leader))
            .AddPolicy(PromptRead, p => p.RequireRole(Roles.Officer, Roles.Coordinator, Roles.Leader))
            .AddPolicy(PromptWork, p => p.RequireRole(Roles.Officer, Roles.Coordinator))
            .AddPolicy(TaskRead, p => p.RequireRole(Roles.Officer, Roles.Coordinator, Roles.Leader))
            .AddPolicy(TaskWork, p => p.RequireRole(Roles.Officer, Roles.Coordinator))
            .AddPolicy(TaskManage, p => p.RequireRole(Roles.Coordinator))
            .AddPolicy(AssistanceRead, p => p.RequireRole(Roles.Officer, Roles.Coordinator, Roles.Leader))
            .AddPolicy(AssistanceWork, p => p.RequireRole(Roles.Officer, Roles.Coordinator))
            .AddPolicy(SupervisionRead, p => p.RequireRole(Roles.Officer, Roles.Coordinator, Roles.Leader))
            .AddPolicy(SupervisionLead, p => p.RequireRole(Roles.Leader))
            .AddPolicy(SupervisionReport, p => p.RequireRole(Roles.Officer, Roles.Coordinator))
            .AddPolicy(DashboardRead, p => p.RequireRole(Roles.Coordinator, Roles.Leader))
            .AddPolicy(StaffRead, p => p.RequireRole(Roles.All.ToArray()))
            .AddPolicy(StaffManage, p => p.RequireRole(Roles.Admin))
            .AddPolicy(UserManage, p => p.RequireRole(Roles.Admin))
            .AddPolicy(AuditRead, p => p.RequireRole(Roles.Leader, Roles.Admin))
            .AddPolicy(OutboxManage, p => p.RequireRole(Roles.Admin))
            .AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());

        // No fallback policy: it would also apply where no endpoint matched, answering 401 instead of 404
        // (e.g. for a register endpoint that must not exist). A test instead proves every endpoint names a policy.
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuditingAuthorizationResultHandler>();
        return services;
    }
}

/// <summary>Writes every refused request (403) to the audit trail, then answers as usual.</summary>
internal sealed class AuditingAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            var audit = context.RequestServices.GetRequiredService<IAuditTrail>();
            var endpoint = context.GetEndpoint()?.DisplayName ?? context.Request.Path.Value ?? "";
            await audit.WriteNowAsync("Forbidden", "Endpoint", context.Request.Path.Value, $"{context.Request.Method} {context.Request.Path} refused ({endpoint})",
                AuditOutcome.Refused, context.RequestAborted);
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
