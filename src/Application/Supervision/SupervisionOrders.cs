using System.Linq.Expressions;
using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using Enforcement.Application.Common;
using Enforcement.Application.Common.Workflows;
using Enforcement.Application.Errors;
using Enforcement.Application.Security;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.Petitions;
using Enforcement.Domain.Supervision;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Supervision;

/// <summary>A supervision order (督办) with its reports, and whether it is overdue as of today.</summary>
public sealed record SupervisionOrderDto : IVersioned
{
    public Guid Id { get; init; }

    public SupervisionSubject SubjectKind { get; init; }

    public Guid SubjectId { get; init; }

    /// <summary>案号, or the petition or the debt the order is about.</summary>
    public string SubjectLabel { get; init; } = "";

    public Guid? CaseId { get; init; }

    public string Instruction { get; init; } = "";

    public DateOnly IssuedOn { get; init; }

    public string IssuedBy { get; init; } = "";

    public DateOnly FirstDueOn { get; init; }

    /// <summary>The deadline now; a returned report sets a new one.</summary>
    public DateOnly DueOn { get; init; }

    /// <summary>Days from today to the deadline, negative once past; null once a report is accepted.</summary>
    public int? DaysLeft { get; init; }

    /// <summary>Past the deadline with no report waiting, or with a late one waiting for the leader's decision.</summary>
    public bool Overdue { get; init; }

    public Guid AddresseeId { get; init; }

    public string AddresseeName { get; init; } = "";

    public SupervisionStatus Status { get; init; }

    public DateOnly? AcceptedOn { get; init; }

    public IReadOnlyList<SupervisionReportDto> Reports { get; init; } = [];

    public int Version { get; init; }
}

public sealed record SupervisionReportDto(
    Guid Id, int Number, DateOnly ReportedOn, string Progress, DateOnly DueOn, bool Late, string ReportedBy, DateTime RecordedAtUtc,
    ReportDecision Decision, DateOnly? DecidedOn, string? DecidedBy, string? Comment, DateOnly? NewDueOn);

public static class SupervisionMapper
{
    public static readonly Expression<Func<SupervisionOrder, SupervisionOrderDto>> Projection = o => new SupervisionOrderDto
    {
        Id = o.Id,
        SubjectKind = o.SubjectKind,
        SubjectId = o.SubjectId,
        SubjectLabel = o.SubjectLabel,
        CaseId = o.CaseId,
        Instruction = o.Instruction,
        IssuedOn = o.IssuedOn,
        IssuedBy = o.IssuedBy,
        FirstDueOn = o.FirstDueOn,
        DueOn = o.DueOn,
        AddresseeId = o.AddresseeId,
        AddresseeName = o.AddresseeName,
        Status = o.Status,
        AcceptedOn = o.AcceptedOn,
        Reports = o.Reports.OrderBy(r => r.Number).Select(r => new SupervisionReportDto(
            r.Id, r.Number, r.ReportedOn, r.Progress, r.DueOn, r.ReportedOn > r.DueOn, r.ReportedBy, r.RecordedAtUtc, r.Decision, r.DecidedOn, r.DecidedBy, r.Comment, r.NewDueOn)).ToList(),
        Version = o.Version,
    };

    private static readonly Func<SupervisionOrder, SupervisionOrderDto> Compiled = Projection.Compile();

    public static SupervisionOrderDto ToDto(this SupervisionOrder order, DateOnly today) => Compiled(order).AsOf(today);

    public static SupervisionOrderDto AsOf(this SupervisionOrderDto dto, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(dto);
        return dto with
        {
            DaysLeft = dto.Status == SupervisionStatus.Accepted ? null : dto.DueOn.DayNumber - today.DayNumber,
            Overdue = SupervisionOrder.IsOverdue(dto.Status, dto.DueOn, dto.Reports.Count > 0 && dto.Reports[^1] is { DecidedOn: null, Late: true }, today),
        };
    }
}

public sealed class SupervisionOrderDefinition : AggregateDefinition<SupervisionOrder, SupervisionOrderDto>
{
    public override string Noun => "supervision order";

    public override string NotFoundCode => "supervision.not_found";

