using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;

namespace Enforcement.Domain.Tests.Cases;

public sealed class CaseNumberTests
{
    [Fact]
    public void A_basic_court_number_is_split_into_its_parts()
    {
        var number = CaseNumber.Parse("（2024）湘0681执1234号");
        number.Year.ShouldBe(2024);
        number.CourtCode.ShouldBe("湘0681");
        number.TypeCode.ShouldBe("执");
        number.Sequence.ShouldBe(1234);
        number.CaseType.ShouldBe(CaseType.FirstEnforcement);
        number.Value.ShouldBe("（2024）湘0681执1234号");
    }

    [Fact]
    public void Ascii_parentheses_are_normalised_to_full_width()
    {
        var number = CaseNumber.Parse(" (2024)湘0681执恢56号 ");
        number.Value.ShouldBe("（2024）湘0681执恢56号");
        number.ShouldBe(CaseNumber.Parse("（2024）湘0681执恢56号"));
    }

    [Theory]
    [InlineData("（2024）湘0681执1号", CaseType.FirstEnforcement)]
    [InlineData("（2024）湘0681执恢1号", CaseType.ResumedEnforcement)]
    [InlineData("（2024）湘0681执保1号", CaseType.PreservationEnforcement)]
    [InlineData("（2024）湘06执异1号", CaseType.Objection)]
    [InlineData("（2024）湘06执复1号", CaseType.Reconsideration)]
    [InlineData("（2024）湘执监1号", CaseType.Supervision)]
    [InlineData("（2024）京0105执1号", CaseType.FirstEnforcement)]
    [InlineData("（2024）兵0101执1号", CaseType.FirstEnforcement)]
    [InlineData("（2024）最高法执监1号", CaseType.Supervision)]
    public void Each_type_code_maps_to_its_case_type(string text, CaseType type) =>
        CaseNumber.Parse(text).CaseType.ShouldBe(type);

    [Theory]
    [InlineData("（2024）湘0681民初1234号")] // a civil case, not enforcement
    [InlineData("（2024）湘0681执号")] // no sequence
    [InlineData("（2024）湘0681执0012号")] // leading zeros
    [InlineData("2024湘0681执1234号")] // no parentheses
    [InlineData("【2024】湘0681执1234号")] // wrong brackets
    [InlineData("（24）湘0681执1234号")] // two-digit year
    [InlineData("（1985）湘0681执1234号")] // year out of range
    [InlineData("（2024）湘681执1234号")] // three-digit court code
    [InlineData("（2024）湘0681执1234")] // no 号
    [InlineData("（２０２４）湘0681执1234号")] // full-width digits in the year
    [InlineData("（2024）湘０６８１执1234号")] // full-width digits in the court code: would dodge the duplicate check
    [InlineData("(٢٠٢٤)湘0681执1234号")] // Arabic-Indic digits
    [InlineData("（2024）猫0681执1234号")] // no province is 猫
    [InlineData("（2024）汨0681执1234号")] // 汨 is the city, not a province
    [InlineData("（2024）湘0000执1234号")] // no county's code is all zeros
    [InlineData("（2024）湘00执1234号")] // nor a prefecture's
    [InlineData("")]
    [InlineData(null)]
    public void Malformed_or_non_enforcement_numbers_are_refused(string? text)
    {
        CaseNumber.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldNotBeNullOrWhiteSpace();
        Should.Throw<DomainException>(() => CaseNumber.Parse(text)).Code.ShouldBe("case_number.invalid");
    }

    [Fact]
    public void A_preservation_review_number_parses_but_cannot_carry_an_enforcement_case()
    {
        var number = CaseNumber.Parse("（2024）湘0681财保12号");
        number.CaseType.ShouldBe(CaseType.PreservationReview);
        number.IsEnforcement.ShouldBeFalse();
        number.IsPreservation.ShouldBeTrue();
        CaseNumber.Parse("（2024）湘0681执保3号").IsPreservation.ShouldBeTrue();
        CaseNumber.Parse("（2024）湘0681执3号").IsPreservation.ShouldBeFalse();
        Should.Throw<DomainException>(() => Support.TestData.RegisterCase(number: "（2024）湘0681财保12号")).Code.ShouldBe("case.number.not_enforcement");
    }

