using System.Security.Claims;
using Enforcement.Application.Security;

namespace Enforcement.Web.Services;

/// <summary>One entry of the side menu and the policy its page requires.</summary>
public sealed record MenuEntry(string Text, string Href, string Icon, string Policy);

/// <summary>
/// The side menu. An entry shows only to a user whose roles the page's policy admits, read from the same table
/// (<see cref="Policies.RolesByPolicy"/>) that authorizes the page and the API.
/// </summary>
public static class Menu
{
    public static IReadOnlyList<MenuEntry> Entries { get; } =
    [
        new("我的待办 Worklist", "/worklist", MudBlazor.Icons.Material.Filled.Checklist, Policies.SignedIn),
        new("驾驶舱 Dashboard", "/dashboard", MudBlazor.Icons.Material.Filled.Dashboard, Policies.DashboardRead),
        new("案件 Cases", "/cases", MudBlazor.Icons.Material.Filled.Gavel, Policies.CaseRead),
        new("立案登记 Register", "/cases/new", MudBlazor.Icons.Material.Filled.NoteAdd, Policies.CaseWork),
        new("保全 Preservation", "/preservation", MudBlazor.Icons.Material.Filled.Lock, Policies.PreservationRead),
        new("任务池 Task pool", "/tasks", MudBlazor.Icons.Material.Filled.Inbox, Policies.TaskRead),
        new("执前督促 Prompts", "/prompts", MudBlazor.Icons.Material.Filled.NotificationsActive, Policies.PromptRead),
        new("联动执行 Assistance", "/assistance", MudBlazor.Icons.Material.Filled.Handshake, Policies.AssistanceRead),
        new("接访登记 Reception desk", "/reception", MudBlazor.Icons.Material.Filled.RecordVoiceOver, Policies.PetitionReception),
        new("信访台账 Petitions", "/petitions", MudBlazor.Icons.Material.Filled.Forum, Policies.PetitionRead),
        new("重点案件 Key cases", "/key-cases", MudBlazor.Icons.Material.Filled.Star, Policies.SupervisionRead),
        new("督办 Supervision", "/supervision-orders", MudBlazor.Icons.Material.Filled.Flag, Policies.SupervisionRead),
        new("公职主体欠款 Public-body debts", "/obligations", MudBlazor.Icons.Material.Filled.AccountBalance, Policies.ObligationSummaryRead),
        new("联动单位 Linked units", "/linked-units", MudBlazor.Icons.Material.Filled.Apartment, Policies.LinkedUnitRead),
        new("用户与角色 Users", "/admin/users", MudBlazor.Icons.Material.Filled.ManageAccounts, Policies.UserManage),
        new("人员 Staff", "/admin/staff", MudBlazor.Icons.Material.Filled.Badge, Policies.StaffManage),
        new("审计日志 Audit trail", "/admin/audit", MudBlazor.Icons.Material.Filled.FactCheck, Policies.AuditRead),
        new("事件投递 Outbox", "/admin/outbox", MudBlazor.Icons.Material.Filled.Outbox, Policies.OutboxManage),
    ];

    public static IEnumerable<MenuEntry> For(ClaimsPrincipal user) => Entries.Where(e => Allows(user, e.Policy));

    /// <summary>Whether <paramref name="user"/> passes <paramref name="policy"/>, by its roles alone.</summary>
    public static bool Allows(ClaimsPrincipal user, string policy) =>
        user.Identity?.IsAuthenticated == true
        && Policies.RolesByPolicy.TryGetValue(policy, out var roles)
        && (roles.Length == 0 || roles.Any(user.IsInRole));

    /// <summary>Where a user starts: the leader's dashboard, the receptionist's desk, everyone else's worklist.</summary>
    public static string HomeOf(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Leader) ? "/dashboard"
        : user.IsInRole(Roles.Reception) ? "/reception"
        : "/worklist";
}