    public override ISpecification<SupervisionOrder> ForChange(Guid id) => new OrderByIdSpec(id);

    public override SupervisionOrderDto ToDto(SupervisionOrder aggregate, DateOnly today) => aggregate.ToDto(today);

    private sealed class OrderByIdSpec : Specification<SupervisionOrder>
    {
        public OrderByIdSpec(Guid id) => Query.Where(o => o.Id == id);
    }
}

/// <summary>
/// What an order can be about: a case (addressed by default to its handler), a petition (to the staff member it is
/// assigned to) or a public-body obligation (to a coordinator, named by the leader). Each step of an order is written
/// on the subject's own timeline in the same transaction: a petition's steps, an obligation's history.
/// </summary>
public sealed class SupervisionSubjects(
    IReadRepository<EnforcementCase> cases, PetitionWorkflow petitions, ObligationWorkflow obligations)
{
    public async Task<(SupervisionTarget Target, Guid? DefaultAddressee)> ResolveAsync(SupervisionSubject kind, Guid id, CancellationToken cancellationToken)
    {
        switch (kind)
        {
            case SupervisionSubject.Case:
                var spec = new Specification<EnforcementCase>();
                spec.Query.Where(c => c.Id == id);
                var @case = await cases.FirstOrDefaultAsync(
                                spec, q => q.Select(c => new { c.Id, Number = c.Number.Value, c.FiledOn, c.HandlerId, ClosedOn = (DateOnly?)c.Closure!.ClosedOn }), cancellationToken)
                            ?? throw new NotFoundException("case.not_found", $"No case has id {id}.");
                return (SupervisionTarget.OfCase(@case.Id, @case.Number, @case.FiledOn, @case.ClosedOn), @case.HandlerId);
            case SupervisionSubject.Petition:
                var petition = await petitions.LoadAsync(id, null, cancellationToken, checkAccess: false);
                return (TargetOf(petition), petition.AssigneeKind == AssigneeKind.Staff ? petition.AssigneeId : null);
            case SupervisionSubject.Obligation:
                var obligation = await obligations.LoadAsync(id, null, cancellationToken, checkAccess: false);
                return (SupervisionTarget.Of(obligation), null);
            default:
                throw new DomainInputException("supervision.subject_kind.invalid", "subjectKind", $"Unknown subject {kind}.");
        }
    }

    /// <summary>
    /// A petition as an order's subject, labelled by its receipt and the case numbers it names: it ends when the petition
    /// closes, or with its refusal (不予受理), which nothing leaves.
    /// </summary>
    public static SupervisionTarget TargetOf(Petition petition)
    {
        ArgumentNullException.ThrowIfNull(petition);
        var numbers = string.Join("、", petition.Cases.Select(c => c.CaseNumber));
        return new SupervisionTarget(
            SupervisionSubject.Petition, petition.Id, $"{petition.ReceivedOn:yyyy-MM-dd} {ChineseLabels.Of(petition.Channel)}{(numbers.Length > 0 ? " " + numbers : "")}",
            petition.Cases.Where(c => c.CaseId is not null).Select(c => c.CaseId!.Value).ToList(), petition.ReceivedOn,
            petition.Status switch
            {
                PetitionStatus.Closed => petition.ClosedOn,
                PetitionStatus.NotAccepted => petition.DecidedOn,
                _ => null,
            });
    }

    /// <summary>Writes the order's last step on a petition's or an obligation's own timeline; a case's is written by the order itself.</summary>
    public async Task RecordAsync(SupervisionOrder order, ChangeContext context, CancellationToken cancellationToken)
    {
        if (order.LastStep is not { } step)
        {
            return;
        }

        switch (order.SubjectKind)
        {
            case SupervisionSubject.Petition:
                (await petitions.LoadAsync(order.SubjectId, null, cancellationToken, checkAccess: false)).RecordSupervision(step, context);
                break;
            case SupervisionSubject.Obligation:
                (await obligations.LoadAsync(order.SubjectId, null, cancellationToken, checkAccess: false)).RecordSupervision(step);
                break;
        }
    }
}

