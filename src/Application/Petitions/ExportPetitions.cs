using Ardalis.Specification;
using Enforcement.Application.Abstractions;
using Enforcement.Application.Auditing;
using Enforcement.Application.Common;
using Enforcement.Application.Exports;
using Enforcement.Application.Security;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Petitions;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Petitions;

/// <summary>
/// The petition log (信访台账): every petition the list's filters match, newest first (due lists by their next deadline),
/// as a download. The reader's reach is the list's; petitioners' ID and phone numbers are shown to Reception and
/// Leaders and masked for everyone else.
/// </summary>
public sealed record ExportPetitionsQuery(SearchPetitionsQuery Filter, ExportFormat Format) : IQuery<ExportWorkbook>;

public sealed class ExportPetitionsValidator : AbstractValidator<ExportPetitionsQuery>
{
    public ExportPetitionsValidator()
    {
        RuleFor(q => q.Filter).NotNull().SetValidator(new SearchPetitionsValidator());
        RuleFor(q => q.Format).IsInEnum();
    }
}

public sealed class ExportPetitionsHandler(
    IReadRepository<Petition> petitions, IReadRepository<EnforcementCase> cases, ICurrentActor actor, IAuditTrail audit, ICourtClock clock)
    : IQueryHandler<ExportPetitionsQuery, ExportWorkbook>
{
    public static readonly IReadOnlyList<string> Headings =
    [
        "收到日期", "收到时间", "信访渠道", "信访人", "证件号码", "联系电话", "人数", "集体访", "重复访", "信访类别", "涉及案号", "信访请求",
        "办理状态", "交办对象", "当前期限", "是否逾期", "办结日期",
    ];

    public async ValueTask<ExportWorkbook> Handle(ExportPetitionsQuery query, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var officer = PetitionReader.ReadsAllOf(actor) ? null : new OfficerScope(actor.StaffId, cases.Subquery);
        var specification = new PetitionsMatchingSpec(query.Filter, today, officer);
        if (!specification.OrderExpressions.Any())
        {
            specification.Query.OrderByDescending(p => p.ReceivedOn).ThenByDescending(p => p.Id);
        }

        var rows = petitions.StreamAsync(specification, q => q.Select(p => new
        {
            p.ReceivedOn, p.ReceivedAt, p.Channel, p.Headcount, p.Collective, p.Repeat, p.Category, p.Request, p.Status, p.AssigneeName, p.DueOn,
            p.ClosedOn,
            Petitioners = p.Petitioners.OrderBy(x => x.Position).Select(x => new { x.Name, x.IdNumber, x.CreditCode, x.Phone }).ToList(),
            Numbers = p.Cases.Select(c => c.CaseNumber).ToList(),
        }));
        var unmasked = PetitionReader.SeesPetitionerDataOf(actor);
        await audit.WriteAsync(nameof(Petition), "the petition log", query.Format, query.Filter, unmasked, cancellationToken);
        return new ExportWorkbook($"信访台账_{today:yyyyMMdd}", [new ExportSheet("信访台账", Headings, Cells())]);

        async IAsyncEnumerable<object?[]> Cells()
        {
            await foreach (var p in rows.WithCancellation(cancellationToken))
            {
                yield return
                [
                    ExportCells.Date(p.ReceivedOn), p.ReceivedAt?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "",
                    ChineseLabels.Of(p.Channel), ExportCells.List(p.Petitioners.Select(x => x.Name)),
                    ExportCells.List(p.Petitioners.Select(x => x.IdNumber is { } id ? unmasked ? id : Masking.IdNumber(id) : x.CreditCode)),
                    ExportCells.List(p.Petitioners.Select(x => unmasked ? x.Phone : Masking.Phone(x.Phone))),
                    p.Headcount, ChineseLabels.YesNo(p.Collective), ChineseLabels.YesNo(p.Repeat), ChineseLabels.Of(p.Category),
                    ExportCells.List(p.Numbers), p.Request, ChineseLabels.Of(p.Status), p.AssigneeName ?? "", ExportCells.Date(p.DueOn),
                    ChineseLabels.YesNo(p.DueOn < today), ExportCells.Date(p.ClosedOn),
                ];
            }
        }
    }
}
