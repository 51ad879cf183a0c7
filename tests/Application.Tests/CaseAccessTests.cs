using Enforcement.Application.Cases.GetCase;
using Enforcement.Application.Errors;
using Enforcement.Application.Security;
using Enforcement.Domain.Tests.Support;

namespace Enforcement.Application.Tests;

public sealed class CaseAccessTests
{
    private static readonly Guid Mine = Guid.NewGuid();
    private static readonly Guid Theirs = Guid.NewGuid();

    private static FixedActor Officer() => new("陈志刚", Roles.Officer) { StaffId = Mine };

    [Fact]
    public void An_officer_works_their_own_and_unassigned_cases_only()
    {
        Officer().CanWork(Mine).ShouldBeTrue();
        Officer().CanWork(null).ShouldBeTrue();
        Officer().CanWork(Theirs).ShouldBeFalse();
    }

    [Theory]
    [InlineData(Roles.Coordinator, true, true)]
    [InlineData(Roles.Leader, false, true)]
    [InlineData(Roles.Reception, false, false)]
    [InlineData(Roles.Admin, false, false)]
    public void Roles_work_and_see_personal_data_on_someone_elses_case(string role, bool works, bool sees)
    {
        var actor = new FixedActor("某某", role) { StaffId = Mine };
        actor.CanWork(Theirs).ShouldBe(works);
        actor.SeesPersonalData(Theirs).ShouldBe(sees);
    }

    [Theory]
    [InlineData("430681199001011230", "4306**********1230")]
    [InlineData("11010519491231002X", "1101**********002X")]
    public void Resident_ids_keep_four_characters_at_each_end(string id, string masked) => Masking.IdNumber(id).ShouldBe(masked);

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("0730-5212345", "073*****2345")]
    public void Phones_keep_three_digits_in_front_and_four_at_the_end(string phone, string masked) => Masking.Phone(phone).ShouldBe(masked);

    [Fact]
    public async Task Reception_reads_a_case_with_personal_data_masked_and_nothing_audited()
    {
        var fixture = new HandlerFixture();
        var id = await RegisterAsync(fixture);
        var reception = new FixedActor("孙桂芳", Roles.Reception);
        using var db = fixture.NewContext();

        var detail = await new GetCaseHandler(fixture.Cases(db), fixture.Clock, TestData.Calendar, reception, fixture.Audit)
            .Handle(new GetCaseQuery(id), CancellationToken.None);

        detail.Respondents.Single().IdNumber.ShouldBe("1101**********002X");
        detail.Respondents.Single().Phone.ShouldBe("139****2345");
        fixture.Audit.Written.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_leader_reads_personal_data_unmasked_and_the_read_is_audited()
    {
        var fixture = new HandlerFixture();
        var id = await RegisterAsync(fixture);
        using var db = fixture.NewContext();

        var detail = await new GetCaseHandler(fixture.Cases(db), fixture.Clock, TestData.Calendar, new FixedActor("黄德明", Roles.Leader), fixture.Audit)
            .Handle(new GetCaseQuery(id), CancellationToken.None);

        detail.Respondents.Single().IdNumber.ShouldBe(TestData.ValidResidentId);
        fixture.Audit.Written.ShouldHaveSingleItem().ShouldStartWith("ReadPersonalData EnforcementCase");
    }

    [Fact]
    public async Task An_officer_cannot_change_a_case_assigned_to_someone_else()
    {
        var fixture = new HandlerFixture();
        var id = await RegisterAsync(fixture);
        using (var db = fixture.NewContext())
        {
            var staff = TestData.Officer("王丽娟");
            db.Staff.Add(staff);
            var @case = db.Cases.Single(c => c.Id == id);
            @case.AssignHandler(staff, new DateOnly(2025, 6, 4), TestData.Context(new DateOnly(2025, 6, 4)));
            await db.SaveChangesAsync();
        }

        fixture.Actor.Roles = [Roles.Officer];
        fixture.Actor.StaffId = Guid.NewGuid();
        using var context = fixture.NewContext();
        var error = await Should.ThrowAsync<ForbiddenException>(() => fixture.Workflow(context).LoadAsync(id, null, CancellationToken.None));
        error.Code.ShouldBe("case.not_assigned_to_you");
    }

    private static async Task<Guid> RegisterAsync(HandlerFixture fixture)
    {
        using var db = fixture.NewContext();
        var detail = await fixture.RegisterHandler(db)
            .Handle(HandlerFixture.ValidCommand(), CancellationToken.None);
        return detail.Id;
    }
}
