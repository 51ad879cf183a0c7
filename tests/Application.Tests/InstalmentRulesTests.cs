using Enforcement.Application.Cases.Lifecycle;
using Enforcement.Application.Common;
using Enforcement.Application.Obligations;
using Enforcement.Application.PreEnforcement;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Obligations;
using Enforcement.Domain.PreEnforcement;
using FluentValidation.Results;

namespace Enforcement.Application.Tests;

/// <summary>Every plan of instalments (a case's settlement, a debt's plan, a prompt's settlement) is capped by one rule, said as a count.</summary>
public sealed class InstalmentRulesTests
{
    [Theory]
    [InlineData("settlement", EnforcementCase.MaxInstalments)]
    [InlineData("debt plan", Obligation.MaxInstalments)]
    [InlineData("prompt settlement", PrePerformancePrompt.MaxInstalments)]
    public void A_plan_takes_its_maximum_and_not_one_instalment_more(string plan, int max)
    {
        Errors(plan, max).ShouldNotContain(e => e.PropertyName == "Instalments");

        var refused = Errors(plan, max + 1).Where(e => e.PropertyName == "Instalments").ShouldHaveSingleItem();
        refused.ErrorCode.ShouldBe("instalments.too_many");
        refused.ErrorMessage.ShouldBe($"A plan has at most {max} instalments.");
    }

    [Fact]
    public void A_prompt_settled_without_instalments_is_refused_as_empty() =>
        Errors("prompt settlement", 0).ShouldContain(e => e.PropertyName == "Instalments" && e.ErrorCode == "NotEmptyValidator");

    private static List<ValidationFailure> Errors(string plan, int count)
    {
        // Monthly from 2025-07-01, 1,000 yuan each.
        var instalments = Enumerable.Range(0, count).Select(i => new InstalmentInput(new DateOnly(2025, 7, 1).AddMonths(i), 1_000m)).ToList();
        var agreedOn = new DateOnly(2025, 6, 16);
        return plan switch
        {
            "settlement" => new AgreeSettlementValidator().Validate(new AgreeSettlementCommand(agreedOn, "被执行人按月分期支付", instalments)).Errors,
            "debt plan" => new AgreePlanValidator().Validate(new AgreePlanCommand(agreedOn, instalments, "镇政府承诺按月支付工程款")).Errors,
            _ => new RecordPromptOutcomeValidator().Validate(new RecordPromptOutcomeCommand(
                PromptOutcome.Settled, agreedOn, Plan: "被申请人分期履行判决确定的货款", Instalments: instalments, CaseNumber: null)).Errors,
        };
    }
}
