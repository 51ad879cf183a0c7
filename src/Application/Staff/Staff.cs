using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using Enforcement.Application.Common;
using Enforcement.Application.Errors;
using Enforcement.Domain.Staff;
using FluentValidation;
using Mediator;
using Riok.Mapperly.Abstractions;

namespace Enforcement.Application.Staff;

public sealed record StaffDto
{
    public Guid Id { get; init; }

    public string Name { get; init; } = "";

    public string Position { get; init; } = "";

    public CourtUnit Unit { get; init; }

    public bool Active { get; init; }

    public int Version { get; init; }
}

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class StaffMapper
{
    public static partial StaffDto ToDto(this StaffMember staff);

    public static partial IQueryable<StaffDto> ProjectToDto(this IQueryable<StaffMember> query);
}

/// <summary>Adds a member of the court's personnel.</summary>
public sealed record RegisterStaffCommand(string? Name, string? Position, CourtUnit? Unit) : ICommand<StaffDto>;

public sealed record DeactivateStaffCommand(Guid Id, int? ExpectedVersion = null) : ICommand<StaffDto>;

/// <summary>Pages through staff, by unit and active flag; <c>q</c> matches a fragment of the name.</summary>
public sealed record ListStaffQuery(CourtUnit? Unit = null, bool? Active = null, string? Q = null, int? Page = null, int? PageSize = null)
    : IQuery<PagedResult<StaffDto>>;

public sealed class RegisterStaffValidator : AbstractValidator<RegisterStaffCommand>
{
    public RegisterStaffValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(StaffMember.MaxNameLength);
        RuleFor(c => c.Position).NotEmpty().MaximumLength(StaffMember.MaxPositionLength);
        RuleFor(c => c.Unit).NotNull().IsInEnum();
    }
}

public sealed class ListStaffValidator : AbstractValidator<ListStaffQuery>
{
    public ListStaffValidator()
    {
        RuleFor(q => q.Unit).IsInEnum();
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).GreaterThanOrEqualTo(1);
        RuleFor(q => q.Q).MaximumLength(50);
    }
}

public sealed class RegisterStaffHandler(IRepository<StaffMember> staff) : ICommandHandler<RegisterStaffCommand, StaffDto>
{
    public async ValueTask<StaffDto> Handle(RegisterStaffCommand command, CancellationToken cancellationToken)
    {
        var member = StaffMember.Create(command.Name!, command.Position!, command.Unit!.Value);
        staff.Add(member);
        await staff.SaveChangesAsync(cancellationToken);
        return member.ToDto();
    }
}

public sealed class DeactivateStaffHandler(IRepository<StaffMember> staff) : ICommandHandler<DeactivateStaffCommand, StaffDto>
{
    public async ValueTask<StaffDto> Handle(DeactivateStaffCommand command, CancellationToken cancellationToken)
    {
        var member = await staff.FirstOrDefaultAsync(new Cases.StaffByIdSpec(command.Id), cancellationToken)
            ?? throw new NotFoundException("staff.not_found", $"No staff member has id {command.Id}.");
        PreconditionFailedException.ThrowIfStale(member, command.ExpectedVersion, "staff record");
        member.Deactivate();
        await staff.SaveChangesAsync(cancellationToken);
        return member.ToDto();
    }
}

public sealed class ListStaffHandler(IReadRepository<StaffMember> staff) : IQueryHandler<ListStaffQuery, PagedResult<StaffDto>>
{
    public async ValueTask<PagedResult<StaffDto>> Handle(ListStaffQuery query, CancellationToken cancellationToken)
    {
        var pageSize = Paging.Size(query.PageSize);
        var page = query.Page ?? 1;
        var specification = new StaffMatchingFilterSpec(query, page, pageSize);
        var total = await staff.CountAsync(specification, cancellationToken);
        var items = total == 0 ? [] : await staff.ListAsync(specification, q => q.ProjectToDto(), cancellationToken);
        return new PagedResult<StaffDto>(items, total, page, pageSize);
    }
}

public sealed class StaffMatchingFilterSpec : Specification<StaffMember>
{
    public StaffMatchingFilterSpec(ListStaffQuery filter, int page, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.Unit is { } unit)
        {
            Query.Where(s => s.Unit == unit);
        }

        if (filter.Active is { } active)
        {
            Query.Where(s => s.Active == active);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            Query.Search(s => s.Name, "%" + Like.Escape(filter.Q.Trim()) + "%");
        }

        Query.OrderBy(s => s.Unit).ThenBy(s => s.Name).ThenBy(s => s.Id).Skip((page - 1) * pageSize).Take(pageSize).AsNoTracking();
    }
}
