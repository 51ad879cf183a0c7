using Enforcement.Domain.Parties;

namespace Enforcement.Web.Services;

/// <summary>
/// Checks a form runs as the clerk types, with the domain's own parsers (the same the server applies on save):
/// the case number's pattern, the ID number's and the credit code's check characters.
/// </summary>
public static class FieldChecks
{
    public static string? CaseNumber(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!Domain.Cases.CaseNumber.TryParse(text, out var number))
        {
            return "案号格式不正确，例如（2025）湘0681执1234号";
        }

        return number.IsEnforcement ? null : "财保案号是保全审查案件，不能登记为执行案件";
    }

    public static string? IdNumber(string? text) =>
        string.IsNullOrWhiteSpace(text) || ResidentId.TryParse(text, out _) ? null : "身份证号码校验不通过（18 位，末位校验码）";

    public static string? CreditCode(string? text) =>
        string.IsNullOrWhiteSpace(text) || Domain.Parties.CreditCode.TryParse(text, out _) ? null : "统一社会信用代码校验不通过（18 位）";
}
