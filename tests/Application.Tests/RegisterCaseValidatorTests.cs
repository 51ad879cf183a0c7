using Enforcement.Application.Cases.RegisterCase;
using Enforcement.Application.Common;
using Enforcement.Domain.Parties;
using Enforcement.Domain.Tests.Support;
using FluentValidation.Results;

namespace Enforcement.Application.Tests;

public sealed class RegisterCaseValidatorTests
{
    private readonly RegisterCaseValidator _validator = new(new FixedClock(new DateOnly(2025, 6, 16)));

    [Fact]
    public void A_complete_command_is_valid() => Validate(HandlerFixture.ValidCommand()).IsValid.ShouldBeTrue();

    [Fact]
    public void A_malformed_case_number_is_refused() =>
        ErrorsFor(HandlerFixture.ValidCommand("（2025）湘0681民初1234号"), "CaseNumber").ShouldNotBeEmpty();

    [Fact]
    public void A_preservation_review_number_is_refused_for_an_enforcement_case() =>
        ErrorsFor(HandlerFixture.ValidCommand("（2025）湘0681财保12号"), "CaseNumber").ShouldNotBeEmpty();

    [Theory]
    [InlineData("1e27")]
    [InlineData("-1e27")]
    [InlineData("79228162514264337593543950335")] // decimal.MaxValue
    public void An_amount_far_beyond_the_bound_is_refused_without_overflowing(string amount) =>
        ErrorsFor(HandlerFixture.ValidCommand() with { ClaimedAmount = decimal.Parse(amount, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture) }, "ClaimedAmount")
            .ShouldNotBeEmpty();

    [Fact]
    public void A_filing_date_in_the_future_is_refused() =>
        ErrorsFor(HandlerFixture.ValidCommand() with { FiledOn = new DateOnly(2025, 6, 17) }, "FiledOn").ShouldNotBeEmpty();

    [Fact]
    public void A_filing_date_of_today_is_accepted() =>
        Validate(HandlerFixture.ValidCommand() with { FiledOn = new DateOnly(2025, 6, 16) }).IsValid.ShouldBeTrue();

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_non_positive_amount_is_refused(decimal amount) =>
        ErrorsFor(HandlerFixture.ValidCommand() with { ClaimedAmount = amount }, "ClaimedAmount").ShouldNotBeEmpty();

    [Fact]
    public void An_amount_with_three_decimals_is_refused() =>
        ErrorsFor(HandlerFixture.ValidCommand() with { ClaimedAmount = 100.125m }, "ClaimedAmount").ShouldContain("The amount has more than two decimals.");

    [Fact]
    public void A_missing_respondent_is_refused() =>
        ErrorsFor(HandlerFixture.ValidCommand() with { Respondents = [] }, "Respondents").ShouldNotBeEmpty();

    [Fact]
    public void A_resident_id_with_a_bad_checksum_is_refused_on_its_field() =>
        ErrorsFor(HandlerFixture.ValidCommand() with { Respondents = [new PartyInput(PartyKind.NaturalPerson, "陈海涛", "110105194912310021")] }, "Respondents[0].IdNumber")
            .ShouldNotBeEmpty();

    [Fact]
    public void A_credit_code_with_a_bad_checksum_is_refused_on_its_field() =>
        ErrorsFor(HandlerFixture.ValidCommand() with { Applicants = [new PartyInput(PartyKind.Enterprise, "湖南佳禾食品有限公司", CreditCode: "91350100M000100Y44")] }, "Applicants[0].CreditCode")
            .ShouldNotBeEmpty();

    [Fact]
    public void An_enterprise_with_a_resident_id_is_refused() =>
        ErrorsFor(HandlerFixture.ValidCommand() with { Applicants = [new PartyInput(PartyKind.Enterprise, "湖南佳禾食品有限公司", TestData.ValidResidentId)] }, "Applicants[0].IdNumber")
            .ShouldContain("Only a natural person has a resident ID number.");

    [Fact]
    public void A_party_without_kind_or_name_is_refused()
    {
        var result = Validate(HandlerFixture.ValidCommand() with { Applicants = [new PartyInput(null, " ")] });
        result.Errors.Select(e => e.PropertyName).ShouldBe(["Applicants[0].Kind", "Applicants[0].Name"], ignoreOrder: true);
    }

    [Fact]
    public void A_title_effective_after_filing_is_refused() =>
        ErrorsFor(HandlerFixture.ValidCommand() with { Basis = new EnforcementBasisInput("汨罗市人民法院", "（2025）湘0681民初321号", new DateOnly(2025, 6, 10)) }, "Basis.EffectiveOn")
            .ShouldNotBeEmpty();

    private ValidationResult Validate(RegisterCaseCommand command) => _validator.Validate(command);

    private List<string> ErrorsFor(RegisterCaseCommand command, string property) =>
        Validate(command).Errors.Where(e => e.PropertyName == property).Select(e => e.ErrorMessage).ToList();
}
