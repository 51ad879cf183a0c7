using Enforcement.Application.Errors;
using Enforcement.Domain.Common;
using FluentValidation;

namespace Enforcement.Web.Services;

/// <summary>
/// A refused command as the pages show it: a Chinese message for the action, Chinese messages beside the fields
/// (by the API's camelCase field names), the stable <c>code</c> the API would answer with, and the unmet conditions
/// of a rule (终本's five). The English detail is kept for the tooltip and for support.
/// </summary>
public sealed record UiProblem(string Code, string Message, IReadOnlyDictionary<string, string> Fields, IReadOnlyList<string> Unmet, string Detail)
{
    /// <summary>The problem a page shows for an exception from the Application layer, or null for one it must not swallow.</summary>
    public static UiProblem? From(Exception exception) => exception switch
    {
        ValidationException validation => FromValidation(validation),
        DomainInputException input => new(input.Code, ProblemTexts.For(input.Code, "填写的内容不符合要求：" + input.Message),
            new Dictionary<string, string> { [Field(input.Field)] = ProblemTexts.For(input.Code, "不符合要求：" + input.Message) }, [], input.Message),
        NotFoundException notFound => Simple(notFound.Code, "记录不存在或已被删除。", notFound.Message) with { Status = 404 },
        PartNotFoundException partNotFound => Simple(partNotFound.Code, "记录不存在或已被删除。", partNotFound.Message) with { Status = 404 },
        ForbiddenException forbidden => Simple(forbidden.Code, "您无权对该记录执行此操作。", forbidden.Message) with { Status = 403 },
        PreconditionFailedException stale => Simple(stale.Code, "该记录已被他人修改，请刷新后重试。", stale.Message),
        ConflictException conflict => Simple(conflict.Code, "与已保存的记录冲突。", conflict.Message),
        UniqueConstraintException => Simple("conflict.duplicate", "同一记录刚被他人登记，请刷新后核对。", exception.Message),
        DomainException domain => new(domain.Code, ProblemTexts.For(domain.Code, "不符合办案规则，未保存：" + domain.Message),
            FieldOfRule.TryGetValue(domain.Code, out var field)
                ? new Dictionary<string, string> { [field] = ProblemTexts.For(domain.Code, domain.Message) }
                : new Dictionary<string, string>(),
            domain.Details, domain.Message),
        _ => null,
    };

    /// <summary>The field a rule's refusal concerns, for the rules the API answers without one (422, not 400).</summary>
    private static readonly Dictionary<string, string> FieldOfRule = new(StringComparer.Ordinal)
    {
        ["preservation.security.amount_required"] = "securityAmount",
    };

    private static UiProblem Simple(string code, string fallback, string detail) =>
        new(code, ProblemTexts.For(code, fallback), new Dictionary<string, string>(), [], detail);

    private static UiProblem FromValidation(ValidationException exception)
    {
        var fields = exception.Errors
            .GroupBy(e => Field(e.PropertyName))
            .ToDictionary(g => g.Key, g => ProblemTexts.ForValidator(g.First()));
        return new("validation.failed", "请检查标红的字段。", fields, [], string.Join(" ", exception.Errors.Select(e => e.ErrorMessage)));
    }

    /// <summary>The HTTP status the API answers this problem with, where a page that cannot show its record answers it too (404, 403).</summary>
    public int? Status { get; init; }

    /// <summary>The message for a field (<c>respondents[0].idNumber</c>), or null.</summary>
    public string? this[string field] => Fields.TryGetValue(field, out var message) ? message : null;

    /// <summary>A .NET property path (<c>Applicants[0].IdNumber</c>) in the API's spelling (<c>applicants[0].idNumber</c>).</summary>
    private static string Field(string path) =>
        string.Join('.', path.Split('.').Select(s => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..]));
}
