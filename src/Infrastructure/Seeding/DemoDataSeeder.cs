using System.Globalization;
using Enforcement.Application.Abstractions;
using Enforcement.Domain.Calendar;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.Parties;
using Enforcement.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Infrastructure.Seeding;

/// <summary>
/// Realistic demo cases for the Development profile, written once into an empty database.
/// Identity numbers carry valid checksums but belong to nobody.
/// </summary>
public sealed class DemoDataSeeder(EnforcementDbContext db, LegalCalendar calendar, ICourtClock clock)
{
    private const string Court = "湘0681";

    private static readonly string[] People =
    [
        "张建国", "李秀英", "王志强", "刘芳", "陈海涛", "杨丽华", "赵德明", "黄晓燕", "周国平", "吴桂兰",
        "徐卫东", "孙美玲", "胡志军", "朱红梅", "郭永胜", "何静", "罗建华", "高淑珍",
    ];

    private static readonly string[] Enterprises =
    [
        "汨罗市宏远建材有限公司", "湖南湘江再生资源有限公司", "岳阳恒通物流有限公司", "汨罗市金盛纺织有限公司",
        "湖南楚天建设工程有限公司", "汨罗市丰源农业开发有限公司", "岳阳华湘机械制造有限公司", "湖南佳禾食品有限公司",
        "汨罗市鑫达再生铜业有限公司", "湖南联创电子科技有限公司", "汨罗市屈原商贸有限公司", "湖南南方水泥有限公司",
    ];

    private static readonly (PartyKind Kind, string Name)[] PublicBodies =
    [
        (PartyKind.Department, "汨罗市住房和城乡建设局"),
        (PartyKind.Department, "汨罗市教育局"),
        (PartyKind.Township, "汨罗市长乐镇人民政府"),
        (PartyKind.Township, "汨罗市白水镇人民政府"),
        (PartyKind.Community, "汨罗市归义街道新华社区居民委员会"),
        (PartyKind.Community, "汨罗市屈子祠镇双楚村村民委员会"),
    ];

    private static readonly string[] Issuers = ["汨罗市人民法院", "岳阳市中级人民法院", "岳阳仲裁委员会", "汨罗市劳动人事争议仲裁委员会"];

    private static readonly string[] Summaries =
    [
        "买卖合同纠纷，被执行人未按判决支付货款及利息。",
        "建设工程施工合同纠纷，拖欠工程款。",
        "民间借贷纠纷，借款本金及逾期利息未清偿。",
        "劳动争议，拖欠工资及经济补偿金。",
        "租赁合同纠纷，拖欠租金及违约金。",
        "政府采购合同款项未按约支付。",
    ];

    public async Task<int> SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Cases.AnyAsync(cancellationToken))
        {
            return 0;
        }

        var random = new Random(20260681);
        var today = clock.Today;
        var cases = new List<EnforcementCase>();
        for (var i = 0; i < 30; i++)
        {
            // Filed between 10 days and 9 months ago, so that the lists hold fresh, near-deadline and overdue cases.
            var filedOn = today.AddDays(-(10 + (i * 9)));
            var year = filedOn.Year;
            var type = i switch
            {
                _ when i % 10 == 7 => CaseType.ResumedEnforcement,
                _ when i % 10 == 9 => CaseType.PreservationEnforcement,
                _ => CaseType.FirstEnforcement,
            };
            var number = CaseNumber.Create(year, Court, type, 100 + (i * 7));
            var applicant = i % 3 == 0 ? Person(random, i) : Enterprise(random, i);
            var respondents = new List<Party> { RespondentFor(random, i) };
            if (i % 5 == 0)
            {
                respondents.Add(Person(random, i + 7));
            }

            var claimed = Money.FromYuan(Math.Round((decimal)(random.NextDouble() * 2_000_000) + 5_000m, 2));
            var basis = EnforcementBasis.Create(
                Issuers[i % Issuers.Length],
                string.Create(CultureInfo.InvariantCulture, $"（{year - 1}）湘0681民初{1000 + (i * 13)}号"),
                filedOn.AddDays(-(20 + (i % 15))));
            cases.Add(EnforcementCase.Register(
                number, filedOn, nonLitigation: i % 11 == 4, basis, claimed, [applicant], respondents,
                Summaries[i % Summaries.Length], calendar, today));
        }

        db.Cases.AddRange(cases);
        await db.SaveChangesAsync(cancellationToken);
        return cases.Count;
    }

    private static Party RespondentFor(Random random, int i) => (i % 4) switch
    {
        0 => Enterprise(random, i + 3),
        1 => PublicBody(random, i),
        2 => Person(random, i + 1),
        _ => Enterprise(random, i + 5),
    };

    private static Party Person(Random random, int i)
    {
        var birth = new DateOnly(1960, 1, 1).AddDays(random.Next(0, 365 * 40));
        var body = string.Create(CultureInfo.InvariantCulture, $"430681{birth:yyyyMMdd}{random.Next(100, 999)}");
        var phone = string.Create(CultureInfo.InvariantCulture, $"13{random.Next(0, 10)}{random.Next(10_000_000, 99_999_999)}");
        return Party.Create(PartyKind.NaturalPerson, People[i % People.Length], body + ResidentId.CheckCharacter(body), phone: phone);
    }

    private static Party Enterprise(Random random, int i) =>
        Party.Create(PartyKind.Enterprise, Enterprises[i % Enterprises.Length], creditCode: CreditCodeFor(random, "91"),
            phone: string.Create(CultureInfo.InvariantCulture, $"0730-{random.Next(5_000_000, 5_999_999)}"));

    private static Party PublicBody(Random random, int i)
    {
        var (kind, name) = PublicBodies[i % PublicBodies.Length];
        return Party.Create(kind, name, creditCode: CreditCodeFor(random, kind == PartyKind.Community ? "54" : "11"));
    }

    private static string CreditCodeFor(Random random, string prefix)
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var organisation = new string(Enumerable.Range(0, 9).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
        var body = prefix + "430681" + organisation;
        return body + CreditCode.CheckCharacter(body);
    }
}
