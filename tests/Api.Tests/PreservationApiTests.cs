using System.Net;
using System.Text.Json;
using Enforcement.Application.Security;

namespace Enforcement.Api.Tests;

/// <summary>Preservation over HTTP, on its own database. The court's today is 2025-06-16.</summary>
public sealed class PreservationApiTests : IClassFixture<ApiFactory>
{
    private static int _sequence = 100;
    private readonly ApiFactory _factory;
    private readonly HttpClient _officer;

    public PreservationApiTests(ApiFactory factory)
    {
        _factory = factory;
        _officer = factory.ClientFor(Roles.Coordinator);
    }

    [Fact]
    public async Task A_pre_litigation_order_is_recorded_with_its_48_hour_flag_and_lifting_deadline()
    {
        var order = await CreateAsync("PreLitigation", ruledOn: "2025-06-03", receivedHoursBefore: 50);
        order.GetProperty("rulingLate").GetBoolean().ShouldBeTrue();
        order.GetProperty("ruledOn").GetString().ShouldBe("2025-06-03");
        order.GetProperty("liftDueOn").ValueKind.ShouldBe(JsonValueKind.Null); // nothing is held yet
        order.GetProperty("caseNumber").GetString()!.ShouldStartWith("（2025）湘0681财保");

        // The 30 days run from the day the measure is taken: 2025-06-04 + 30 = Friday 2025-07-04.
        var measured = await PostOkAsync($"/api/preservation/orders/{order.GetProperty("id").GetGuid()}/measures", new
        {
            assetKind = "Immovable", description = "查封湘(2021)汨罗市不动产权第0033210号房产", holderOrRegistry = "汨罗市不动产登记中心", startOn = "2025-06-04",
        });
        measured.GetProperty("liftDueOn").GetString().ShouldBe("2025-07-04");
        measured.GetProperty("liftDue").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task A_lapsed_measure_cannot_be_renewed_and_the_order_lists_as_lapsed()
    {
        var order = await CreateAsync("DuringLitigation", ruledOn: "2024-01-05");
        var id = order.GetProperty("id").GetGuid();
        var withMeasure = await PostOkAsync($"/api/preservation/orders/{id}/measures", new
        {
            assetKind = "BankDeposit",
            description = "冻结中国农业银行汨罗支行账户 6228 4800 1234",
            amount = 80_000m,
            holderOrRegistry = "中国农业银行汨罗支行",
            startOn = "2024-01-10",
        });
        var measure = withMeasure.GetProperty("measures")[0];
        measure.GetProperty("hold").GetProperty("expiresOn").GetString().ShouldBe("2025-01-09");
        measure.GetProperty("hold").GetProperty("status").GetString().ShouldBe("Lapsed");

        var refused = await PostAsync($"/api/preservation/orders/{id}/measures/{measure.GetProperty("id").GetGuid()}/renewals", new { renewedOn = "2025-06-16" });
        await CasesApiTests.ShouldBeProblem(refused, (HttpStatusCode)422, "preservation.measure.lapsed");

        (await ListAsync("/api/preservation/orders?status=lapsed&pageSize=100")).ShouldContain(id);
        (await ListAsync("/api/preservation/orders?status=active&pageSize=100")).ShouldNotContain(id);
    }

    [Fact]
    public async Task A_renewal_before_expiry_extends_by_the_maximum_and_a_release_records_its_reason()
    {
        var id = (await CreateAsync("DuringLitigation", ruledOn: "2024-07-01")).GetProperty("id").GetGuid();
        var measureId = (await PostOkAsync($"/api/preservation/orders/{id}/measures", new
        {
            assetKind = "Movable",
            description = "扣押车辆 湘F·A1234",
            holderOrRegistry = "汨罗市公安局交警大队",
            startOn = "2024-07-02",
        })).GetProperty("measures")[0].GetProperty("id").GetGuid();

        var renewed = await PostOkAsync($"/api/preservation/orders/{id}/measures/{measureId}/renewals", new { renewedOn = "2025-06-16" });
        var hold = renewed.GetProperty("measures")[0].GetProperty("hold");
        hold.GetProperty("expiresOn").GetString().ShouldBe("2028-07-01");
        hold.GetProperty("renewals")[0].GetProperty("previousExpiry").GetString().ShouldBe("2026-07-01");
        hold.GetProperty("daysLeft").GetInt32().ShouldBe(1_111); // 2025-06-16 to 2028-07-01

        var released = await PostOkAsync($"/api/preservation/orders/{id}/measures/{measureId}/release", new { releasedOn = "2025-06-16", reason = "被申请人提供等额担保" });
        var releasedHold = released.GetProperty("measures")[0].GetProperty("hold");
        releasedHold.GetProperty("status").GetString().ShouldBe("Released");
        releasedHold.GetProperty("daysLeft").ValueKind.ShouldBe(JsonValueKind.Null, "a released hold no longer counts down");
    }

    [Fact]
    public async Task An_order_past_its_lifting_deadline_lists_as_lift_due_until_a_suit_is_recorded()
    {
        // Measure taken 2025-05-01: 30 days end 2025-05-31, a Saturday in the Dragon Boat holiday, so the last day is 2025-06-03.
        var id = (await CreateAsync("PreLitigation", ruledOn: "2025-05-01")).GetProperty("id").GetGuid();
        var order = await PostOkAsync($"/api/preservation/orders/{id}/measures", new
        {
            assetKind = "BankDeposit", description = "冻结存款", amount = 50_000m, holderOrRegistry = "中国银行汨罗支行", startOn = "2025-05-01",
        });
        order.GetProperty("liftDueOn").GetString().ShouldBe("2025-06-03");
        order.GetProperty("liftDue").GetBoolean().ShouldBeTrue();
        (await ListAsync("/api/preservation/orders?status=liftDue&pageSize=100")).ShouldContain(id);

        var sued = await PostOkAsync($"/api/preservation/orders/{id}/lawsuit", new { caseNumber = "(2025)湘0681民初777号", filedOn = "2025-05-20" });
        sued.GetProperty("lawsuitCaseNumber").GetString().ShouldBe("（2025）湘0681民初777号");
        sued.GetProperty("liftDue").GetBoolean().ShouldBeFalse();
        (await ListAsync("/api/preservation/orders?status=liftDue&pageSize=100")).ShouldNotContain(id);
    }

    [Fact]
    public async Task Conversion_moves_live_measures_to_the_case_with_their_expiry_and_marks_the_order_converted()
    {
        var order = await CreateAsync("PreEnforcement", ruledOn: "2025-04-01", performancePeriodEndsOn: "2025-06-10");
        var orderId = order.GetProperty("id").GetGuid();
        await PostOkAsync($"/api/preservation/orders/{orderId}/measures", new
        {
            assetKind = "Immovable",
            description = "查封湘(2022)汨罗市不动产权第0054321号房产",
            holderOrRegistry = "汨罗市不动产登记中心",
            startOn = "2025-04-02",
        });

        var register = Requests.RegisterCase($"（2025）湘0681执{Interlocked.Increment(ref _sequence) + 9000}号", "2025-06-12");
        var caseId = (await (await _officer.PostJsonAsync("/api/cases", register)).ReadJsonAsync()).GetProperty("id").GetGuid();

        var converted = await PostOkAsync($"/api/preservation/orders/{orderId}/conversion", new { caseId });
        converted.GetProperty("status").GetString().ShouldBe("Converted");
        converted.GetProperty("convertedToCaseId").GetGuid().ShouldBe(caseId);
        (await ListAsync("/api/preservation/orders?status=converted&pageSize=100")).ShouldContain(orderId);

        var measures = await (await _officer.GetAsync($"/api/cases/{caseId}/measures")).ReadJsonAsync();
        var seal = measures.EnumerateArray().Single();
        seal.GetProperty("kind").GetString().ShouldBe("Seal");
        seal.GetProperty("hold").GetProperty("startOn").GetString().ShouldBe("2025-04-02");
        seal.GetProperty("hold").GetProperty("expiresOn").GetString().ShouldBe("2028-04-01");

        await CasesApiTests.ShouldBeProblem(
            await PostAsync($"/api/preservation/orders/{orderId}/measures", new { assetKind = "BankDeposit", description = "冻结存款", holderOrRegistry = "中国银行", startOn = "2025-06-16" }),
            (HttpStatusCode)422, "preservation.order.converted");
    }

    [Fact]
    public async Task The_expiring_list_covers_orders_and_cases_soonest_first_with_buckets()
    {
        using var factory = new ApiFactory();
        var client = factory.ClientFor(Roles.Coordinator);
        var orderId = (await (await client.PostJsonAsync("/api/preservation/orders", OrderRequest("DuringLitigation", "2024-06-01"))).ReadJsonAsync()).GetProperty("id").GetGuid();
        // A 1-year freeze started on S ends on S + 1 year − 1 day; today is 2025-06-16.
        foreach (var (start, kind) in new[] { ("2024-06-22", "BankDeposit"), ("2024-07-01", "BankDeposit"), ("2024-07-11", "BankDeposit"), ("2024-08-01", "BankDeposit"), ("2024-06-10", "BankDeposit") })
        {
            (await client.PostJsonAsync($"/api/preservation/orders/{orderId}/measures", new { assetKind = kind, description = "冻结存款 " + start, holderOrRegistry = "中国工商银行汨罗支行", startOn = start }))
                .StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var register = Requests.RegisterCase("（2024）湘0681执555号", "2024-06-20");
        register["basis"] = new { issuer = "汨罗市人民法院", documentNumber = "（2024）湘0681民初99号", effectiveOn = "2024-06-01" };
        var caseId = (await (await client.PostJsonAsync("/api/cases", register)).ReadJsonAsync()).GetProperty("id").GetGuid();
        (await client.PostJsonAsync($"/api/cases/{caseId}/measures", new { kind = "Freeze", takenOn = "2024-06-27", description = "冻结被执行人存款", asset = "中国银行汨罗支行" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var response30 = await client.GetAsync("/api/preservation/measures/expiring?withinDays=30");
        if (response30.StatusCode != HttpStatusCode.OK)
        {
            throw new ShouldAssertException(await response30.Content.ReadAsStringAsync());
        }

        var within30 = await response30.ReadJsonAsync();
        var rows = within30.GetProperty("items").EnumerateArray().ToList();
        rows.Select(r => r.GetProperty("expiresOn").GetString()).ShouldBe(["2025-06-21", "2025-06-26", "2025-06-30", "2025-07-10"]);
        rows.Select(r => r.GetProperty("daysLeft").GetInt32()).ShouldBe([5, 10, 14, 24]);
        rows.Select(r => r.GetProperty("bucket").GetString()).ShouldBe(["Within7Days", "Within15Days", "Within15Days", "Within30Days"]);
        rows.Select(r => r.GetProperty("source").GetString()).ShouldBe(["order", "case", "order", "order"]);
        rows[1].GetProperty("ownerNumber").GetString().ShouldBe("（2024）湘0681执555号");

        var within60 = await (await client.GetAsync("/api/preservation/measures/expiring?withinDays=60")).ReadJsonAsync();
        within60.GetProperty("total").GetInt32().ShouldBe(5);
        within60.GetProperty("items")[4].GetProperty("bucket").GetString().ShouldBe("Later");
    }

    [Fact]
    public async Task Leaders_read_orders_but_do_not_write_them_and_reception_sees_none()
    {
        var id = (await CreateAsync("DuringLitigation", ruledOn: "2025-06-01")).GetProperty("id").GetGuid();
        var read = await _factory.ClientFor(Roles.Leader).GetAsync($"/api/preservation/orders/{id}");
        read.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await read.ReadJsonAsync()).GetProperty("respondents")[0].GetProperty("idNumber").GetString().ShouldBe("11010519491231002X");
        var trail = await (await _factory.ClientFor(Roles.Leader).GetAsync($"/api/audit?entityType=PreservationOrder&entityId={id}")).ReadJsonAsync();
        trail.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("action").GetString()).ShouldBe(["ReadPersonalData", "CreatePreservationOrder"]);
        (await _factory.ClientFor(Roles.Leader).PostJsonAsync("/api/preservation/orders", OrderRequest("DuringLitigation", "2025-06-01"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _factory.ClientFor(Roles.Reception).GetAsync($"/api/preservation/orders/{id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Bad_input_is_400_and_a_duplicate_number_409()
    {
        var request = OrderRequest("PreEnforcement", "2025-06-01");
        request["performancePeriodEndsOn"] = null;
        var body = await CasesApiTests.ShouldBeProblem(await _officer.PostJsonAsync("/api/preservation/orders", request), HttpStatusCode.BadRequest, "validation.failed");
        body.GetProperty("errors").TryGetProperty("performancePeriodEndsOn", out _).ShouldBeTrue();

        var duplicate = OrderRequest("PreLitigation", "2025-06-01");
        (await _officer.PostJsonAsync("/api/preservation/orders", duplicate)).StatusCode.ShouldBe(HttpStatusCode.Created);
        duplicate["caseNumber"] = ((string)duplicate["caseNumber"]!).Replace('（', '(').Replace('）', ')');
        await CasesApiTests.ShouldBeProblem(await _officer.PostJsonAsync("/api/preservation/orders", duplicate), HttpStatusCode.Conflict, "preservation.duplicate_number");
        await CasesApiTests.ShouldBeProblem(await _officer.GetAsync("/api/preservation/orders?status=sleeping"), HttpStatusCode.BadRequest, "validation.failed");
    }

    [Fact]
    public async Task A_performance_period_ends_early_enough_for_its_lifting_day_to_stay_within_the_kept_dates()
    {
        var request = OrderRequest("PreEnforcement", "2025-06-01");
        request["performancePeriodEndsOn"] = "2099-12-16";
        var body = await CasesApiTests.ShouldBeProblem(
            await _officer.PostJsonAsync("/api/preservation/orders", request), HttpStatusCode.BadRequest, "validation.failed");
        body.GetProperty("errors").GetProperty("performancePeriodEndsOn")[0].GetString()!.ShouldContain("2099-12-15");

        request["performancePeriodEndsOn"] = "2099-12-15";
        request["litigationCaseNumber"] = $"（2025）湘0681民初{Interlocked.Increment(ref _sequence) + 7000}号"; // no case enforces it
        var response = await _officer.PostJsonAsync("/api/preservation/orders", request);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var orderId = (await response.ReadJsonAsync()).GetProperty("id").GetGuid();
        await PostOkAsync($"/api/preservation/orders/{orderId}/measures", new
        {
            assetKind = "BankDeposit",
            description = "冻结中国农业银行汨罗支行账户存款",
            holderOrRegistry = "中国农业银行汨罗市支行",
            startOn = "2025-06-02",
        });
        // 5 days after Tuesday 15 December 2099 end on Sunday the 20th, so on Monday the 21st (no holiday list for 2099:
        // weekends only).
        (await (await _officer.GetAsync($"/api/preservation/orders/{orderId}")).ReadJsonAsync()).GetProperty("liftDueOn").GetString().ShouldBe("2099-12-21");
    }

    [Theory]
    [InlineData("performancePeriodEndsOn", "9999-12-31")]
    [InlineData("performancePeriodEndsOn", "1949-09-30")]
    [InlineData("ruledAt", "9999-12-31T10:00:00+08:00")]
    [InlineData("applicationReceivedAt", "1900-01-01T10:00:00+08:00")]
    public async Task A_date_outside_the_plausible_range_is_400_on_its_field(string field, string value)
    {
        var request = OrderRequest("PreEnforcement", "2025-06-01");
        request[field] = value;
        var body = await CasesApiTests.ShouldBeProblem(await _officer.PostJsonAsync("/api/preservation/orders", request), HttpStatusCode.BadRequest, "validation.failed");
        body.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
    }

    private static Dictionary<string, object?> OrderRequest(string kind, string ruledOn, int receivedHoursBefore = 20, string? performancePeriodEndsOn = null)
    {
        var ruledAt = DateTimeOffset.Parse(ruledOn + "T10:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture);
        return new Dictionary<string, object?>
        {
            ["kind"] = kind,
            ["caseNumber"] = kind == "DuringLitigation" ? null : $"（2025）湘0681{(kind == "PreEnforcement" ? "执保" : "财保")}{Interlocked.Increment(ref _sequence)}号",
            ["litigationCaseNumber"] = kind == "DuringLitigation" ? $"（{ruledOn[..4]}）湘0681民初{Interlocked.Increment(ref _sequence)}号"
                : kind == "PreEnforcement" ? $"（{ruledOn[..4]}）湘0681民初321号" : null,
            ["applicants"] = new[] { Requests.Party("Enterprise", "湖南楚天建设工程有限公司", creditCode: "91350100M000100Y43") },
            ["respondents"] = new[] { Requests.Party("NaturalPerson", "陈海涛", idNumber: "11010519491231002X", phone: "13973012345") },
            ["amountToPreserve"] = 300_000m,
            ["securityForm"] = "Guarantee",
            ["securityAmount"] = 300_000m,
            ["applicationReceivedAt"] = ruledAt.AddHours(-receivedHoursBefore),
            ["ruledAt"] = ruledAt,
            ["performancePeriodEndsOn"] = performancePeriodEndsOn ?? (kind == "PreEnforcement" ? "2025-06-10" : null),
        };
    }

    private async Task<JsonElement> CreateAsync(string kind, string ruledOn, int receivedHoursBefore = 20, string? performancePeriodEndsOn = null)
    {
        var response = await _officer.PostJsonAsync("/api/preservation/orders", OrderRequest(kind, ruledOn, receivedHoursBefore, performancePeriodEndsOn));
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new ShouldAssertException($"create answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        response.Headers.Location!.ToString().ShouldStartWith("/api/preservation/orders/");
        return await response.ReadJsonAsync();
    }

    private Task<HttpResponseMessage> PostAsync(string url, object body) => _officer.PostJsonAsync(url, body);

    private async Task<JsonElement> PostOkAsync(string url, object body)
    {
        var response = await PostAsync(url, body);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new ShouldAssertException($"{url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return await response.ReadJsonAsync();
    }

    private async Task<List<Guid>> ListAsync(string url) =>
        (await (await _officer.GetAsync(url)).ReadJsonAsync()).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
}