    [Theory]
    [InlineData("(2025)湘0681民初123号", "（2025）湘0681民初123号")]
    [InlineData("（2025）湘06民终45号", "（2025）湘06民终45号")]
    [InlineData("2025湘0681民初123号", null)]
    [InlineData("（2025）猫0681民初123号", null)]
    [InlineData("(2024)最高法民终10号", "（2024）最高法民终10号")]
    public void Any_court_case_number_normalises_to_full_width_parentheses(string text, string? expected) =>
        CaseNumber.NormaliseAny(text).ShouldBe(expected);

    [Theory]
    [InlineData("（2025）湘0681民初123号民事判决书", "(2025)湘0681民初123号", true)]
    [InlineData(" （2025）湘0681民初123号 ", "（2025）湘0681民初123号", true)]
    [InlineData("（2025）湘0681民初1234号", "（2025）湘0681民初123号", false)]
    [InlineData("（2025）湘0681民初123号民事判决书", "（2025）湘0681民初124号民事判决书", false)]
    [InlineData("汨仲裁字〔2025〕12号裁决书", "汨仲裁字〔2025〕12号裁决书", true)]
    [InlineData("汨仲裁字〔2025〕12号裁决书", "汨仲裁字〔2025〕13号裁决书", false)]
    [InlineData("（2025）猫0681民初123号判决书", "（2025）猫0681民初124号判决书", false)] // no court's numbers: compared as typed
    public void Two_titles_are_the_same_document_by_the_case_number_they_start_with(string first, string second, bool same) =>
        CaseNumber.SameDocument(first, second).ShouldBe(same);

    [Theory]
    [InlineData(" (2025)湘0681民初123号民事判决书 ", "（2025）湘0681民初123号民事判决书")]
    [InlineData("(2025)湘0681民初123号", "（2025）湘0681民初123号")]
    [InlineData("汨仲裁字〔2025〕12号裁决书", "汨仲裁字〔2025〕12号裁决书")]
    [InlineData("(2025)猫0681民初123号判决书", "(2025)猫0681民初123号判决书")] // no court's number: as typed
    public void A_title_is_stored_with_the_case_number_it_starts_with_in_full_width(string typed, string stored)
    {
        CaseNumber.NormaliseTitle(typed).ShouldBe(stored);
        EnforcementBasis.Create("汨罗市人民法院", typed, new DateOnly(2025, 5, 20)).DocumentNumber.ShouldBe(stored);
    }

    [Fact]
    public void A_number_can_be_built_from_its_parts() =>
        CaseNumber.Create(2026, "湘0681", CaseType.ResumedEnforcement, 7).Value.ShouldBe("（2026）湘0681执恢7号");

    [Fact]
    public void A_stored_number_reads_back_whatever_rule_came_after_it() =>
        CaseNumber.FromStored("（2024）相0681执12号").Value.ShouldBe("（2024）相0681执12号");

    [Theory]
    [InlineData("（2026）湘0681执 177号", "（2026）湘0681执177号")]
    [InlineData(" (2026) 湘0681 执177号", "（2026）湘0681执177号")]
    [InlineData("（２０２６）湘０６８１执１７７号", "（2026）湘0681执177号")]
    [InlineData("（2026）湘0681执\u3000177号", "（2026）湘0681执177号")]
    [InlineData("（2026）湘0681执177号", null)] // typed right: nothing was mistyped
    [InlineData("（2026）湘0681民初 177号", null)] // no enforcement number however it is read
    [InlineData("（2026）猫0681执 177号", null)]
    public void A_number_typed_with_spaces_or_full_width_digits_is_refused_saying_what_was_meant(string typed, string? meant)
    {
        (CaseNumber.MistypedAs(typed)?.Value).ShouldBe(meant);
        if (meant is null)
        {
            CaseNumber.MistypedAs(typed).ShouldBeNull();
            return;
        }

        CaseNumber.TryParse(typed, out _, out var error).ShouldBeFalse();
        error.ShouldContain($"type the case number as {meant}");
    }
}
