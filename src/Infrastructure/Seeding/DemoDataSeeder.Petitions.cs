using Enforcement.Domain.Cases;
using Enforcement.Domain.LinkedUnits;
using Enforcement.Domain.Parties;
using Enforcement.Domain.Petitions;
using Enforcement.Domain.Staff;

namespace Enforcement.Infrastructure.Seeding;

public sealed partial class DemoDataSeeder
{
    /// <summary>
    /// A week at the reception room, and the older petitions still open: visits, letters, an online and a phone petition,
    /// one forwarded by the city's petition bureau, a collective visit of 8 workers about unpaid wages, a repeat petitioner,
    /// an unknown case number for a clerk, and petitions in every state, one overdue and one extended.
    /// </summary>
    private List<Petition> SeedPetitions(List<EnforcementCase> cases, List<StaffMember> staff, List<LinkedUnit> units, DateOnly today)
    {
        var rules = PetitionRules.Default;
        var receptionist = staff.Single(s => s.Name == "孙桂芳");
        var leader = staff.Single(s => s.Name == "黄德明");
        var working = cases.Where(c => c.Status != CaseStatus.Closed && c.HandlerId is not null).ToList();
        var open = Enumerable.Range(0, 9).Select(i => working[i % working.Count]).ToList();
        var handlerOf = (EnforcementCase c) => staff.Single(s => s.Id == c.HandlerId);
        var petitions = new List<Petition>();

        Petition Log(int daysAgo, PetitionChannel channel, Petitioner[] who, EnforcementCase? about, PetitionCategory category, string content, string request,
            int? headcount = null, string? typedNumber = null, string? forwardedBy = null, string? forwardedDocument = null)
        {
            var receivedOn = today.AddDays(-daysAgo);
            var mentions = about is not null ? [new CaseMention(about.Number.Value, about.Id)] : typedNumber is null ? new List<CaseMention>() : [new CaseMention(typedNumber, null)];
            var petition = Petition.Log(
                new PetitionIntake(channel, receivedOn, channel == PetitionChannel.Visit ? new TimeOnly(9 + (daysAgo % 7), 10 * (daysAgo % 6)) : null, who,
                    headcount, mentions, category, null, content, request, forwardedBy, forwardedDocument),
                receptionist.Id, rules, Context(receptionist, today));
            Petition.FlagRepeats(petition, petitions, rules, Context(receptionist, today));
            petitions.Add(petition);
            return petition;
        }

        void Handle(Petition petition, EnforcementCase? about, int acceptedAgo, int? assignedAgo = null, int? answeredAgo = null, string? reply = null)
        {
            var context = Context(receptionist, today);
            petition.Accept(today.AddDays(-acceptedAgo), rules, context);
            if (assignedAgo is not { } assigned)
            {
                return;
            }

            var handler = about is null ? staff.Single(s => s.Name == "赵晓东") : handlerOf(about);
            petition.Assign(today.AddDays(-assigned), AssigneeKind.Staff, handler.Id, handler.Name, context);
            if (answeredAgo is { } answered)
            {
                petition.Answer(today.AddDays(-answered), reply ?? "经核查，承办人已采取查控措施，执行款到位后将及时发放，已当面向信访人说明。", ReplyChannel.InPerson, context);
            }
        }

        // Today: a creditor asks why nothing has happened.
        Log(0, PetitionChannel.Visit, [Petitioner("王建华", 11, "13807301122")], open[0], PetitionCategory.SlowEnforcement,
            "申请执行人反映案件立案后三个月无实质进展，被执行人名下车辆仍在使用。", "请求法院查扣被执行人车辆。");

        // Yesterday: eight workers about their wages, two of them named; accepted and assigned the same day.
        var wages = working.First(c => c.Respondents.Any(r => r.Kind == PartyKind.Enterprise));
        var collective = Log(1, PetitionChannel.Visit, [Petitioner("刘石生", 21, "13974011223"), Petitioner("彭桂香", 22, "13874022334")], wages,
            PetitionCategory.PaymentRequest, "8名农民工反映被执行企业拖欠工资共计36万元，法院已冻结企业账户但款项迟迟未发放。", "请求尽快扣划冻结款项，优先发放农民工工资。",
            headcount: 8);
        Handle(collective, wages, acceptedAgo: 1, assignedAgo: 1);

        // A repeat petitioner: a letter six weeks ago, answered and closed dissatisfied; back in person two days ago.
        var repeated = open[2];
        var firstLetter = Log(42, PetitionChannel.Letter, [Petitioner("邓国富", 31, "13607305566")], repeated, PetitionCategory.OfficerComplaint,
            "来信反映承办人未及时回复电话，案件进展不明。", "要求更换承办人。");
        Handle(firstLetter, repeated, acceptedAgo: 40, assignedAgo: 40, answeredAgo: 30, reply: "已书面答复：承办人已联系信访人说明执行进展，更换承办人的请求不予支持。");
        firstLetter.Close(today.AddDays(-28), Satisfaction.Dissatisfied, Context(receptionist, today));
        var again = Log(2, PetitionChannel.Visit, [Petitioner("邓国富", 31, "13607305566")], repeated, PetitionCategory.SlowEnforcement,
            "信访人再次来访，反映上次答复后案件仍无进展。", "请求院领导督办。");
        Handle(again, repeated, acceptedAgo: 2);

        // A letter with no case number: the general rule, assigned to the township it is about.
        var township = units.First(u => u.Kind == LinkedUnitKind.Township);
        var general = Log(3, PetitionChannel.Letter, [Petitioner("湖南湘阴恒达物流有限公司", 41, "0730-5218899", enterprise: true)], null, PetitionCategory.PublicBodyDebt,
            $"来信反映{township.FullName}拖欠运输费用两年未付，询问法院能否协调。", "请求法院协调乡镇政府支付欠款。");
        Handle(general, null, acceptedAgo: 2);
        general.Assign(today.AddDays(-1), AssigneeKind.Unit, township.Id, township.FullName, Context(receptionist, today));

        // Online, answered.
        var online = Log(4, PetitionChannel.Online, [Petitioner("谢丽君", 51, "15907306677")], open[3], PetitionCategory.PaymentRequest,
            "网上信访：执行款已到账，何时发放？", "请求尽快发放执行款。");
        Handle(online, open[3], acceptedAgo: 4, assignedAgo: 3, answeredAgo: 1, reply: "执行款已于本周审批，预计三个工作日内发放至申请人账户，已网上答复。");

        // Forwarded by the city petition bureau, not accepted.
        var forwarded = Log(5, PetitionChannel.Forwarded, [Petitioner("钟志明", 61, "13317301234")], null, PetitionCategory.Other,
            "反映邻里宅基地纠纷。", "请求法院处理宅基地纠纷。", forwardedBy: "汨罗市信访局", forwardedDocument: "汨信转〔2026〕117号");
        forwarded.NotAccept(today.AddDays(-3), "不属于人民法院执行信访事项，已告知信访人向乡镇人民调解委员会申请调解。", Context(receptionist, today));

        // A phone call about a mistyped case number, waiting for a clerk.
        Log(1, PetitionChannel.Phone, [Petitioner("黎红梅", 71, "13787309900")], null, PetitionCategory.SlowEnforcement,
            "来电反映案件执行进展，所报案号系信访人记忆，待核实。", "请求告知执行进展。", typedNumber: "2025执恢88");

        // Overdue: received 25 days ago, never decided.
        Log(25, PetitionChannel.Visit, [Petitioner("袁春华", 81, "13517302211")], open[4], PetitionCategory.MeasureObjection,
            "被执行人家属反映法院查封的房屋系家庭唯一住房。", "请求解除对房屋的查封。");

        // Extended by the leader in charge.
        var extended = Log(26, PetitionChannel.Visit, [Petitioner("龙建新", 91, "13973305544")], open[5], PetitionCategory.SlowEnforcement,
            "申请执行人反映被执行人转移财产。", "请求追加被执行人并采取强制措施。");
        Handle(extended, open[5], acceptedAgo: 25, assignedAgo: 24);
        extended.Extend(20, "需调取被执行人近三年银行流水并核查股权变更，协调工商部门，难以在三十日内办结。", rules, Context(leader, today));

        // Under review, and under re-review.
        var review = Log(50, PetitionChannel.Letter, [Petitioner("蒋文斌", 12, "13607301357")], open[6], PetitionCategory.MeasureObjection,
            "来信对法院扣划其工资的措施有异议。", "请求停止扣划。");
        Handle(review, open[6], acceptedAgo: 49, assignedAgo: 48, answeredAgo: 20, reply: "经审查，扣划比例未超过法定限度，措施合法，已书面答复。");
        review.RequestReview(today.AddDays(-5), rules, Context(receptionist, today));

        var reReview = Log(95, PetitionChannel.Visit, [Petitioner("曾庆云", 13, "13907302468")], open[7], PetitionCategory.OfficerComplaint,
            "反映执行人员态度生硬。", "要求执行人员道歉。");
        Handle(reReview, open[7], acceptedAgo: 94, assignedAgo: 93, answeredAgo: 65, reply: "经调查，执行人员依法履职，已作批评教育，并向信访人说明。");
        reReview.RequestReview(today.AddDays(-55), rules, Context(receptionist, today));
        reReview.Answer(today.AddDays(-30), "复查维持原答复意见。", ReplyChannel.Letter, Context(receptionist, today));
        reReview.RequestReview(today.AddDays(-10), rules, Context(receptionist, today));

        // Closed, satisfied.
        var closed = Log(35, PetitionChannel.Phone, [Petitioner("方秀兰", 14, "13807304455")], open[8], PetitionCategory.PaymentRequest,
            "来电询问执行款发放进度。", "请求尽快发放。");
        Handle(closed, open[8], acceptedAgo: 35, assignedAgo: 34, answeredAgo: 10, reply: "执行款已发放，已电话告知。");
        closed.Close(today.AddDays(-8), Satisfaction.Satisfied, Context(receptionist, today));

        return petitions;
    }

    private static Petitioner Petitioner(string name, int seed, string phone, bool enterprise = false)
    {
        var random = new Random(seed);
        var party = enterprise
            ? Party.Create(PartyKind.Enterprise, name, creditCode: CreditCodeFor(random, "91"), phone: phone)
            : Person(name, random, phone);
        return Domain.Petitions.Petitioner.Create(party, enterprise ? "湖南省汨罗市城郊工业园" : "湖南省汨罗市" + Villages[seed % Villages.Length]);
    }

    private static readonly string[] Villages = ["归义镇新市村3组", "长乐镇合群村", "新市镇龙舟路18号", "罗江镇兰家洞村", "屈子祠镇双楚村", "白水镇寺冲村"];

    private static Party Person(string name, Random random, string phone)
    {
        var birth = new DateOnly(1960, 1, 1).AddDays(random.Next(0, 365 * 40));
        var body = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"430681{birth:yyyyMMdd}{random.Next(100, 999)}");
        return Party.Create(PartyKind.NaturalPerson, name, body + ResidentId.CheckCharacter(body), phone: phone);
    }
}
