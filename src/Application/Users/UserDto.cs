namespace Enforcement.Application.Users;

public sealed record UserDto(string Id, string UserName, IReadOnlyList<string> Roles, Guid? StaffId, bool Disabled);
