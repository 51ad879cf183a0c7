using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Enforcement.Application.Security;
using Enforcement.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests;

/// <summary>
/// The web application's cookie login beside the API's bearer tokens: anti-forgery on the form, the same lockout and
/// audit as the API, local return addresses only, 403 for a page the role may not use, and a cookie that never
/// authorizes an API call and stops working at logout.
/// </summary>
public sealed partial class WebLoginTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private HttpClient Browser() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>The login page's anti-forgery token, read as a browser would.</summary>
    private static async Task<string> FormTokenAsync(HttpClient browser)
    {
        var page = await browser.GetStringAsync("/login");
        return AntiforgeryField().Match(page).Groups["token"].Value;
    }

    private static async Task<HttpResponseMessage> PostLoginAsync(HttpClient browser, string userName, string password, string? returnUrl = null, bool withToken = true)
    {
        var fields = new Dictionary<string, string> { ["userName"] = userName, ["password"] = password, ["returnUrl"] = returnUrl ?? "" };
        if (withToken)
        {
            fields["__RequestVerificationToken"] = await FormTokenAsync(browser);
        }

        return await browser.PostAsync("/account/login", new FormUrlEncodedContent(fields));
    }

    private async Task<HttpClient> LoggedInAsync(string role) => (await LogInAsync(role)).Browser;

    /// <summary>A browser logged in as the role's test user, and its login cookie as the response set it.</summary>
    private async Task<(HttpClient Browser, string Cookie)> LogInAsync(string role)
    {
        factory.ClientFor(role);
        var browser = Browser();
        var response = await PostLoginAsync(browser, role.ToLowerInvariant() + "-test", ApiFactory.TestPassword, "/cases");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/cases");
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("enforcement.login=", StringComparison.Ordinal));
        cookie.ShouldContain("httponly", Case.Insensitive);
        cookie.ShouldContain("samesite=strict", Case.Insensitive);
        return (browser, cookie.Split(';')[0]);
    }

    [Fact]
    public async Task The_login_page_is_in_Chinese_with_labelled_fields_and_an_anti_forgery_token()
    {
        var page = await Browser().GetStringAsync("/login");

        page.ShouldContain("<html lang=\"zh-CN\">");
        page.ShouldContain("<label for=\"userName\">用户名");
        page.ShouldContain("<label for=\"password\">密码");
        AntiforgeryField().IsMatch(page).ShouldBeTrue();
    }

    [Fact]
    public async Task A_login_form_without_its_anti_forgery_token_returns_to_the_login_page_and_sets_no_cookie()
    {
        factory.ClientFor(Roles.Officer);
        var browser = Browser();

        var response = await PostLoginAsync(browser, "officer-test", ApiFactory.TestPassword, "/cases", withToken: false);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldStartWith("/login?error=auth.session_expired");
        (response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : []).ShouldNotContain(c => c.StartsWith("enforcement.login=", StringComparison.Ordinal));
        (await browser.GetStringAsync(response.Headers.Location.OriginalString)).ShouldContain("页面已过期，请重新登录。");
    }

    [Fact]
    public async Task A_logout_without_its_anti_forgery_token_is_ignored()
    {
        var (browser, cookie) = await LogInAsync(Roles.Officer);

        var logout = await browser.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>()));

        logout.Headers.Location!.OriginalString.ShouldBe("/");
        var copy = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        (await copy.GetAsync("/cases")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_return_address_in_Chinese_is_kept_encoded()
    {
        factory.ClientFor(Roles.Officer);

        var response = await PostLoginAsync(Browser(), "officer-test", ApiFactory.TestPassword, "/cases?q=张三");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/cases?q=%E5%BC%A0%E4%B8%89");
    }

    [Fact]
    public async Task A_wrong_password_returns_to_the_login_page_with_the_reason_in_Chinese()
    {
        factory.ClientFor(Roles.Officer);
        var browser = Browser();

        var response = await PostLoginAsync(browser, "officer-test", "wrong-password", "/cases");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = response.Headers.Location!.OriginalString;
        location.ShouldStartWith("/login?error=auth.invalid_credentials");
        (await browser.GetStringAsync(location)).ShouldContain("用户名或密码错误。");
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_the_right_one_then_says_so()
    {
        await factory.CreateUserAsync("lockout-web", ApiFactory.TestPassword, [Roles.Officer]);
        var browser = Browser();
        for (var i = 0; i < 5; i++)
        {
            await PostLoginAsync(browser, "lockout-web", "wrong-password");
        }

        var response = await PostLoginAsync(browser, "lockout-web", ApiFactory.TestPassword);

        response.Headers.Location!.OriginalString.ShouldStartWith("/login?error=auth.locked_out");
        (await browser.GetStringAsync(response.Headers.Location.OriginalString)).ShouldContain("账户已锁定 15 分钟");
    }

    [Theory]
    [InlineData("//evil.example/phish")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task A_login_never_sends_the_browser_to_another_site(string returnUrl)
    {
        factory.ClientFor(Roles.Officer);

        var response = await PostLoginAsync(Browser(), "officer-test", ApiFactory.TestPassword, returnUrl);

        response.Headers.Location!.OriginalString.ShouldBe("/");
    }

    [Fact]
    public async Task A_page_without_a_login_sends_the_browser_to_the_login_page()
    {
        var browser = Browser();
        browser.DefaultRequestHeaders.Host = "evil.example";

        var response = await browser.GetAsync("/cases");

        // Relative: a forged Host header cannot send the browser to another site.
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldStartWith("/login?ReturnUrl=%2Fcases");
    }

    [Fact]
    public async Task The_cookie_opens_the_pages_but_never_the_API()
    {
        var browser = await LoggedInAsync(Roles.Officer);

        (await browser.GetAsync("/cases")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var api = await browser.GetAsync("/api/cases");

        await CasesApiTests.ShouldBeProblem(api, HttpStatusCode.Unauthorized, "auth.unauthenticated");
    }

    [Theory]
    [InlineData(Roles.Reception, "/dashboard")]
    [InlineData(Roles.Reception, "/cases/new")]
    [InlineData(Roles.Officer, "/reception")]
    [InlineData(Roles.Officer, "/dashboard")]
    [InlineData(Roles.Leader, "/cases/new")]
    [InlineData(Roles.Leader, "/reception")]
    [InlineData(Roles.Reception, "/obligations/3b6f2c1e-8d4a-4f0b-9e27-5c1a7d3e9f40")] // the list, yes; a debt in full, no
    public async Task A_page_the_role_may_not_use_answers_403_in_Chinese_and_is_audited(string role, string path)
    {
        var browser = await LoggedInAsync(role);

        var response = await browser.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).ShouldContain("403 无权访问");
        await factory.Services.GetRequiredService<Infrastructure.Auditing.AuditQueue>().FlushAsync(CancellationToken.None);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        (await db.AuditEntries.AnyAsync(a => a.Action == "Forbidden" && a.EntityId == path)).ShouldBeTrue();
    }

    [Theory]
    [InlineData(Roles.Reception, "/reception")]
    [InlineData(Roles.Officer, "/cases/new")]
    [InlineData(Roles.Leader, "/dashboard")]
    [InlineData(Roles.Reception, "/obligations")] // as the API lists debts to Reception
    public async Task A_page_the_role_may_use_opens(string role, string path) =>
        (await (await LoggedInAsync(role)).GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.OK);

    [Fact]
    public async Task Logging_out_ends_the_login_at_once_even_for_a_copied_cookie()
    {
        var (browser, cookie) = await LogInAsync(Roles.Officer);
        var copy = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        (await copy.GetAsync("/cases")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var token = AntiforgeryField().Match(await browser.GetStringAsync("/cases")).Groups["token"].Value;

        var logout = await browser.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        logout.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        logout.Headers.Location!.OriginalString.ShouldBe("/login?loggedOut=1");
        var after = await copy.GetAsync("/cases");
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.OriginalString.ShouldStartWith("/login");
    }

    [Fact]
    public async Task The_download_buttons_export_with_the_cookie_and_the_list_s_filters()
    {
        var officer = factory.ClientFor(Roles.Officer);
        (await officer.PostJsonAsync("/api/cases", Requests.RegisterCase("（2025）湘0681执4242号"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        var browser = await LoggedInAsync(Roles.Officer);

        var download = await browser.GetAsync("/downloads/cases/export.csv?q=" + Uri.EscapeDataString("4242"));

        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        download.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var text = System.Text.Encoding.UTF8.GetString(await download.Content.ReadAsByteArrayAsync());
        text.ShouldStartWith("\uFEFF案号");
        text.ShouldContain("（2025）湘0681执4242号");
    }

    [Fact]
    public async Task A_download_follows_the_list_s_policy()
    {
        (await (await LoggedInAsync(Roles.Reception)).GetAsync("/downloads/dashboard/export.xlsx")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Browser().GetAsync("/downloads/cases/export.xlsx")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_page_s_circuit_loses_its_user_when_the_login_ends_or_the_account_is_disabled()
    {
        await factory.CreateUserAsync("circuit-web", ApiFactory.TestPassword, [Roles.Officer]);
        var revalidation = new Security.SessionRevalidation(
            factory.Services.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>(), factory.Services.GetRequiredService<IServiceScopeFactory>());
        async Task<System.Security.Claims.ClaimsPrincipal> LogInAsync()
        {
            using var scope = factory.Services.CreateScope();
            var login = scope.ServiceProvider.GetRequiredService<Security.PasswordLogin>();
            var outcome = await login.TryAsync("circuit-web", ApiFactory.TestPassword, "test", default);
            return await login.PrincipalAsync(outcome.User!, outcome.Session!.Id, outcome.Session.CurrentRefreshId);
        }

        var first = await LogInAsync();
        var second = await LogInAsync();
        (await revalidation.IsStillValidAsync(first, default)).ShouldBeTrue();

        using (var scope = factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<Security.PasswordLogin>().LogoutAsync(first, default);
        }

        (await revalidation.IsStillValidAsync(first, default)).ShouldBeFalse();
        (await revalidation.IsStillValidAsync(second, default)).ShouldBeTrue();
        var admin = factory.ClientFor(Roles.Admin);
        var userId = (await (await admin.GetAsync("/api/users?pageSize=100")).ReadJsonAsync()).GetProperty("items").EnumerateArray()
            .Single(u => u.GetProperty("userName").GetString() == "circuit-web").GetProperty("id").GetString();
        (await admin.PostAsync($"/api/users/{userId}/disable", null)).IsSuccessStatusCode.ShouldBeTrue();
        (await revalidation.IsStillValidAsync(second, default)).ShouldBeFalse();
        (await revalidation.IsStillValidAsync(new System.Security.Claims.ClaimsPrincipal(), default)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_browser_asking_for_a_page_that_does_not_exist_gets_a_Chinese_page_and_the_API_its_problem()
    {
        await ShouldBeChinesePageAsync(await LoggedInAsync(Roles.Officer), "/no-such-page", HttpStatusCode.NotFound, "404 页面不存在");
        await CasesApiTests.ShouldBeProblem(await factory.ClientFor(Roles.Officer).GetAsync("/api/no-such-thing"), HttpStatusCode.NotFound, "route.not_found");
    }

    [Theory]
    [InlineData(Roles.Officer, "/cases/{0}", "案件不存在")]
    [InlineData(Roles.Reception, "/petitions/{0}", "信访件不存在")]
    [InlineData(Roles.Reception, "/petitions/{0}/receipt", "信访件不存在")]
    [InlineData(Roles.Leader, "/supervision-orders/{0}", "督办不存在")]
    [InlineData(Roles.Coordinator, "/obligations/{0}", "欠款记录不存在")]
    [InlineData(Roles.Coordinator, "/prompts/{0}", "执前督促不存在")]
    [InlineData(Roles.Coordinator, "/preservation/orders/{0}", "保全案件不存在")]
    public async Task A_record_page_for_an_id_that_does_not_exist_answers_404_with_its_Chinese_message(string role, string path, string message)
    {
        var browser = await LoggedInAsync(role);

        await ShouldBeChinesePageAsync(browser, string.Format(CultureInfo.InvariantCulture, path, Guid.NewGuid()), HttpStatusCode.NotFound, message);
    }

    [Fact]
    public async Task A_record_page_the_user_may_not_read_answers_403_with_its_Chinese_message()
    {
        // A petition about a case the coordinator handles: not the officer's to read, as the API answers 403.
        var number = "（2025）湘0681执8802号";
        var coordinator = factory.ClientFor(Roles.Coordinator);
        var caseId = (await (await coordinator.PostJsonAsync("/api/cases", Requests.RegisterCase(number))).ReadJsonAsync()).GetProperty("id").GetGuid();
        (await coordinator.PostJsonAsync($"/api/cases/{caseId}/assignments", new { staffId = factory.StaffIdOf(Roles.Coordinator), assignedOn = "2025-06-04" }))
            .EnsureSuccessStatusCode();
        var petition = await (await factory.ClientFor(Roles.Reception).PostJsonAsync("/api/petitions", PetitionsApiTests.Visit(number))).ReadJsonAsync();
        var id = petition.GetProperty("id").GetGuid();

        await ShouldBeChinesePageAsync(await LoggedInAsync(Roles.Officer), $"/petitions/{id}", HttpStatusCode.Forbidden, "该信访件不涉及您承办的案件");
        await ShouldBeChinesePageAsync(await LoggedInAsync(Roles.Reception), $"/petitions/{id}", HttpStatusCode.OK, "李春生");
    }

    [Fact]
    public async Task A_record_page_for_a_case_that_exists_answers_200()
    {
        var coordinator = factory.ClientFor(Roles.Coordinator);
        var id = (await (await coordinator.PostJsonAsync("/api/cases", Requests.RegisterCase("（2025）湘0681执8801号"))).ReadJsonAsync()).GetProperty("id").GetGuid();

        await ShouldBeChinesePageAsync(await LoggedInAsync(Roles.Coordinator), $"/cases/{id}", HttpStatusCode.OK, "（2025）湘0681执8801号");
    }

    [Theory]
    [InlineData(Roles.Coordinator, "/cases?filedFrom=", "2026-13-01", "2026-01-01")]
    [InlineData(Roles.Leader, "/petitions?receivedFrom=", "xx", "2026-01-01")]
    [InlineData(Roles.Coordinator, "/preservation?withinDays=", "abc", "30")]
    [InlineData(Roles.Coordinator, "/prompts?from=", "2026-13-40", "2026-01-01")]
    [InlineData(Roles.Leader, "/key-cases?caseOpen=", "maybe", "true")]
    [InlineData(Roles.Leader, "/supervision-orders?overdue=", "xyz", "true")]
    public async Task A_page_address_with_a_value_that_does_not_parse_is_a_Chinese_400_page_not_an_error(string role, string path, string bad, string good)
    {
        var browser = await LoggedInAsync(role);
        await ShouldBeChinesePageAsync(browser, path + bad, HttpStatusCode.BadRequest, "400 地址有误");
        (await browser.GetAsync(path + good)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task ShouldBeChinesePageAsync(HttpClient browser, string path, HttpStatusCode status, string heading)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html");

        var page = await browser.SendAsync(request);

        page.StatusCode.ShouldBe(status);
        page.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        (await page.Content.ReadAsStringAsync()).ShouldContain(heading);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
