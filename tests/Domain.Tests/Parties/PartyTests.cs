using Enforcement.Domain.Common;
using Enforcement.Domain.Parties;
using Enforcement.Domain.Tests.Support;

namespace Enforcement.Domain.Tests.Parties;

public sealed class PartyTests
{
    [Fact]
    public void A_natural_person_keeps_the_normalised_id_and_phone()
    {
        var party = Party.Create(PartyKind.NaturalPerson, " 李秀英 ", "11010519491231002x", phone: "13912345678");
        party.Name.ShouldBe("李秀英");
        party.IdNumber.ShouldBe("11010519491231002X");
        party.Phone.ShouldBe("13912345678");
    }

    [Fact]
    public void An_enterprise_cannot_carry_a_resident_id() =>
        Should.Throw<DomainException>(() => Party.Create(PartyKind.Enterprise, "湖南佳禾食品有限公司", TestData.ValidResidentId))
            .Code.ShouldBe("party.id_number.not_allowed");

    [Fact]
    public void A_natural_person_cannot_carry_a_credit_code() =>
        Should.Throw<DomainException>(() => Party.Create(PartyKind.NaturalPerson, "王志强", creditCode: TestData.ValidCreditCode))
            .Code.ShouldBe("party.credit_code.not_allowed");

    [Theory]
    [InlineData("0730-5212345")]
    [InlineData("073184567890")]
    [InlineData("15173012345")]
    public void Mobile_and_landline_numbers_are_phones(string phone) => Party.IsValidPhone(phone).ShouldBeTrue();

    [Theory]
    [InlineData("12345")]
    [InlineData("10012345678")]
    [InlineData("电话")]
    [InlineData("13８12345678")] // a full-width digit
    [InlineData("0７31-84567890")]
    [InlineData("١٣812345678")] // Arabic-Indic digits
    public void Other_text_is_not_a_phone(string phone) => Party.IsValidPhone(phone).ShouldBeFalse();

    [Theory]
    [InlineData(PartyKind.Department, true)]
    [InlineData(PartyKind.Township, true)]
    [InlineData(PartyKind.Community, true)]
    [InlineData(PartyKind.Enterprise, false)]
    [InlineData(PartyKind.NaturalPerson, false)]
    [InlineData(PartyKind.OtherOrganization, false)]
    public void Departments_townships_and_communities_are_public_bodies(PartyKind kind, bool publicBody) =>
        kind.IsPublicBody().ShouldBe(publicBody);
}
