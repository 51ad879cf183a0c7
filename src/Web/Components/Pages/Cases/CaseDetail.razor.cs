using Enforcement.Application.Abstractions;
using Enforcement.Application.Assistance;
using Enforcement.Application.Cases;
using Enforcement.Application.Cases.Corrections;
using Enforcement.Application.Cases.GetCase;
using Enforcement.Application.Cases.Lifecycle;
using Enforcement.Application.Common;
using Enforcement.Application.Common.Workflows;
using Enforcement.Application.LinkedUnits;
using Enforcement.Application.Obligations;
using Enforcement.Application.Petitions;
using Enforcement.Application.Staff;
using Enforcement.Application.Supervision;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Staff;
using Enforcement.Web.Services;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Enforcement.Web.Components.Pages.Cases;

/// <summary>A case: its record, the actions an officer or coordinator takes on it, and what hangs off it.</summary>
public sealed partial class CaseDetail
{
    [Parameter]
    public Guid Id { get; set; }

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private ICourtClock Clock { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private CaseDetailDto? _case;
    private UiProblem? _problem;
    private UiProblem? _actionProblem;
    private string? _measureAsset;
    private Enforcement.Domain.Preservation.AssetKind? _measureAssetKind;
    private DateOnly? _measureUntil;
    private bool _measureDebtorMissing;
    private IReadOnlyList<CaseMeasureDto> _measures = [];
    private IReadOnlyList<TimelineEntryDto> _timeline = [];
    private IReadOnlyList<CasePaymentDto> _payments = [];
    private IReadOnlyList<AssistanceRequestDto> _assistance = [];
    private IReadOnlyList<SupervisionOrderDto> _orders = [];
    private KeyCaseDto? _keyCase;
    private KeyCaseReason? _keyReason;
    private string? _keyReasonText;
    private UiProblem? _keyProblem;
    private IReadOnlyList<PetitionSummaryDto> _petitions = [];
    private IReadOnlyList<ObligationSummaryDto> _obligations = [];
    private IReadOnlyList<StaffDto> _staff = [];
    private int _actionTab;

    private Guid? _assignTo;
    private DateOnly? _assignedOn;
    private MeasureKind? _measureKind;
    private DateOnly? _measureOn;
    private InquiryResult? _inquiryResult;
    private string? _listingGround;
    private decimal? _measureAmount;
    private string? _measureDescription;
    private decimal? _paymentAmount;
    private DateOnly? _paidOn;
    private PaymentSource? _paymentSource;
    private PauseKind? _pauseKind;
    private DateOnly? _pauseOn;
    private DateOnly? _pauseEndOn;
    private string? _pauseReason;
    private string? _extensionReason;
    private ClosureMode? _closureMode;
    private DateOnly? _closedOn;
    private string? _closureNote;
    private TerminationCheckDto? _termination;
    private DateOnly? _settlementOn;
    private DateOnly? _settlementEndOn;
    private string? _settlementTerms;
    private readonly List<Components.Shared.InstalmentsEditor.Row> _instalments = [new()];
    private string? _resumeNumber;
    private DateOnly? _resumeOn;
    private string? _reopenReason;
    private string? _decisionNote;
    private UiProblem? _decisionProblem;
    private TimelineEntryDto? _correcting;
    private CaseMeasureDto? _holdOf;
    private bool _renewHold;
    private UiProblem? _holdProblem;
    private IReadOnlyList<UnitLinkSuggestionDto> _unitSuggestions = [];
    private Guid? _debtUnit;
    private decimal? _debtAmount;
    private string? _debtBasis;
    private DateOnly? _debtDeliveredOn;
    private int? _debtContractDays;
    private UiProblem? _debtProblem;
    private Guid? _assistUnit;
    private Enforcement.Domain.Assistance.AssistanceType? _assistType;
    private string? _assistNumber;
    private string? _assistContent;
    private Enforcement.Domain.Tasks.TaskType? _taskType;
    private string? _taskReason;
    private DateOnly? _taskDueOn;
    private string? _correctionReason;

    /// <summary>
    /// The action forms as a case first shows them: every date the court's today (the clerk changes it for a late
    /// entry), and nothing typed for another case, whose reason, note or amount would otherwise be sent with this one.
    /// </summary>
    private void ResetForms()
    {
        _assignedOn = _measureOn = _paidOn = _pauseOn = _pauseEndOn = _closedOn = _settlementOn = _settlementEndOn = _resumeOn = Clock.Today;
        (_assignTo, _measureKind, _paymentAmount, _paymentSource) = (null, MeasureKind.EnforcementNotice, null, PaymentSource.Voluntary);
        (_pauseKind, _pauseReason, _extensionReason, _closureMode, _closureNote) = (null, null, null, null, null);
        (_settlementTerms, _resumeNumber, _reopenReason, _decisionNote, _correctionReason) = (null, null, null, null, null);
        (_debtUnit, _debtAmount, _debtBasis, _debtDeliveredOn, _debtContractDays) = (null, null, null, null, null);
        (_assistUnit, _assistType, _assistNumber, _assistContent) = (null, null, null, null);
        (_taskType, _taskReason, _taskDueOn) = (null, null, null);
        (_decisionProblem, _holdProblem, _debtProblem) = (null, null, null);
        _instalments.Clear();
        _instalments.Add(new());
    }

    protected override async Task OnParametersSetAsync()
    {
        // Another case in the same page (after a resumption, or a link): nothing of the last one stays on screen.
        (_problem, _actionProblem, _termination, _holdOf, _correcting) = (null, null, null, null, null);
        ClearMeasureForm();
        (_keyReason, _keyReasonText, _keyProblem) = (null, null, null);
        var id = Id;
        if (_case?.Id != id)
        {
            // The last case and its records leave the screen before the next is read: nothing shown, and no action
            // offered, belongs to another case than the one in the address, and a case that cannot be read shows why.
            (_case, _keyCase) = (null, null);
            (_measures, _timeline, _payments, _petitions, _obligations) = ([], [], [], [], []);
            (_assistance, _orders, _unitSuggestions) = ([], [], []);
            ResetForms();
        }

        try
        {
            var read = await Sender.SendAsync(new GetCaseQuery(id));
            if (Id != id)
            {
                return; // the address moved on to another case while this one was read
            }

            _case = read;
        }
        catch (Exception error) when (UiProblem.From(error) is { } problem)
        {
            if (Id == id)
            {
                (_case, _problem) = (null, problem);
            }

            return;
        }

        try
        {
            await LoadRecordsAsync();
        }
        catch (Exception error) when (Id == id && UiProblem.From(error) is { } problem)
        {
            _problem = problem; // shown above the case, whose own record was read
        }
    }

    /// <summary>
    /// The lists beside the case, each one query, shown together once all are read, and only if the address still names
    /// the case they were read for.
    /// </summary>
    private async Task LoadRecordsAsync()
    {
        var id = Id;
        var measures = await Sender.SendAsync(new GetCaseMeasuresQuery(id));
        var timeline = await Sender.SendAsync(new GetCaseTimelineQuery(id));
        var payments = await Sender.SendAsync(new GetCasePaymentsQuery(id));
        var petitions = (await Sender.SendAsync(new SearchPetitionsQuery(CaseId: id, PageSize: 50))).Items;
        var obligations = (await Sender.SendAsync(new SearchObligationsQuery(CaseId: id, PageSize: 50))).Items;
        var user = (await Authentication).User;
        var works = Menu.Allows(user, Application.Security.Policies.CaseWork);
        var assistance = Menu.Allows(user, Application.Security.Policies.AssistanceRead)
            ? (await Sender.SendAsync(new SearchAssistanceRequestsQuery(CaseId: id, PageSize: 50))).Items
            : [];
        var (keyCase, orders) = Menu.Allows(user, Application.Security.Policies.SupervisionRead)
            ? await ReadSupervisionAsync(id)
            : (null, []);
        var suggestions = works ? await Sender.SendAsync(new GetUnitSuggestionsQuery(id)) : [];

        // The pick list does not change while the page is open: read once.
        if (_staff.Count == 0 && works)
        {
            _staff = (await Sender.SendAsync(new ListStaffQuery(CourtUnit.EnforcementBureau, Active: true, PageSize: 100))).Items;
        }

        if (Id == id)
        {
            (_measures, _timeline, _payments, _petitions, _obligations) = (measures, timeline, payments, petitions, obligations);
            (_assistance, _keyCase, _orders, _unitSuggestions) = (assistance, keyCase, orders, suggestions);
        }
    }

    [CascadingParameter]
    private Task<Microsoft.AspNetCore.Components.Authorization.AuthenticationState> Authentication { get; set; } = default!;

    /// <summary>Sends a change at the version on screen, shows the new case, or the refusal beside the form.</summary>
    private async Task ChangeAsync(AggregateCommand command, string done)
    {
        try
        {
            _case = await Sender.ChangeAsync(command, Id, _case!);
            _actionProblem = null;
            Snackbar.Add(done, Severity.Success);
            await LoadRecordsAsync();
        }
        catch (Exception error) when (UiProblem.From(error) is { } problem)
        {
            _actionProblem = problem;
        }
    }

    private Task AssignAsync() => ChangeAsync(new AssignCaseOfficerCommand(_assignTo ?? Guid.Empty, _assignedOn), "已指定承办人");

    private async Task RecordMeasureAsync()
    {
        await ChangeAsync(
            new RecordMeasureCommand(_measureKind, _measureOn, _measureDescription, _measureAmount,
                Asset: Holds ? Display.Typed(_measureAsset) : null,
                InquiryResult: _measureKind == MeasureKind.OnlineAssetInquiry ? _inquiryResult : null,
                ListingGround: _measureKind == MeasureKind.DishonestDebtorListing ? _listingGround : null,
                DebtorMissing: _measureDebtorMissing,
                AssetKind: Holds ? _measureAssetKind : null,
                Until: Holds ? _measureUntil : null),
            "已记录执行措施");
        if (_actionProblem is null)
        {
            ClearMeasureForm();
        }
    }

    /// <summary>
    /// A recorded measure's particulars do not carry over to the next one, nor to another case: a debtor-missing report
    /// left ticked would mark every later measure (and the case stays marked until a search for the debtor).
    /// </summary>
    private void ClearMeasureForm() =>
        (_measureDescription, _measureAmount, _measureAsset, _measureAssetKind, _measureUntil, _measureDebtorMissing, _inquiryResult, _listingGround) =
        (null, null, null, null, null, false, null, null);

    /// <summary>A seal, seizure or freeze: it holds an asset, for the legal maximum period of its kind.</summary>
    private bool Holds => _measureKind is MeasureKind.Seal or MeasureKind.Seize or MeasureKind.Freeze;

    /// <summary>A recorded payment leaves the form empty: a second click would record the same money twice.</summary>
    private async Task RecordPaymentAsync()
    {
        await ChangeAsync(new RecordPaymentCommand(_paymentAmount, _paidOn, _paymentSource), "已记录执行到位");
        if (_actionProblem is null)
        {
            _paymentAmount = null;
        }
    }

    private Task StartPauseAsync() => ChangeAsync(new StartPauseCommand(_pauseKind, _pauseOn, _pauseReason), "已中止，审限暂停计算");

    private Task EndPauseAsync() => ChangeAsync(new EndPauseCommand(_pauseEndOn), "已恢复执行，审限继续计算");

    private Task RequestExtensionAsync() => ChangeAsync(new RequestExtensionCommand(_extensionReason), "已提交延长审限申请");

    private Task AgreeSettlementAsync() => ChangeAsync(
        new AgreeSettlementCommand(_settlementOn, _settlementTerms, Components.Shared.InstalmentsEditor.Inputs(_instalments)),
        "已记录执行和解，审限暂停计算");

    private Task EndSettlementAsync(SettlementOutcome outcome) =>
        ChangeAsync(new EndSettlementCommand(_settlementEndOn) { Outcome = outcome },
            outcome == SettlementOutcome.Performed ? "和解已履行完毕" : "和解未履行，已恢复执行");

    private string? ResumeNumberError => FieldChecks.CaseNumber(_resumeNumber) ?? _actionProblem?["caseNumber"];

    /// <summary>恢复执行: a new 执恢 case, registered from this one; the page then shows the new case.</summary>
    private async Task ResumeAsync()
    {
        try
        {
            var resumed = await Sender.ChangeAsync(new ResumeCaseCommand(_resumeNumber?.Trim(), _resumeOn), Id, _case!);
            Snackbar.Add($"已立执恢案件 {resumed.CaseNumber}", Severity.Success);
            Navigation.NavigateTo($"/cases/{resumed.Id}");
        }
        catch (Exception error) when (UiProblem.From(error) is { } problem)
        {
            _actionProblem = problem;
        }
    }

    private Task ReopenAsync() => ChangeAsync(new ReopenCaseCommand(_reopenReason), "已撤销结案");

    private async Task DecideExtensionAsync(ExtensionDto extension, bool approve)
    {
        try
        {
            var command = new DecideExtensionCommand(approve, _decisionNote) { ExtensionId = extension.Id };
            _case = await Sender.ChangeAsync(command, Id, _case!);
            _decisionProblem = null;
            Snackbar.Add(approve ? "已批准延长审限" : "已决定不批准延长", Severity.Success);
            await LoadRecordsAsync();
        }
        catch (Exception error) when (UiProblem.From(error) is { } problem)
        {
            _decisionProblem = problem;
        }
    }

    /// <summary>The records a correction can void: assignments, measures, payments and pauses.</summary>
    private static bool Correctable(TimelineKind kind) =>
        kind is TimelineKind.HandlerAssigned or TimelineKind.Measure or TimelineKind.Payment or TimelineKind.PauseStarted;

    private async Task VoidAsync(TimelineEntryDto entry)
    {
        CorrectionCommand command = entry.Kind switch
        {
            TimelineKind.HandlerAssigned => new VoidAssignmentCommand(_correctionReason) { RecordId = entry.RecordId!.Value },
            TimelineKind.Measure => new VoidMeasureCommand(_correctionReason) { RecordId = entry.RecordId!.Value },
            TimelineKind.Payment => new VoidPaymentCommand(_correctionReason) { RecordId = entry.RecordId!.Value },
            _ => new VoidPauseCommand(_correctionReason) { RecordId = entry.RecordId!.Value },
        };
        await ChangeAsync(command, "已更正：原记录已撤销，保留在流程节点中");
        if (_actionProblem is null)
        {
            (_correcting, _correctionReason) = (null, null);
        }
    }

    /// <summary>续行 or 解除 of a seal, seizure or freeze recorded on the case.</summary>
    private async Task HoldAsync(HoldInput input)
    {
        AggregateCommand command = _renewHold
            ? new RenewCaseMeasureCommand(input.On, input.Until) { MeasureId = _holdOf!.Id }
            : new ReleaseCaseMeasureCommand(input.On, input.Reason) { MeasureId = _holdOf!.Id };
        _holdProblem = await UiTables.TryAsync(async () =>
        {
            _case = await Sender.ChangeAsync(command, Id, _case!);
            Snackbar.Add(_renewHold ? "已续行" : "已解除", Severity.Success);
            _holdOf = null;
            await LoadRecordsAsync();
        });
    }

    /// <summary>集约执行: routine work on this case goes to the central task pool.</summary>
    private async Task CreateTaskAsync() =>
        _actionProblem = await UiTables.TryAsync(async () =>
        {
            var task = await Sender.SendAsync(new Application.Tasks.CreateTaskCommand(Id, _taskType, _taskReason?.Trim(), _taskDueOn));
            Snackbar.Add($"已放入任务池：{ChineseLabels.Of(task.Type)}，{Display.Date(task.DueOn)} 前完成", Severity.Success);
            (_taskReason, _taskDueOn) = (null, null);
        });

    /// <summary>联动执行: a request to a linked unit about this case; its reply is due by the unit's working days.</summary>
    private async Task SendAssistanceAsync() =>
        _actionProblem = await UiTables.TryAsync(async () =>
        {
            var request = await Sender.SendAsync(new SendAssistanceRequestCommand(Id, _assistUnit, _assistType, _assistNumber?.Trim(), _assistContent?.Trim(), Clock.Today));
            Snackbar.Add($"已向 {request.UnitName} 发出协助请求，{Display.Date(request.ReplyDueOn)} 前回复", Severity.Success);
            (_assistNumber, _assistContent) = (null, null);
            await LoadRecordsAsync();
        });

    /// <summary>登记: a public body's debt on this case; its page then follows the urging, the plan and the escalations.</summary>
    private async Task RecordDebtAsync() =>
        _debtProblem = await UiTables.TryAsync(async () =>
        {
            var debt = await Sender.SendAsync(new RecordObligationCommand(Id, _debtUnit, _debtAmount, _debtBasis?.Trim(), _debtDeliveredOn, _debtContractDays));
            Snackbar.Add($"已登记 {debt.UnitName} 欠款", Severity.Success);
            Navigation.NavigateTo($"/obligations/{debt.Id}");
        });

    /// <summary>Confirms that a respondent is the linked unit the registry suggests (a public body makes the case a public-body debt).</summary>
    private Task LinkUnitAsync(UnitLinkSuggestionDto suggestion) =>
        ChangeAsync(new LinkRespondentCommand(suggestion.RespondentName, suggestion.LinkedUnitId), $"已确认 {suggestion.RespondentName} 即 {suggestion.UnitName}");

    private Task UnlinkUnitAsync(RespondentUnitLinkDto link) =>
        ChangeAsync(new UnlinkRespondentCommand { LinkedUnitId = link.LinkedUnitId }, $"已取消 {link.RespondentName} 与 {link.UnitName} 的关联");

    private async Task CloseAsync()
    {
        await ChangeAsync(new CloseCaseCommand(_closureMode, _closedOn, _closureNote), "已结案");
        if (_actionProblem is { Unmet.Count: > 0 })
        {
            await CheckTerminationAsync();
        }
    }

    private async Task ClosureModeChanged(ClosureMode? mode)
    {
        _closureMode = mode;
        await CheckTerminationAsync();
    }

    private async Task ClosedOnChanged(DateOnly? date)
    {
        _closedOn = date;
        await CheckTerminationAsync();
    }

    /// <summary>终本: which of the five conditions a closure on the chosen day (today if none) would not meet, before submitting.</summary>
    private async Task CheckTerminationAsync()
    {
        if (_closureMode != ClosureMode.TerminatedThisRound)
        {
            _termination = null;
            return;
        }

        try
        {
            _termination = await Sender.SendAsync(new TerminationCheckQuery(Id, _closedOn));
        }
        catch (Exception error) when (UiProblem.From(error) is { } problem)
        {
            // A day the closure would refuse (tomorrow, before filing): no stale "allowed" beside the refusal.
            _termination = null;
            _actionProblem = problem;
        }
    }

    /// <summary>
    /// The case's active key-case designation and the supervision orders the reader may see: beyond their reach, only
    /// those addressed to them, and no designation.
    /// </summary>
    private async Task LoadSupervisionAsync()
    {
        var (id, (keyCase, orders)) = (Id, await ReadSupervisionAsync(Id));
        if (Id == id)
        {
            (_keyCase, _orders) = (keyCase, orders);
        }
    }

    private async Task<(KeyCaseDto? KeyCase, IReadOnlyList<SupervisionOrderDto> Orders)> ReadSupervisionAsync(Guid id) =>
        (_case is { InReach: true }
                ? (await Sender.SendAsync(new SearchKeyCasesQuery(Active: true, CaseId: id, PageSize: 1))).Items.FirstOrDefault()
                : null,
            (await Sender.SendAsync(new SearchSupervisionOrdersQuery(CaseId: id, PageSize: 50))).Items);

    /// <summary>列为重点: a leader designates the case from its page, as leader in charge.</summary>
    private async Task DesignateAsync()
    {
        _keyProblem = await UiTables.TryAsync(async () =>
        {
            await Sender.SendAsync(new DesignateKeyCaseCommand(Id, _keyReason, _keyReasonText?.Trim()));
            Snackbar.Add($"已将 {_case!.CaseNumber} 列为重点案件", Severity.Success);
            (_keyReason, _keyReasonText) = (null, null);
            await LoadSupervisionAsync();
        });
    }

    /// <summary>A refusal belongs to the form that got it: another tab starts without it.</summary>
    private void ActionTabChanged(int index)
    {
        _actionTab = index;
        _actionProblem = null;
    }
}
