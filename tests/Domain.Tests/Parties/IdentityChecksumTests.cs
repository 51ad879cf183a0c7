using Enforcement.Domain.Common;
using Enforcement.Domain.Parties;
using Enforcement.Domain.Tests.Support;

namespace Enforcement.Domain.Tests.Parties;

public sealed class IdentityChecksumTests
{
    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("11010519491231002x")]
    [InlineData("430681199001011230")]
    public void Valid_resident_ids_are_accepted_and_upper_cased(string text)
    {
        ResidentId.TryParse(text, out var id).ShouldBeTrue();
        id!.Value.ShouldBe(text.ToUpperInvariant());
    }

    [Theory]
    [InlineData("110105194912310021")] // wrong check character
    [InlineData("430681199001011231")] // wrong check digit
    [InlineData("11010519491231002")] // 17 characters
    [InlineData("1101051949123100X2")] // X inside the digits
    [InlineData("")]
    [InlineData(null)]
    public void Invalid_resident_ids_are_refused(string? text) =>
        ResidentId.TryParse(text, out _).ShouldBeFalse();

    [Theory]
    [InlineData("4306811999023012", false)] // 1999-02-30 is no day
    [InlineData("4306811900022912", false)] // 1900 was not a leap year
    [InlineData("4306812000022912", true)]  // 2000 was
    [InlineData("4306811879123112", false)] // before 1880
    [InlineData("4306811880010112", true)]
    [InlineData("0000001980010112", false)] // no area
    [InlineData("4300001980010112", false)] // a province, but no place within it
    [InlineData("9906811980010112", false)] // no province is 99
    [InlineData("8100001980010112", true)]  // a Hong Kong resident's residence permit
    [InlineData("9118401980010112", true)]  // a foreign permanent resident's card issued in Beijing (840: the United States)
    [InlineData("9998401980010112", false)]
    [InlineData("4306811999130112", false)] // month 13
    public void The_birth_date_inside_a_resident_id_is_a_real_day(string first16, bool valid)
    {
        var digits = first16 + "3";
        ResidentId.TryParse(digits + ResidentId.CheckCharacter(digits), out _).ShouldBe(valid);
    }

    [Fact]
    public void A_resident_id_carries_its_holder_s_birth_date()
    {
        ResidentId.TryParse("11010519491231002X", out var id).ShouldBeTrue();
        id!.BornOn.ShouldBe(new DateOnly(1949, 12, 31));
    }

    [Fact]
    public void Resident_id_check_character_follows_the_GB_11643_weights() =>
        ResidentId.CheckCharacter("11010519491231002").ShouldBe('X');

    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("91430681MA4L0XXXXH")]
    public void Valid_credit_codes_are_accepted(string text) => CreditCode.TryParse(text, out _).ShouldBeTrue();

    [Theory]
    [InlineData("91350100M000100Y44")] // wrong check character
    [InlineData("91350100M000100I43")] // I is not in the alphabet
    [InlineData("91350100M000100Y4")] // 17 characters
    [InlineData(null)]
    public void Invalid_credit_codes_are_refused(string? text) => CreditCode.TryParse(text, out _).ShouldBeFalse();

    [Fact]
    public void Parsing_a_bad_id_throws_with_a_stable_code() =>
        Should.Throw<DomainException>(() => ResidentId.Parse("110105194912310021")).Code.ShouldBe("party.id_number.invalid");

    [Fact]
    public void A_credit_code_generated_with_the_check_function_is_valid() =>
        CreditCode.TryParse(TestData.CreditCodeFor("11430681MB1234567"), out _).ShouldBeTrue();
}
