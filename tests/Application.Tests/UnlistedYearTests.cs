using Enforcement.Application.Obligations;
using Enforcement.Application.Petitions;
using Enforcement.Application.Preservation;
using Enforcement.Application.Tasks;
using Enforcement.Domain.Parties;
using Enforcement.Domain.Petitions;
using Enforcement.Domain.Tests.Support;

namespace Enforcement.Application.Tests;

/// <summary>A petition whose deadlines count through a year without a holiday list says so, as a case does.</summary>
public sealed class PetitionDeadlineYearTests
{
    private static Petition Received(DateOnly receivedOn) =>
        Petition.Log(
            new PetitionIntake(PetitionChannel.Visit, receivedOn, new TimeOnly(9, 30),
                [Petitioner.Create(Party.Create(PartyKind.NaturalPerson, "李春生", TestData.HunanResidentId, phone: "13912345678"), "湖南省汨罗市归义镇新市村3组")], null,
                [new CaseMention("（2026）湘0681执1234号", Guid.NewGuid())], PetitionCategory.SlowEnforcement, null,
                "申请执行人反映案件执行半年无进展。", "请求法院尽快采取强制措施。"),
            null, PetitionRules.Default, TestData.Context(receivedOn, "孙桂芳"));

    [Fact]
    public void Deadlines_within_the_listed_years_assume_nothing_and_one_in_an_unlisted_year_says_it_skips_weekends_only()
    {
        var covered = TestData.Calendar;
        covered.Covers(2026).ShouldBeTrue();
        covered.Covers(2027).ShouldBeFalse(); // the configuration lists 2024 to 2026

        // Received 2026-11-02: assigned within 5 working days and resolved within 30 days, both in 2026.
        Received(new DateOnly(2026, 11, 2)).ToDto(new DateOnly(2026, 11, 2), PetitionRules.Default, covered).DeadlineAssumesWeekendsOnly.ShouldBeFalse();

        // Received 2026-12-10: resolved by 2027-01-09 at the earliest, in a year without a list.
        var late = Received(new DateOnly(2026, 12, 10)).ToDto(new DateOnly(2026, 12, 10), PetitionRules.Default, covered);
        late.Deadlines.ShouldContain(d => d.DueOn.Year == 2027);
        late.DeadlineAssumesWeekendsOnly.ShouldBeTrue();
    }
}

/// <summary>A public-body debt whose dates count through a year without a holiday list says so.</summary>
public sealed class ObligationDeadlineYearTests
{
    [Fact]
    public void A_statutory_payment_date_in_an_unlisted_year_says_it_skips_weekends_only()
    {
        var township = TestData.Unit();
        var @case = TestData.RegisterLinkedCase(township);
        Domain.Obligations.Obligation Owed(DateOnly deliveredOn) => Domain.Obligations.Obligation.Record(
            new Domain.Obligations.CaseRef(@case.Id, @case.Number.Value, [township.Id]), township, Domain.Common.Money.FromYuan(80_000m), "供货合同货款",
            deliveredOn, 60, TestData.Context(new DateOnly(2026, 12, 10)));

        // Delivered 2026-09-01: due within 60 days, in 2026. Delivered 2026-11-30: due 2027-01-29, in a year without a list.
        Owed(new DateOnly(2026, 9, 1)).ToDto(new DateOnly(2026, 12, 10), Domain.Obligations.ObligationRules.Default, TestData.Calendar)
            .DeadlineAssumesWeekendsOnly.ShouldBeFalse();
        var late = Owed(new DateOnly(2026, 11, 30)).ToDto(new DateOnly(2026, 12, 10), Domain.Obligations.ObligationRules.Default, TestData.Calendar);
        late.StatutoryDueOn!.Value.Year.ShouldBe(2027);
        late.DeadlineAssumesWeekendsOnly.ShouldBeTrue();
    }
}

/// <summary>A preservation order whose lifting deadline falls in a year without a holiday list says so.</summary>
public sealed class PreservationDeadlineYearTests
{
    [Fact]
    public void A_lifting_deadline_in_an_unlisted_year_says_it_skips_weekends_only()
    {
        static PreservationOrderDto Due(DateOnly? liftDueOn) =>
            new PreservationOrderDto { LiftDueOn = liftDueOn }.AsOf(new DateOnly(2026, 12, 10), 20, TestData.Calendar);

        Due(new DateOnly(2026, 12, 31)).DeadlineAssumesWeekendsOnly.ShouldBeFalse();
        Due(new DateOnly(2027, 1, 4)).DeadlineAssumesWeekendsOnly.ShouldBeTrue(); // 30 days from a measure of 2026-12-05
        Due(null).DeadlineAssumesWeekendsOnly.ShouldBeFalse(); // during litigation: no lifting deadline
    }
}

/// <summary>A pool task due in a year without a holiday list says so.</summary>
public sealed class TaskDeadlineYearTests
{
    [Fact]
    public void A_task_due_in_an_unlisted_year_says_it_skips_weekends_only()
    {
        static TaskDto Due(DateOnly dueOn) => new TaskDto { DueOn = dueOn, CreatedOn = new DateOnly(2026, 12, 28) }.AsOf(new DateOnly(2026, 12, 29), TestData.Calendar);

        Due(new DateOnly(2026, 12, 31)).DeadlineAssumesWeekendsOnly.ShouldBeFalse();
        Due(new DateOnly(2027, 1, 4)).DeadlineAssumesWeekendsOnly.ShouldBeTrue();
    }
}