/// <summary>
/// 督办: a Leader's order on a case, a petition or an obligation, with the instruction and the deadline (after
/// <c>issuedOn</c>, which defaults to today). The addressee defaults to the case's handler or the petition's assignee;
/// an obligation's order names its coordinator.
/// </summary>
public sealed record IssueSupervisionOrderCommand(
    SupervisionSubject? SubjectKind, Guid? SubjectId, [MultilineText] string? Instruction, DateOnly? DueOn, Guid? AddresseeId = null, DateOnly? IssuedOn = null)
    : ICommand<SupervisionOrderDto>;

/// <summary>督办报告: the addressee's progress; <c>reportedOn</c> defaults to today.</summary>
public sealed record ReportSupervisionCommand([MultilineText] string? Progress, DateOnly? ReportedOn = null) : AggregateCommand, ICommand<SupervisionOrderDto>;

/// <summary>The leader accepts the waiting report: the order is done.</summary>
public sealed record AcceptSupervisionReportCommand([MultilineText] string? Comment = null) : AggregateCommand, ICommand<SupervisionOrderDto>;

/// <summary>The leader returns the waiting report, with a comment and a new deadline after today.</summary>
public sealed record ReturnSupervisionReportCommand([MultilineText] string? Comment, DateOnly? NewDueOn) : AggregateCommand, ICommand<SupervisionOrderDto>;

public sealed class IssueSupervisionOrderValidator : AbstractValidator<IssueSupervisionOrderCommand>
{
    public IssueSupervisionOrderValidator(ICourtClock clock)
    {
        RuleFor(c => c.SubjectKind).NotNull().IsInEnum();
        RuleFor(c => c.SubjectId).NotEmpty();
        RuleFor(c => c.Instruction).NotEmpty().MaximumLength(SupervisionOrder.MaxTextLength);
        RuleFor(c => c.DueOn).NotNull();
        RuleFor(c => c.AddresseeId).NotEqual(Guid.Empty);
        RuleFor(c => c.IssuedOn).LessThanOrEqualTo(_ => clock.Today).WithMessage("An order cannot be issued on a day still to come.");
    }
}

public sealed class ReportSupervisionValidator : AbstractValidator<ReportSupervisionCommand>
{
    public ReportSupervisionValidator(ICourtClock clock)
    {
        RuleFor(c => c.Progress).NotEmpty().MaximumLength(SupervisionOrder.MaxTextLength);
        RuleFor(c => c.ReportedOn).LessThanOrEqualTo(_ => clock.Today).WithMessage("A report cannot be dated on a day still to come.");
    }
}

public sealed class AcceptSupervisionReportValidator : AbstractValidator<AcceptSupervisionReportCommand>
{
    public AcceptSupervisionReportValidator() => RuleFor(c => c.Comment).MaximumLength(SupervisionOrder.MaxTextLength);
}

public sealed class ReturnSupervisionReportValidator : AbstractValidator<ReturnSupervisionReportCommand>
{
    public ReturnSupervisionReportValidator()
    {
        RuleFor(c => c.Comment).NotEmpty().MaximumLength(SupervisionOrder.MaxTextLength);
        RuleFor(c => c.NewDueOn).NotNull();
    }
}

/// <remarks>
/// An order on a case is issued in the case's turn (<see cref="Behaviors.AggregateGates"/>), as the case's own changes
/// are: a closure running at the same moment is either seen (422 <c>supervision.subject.closed</c>) or comes after.
/// </remarks>
public sealed class IssueSupervisionOrderHandler(
    Workflow<SupervisionOrder, SupervisionOrderDto> workflow, SupervisionSubjects subjects, StaffLookup staff, Behaviors.AggregateGates gates)
    : ICommandHandler<IssueSupervisionOrderCommand, SupervisionOrderDto>
{
    public async ValueTask<SupervisionOrderDto> Handle(IssueSupervisionOrderCommand command, CancellationToken cancellationToken)
    {
        using var turn = command.SubjectKind == SupervisionSubject.Case ? await gates.EnterAsync(command.SubjectId!.Value, cancellationToken) : null;
        var (target, defaultAddressee) = await subjects.ResolveAsync(command.SubjectKind!.Value, command.SubjectId!.Value, cancellationToken);
        var addresseeId = command.AddresseeId ?? defaultAddressee
            ?? throw new DomainInputException("supervision.addressee.missing", "addresseeId",
                target.Kind == SupervisionSubject.Obligation ? "Name the coordinator the order on a unit's debt is addressed to." : $"{target.Label} has no handler yet: name the addressee.");
        var addressee = await staff.RequireAsync(addresseeId, "supervision.addressee.not_found", "addresseeId", cancellationToken);
        var context = workflow.Context();
        var order = SupervisionOrder.Issue(target, command.Instruction, command.DueOn!.Value, addressee, command.IssuedOn ?? context.Today, context);
        await subjects.RecordAsync(order, context, cancellationToken);
        return await workflow.AddAsync(order, () => new ConflictException("supervision.duplicate", "The order exists."), cancellationToken);
    }
}

