using Enforcement.Application.Abstractions;
using Enforcement.Application.Cases.Specifications;
using Enforcement.Application.Errors;
using Enforcement.Domain.Cases;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;

namespace Enforcement.Application.Petitions;

/// <summary>What the receptionist sees of a case number as it is typed: whether it is registered, its handler and the leader in charge.</summary>
public sealed record LookUpPetitionCaseQuery(string? Number) : IQuery<PetitionCaseLookupDto>;

public sealed record PetitionCaseLookupDto(Guid CaseId, string CaseNumber, CaseStatus Status, string? HandlerName, string? LeaderInCharge);

public sealed class LookUpPetitionCaseValidator : AbstractValidator<LookUpPetitionCaseQuery>
{
    public LookUpPetitionCaseValidator() =>
        RuleFor(q => q.Number).NotEmpty().Must(n => CaseNumber.TryParse(n, out _))
            .WithMessage("'{PropertyValue}' is not a case number such as （2025）湘0681执123号.");
}

public sealed class LookUpPetitionCaseHandler(IReadRepository<EnforcementCase> cases, IOptions<PetitionOptions> options)
    : IQueryHandler<LookUpPetitionCaseQuery, PetitionCaseLookupDto>
{
    public async ValueTask<PetitionCaseLookupDto> Handle(LookUpPetitionCaseQuery query, CancellationToken cancellationToken)
    {
        var number = CaseNumber.Parse(query.Number);
        var leader = options.Value.LeaderInChargeShown;
        return await cases.FirstOrDefaultAsync(new CaseByNumberSpec(number),
                   q => q.Select(c => new PetitionCaseLookupDto(c.Id, c.Number.Value, c.Status, c.HandlerName, leader)), cancellationToken)
               ?? throw new NotFoundException("case.not_found", $"No case {number} is registered; the petition keeps the number for a clerk to resolve.");
    }
}
