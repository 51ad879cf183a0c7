using FluentValidation.Results;

namespace Enforcement.Web.Services;

/// <summary>Chinese texts for the API's stable problem codes, and for the validators' rule kinds.</summary>
public static class ProblemTexts
{
    private static readonly Dictionary<string, string> ByCode = new(StringComparer.Ordinal)
    {
        ["auth.invalid_credentials"] = "用户名或密码错误。",
        ["auth.locked_out"] = "登录失败次数过多，账户已锁定 15 分钟。",
        ["auth.disabled"] = "该账户已停用，请联系管理员。",
        ["auth.too_many_attempts"] = "尝试过于频繁，请一分钟后再试。",
        ["auth.session_expired"] = "页面已过期，请重新登录。",
        ["concurrency.stale_version"] = "该记录已被他人修改，请刷新后重试。",
        ["concurrency.conflict"] = "该记录刚被他人修改，请刷新后重试。",
        ["case.not_found"] = "案件不存在。",
        ["case.duplicate_number"] = "该案号已登记。",
        ["case.number.invalid"] = "案号格式不正确，例如（2025）粤0304执1234号。",
        ["case.number.not_enforcement"] = "该案号不是执行案件案号（应含“执”字）。",
        ["case.number.year_mismatch"] = "案号年份与立案日期不一致。",
        ["case.filed_on.future"] = "立案日期不能晚于今天。",
        ["case.basis.effective_after_filing"] = "执行依据生效日期不能晚于立案日期。",
        ["case.claimed_amount.not_positive"] = "执行标的必须大于零。",
        ["case.parties.missing"] = "至少需要一名申请执行人和一名被执行人。",
        ["case.not_assigned_to_you"] = "该案件不由您承办，不能办理。",
        ["case.closed"] = "案件已结案，不能再办理。",
        ["case.date"] = "日期须在立案日与今天之间。",
        ["case.handler.not_eligible"] = "该人员不能担任承办人。",
        ["case.handler.unchanged"] = "承办人未改变。",
        ["case.handler.before_previous"] = "指定日期不能早于上一次指定。",
        ["case.closure.conditions_unmet"] = "不符合终结本次执行程序的条件：",
        ["case.closure.not_fully_performed"] = "到位金额不足执行标的，不能以执行完毕结案。",
        ["case.closure.note_required"] = "请填写结案说明。",
        ["case.pause.already_open"] = "已有一个未结束的中止/暂缓。",
        ["case.pause.none_open"] = "没有未结束的中止/暂缓。",
        ["case.extension.outside_window"] = "只能在审限届满前 5 日内申请延长。",
        ["case.extension.pending"] = "已有一项延长申请待审批。",
        ["case.payment.amount_not_positive"] = "金额必须大于零。",
        ["case.measure.inquiry_result_required"] = "网络查控须填写查询结果。",
        ["case.measure.listing_ground_required"] = "纳入失信名单须填写情形。",
        ["case.settlement.active"] = "执行和解正在履行中。",
        ["party.id_number.invalid"] = "身份证号码校验不通过。",
        ["party.credit_code.invalid"] = "统一社会信用代码校验不通过。",
        ["party.phone.invalid"] = "电话号码格式不正确。",
        ["party.name.invalid"] = "名称不符合要求。",
        ["petition.not_found"] = "信访件不存在。",
        ["petition.headcount.invalid"] = "人数须为 1 至 1000 人。",
        ["petition.headcount.not_a_visit"] = "只有来访可以登记人数。",
        ["petition.not_on_your_cases"] = "该信访件不涉及您承办的案件。",
        ["key_case.duplicate"] = "该案件已是重点案件。",
        ["key_case.case.closed"] = "已结案件不能列为重点案件。",
        ["key_case.leader.not_leadership"] = "分管领导须为院领导。",
        ["supervision.due.too_early"] = "督办期限须晚于今天。",
    };

    /// <summary>The unmet 终本 conditions, by the names the closure's refusal and the check use.</summary>
    private static readonly Dictionary<string, string> Conditions = new(StringComparer.Ordinal)
    {
        ["notice_and_asset_report_order_sent"] = "已发出执行通知书和报告财产令",
        ["consumption_restriction_issued"] = "已对被执行人发出限制消费令",
        ["online_inquiry_made"] = "已通过网络查控系统查询财产",
        ["assets_found_were_dealt_with"] = "查询发现的财产已处置",
        ["more_than_three_months_since_filing"] = "自立案之日起已超过三个月",
        ["missing_debtor_searched_or_sanctioned"] = "下落不明的被执行人已查找或采取强制措施",
    };

    public static string For(string code, string fallback) => ByCode.GetValueOrDefault(code, fallback);

    public static string Condition(string name) => Conditions.GetValueOrDefault(name, name);

    /// <summary>A validator's refusal by its rule kind: 必填, 过长, 格式不正确…</summary>
    public static string ForValidator(ValidationFailure failure) => failure.ErrorCode switch
    {
        "NotEmptyValidator" or "NotNullValidator" => "必填",
        "MaximumLengthValidator" or "LengthValidator" => "内容过长",
        "GreaterThanValidator" or "GreaterThanOrEqualValidator" => "数值过小",
        "LessThanValidator" or "LessThanOrEqualValidator" => "数值过大",
        "EnumValidator" => "请选择一项",
        "InclusiveBetweenValidator" or "ExclusiveBetweenValidator" => "超出允许范围",
        "ScalePrecisionValidator" or "PrecisionScaleValidator" => "金额最多两位小数",
        _ => ByCode.TryGetValue(failure.ErrorCode ?? "", out var text) ? text : "格式不正确：" + failure.ErrorMessage,
    };
}