/// <summary>Only the addressee reports (403 <c>supervision.not_addressed_to_you</c>).</summary>
public sealed class ReportSupervisionHandler(Workflow<SupervisionOrder, SupervisionOrderDto> workflow, SupervisionSubjects subjects, ICurrentActor actor)
    : ICommandHandler<ReportSupervisionCommand, SupervisionOrderDto>
{
    public ValueTask<SupervisionOrderDto> Handle(ReportSupervisionCommand command, CancellationToken cancellationToken) =>
        workflow.ChangeWithReadsAsync(command, async (order, context, ct) =>
        {
            if (actor.StaffId != order.AddresseeId)
            {
                // Not naming the addressee: the refused may be someone who cannot read the order at all.
                throw new ForbiddenException("supervision.not_addressed_to_you", "Only the member of staff the order is addressed to reports on it.",
                    Auditing.AuditSubject.Of<SupervisionOrder>(order.Id));
            }

            order.Report(command.ReportedOn ?? context.Today, command.Progress, context);
            await subjects.RecordAsync(order, context, ct);
        }, cancellationToken);
}

public sealed class AcceptSupervisionReportHandler(Workflow<SupervisionOrder, SupervisionOrderDto> workflow, SupervisionSubjects subjects)
    : ICommandHandler<AcceptSupervisionReportCommand, SupervisionOrderDto>
{
    public ValueTask<SupervisionOrderDto> Handle(AcceptSupervisionReportCommand command, CancellationToken cancellationToken) =>
        workflow.ChangeWithReadsAsync(command, async (order, context, ct) =>
        {
            order.Accept(command.Comment, context);
            await subjects.RecordAsync(order, context, ct);
        }, cancellationToken);
}

public sealed class ReturnSupervisionReportHandler(Workflow<SupervisionOrder, SupervisionOrderDto> workflow, SupervisionSubjects subjects)
    : ICommandHandler<ReturnSupervisionReportCommand, SupervisionOrderDto>
{
    public ValueTask<SupervisionOrderDto> Handle(ReturnSupervisionReportCommand command, CancellationToken cancellationToken) =>
        workflow.ChangeWithReadsAsync(command, async (order, context, ct) =>
        {
            order.Return(command.Comment, command.NewDueOn!.Value, context);
            await subjects.RecordAsync(order, context, ct);
        }, cancellationToken);
}

/// <summary>
/// Pages through supervision orders by status, <c>overdue</c> (oldest deadline first), <c>waitingForDecision</c>
/// (a report waits for a leader), addressee (<c>mine</c> for the caller's), subject and case; otherwise newest first.
/// An officer sees the orders addressed to them and those on cases they may work.
/// </summary>
public sealed record SearchSupervisionOrdersQuery(
    SupervisionStatus? Status = null,
    bool? Overdue = null,
    bool? WaitingForDecision = null,
    bool? Mine = null,
    Guid? AddresseeId = null,
    SupervisionSubject? SubjectKind = null,
    Guid? SubjectId = null,
    Guid? CaseId = null,
    DateOnly? IssuedFrom = null,
    DateOnly? IssuedTo = null,
    int? Page = null,
    int? PageSize = null) : IQuery<PagedResult<SupervisionOrderDto>>, IPagedQuery;

public sealed record GetSupervisionOrderQuery(Guid Id) : IQuery<SupervisionOrderDto>;

