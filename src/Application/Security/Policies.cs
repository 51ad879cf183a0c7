namespace Enforcement.Application.Security;

/// <summary>
/// The authorization policies and the roles each admits: one table for the API's endpoints and the web pages' menus
/// and routes. Every endpoint and page names one, or is explicitly anonymous. The matrix is in the README.
/// </summary>
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

    /// <summary>The roles each policy admits; an empty list admits any logged-in user.</summary>
    public static IReadOnlyDictionary<string, string[]> RolesByPolicy { get; } = new Dictionary<string, string[]>
    {
        [CaseRead] = [Roles.Officer, Roles.Coordinator, Roles.Reception, Roles.Leader],
        [CaseWork] = [Roles.Officer, Roles.Coordinator],
        [ExtensionDecide] = [Roles.Leader],
        [CaseReopen] = [Roles.Leader],
        [PreservationRead] = [Roles.Officer, Roles.Coordinator, Roles.Leader],
        [PreservationWork] = [Roles.Officer, Roles.Coordinator],
        [LinkedUnitRead] = [.. Roles.All],
        [LinkedUnitManage] = [Roles.Coordinator, Roles.Admin],
        [LinkedUnitHistory] = [Roles.Officer, Roles.Coordinator, Roles.Leader, Roles.Admin],
        [ObligationSummaryRead] = [Roles.Officer, Roles.Coordinator, Roles.Reception, Roles.Leader],
        [ObligationRead] = [Roles.Officer, Roles.Coordinator, Roles.Leader],
        [ObligationCaseWork] = [Roles.Officer, Roles.Coordinator],
        [ObligationCoordinate] = [Roles.Coordinator],
        [ObligationEscalate] = [Roles.Coordinator, Roles.Leader],
        [PetitionRead] = [Roles.Officer, Roles.Coordinator, Roles.Reception, Roles.Leader],
        [PetitionReception] = [Roles.Reception],
        [PetitionNote] = [Roles.Officer, Roles.Coordinator, Roles.Reception],
        [PetitionResolveCase] = [Roles.Reception, Roles.Coordinator],
        [PetitionExtend] = [Roles.Leader],
        [PetitionerHistory] = [Roles.Reception, Roles.Leader],
        [PromptRead] = [Roles.Officer, Roles.Coordinator, Roles.Leader],
        [PromptWork] = [Roles.Officer, Roles.Coordinator],
        [TaskRead] = [Roles.Officer, Roles.Coordinator, Roles.Leader],
        [TaskWork] = [Roles.Officer, Roles.Coordinator],
        [TaskManage] = [Roles.Coordinator],
        [AssistanceRead] = [Roles.Officer, Roles.Coordinator, Roles.Leader],
        [AssistanceWork] = [Roles.Officer, Roles.Coordinator],
        [SupervisionRead] = [Roles.Officer, Roles.Coordinator, Roles.Leader],
        [SupervisionLead] = [Roles.Leader],
        [SupervisionReport] = [Roles.Officer, Roles.Coordinator],
        [DashboardRead] = [Roles.Coordinator, Roles.Leader],
        [StaffRead] = [.. Roles.All],
        [StaffManage] = [Roles.Admin],
        [UserManage] = [Roles.Admin],
        [AuditRead] = [Roles.Leader, Roles.Admin],
        [OutboxManage] = [Roles.Admin],
        [SignedIn] = [],
    };
}
