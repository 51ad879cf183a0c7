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
