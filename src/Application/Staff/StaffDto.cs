using Enforcement.Domain.Staff;
using Riok.Mapperly.Abstractions;

namespace Enforcement.Application.Staff;

public sealed record StaffDto : Common.IVersioned
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
