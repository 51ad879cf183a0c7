using Enforcement.Domain.Common;
using Enforcement.Domain.LinkedUnits;
using Enforcement.Domain.Tests.Support;

namespace Enforcement.Domain.Tests.LinkedUnits;

public sealed class LinkedUnitTests
{
    [Theory]
    [InlineData(LinkedUnitKind.GovernmentDepartment, true)]
    [InlineData(LinkedUnitKind.Township, true)]
    [InlineData(LinkedUnitKind.Community, true)]
    [InlineData(LinkedUnitKind.PublicInstitution, true)]
    [InlineData(LinkedUnitKind.StateOwnedEnterprise, true)]
    [InlineData(LinkedUnitKind.Registry, false)]
    [InlineData(LinkedUnitKind.Bank, false)]
    [InlineData(LinkedUnitKind.PublicSecurity, false)]
    [InlineData(LinkedUnitKind.Other, false)]
    public void Linking_a_respondent_to_a_public_body_makes_a_public_body_debtor_case(LinkedUnitKind kind, bool publicBody)
    {
        var unit = TestData.Unit("汨罗市某单位", kind);
        var @case = TestData.RegisterLinkedCase(unit);
        @case.PublicBodyDebtor.ShouldBe(publicBody);
        @case.UnlinkUnit(unit.Id, TestData.Context(new DateOnly(2025, 3, 5)));
        @case.PublicBodyDebtor.ShouldBeFalse();
    }

    [Fact]
    public void A_respondent_links_once_and_must_be_a_respondent_of_the_case()
    {
        var unit = TestData.Unit();
        var @case = TestData.RegisterLinkedCase(unit);
        Should.Throw<DomainConflictException>(() => @case.LinkRespondent(unit.FullName, TestData.Unit("汨罗市财政局", LinkedUnitKind.GovernmentDepartment), TestData.Context(new DateOnly(2025, 3, 5))))
            .Code.ShouldBe("case.respondent.already_linked");
        Should.Throw<DomainInputException>(() => @case.LinkRespondent("湖南佳禾食品有限公司", unit, TestData.Context(new DateOnly(2025, 3, 5))))
            .Code.ShouldBe("case.respondent.not_found");
    }

    [Fact]
    public void An_inactive_unit_is_not_linked()
    {
        var unit = TestData.Unit();
        unit.Deactivate();
        var @case = TestData.RegisterCase(respondents: [TestData.Township()]);
        Should.Throw<DomainException>(() => @case.LinkRespondent(unit.FullName, unit, TestData.Context(new DateOnly(2025, 3, 5))))
            .Code.ShouldBe("linked_unit.inactive");
    }

    [Fact]
    public void A_unit_cannot_sit_below_itself()
    {
        var city = TestData.Unit("汨罗市人民政府", LinkedUnitKind.GovernmentDepartment);
        var township = TestData.Unit();
        township.PlaceUnder(city, []);
        Should.Throw<DomainException>(() => city.PlaceUnder(township, [city.Id])).Code.ShouldBe("linked_unit.superior.cycle");
        Should.Throw<DomainException>(() => city.PlaceUnder(city, [])).Code.ShouldBe("linked_unit.superior.cycle");
    }

    [Fact]
    public void A_credit_code_is_checked()
    {
        Should.Throw<DomainInputException>(() => TestData.Unit(creditCode: "91430681MA4L1234X0")).Code.ShouldBe("linked_unit.credit_code.invalid");
        TestData.Unit(creditCode: TestData.CreditCodeFor("11430681MB1234567")).CreditCode.ShouldNotBeNull();
    }
}
