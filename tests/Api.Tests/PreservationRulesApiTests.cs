using System.Net;
using System.Text.Json;
using Enforcement.Application.Security;

namespace Enforcement.Api.Tests;

/// <summary>The legal rules of preservation over HTTP (CPL art. 104; SPC interpretation art. 163). The court's today is 2025-06-16.</summary>
public sealed class PreservationRulesApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static int _sequence = 600;
    private readonly HttpClient _client = factory.ClientFor(Roles.Coordinator);

    [Fact]
    public async Task A_suit_filed_after_the_thirty_days_is_kept_but_the_order_stays_lift_due_until_its_measures_are_released()
    {
        // Measure taken 2025-05-02: + 30 days = 2025-06-01, in the Dragon Boat holiday (05-31 to 06-02), so the last day is 06-03.
        var id = await CreateAsync("PreLitigation", "2025-05-01");
        var measureId = await MeasureAsync(id, "2025-05-02");
        var sued = await OkAsync($"/api/preservation/orders/{id}/lawsuit", new { caseNumber = "（2025）湘0681民初901号", filedOn = "2025-06-04" });
        sued.GetProperty("lawsuitFiledOn").GetString().ShouldBe("2025-06-04");
        sued.GetProperty("liftDueOn").GetString().ShouldBe("2025-06-03");
        sued.GetProperty("liftDue").GetBoolean().ShouldBeTrue();
        (await ListAsync("liftDue")).ShouldContain(id);

        // One suit per order.
        await CasesApiTests.ShouldBeProblem(
            await _client.PostJsonAsync($"/api/preservation/orders/{id}/lawsuit", new { caseNumber = "（2025）湘0681民初902号", filedOn = "2025-06-05" }),
            HttpStatusCode.Conflict, "preservation.lawsuit.exists");

        // Lift-due ends with the measures.
        var released = await OkAsync($"/api/preservation/orders/{id}/measures/{measureId}/release", new { releasedOn = "2025-06-16", reason = "逾期起诉，依法解除保全" });
        released.GetProperty("liftDue").GetBoolean().ShouldBeFalse();
        (await ListAsync("liftDue")).ShouldNotContain(id);
    }

    [Fact]
    public async Task A_lift_due_pre_enforcement_order_cannot_be_converted_into_a_case_applied_for_too_late()
    {
        // Performance period ended 2025-06-05: the creditor had until 2025-06-10 to apply; the case was filed on 06-11.
        var id = await CreateAsync("PreEnforcement", "2025-05-20", performancePeriodEndsOn: "2025-06-05");
        await MeasureAsync(id, "2025-05-21");
        var register = Requests.RegisterCase($"（2025）湘0681执{Interlocked.Increment(ref _sequence) + 9500}号", "2025-06-11");
        var caseId = (await (await _client.PostJsonAsync("/api/cases", register)).ReadJsonAsync()).GetProperty("id").GetGuid();

        await CasesApiTests.ShouldBeProblem(
            await _client.PostJsonAsync($"/api/preservation/orders/{id}/conversion", new { caseId }), (HttpStatusCode)422, "preservation.order.lift_due");
    }

    [Theory]
    [InlineData("2025-06-10", false)] // registered before the order was entered, on the last of the 5 days: in time
    [InlineData("2025-06-11", true)]  // a day late
    public async Task A_pre_enforcement_order_entered_after_its_case_was_registered_in_time_is_kept_in_force_at_once(string filedOn, bool liftDue)
    {
        var judgment = $"（2025）湘0681民初{Interlocked.Increment(ref _sequence) + 4000}号";
        var register = Requests.RegisterCase($"（2025）湘0681执{Interlocked.Increment(ref _sequence) + 9500}号", filedOn);
        register["basis"] = new { issuer = "汨罗市人民法院", documentNumber = judgment, effectiveOn = "2025-05-26" };
        (await _client.PostJsonAsync("/api/cases", register)).StatusCode.ShouldBe(HttpStatusCode.Created);

        // Performance period ended 2025-06-05: the creditor had until 06-10 to apply for enforcement.
        var order = Order("PreEnforcement", "2025-05-20", performancePeriodEndsOn: "2025-06-05");
        order["litigationCaseNumber"] = judgment;
        var created = await (await _client.PostJsonAsync("/api/preservation/orders", order)).ReadJsonAsync();
        var id = created.GetProperty("id").GetGuid();
        await MeasureAsync(id, "2025-05-21");

        var read = await (await _client.GetAsync($"/api/preservation/orders/{id}")).ReadJsonAsync();
        read.GetProperty("liftDue").GetBoolean().ShouldBe(liftDue);
        if (liftDue)
        {
            read.GetProperty("enforcementAppliedOn").ValueKind.ShouldBe(JsonValueKind.Null);
        }
        else
        {
            read.GetProperty("enforcementAppliedOn").GetString().ShouldBe(filedOn);
            (await ListAsync("liftDue")).ShouldNotContain(id);
        }
    }

    [Theory]
    [InlineData("2025-06-10", false)] // the last day of the 5 days after the performance period (06-05): in time
    [InlineData("2025-06-11", true)]  // a day late: the order stays due to be lifted
    public async Task Enforcement_applied_for_in_time_on_the_judgment_keeps_a_pre_enforcement_order_from_falling_due_to_be_lifted(string filedOn, bool liftDue)
    {
        var judgment = $"（2025）湘0681民初{Interlocked.Increment(ref _sequence) + 4000}号";
        var order = Order("PreEnforcement", "2025-05-20", performancePeriodEndsOn: "2025-06-05");
        order["litigationCaseNumber"] = judgment;
        var id = (await (await _client.PostJsonAsync("/api/preservation/orders", order)).ReadJsonAsync()).GetProperty("id").GetGuid();
        await MeasureAsync(id, "2025-05-21");
        (await ListAsync("liftDue")).ShouldContain(id);

        var register = Requests.RegisterCase($"（2025）湘0681执{Interlocked.Increment(ref _sequence) + 9500}号", filedOn);
        register["basis"] = new { issuer = "汨罗市人民法院", documentNumber = judgment + "民事判决书", effectiveOn = "2025-05-26" };
        var created = await _client.PostJsonAsync("/api/cases", register);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());

        var read = await (await _client.GetAsync($"/api/preservation/orders/{id}")).ReadJsonAsync();
        read.GetProperty("liftDue").GetBoolean().ShouldBe(liftDue);
        if (liftDue)
        {
            read.GetProperty("liftDueOn").GetString().ShouldBe("2025-06-10");
            read.GetProperty("enforcementAppliedOn").ValueKind.ShouldBe(JsonValueKind.Null);
            (await ListAsync("liftDue")).ShouldContain(id);
        }
        else
        {
            read.GetProperty("liftDueOn").ValueKind.ShouldBe(JsonValueKind.Null);
            read.GetProperty("enforcementAppliedOn").GetString().ShouldBe(filedOn);
            (await ListAsync("liftDue")).ShouldNotContain(id);
            var caseId = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();
            (await OkAsync($"/api/preservation/orders/{id}/conversion", new { caseId })).GetProperty("status").GetString().ShouldBe("Converted");
        }
    }

    [Fact]
    public async Task Registrations_racing_on_one_orders_judgment_all_succeed()
    {
        // Co-creditors' cases on one judgment, registered at once: each may find the order still uncured, and only one
        // save can change it; the others are made again on the order as it then stands.
        var judgment = $"（2025）湘0681民初{Interlocked.Increment(ref _sequence) + 4000}号";
        var order = Order("PreEnforcement", "2025-06-10", performancePeriodEndsOn: "2025-06-13");
        order["litigationCaseNumber"] = judgment;
        var id = (await (await _client.PostJsonAsync("/api/preservation/orders", order)).ReadJsonAsync()).GetProperty("id").GetGuid();
        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
        {
            var register = Requests.RegisterCase($"（2025）湘0681执{Interlocked.Increment(ref _sequence) + 9500}号", "2025-06-16");
            register["basis"] = new { issuer = "汨罗市人民法院", documentNumber = judgment, effectiveOn = "2025-06-03" };
            return _client.PostJsonAsync("/api/cases", register);
        }));
        responses.Select(r => r.StatusCode).ShouldAllBe(c => c == HttpStatusCode.Created);
        (await (await _client.GetAsync($"/api/preservation/orders/{id}")).ReadJsonAsync()).GetProperty("enforcementAppliedOn").GetString().ShouldBe("2025-06-16");
    }

    [Fact]
    public async Task A_namesake_with_another_ID_is_not_the_orders_respondent()
    {
        // The order holds 陈海涛 (11010519491231002X); the case is against another 陈海涛, with another ID.
        var judgment = $"（2025）湘0681民初{Interlocked.Increment(ref _sequence) + 4000}号";
        var order = Order("PreEnforcement", "2025-05-20", performancePeriodEndsOn: "2025-06-05");
        order["litigationCaseNumber"] = judgment;
        var id = (await (await _client.PostJsonAsync("/api/preservation/orders", order)).ReadJsonAsync()).GetProperty("id").GetGuid();
        await MeasureAsync(id, "2025-05-21");
        const string first17 = "43068119800515609";
        var register = Requests.RegisterCase($"（2025）湘0681执{Interlocked.Increment(ref _sequence) + 9500}号", "2025-06-10");
        register["basis"] = new { issuer = "汨罗市人民法院", documentNumber = judgment, effectiveOn = "2025-05-26" };
        register["respondents"] = new[] { Requests.Party("NaturalPerson", "陈海涛", idNumber: first17 + Domain.Parties.ResidentId.CheckCharacter(first17)) };
        var caseId = (await (await _client.PostJsonAsync("/api/cases", register)).ReadJsonAsync()).GetProperty("id").GetGuid();

        (await (await _client.GetAsync($"/api/preservation/orders/{id}")).ReadJsonAsync()).GetProperty("liftDue").GetBoolean().ShouldBeTrue();
        await CasesApiTests.ShouldBeProblem(
            await _client.PostJsonAsync($"/api/preservation/orders/{id}/conversion", new { caseId }), (HttpStatusCode)422, "preservation.conversion.different_parties");
    }

    [Fact]
    public async Task A_pre_litigation_order_converts_only_into_the_case_that_enforces_its_suit()
    {
        var id = await CreateAsync("PreLitigation", "2025-05-10");
        await MeasureAsync(id, "2025-05-12");
        var register = Requests.RegisterCase($"（2025）湘0681执{Interlocked.Increment(ref _sequence) + 9500}号", "2025-06-12");
        var caseId = (await (await _client.PostJsonAsync("/api/cases", register)).ReadJsonAsync()).GetProperty("id").GetGuid();

        await CasesApiTests.ShouldBeProblem(
            await _client.PostJsonAsync($"/api/preservation/orders/{id}/conversion", new { caseId }), (HttpStatusCode)422, "preservation.conversion.no_suit");
        await OkAsync($"/api/preservation/orders/{id}/lawsuit", new { caseNumber = "（2025）湘0681民初903号", filedOn = "2025-05-30" });
        // The case enforces （2025）湘0681民初321号 (Requests.RegisterCase), not the suit's judgment.
        await CasesApiTests.ShouldBeProblem(
            await _client.PostJsonAsync($"/api/preservation/orders/{id}/conversion", new { caseId }), (HttpStatusCode)422, "preservation.conversion.different_title");
    }

    [Fact]
    public async Task A_pre_enforcement_order_converts_only_into_the_case_that_enforces_its_judgment()
    {
        // The judgment of （2025）湘0681民初321号 (the one Requests.RegisterCase enforces) took effect; performance ends 06-20.
        var order = Order("PreEnforcement", "2025-06-01", performancePeriodEndsOn: "2025-06-20");
        order["litigationCaseNumber"] = "（2025）湘0681民初3210号";
        var created = await _client.PostJsonAsync("/api/preservation/orders", order);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();
        await MeasureAsync(id, "2025-06-02");
        var register = Requests.RegisterCase($"（2025）湘0681执{Interlocked.Increment(ref _sequence) + 9500}号", "2025-06-12");
        var caseId = (await (await _client.PostJsonAsync("/api/cases", register)).ReadJsonAsync()).GetProperty("id").GetGuid();

        // 民初3210号 is not 民初321号, however alike they look.
        await CasesApiTests.ShouldBeProblem(
            await _client.PostJsonAsync($"/api/preservation/orders/{id}/conversion", new { caseId }), (HttpStatusCode)422, "preservation.conversion.different_title");

        var same = Order("PreEnforcement", "2025-06-01", performancePeriodEndsOn: "2025-06-20");
        same["litigationCaseNumber"] = "(2025)湘0681民初321号";
        var sameId = (await (await _client.PostJsonAsync("/api/preservation/orders", same)).ReadJsonAsync()).GetProperty("id").GetGuid();
        await MeasureAsync(sameId, "2025-06-02");
        (await OkAsync($"/api/preservation/orders/{sameId}/conversion", new { caseId })).GetProperty("status").GetString().ShouldBe("Converted");
    }

    [Theory]
    [InlineData("（2025）湘0681执1234号", "preservation.litigation_number.not_litigation")]
    [InlineData("(2025)湘0681财保12号", "preservation.litigation_number.not_litigation")]
    [InlineData("（2026）湘0681民初321号", "preservation.litigation_number.after_ruling")]
    public async Task A_pre_enforcement_order_names_the_judgment_it_secures(string litigationNumber, string code)
    {
        var order = Order("PreEnforcement", "2025-06-01", performancePeriodEndsOn: "2025-06-20");
        order["litigationCaseNumber"] = litigationNumber;
        var problem = await CasesApiTests.ShouldBeProblem(await _client.PostJsonAsync("/api/preservation/orders", order), HttpStatusCode.BadRequest, "validation.failed");
        problem.GetProperty("rule").GetString().ShouldBe(code);
        problem.GetProperty("errors").TryGetProperty("litigationCaseNumber", out _).ShouldBeTrue();
    }

    [Theory]
    [InlineData("2025-03-03", "2025-03-11", HttpStatusCode.Created)]   // 5 days end on Saturday 03-08: applied on Monday 03-10, ruled the next day
    [InlineData("2025-03-03", "2025-03-12", (HttpStatusCode)422)]      // applied on 03-11, a day after the window closed
    [InlineData("2025-04-28", "2025-05-07", HttpStatusCode.Created)]   // 05-03 falls in 劳动节 (05-01 to 05-05): the window runs to Tuesday 05-06
    [InlineData("2025-04-28", "2025-05-08", (HttpStatusCode)422)]
    public async Task A_pre_enforcement_order_is_applied_for_within_the_5_days_after_the_performance_period(string periodEnds, string ruledOn, HttpStatusCode expected)
    {
        var response = await _client.PostJsonAsync("/api/preservation/orders", Order("PreEnforcement", ruledOn, performancePeriodEndsOn: periodEnds));
        if (expected == HttpStatusCode.Created)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        }
        else
        {
            await CasesApiTests.ShouldBeProblem(response, expected, "preservation.performance_period.window_passed");
        }
    }

    [Theory]
    // Typed without an offset, a time is Beijing time: received 06-10 09:00 and ruled 06-12 09:30 (01:30Z) is 48.5 hours.
    [InlineData("2025-06-10T09:00:00", "2025-06-12T01:30:00Z", "2025-06-10T01:00:00Z", "2025-06-12", true)]
    [InlineData("2025-06-10T09:00:00", "2025-06-12T09:00:00", "2025-06-10T01:00:00Z", "2025-06-12", false)]
    // 23:30 in Beijing is still the 11th there; read as UTC it would have been 07:30 on the 12th.
    [InlineData("2025-06-10T08:00:00+08:00", "2025-06-11T23:30:00", "2025-06-10T00:00:00Z", "2025-06-11", false)]
    public async Task A_time_without_an_offset_is_the_courts_wall_clock_time(string receivedAt, string ruledAt, string receivedUtc, string ruledOn, bool late)
    {
        var order = Order("PreLitigation", "2025-06-12");
        order["applicationReceivedAt"] = receivedAt;
        order["ruledAt"] = ruledAt;
        var response = await _client.PostJsonAsync("/api/preservation/orders", order);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = await response.ReadJsonAsync();
        body.GetProperty("applicationReceivedAtUtc").GetDateTime().ShouldBe(DateTime.Parse(receivedUtc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal));
        body.GetProperty("ruledOn").GetString().ShouldBe(ruledOn);
        body.GetProperty("rulingLate").GetBoolean().ShouldBe(late);
    }

    [Theory]
    [InlineData("2025-06-16T08:59:00", HttpStatusCode.Created)] // the court's clock reads 09:00 on 2025-06-16
    [InlineData("2025-06-16T09:05:00", HttpStatusCode.Created)] // five minutes ahead: a wall clock running fast
    [InlineData("2025-06-16T09:06:00", (HttpStatusCode)422)]
    [InlineData("2025-06-16T01:06:00Z", (HttpStatusCode)422)]
    [InlineData("2025-06-17T00:00:00", (HttpStatusCode)422)]
    public async Task A_ruling_later_than_now_is_refused_even_today(string ruledAt, HttpStatusCode expected)
    {
        var order = Order("PreLitigation", "2025-06-16");
        order["applicationReceivedAt"] = "2025-06-15T16:00:00+08:00";
        order["ruledAt"] = ruledAt;
        var response = await _client.PostJsonAsync("/api/preservation/orders", order);
        if (expected == HttpStatusCode.Created)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        }
        else
        {
            await CasesApiTests.ShouldBeProblem(response, expected, "preservation.ruling.in_future");
        }
    }

    [Theory]
    [InlineData("2025-06-12T25:00:00")]
    [InlineData("2025-06-12T10:00:00+15:00")]
    [InlineData("0001-01-01T00:00:00")]
    [InlineData("昨天上午")]
    public async Task A_malformed_instant_is_a_bad_request(string ruledAt)
    {
        var order = Order("PreLitigation", "2025-06-12");
        order["ruledAt"] = ruledAt;
        await CasesApiTests.ShouldBeProblem(await _client.PostJsonAsync("/api/preservation/orders", order), HttpStatusCode.BadRequest, "request.malformed");
    }

    [Fact]
    public async Task Security_numbers_and_dates_are_checked()
    {
        var noSecurity = Order("PreLitigation", "2025-06-01");
        noSecurity["securityForm"] = "None";
        noSecurity["securityAmount"] = null;
        await CasesApiTests.ShouldBeProblem(await _client.PostJsonAsync("/api/preservation/orders", noSecurity), (HttpStatusCode)422, "preservation.security.required");

        var noAmount = Order("DuringLitigation", "2025-06-01");
        noAmount["securityAmount"] = null;
        await CasesApiTests.ShouldBeProblem(await _client.PostJsonAsync("/api/preservation/orders", noAmount), (HttpStatusCode)422, "preservation.security.amount_required");

        var wrongNumber = Order("PreLitigation", "2025-06-01");
        wrongNumber["caseNumber"] = $"（2025）湘0681执保{Interlocked.Increment(ref _sequence)}号";
        await CasesApiTests.ShouldBeProblem(await _client.PostJsonAsync("/api/preservation/orders", wrongNumber), (HttpStatusCode)422, "preservation.number.pre_litigation_needs_caibao");

        var id = await CreateAsync("DuringLitigation", "2025-05-01");
        await CasesApiTests.ShouldBeProblem(
            await _client.PostJsonAsync($"/api/preservation/orders/{id}/measures", new { assetKind = "BankDeposit", description = "冻结存款", holderOrRegistry = "中国银行", startOn = "2025-04-30" }),
            (HttpStatusCode)422, "preservation.measure.date_out_of_range");
        var measureId = await MeasureAsync(id, "2025-05-02");
        await CasesApiTests.ShouldBeProblem(
            await _client.PostJsonAsync($"/api/preservation/orders/{id}/measures/{measureId}/renewals", new { renewedOn = "2025-05-01" }),
            (HttpStatusCode)422, "preservation.measure.renewal_before_start");
    }

    [Fact]
    public async Task A_measure_released_after_it_lapsed_stays_lapsed()
    {
        // A 1-year freeze from 2024-05-02 ran to 2025-05-01; released on 2025-06-10, after it had lapsed.
        var id = await CreateAsync("DuringLitigation", "2024-05-01", year: 2024);
        var measureId = await MeasureAsync(id, "2024-05-02");
        var released = await OkAsync($"/api/preservation/orders/{id}/measures/{measureId}/release", new { releasedOn = "2025-06-10", reason = "补办解除" });
        var hold = released.GetProperty("measures")[0].GetProperty("hold");
        hold.GetProperty("status").GetString().ShouldBe("Lapsed");
        hold.GetProperty("lapsedOn").GetString().ShouldBe("2025-05-02");
        hold.GetProperty("daysLeft").ValueKind.ShouldBe(JsonValueKind.Null);
        hold.GetProperty("releasedOn").GetString().ShouldBe("2025-06-10");
        (await ListAsync("lapsed")).ShouldContain(id);
    }

    [Fact]
    public async Task A_ruling_may_order_less_than_the_maximum_but_never_more()
    {
        var id = await CreateAsync("DuringLitigation", "2025-05-01");
        // A bank deposit freeze from 2025-05-02 runs at most to 2026-05-01.
        var tooLong = await _client.PostJsonAsync($"/api/preservation/orders/{id}/measures", new
        {
            assetKind = "BankDeposit", description = "冻结存款", holderOrRegistry = "中国银行", startOn = "2025-05-02", until = "2026-05-02",
        });
        var problem = await CasesApiTests.ShouldBeProblem(tooLong, HttpStatusCode.BadRequest, "validation.failed");
        problem.GetProperty("errors").TryGetProperty("until", out _).ShouldBeTrue();

        var shorter = await OkAsync($"/api/preservation/orders/{id}/measures", new
        {
            assetKind = "BankDeposit", description = "冻结存款", holderOrRegistry = "中国银行", startOn = "2025-05-02", until = "2025-11-01",
        });
        var measure = shorter.GetProperty("measures")[0];
        measure.GetProperty("hold").GetProperty("expiresOn").GetString().ShouldBe("2025-11-01");

        // Renewed on its last day: at most a year again from 2025-11-02, so to 2026-11-01; a day more is a 400.
        var renewal = $"/api/preservation/orders/{id}/measures/{measure.GetProperty("id").GetGuid()}/renewals";
        var refused = await CasesApiTests.ShouldBeProblem(
            await _client.PostJsonAsync(renewal, new { renewedOn = "2025-06-16", until = "2026-11-02" }), HttpStatusCode.BadRequest, "validation.failed");
        refused.GetProperty("rule").GetString().ShouldBe("preservation.measure.renewal_too_long");
        refused.GetProperty("errors").GetProperty("until")[0].GetString()!.ShouldContain("2026-11-01");
        (await OkAsync(renewal, new { renewedOn = "2025-06-16", until = "2026-11-01" }))
            .GetProperty("measures")[0].GetProperty("hold").GetProperty("expiresOn").GetString().ShouldBe("2026-11-01");
    }

    [Fact]
    public async Task A_freeze_recorded_on_a_case_runs_to_its_ruling_s_last_day_but_never_past_the_maximum()
    {
        var register = Requests.RegisterCase($"（2025）湘0681执{6100 + Interlocked.Increment(ref _sequence)}号", "2025-06-02");
        var caseId = (await (await _client.PostJsonAsync("/api/cases", register)).ReadJsonAsync()).GetProperty("id").GetGuid();

        // A bank deposit frozen from 2025-06-02 runs at most to 2026-06-01.
        var tooLong = await CasesApiTests.ShouldBeProblem(
            await _client.PostJsonAsync($"/api/cases/{caseId}/measures", new { kind = "Freeze", takenOn = "2025-06-02", description = "冻结存款", until = "2026-06-02" }),
            HttpStatusCode.BadRequest, "validation.failed");
        tooLong.GetProperty("rule").GetString().ShouldBe("preservation.measure.period_too_long");
        await CasesApiTests.ShouldBeProblem(
            await _client.PostJsonAsync($"/api/cases/{caseId}/measures", new { kind = "EnforcementNotice", takenOn = "2025-06-02", description = "送达执行通知书", until = "2025-12-31" }),
            HttpStatusCode.BadRequest, "validation.failed");
        (await (await _client.GetAsync($"/api/cases/{caseId}/measures")).ReadJsonAsync()).GetArrayLength().ShouldBe(0); // nothing half-written

        await OkAsync($"/api/cases/{caseId}/measures", new { kind = "Freeze", takenOn = "2025-06-02", description = "冻结存款六个月", until = "2025-12-01" });
        await OkAsync($"/api/cases/{caseId}/measures", new { kind = "Freeze", takenOn = "2025-06-02", description = "冻结存款一年", until = "2026-06-01" });
        var holds = (await (await _client.GetAsync($"/api/cases/{caseId}/measures")).ReadJsonAsync()).EnumerateArray()
            .Select(m => m.GetProperty("hold").GetProperty("expiresOn").GetString()).ToList();
        holds.ShouldBe(["2025-12-01", "2026-06-01"], ignoreOrder: true);
    }

    [Fact]
    public async Task An_order_holding_more_than_a_fifth_above_its_amount_is_over_preserved_until_a_measure_is_released()
    {
        // 300,000 to preserve: 360,000 held is exactly 20% above (not over); 360,000.01 is over.
        var id = await CreateAsync("DuringLitigation", "2025-05-01");
        await OkAsync($"/api/preservation/orders/{id}/measures", new { assetKind = "BankDeposit", description = "冻结存款一", amount = 300_000m, holderOrRegistry = "中国银行", startOn = "2025-05-02" });
        var atMargin = await OkAsync($"/api/preservation/orders/{id}/measures", new { assetKind = "Movable", description = "扣押车辆", amount = 60_000m, holderOrRegistry = "交警大队", startOn = "2025-05-02" });
        atMargin.GetProperty("heldAmount").GetDecimal().ShouldBe(360_000m);
        atMargin.GetProperty("overPreserved").GetBoolean().ShouldBeFalse();

        var over = await OkAsync($"/api/preservation/orders/{id}/measures", new { assetKind = "BankDeposit", description = "冻结存款二", amount = 0.01m, holderOrRegistry = "中国银行", startOn = "2025-05-03" });
        over.GetProperty("overPreserved").GetBoolean().ShouldBeTrue();
        (await ListAsync("overPreserved")).ShouldContain(id);

        var last = over.GetProperty("measures").EnumerateArray().Last().GetProperty("id").GetGuid();
        var released = await OkAsync($"/api/preservation/orders/{id}/measures/{last}/release", new { releasedOn = "2025-06-16", reason = "超标的部分解除" });
        released.GetProperty("overPreserved").GetBoolean().ShouldBeFalse();
        (await ListAsync("overPreserved")).ShouldNotContain(id);
    }

    [Fact]
    public async Task The_renewal_request_worklist_lists_measures_whose_request_falls_due_within_n_days()
    {
        using var own = new ApiFactory();
        var client = own.ClientFor(Roles.Coordinator);
        var request = Order("DuringLitigation", "2024-06-01");
        var id = (await (await client.PostJsonAsync("/api/preservation/orders", request)).ReadJsonAsync()).GetProperty("id").GetGuid();
        // 1-year freezes from S expire S + 1 year − 1 day, and their renewal request is due 7 days before.
        // From 2024-06-23: expires 2025-06-22, request due 2025-06-15 (yesterday, already past).
        // From 2024-06-24: expires 2025-06-23, request due today 2025-06-16.
        // From 2024-07-04: expires 2025-07-03, request due 2025-06-26 (10 days on).
        // From 2024-07-05: expires 2025-07-04, request due 2025-06-27 (11 days on).
        foreach (var start in new[] { "2024-06-23", "2024-06-24", "2024-07-04", "2024-07-05" })
        {
            (await client.PostJsonAsync($"/api/preservation/orders/{id}/measures", new { assetKind = "BankDeposit", description = "冻结存款 " + start, holderOrRegistry = "中国银行", startOn = start }))
                .StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var page = await (await client.GetAsync("/api/preservation/measures/expiring?renewalRequestDueWithinDays=10")).ReadJsonAsync();
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("renewalRequestDueOn").GetString()).ShouldBe(["2025-06-16", "2025-06-26"]);
        await CasesApiTests.ShouldBeProblem(
            await client.GetAsync("/api/preservation/measures/expiring?renewalRequestDueWithinDays=10&withinDays=30"), HttpStatusCode.BadRequest, "validation.failed");
    }

    private Dictionary<string, object?> Order(string kind, string ruledOn, string? performancePeriodEndsOn = null, int year = 2025)
    {
        var ruledAt = DateTimeOffset.Parse(ruledOn + "T10:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture);
        var sequence = Interlocked.Increment(ref _sequence);
        return new Dictionary<string, object?>
        {
            ["kind"] = kind,
            ["caseNumber"] = kind == "DuringLitigation" ? null : $"（{year}）湘0681{(kind == "PreEnforcement" ? "执保" : "财保")}{sequence}号",
            // A pre-enforcement order secures the judgment the test cases enforce (ApiFactory's RegisterCase).
            ["litigationCaseNumber"] = kind == "DuringLitigation" ? $"（{ruledOn[..4]}）湘0681民初{sequence}号" : kind == "PreEnforcement" ? $"（{ruledOn[..4]}）湘0681民初321号" : null,
            ["applicants"] = new[] { Requests.Party("Enterprise", "湖南楚天建设工程有限公司", creditCode: "91350100M000100Y43") },
            ["respondents"] = new[] { Requests.Party("NaturalPerson", "陈海涛", idNumber: "11010519491231002X", phone: "13973012345") },
            ["amountToPreserve"] = 300_000m,
            ["securityForm"] = "Guarantee",
            ["securityAmount"] = 300_000m,
            ["applicationReceivedAt"] = ruledAt.AddHours(-20),
            ["ruledAt"] = ruledAt,
            ["performancePeriodEndsOn"] = performancePeriodEndsOn,
        };
    }

    private async Task<Guid> CreateAsync(string kind, string ruledOn, string? performancePeriodEndsOn = null, int year = 2025)
    {
        var response = await _client.PostJsonAsync("/api/preservation/orders", Order(kind, ruledOn, performancePeriodEndsOn, year));
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync()).GetProperty("id").GetGuid();
    }

    private async Task<Guid> MeasureAsync(Guid orderId, string startOn)
    {
        var order = await OkAsync($"/api/preservation/orders/{orderId}/measures", new
        {
            assetKind = "BankDeposit", description = "冻结被申请人银行存款 " + startOn, amount = 50_000m, holderOrRegistry = "中国农业银行汨罗支行", startOn,
        });
        return order.GetProperty("measures").EnumerateArray().Last().GetProperty("id").GetGuid();
    }

    private async Task<JsonElement> OkAsync(string url, object body)
    {
        var response = await _client.PostJsonAsync(url, body);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    private async Task<List<Guid>> ListAsync(string status) =>
        (await (await _client.GetAsync($"/api/preservation/orders?status={status}&pageSize=100")).ReadJsonAsync())
            .GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
}
