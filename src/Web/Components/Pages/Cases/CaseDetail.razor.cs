using Enforcement.Application.Abstractions;
using Enforcement.Application.Cases;
using Enforcement.Application.Cases.GetCase;
using Enforcement.Application.Cases.Lifecycle;
using Enforcement.Application.Common.Workflows;
using Enforcement.Application.Obligations;
using Enforcement.Application.Petitions;
using Enforcement.Application.Staff;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Staff;
using Enforcement.Web.Services;
using Mediator;
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

    private CaseDetailDto? _case;
    private UiProblem? _problem;
    private UiProblem? _actionProblem;
    private IReadOnlyList<CaseMeasureDto> _measures = [];
    private IReadOnlyList<TimelineEntryDto> _timeline = [];
    private IReadOnlyList<PetitionSummaryDto> _petitions = [];
    private IReadOnlyList<ObligationSummaryDto> _obligations = [];
    private IReadOnlyList<StaffDto> _staff = [];
    private int _actionTab;

    private Guid? _assignTo;
    private DateOnly? _assignedOn;
    private MeasureKind? _measureKind = MeasureKind.EnforcementNotice;
    private DateOnly? _measureOn;
    private InquiryResult? _inquiryResult;
    private string? _listingGround;
    private decimal? _measureAmount;
    private string? _measureDescription;
    private decimal? _paymentAmount;
    private DateOnly? _paidOn;
    private PaymentSource? _paymentSource = PaymentSource.Voluntary;
    private PauseKind? _pauseKind;
    private DateOnly? _pauseOn;
    private string? _pauseReason;
    private string? _extensionReason;
    private ClosureMode? _closureMode;
    private DateOnly? _closedOn;
    private string? _closureNote;
    private TerminationCheckDto? _termination;

    /// <summary>Every date of an action starts as the court's today; the clerk changes it for a late entry.</summary>
    protected override void OnInitialized() =>
        _assignedOn = _measureOn = _paidOn = _pauseOn = _closedOn = Clock.Today;

    protected override async Task OnParametersSetAsync()
    {
        try
        {
            _case = await Sender.SendAsync(new GetCaseQuery(Id));
            await LoadRecordsAsync();
        }
        catch (Exception error) when (UiProblem.From(error) is { } problem)
        {
            _problem = problem;
        }
    }

    /// <summary>The lists beside the case, each one query.</summary>
    private async Task LoadRecordsAsync()
    {
        _measures = await Sender.SendAsync(new GetCaseMeasuresQuery(Id));
        _timeline = await Sender.SendAsync(new GetCaseTimelineQuery(Id));
        _petitions = (await Sender.SendAsync(new SearchPetitionsQuery(CaseId: Id, PageSize: 50))).Items;
        _obligations = (await Sender.SendAsync(new SearchObligationsQuery(CaseId: Id, PageSize: 50))).Items;
        if (_staff.Count == 0 && Menu.Allows((await Authentication).User, Application.Security.Policies.CaseWork))
        {
            _staff = (await Sender.SendAsync(new ListStaffQuery(CourtUnit.EnforcementBureau, Active: true, PageSize: 100))).Items;
        }
    }

    [CascadingParameter]
    private Task<Microsoft.AspNetCore.Components.Authorization.AuthenticationState> Authentication { get; set; } = default!;

    /// <summary>Sends a change at the version on screen, shows the new case, or the refusal beside the form.</summary>
    private async Task ChangeAsync(AggregateCommand command, string done)
    {
        try
        {
            _case = await Sender.SendAsync((ICommand<CaseDetailDto>)command.For(Id, _case!.Version));
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

    private Task RecordMeasureAsync() => ChangeAsync(
        new RecordMeasureCommand(_measureKind, _measureOn, _measureDescription, _measureAmount,
            InquiryResult: _measureKind == MeasureKind.OnlineAssetInquiry ? _inquiryResult : null,
            ListingGround: _measureKind == MeasureKind.DishonestDebtorListing ? _listingGround : null),
        "已记录执行措施");

    private Task RecordPaymentAsync() => ChangeAsync(new RecordPaymentCommand(_paymentAmount, _paidOn, _paymentSource), "已记录执行到位");

    private Task StartPauseAsync() => ChangeAsync(new StartPauseCommand(_pauseKind, _pauseOn, _pauseReason), "已中止，审限暂停计算");

    private Task EndPauseAsync() => ChangeAsync(new EndPauseCommand(_pauseOn), "已恢复执行，审限继续计算");

    private Task RequestExtensionAsync() => ChangeAsync(new RequestExtensionCommand(_extensionReason), "已提交延长审限申请");

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
            _actionProblem = problem;
        }
    }
}
