using System.Text.Json;
using Enforcement.Domain.Calendar;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.Parties;
using Enforcement.Domain.Staff;

namespace Enforcement.Domain.Tests.Support;

/// <summary>Realistic test data shared by every test project.</summary>
public static class TestData
{
    /// <summary>The GB 11643 standard's own example: valid.</summary>
    public const string ValidResidentId = "11010519491231002X";

    /// <summary>A Hunan (430681) resident ID with a correct check digit.</summary>
    public const string HunanResidentId = "430681199001011230";

    /// <summary>A well-known valid unified social credit code.</summary>
    public const string ValidCreditCode = "91350100M000100Y43";

    private static readonly Lazy<LegalCalendar> OfficialCalendar = new(() =>
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "holidays.json"));
        using var document = JsonDocument.Parse(stream);
        var schedule = document.RootElement.GetProperty(HolidaySchedule.SectionName)
            .Deserialize<HolidaySchedule>(new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        return new LegalCalendar(schedule);
    });

    /// <summary>The calendar with the configured 2024–2026 holiday lists, exactly as the API loads them.</summary>
    public static LegalCalendar Calendar => OfficialCalendar.Value;

    public static string CreditCodeFor(string first17) => first17 + CreditCode.CheckCharacter(first17);

    public static string ResidentIdFor(string first17) => first17 + ResidentId.CheckCharacter(first17);

    /// <summary>A person; the default one has <see cref="HunanResidentId"/>, any other name a valid ID of its own.</summary>
    public static Party Person(string name = DefaultPerson, string? idNumber = null) => Party.Create(
        PartyKind.NaturalPerson, name, idNumber ?? (name == DefaultPerson ? HunanResidentId : ResidentIdFor(PersonalDigits(name))), phone: "13812345678");

    private const string DefaultPerson = "张建国";

    /// <summary>An enterprise; the default one has <see cref="ValidCreditCode"/>, any other name a valid code of its own.</summary>
    public static Party Enterprise(string name = DefaultEnterprise) =>
        Party.Create(PartyKind.Enterprise, name, creditCode: name == DefaultEnterprise ? ValidCreditCode : CreditCodeFor($"91430681{StableDigits(name)}"));

    private const string DefaultEnterprise = "汨罗市宏远建材有限公司";

    /// <summary>The first 17 digits of a resident ID from a name: a birth day in 1970–1999 and a sequence number from its digits.</summary>
    private static string PersonalDigits(string name)
    {
        var digits = StableDigits(name);
        var born = new DateOnly(1970, 1, 1).AddDays(int.Parse(digits[..5], System.Globalization.CultureInfo.InvariantCulture) % 10_950);
        return $"430681{born:yyyyMMdd}{digits[5..8]}";
    }

    /// <summary>Nine digits from a name, the same in every run (string.GetHashCode is not).</summary>
    private static string StableDigits(string name) =>
        (name.Aggregate(17UL, (hash, c) => (hash * 31) + c) % 1_000_000_000).ToString("D9", System.Globalization.CultureInfo.InvariantCulture);

    public static Party Township(string name = "汨罗市长乐镇人民政府") => Party.Create(PartyKind.Township, name);

    /// <summary>A linked unit of the registry; a township by default.</summary>
    public static Domain.LinkedUnits.LinkedUnit Unit(
        string name = "汨罗市长乐镇人民政府", Domain.LinkedUnits.LinkedUnitKind kind = Domain.LinkedUnits.LinkedUnitKind.Township, string? creditCode = null) =>
        Domain.LinkedUnits.LinkedUnit.Register(kind, new Domain.LinkedUnits.UnitDetails(name, null, creditCode, "刘主任", "0730-5212345"));

    /// <summary>A case against the township <paramref name="unit"/>, its respondent confirmed as linked to it.</summary>
    public static EnforcementCase RegisterLinkedCase(Domain.LinkedUnits.LinkedUnit unit, string number = "（2025）湘0681执1234号", DateOnly? filedOn = null)
    {
        var @case = RegisterCase(number, filedOn ?? new DateOnly(2025, 3, 3), applicants: [Enterprise()], respondents: [Township(unit.FullName)]);
        @case.LinkRespondent(unit.FullName, unit, Context((filedOn ?? new DateOnly(2025, 3, 3)).AddDays(1)));
        return @case;
    }

    public static EnforcementCase RegisterCase(
        string number = "（2025）湘0681执1234号",
        DateOnly? filedOn = null,
        bool nonLitigation = false,
        IReadOnlyCollection<Party>? applicants = null,
        IReadOnlyCollection<Party>? respondents = null,
        decimal claimedYuan = 150_000m,
        DateOnly? today = null)
    {
        var filed = filedOn ?? new DateOnly(2025, 3, 3);
        return EnforcementCase.Register(
            CaseNumber.Parse(number),
            filed,
            nonLitigation,
            EnforcementBasis.Create("汨罗市人民法院", "（2024）湘0681民初2345号", filed.AddDays(-30)),
            Money.FromYuan(claimedYuan),
            applicants ?? [Enterprise()],
            respondents ?? [Person()],
            "买卖合同纠纷，拖欠货款。",
            Context(today ?? filed.AddDays(1)));
    }

    /// <summary>A change recorded by 陈志刚 on <paramref name="today"/>, counted by the official calendar.</summary>
    public static ChangeContext Context(DateOnly today, string recordedBy = "陈志刚") =>
        new(recordedBy, today, today.ToDateTime(new TimeOnly(1, 30), DateTimeKind.Utc), Calendar);

    public static StaffMember Officer(string name = "陈志刚") => StaffMember.Create(name, "执行员", CourtUnit.EnforcementBureau);

    public static StaffMember Leader(string name = "黄德明") => StaffMember.Create(name, "副院长", CourtUnit.CourtLeadership);
}