public sealed class SearchSupervisionOrdersValidator : AbstractValidator<SearchSupervisionOrdersQuery>
{
    public SearchSupervisionOrdersValidator()
    {
        RuleFor(q => q.Status).IsInEnum();
        RuleFor(q => q.SubjectKind).IsInEnum();
        RuleFor(q => q.IssuedTo).GreaterThanOrEqualTo(q => q.IssuedFrom).When(q => q.IssuedFrom is not null && q.IssuedTo is not null)
            .WithMessage("issuedTo must not precede issuedFrom.");
    }
}

public sealed class SupervisionOrderAccess(CaseWorkGuard guard, ICurrentActor actor)
{
    /// <summary>An officer's view: addressed to them, or on a case they may work.</summary>
    public void Restrict(ISpecificationBuilder<SupervisionOrder> query)
    {
        if (guard.ReadsAll)
        {
            return;
        }

        var workable = guard.WorkableCases;
        var me = actor.StaffId;
        query.Where(o => o.AddresseeId == me || workable.Any(c => c.Id == o.CaseId));
    }
}

public sealed class SearchSupervisionOrdersHandler(IReadRepository<SupervisionOrder> orders, SupervisionOrderAccess access, ICurrentActor actor, ICourtClock clock)
    : IQueryHandler<SearchSupervisionOrdersQuery, PagedResult<SupervisionOrderDto>>
{
    public async ValueTask<PagedResult<SupervisionOrderDto>> Handle(SearchSupervisionOrdersQuery query, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var result = await orders.PageAsync(Matching(query, access, actor.StaffId, today), query, SupervisionMapper.Projection, cancellationToken);
        return result with { Items = result.Items.Select(o => o.AsOf(today)).ToList() };
    }

    /// <summary>The list's filters, the reader's reach and its order. The export reads the same.</summary>
    public static Specification<SupervisionOrder> Matching(SearchSupervisionOrdersQuery query, SupervisionOrderAccess access, Guid? me, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(access);
        var specification = new Specification<SupervisionOrder>();
        var filter = specification.Query
            .Where(o => o.Status == query.Status, query.Status is not null)
            .Where(SupervisionOrder.OverdueOn(today), query.Overdue == true)
            .Where(SupervisionOrder.NotOverdueOn(today), query.Overdue == false)
            .Where(o => o.Status == SupervisionStatus.Reported, query.WaitingForDecision == true)
            .Where(o => o.Status != SupervisionStatus.Reported, query.WaitingForDecision == false)
            .Where(o => o.AddresseeId == me, query.Mine == true)
            .Where(o => o.AddresseeId == query.AddresseeId, query.AddresseeId is not null)
            .Where(o => o.SubjectKind == query.SubjectKind, query.SubjectKind is not null)
            .Where(o => o.SubjectId == query.SubjectId, query.SubjectId is not null)
            .Where(o => o.Cases.Any(c => c.CaseId == query.CaseId), query.CaseId is not null)
            .Where(o => o.IssuedOn >= query.IssuedFrom!.Value, query.IssuedFrom is not null)
            .Where(o => o.IssuedOn <= query.IssuedTo!.Value, query.IssuedTo is not null);
        access.Restrict(filter);
        if (query.Overdue == true)
        {
            filter.OrderBy(o => o.DueOn).ThenBy(o => o.Id);
        }
        else
        {
            filter.OrderByDescending(o => o.IssuedOn).ThenByDescending(o => o.Id);
        }

        return specification;
    }
}

public sealed class GetSupervisionOrderHandler(IReadRepository<SupervisionOrder> orders, SupervisionOrderAccess access, ICourtClock clock)
    : IQueryHandler<GetSupervisionOrderQuery, SupervisionOrderDto>
{
    public async ValueTask<SupervisionOrderDto> Handle(GetSupervisionOrderQuery query, CancellationToken cancellationToken)
    {
        var specification = new Specification<SupervisionOrder>();
        specification.Query.Where(o => o.Id == query.Id);
        access.Restrict(specification.Query);
        var order = await orders.FirstOrDefaultAsync(specification, q => q.Select(SupervisionMapper.Projection), cancellationToken)
                    ?? throw new NotFoundException("supervision.not_found", $"No supervision order you may see has id {query.Id}.");
        return order.AsOf(clock.Today);
    }
}
