using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using ReformAnalytics.Dashboard.Tests.Support;

namespace ReformAnalytics.Dashboard.Tests.Pages;

/// <summary>
/// Every page answers, in Chinese, with the figures of the fixture county (worked out by hand in
/// <see cref="FixtureCounty"/>), its filters taken from the address, and nothing fetched from outside.
/// </summary>
public sealed partial class PageTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    public static TheoryData<string, string> Pages => new()
    {
        { "/", "总览" },
        { "/groups", "专项小组" },
        { "/groups/" + Uri.EscapeDataString("经济体制改革专项小组"), "经济体制改革专项小组" },
        { "/units", "牵头单位" },
        { "/units/" + Uri.EscapeDataString("县发改委"), "县发改委" },
        { "/leaders", "责任领导" },
        { "/leaders/" + Uri.EscapeDataString("张县长"), "张县长" },
        { "/tasks", "任务" },
        { "/tasks/T2", "深化医药卫生体制改革" },
        { "/risks", "风险清单" },
        { "/results", "成果清单" },
        { "/negative", "负面清单" },
        { "/ranking", "红黑榜" },
        { "/assessment", "年度考核" },
        { "/double-half", "双过半" },
        { "/discipline", "报送情况" },
        { "/carry-over", "年末结转" },
        { "/issues", "入库问题" },
        { "/issues?part=log", "入库记录" },
        { "/issues?part=units", "单位名称对照表" },
        { "/sql", "SQL 查询" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_Answers_InChineseWithItsTitle_AndSelfContained(string path, string title)
    {
        using var client = fixture.Factory.CreateClient();

        using var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Matches($"<h1>[^<]*{Regex.Escape(title)}", html);
        Assert.Empty(ExternalReference().Matches(html));
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("2024-13")]
    public async Task Page_WithAMonthItCannotRead_SaysSo_AndShowsTheLatest(string month)
    {
        using var client = fixture.Factory.CreateClient();

        var html = await client.GetStringAsync("/?month=" + month);

        Assert.Contains($"月份“{month}”无法识别（应写成 2024-06 这样的年-月），以下是最近月份（2024年6月）的数据。", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Risks_NoRiskTable_SaysNotYetGenerated()
    {
        using var client = fixture.Factory.CreateClient();

        var html = await client.GetStringAsync("/risks");

        Assert.Contains("尚未生成风险清单", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Task_Page_ShowsEveryMonthlyReportAsTimeline()
    {
        using var client = fixture.Factory.CreateClient();

        var html = await client.GetStringAsync("/tasks/T6");

        Assert.Contains("乡镇综合行政执法改革试点", html, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Matches(html, "<span class=\"when\">").Count);
        Assert.Contains("2024年6月", html, StringComparison.Ordinal);
        Assert.Contains("原文：进度滞后", html, StringComparison.Ordinal);
        Assert.Contains("人员未到位", html, StringComparison.Ordinal);
        Assert.Contains("等待上级文件", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Task_Unknown_NotFoundInChinese()
    {
        using var client = fixture.Factory.CreateClient();

        using var response = await client.GetAsync("/tasks/NOPE");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("找不到任务", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unit_Unknown_NotFound()
    {
        using var client = fixture.Factory.CreateClient();

        using var response = await client.GetAsync("/units/" + Uri.EscapeDataString("不存在的局"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Tasks_FilterInAddress_KeepsOnlyThatUnit()
    {
        using var client = fixture.Factory.CreateClient();

        var html = await client.GetStringAsync("/tasks?month=2024-05&unit=" + Uri.EscapeDataString("县发改委"));

        Assert.Contains("优化营商环境改革", html, StringComparison.Ordinal);
        Assert.Contains("数字政府建设", html, StringComparison.Ordinal);
        Assert.DoesNotContain("深化医药卫生体制改革", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"2024-05\" selected>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Issues_ListsTheProblemWhereItWasFound()
    {
        using var client = fixture.Factory.CreateClient();

        var html = await client.GetStringAsync("/issues");

        Assert.Contains("无法识别完成时限“尽快”", html, StringComparison.Ordinal);
        Assert.Contains("提醒", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Issues_UnitNames_ShowsEachSpellingUnderItsUnit()
    {
        using var client = fixture.Factory.CreateClient();

        var html = await client.GetStringAsync("/issues?part=units");

        // Two rows, each unit linked to its page: 县发改委 as written, and its full name.
        Assert.Matches("<th data-column=\"unit\"[^>]*>统一名称</th><th data-column=\"spelling\"[^>]*>写法</th>", html);
        var rows = Regex.Matches(html, "<tr><td class=\"word\"><a href=\"/units/[^\"]+\">([^<]+)</a></td><td[^>]*>([^<]+)</td>").Select(m => (m.Groups[1].Value, m.Groups[2].Value));
        Assert.Equal([("县发改委", "县发展和改革委员会"), ("县发改委", "县发改委")], rows);
        Assert.Contains("reform units --db", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaticFiles_ServedFromTheAssembly()
    {
        using var client = fixture.Factory.CreateClient();

        using var css = await client.GetAsync("/static/site.css");
        using var js = await client.GetAsync("/static/site.js");
        using var missing = await client.GetAsync("/static/nothing.css");

        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Equal("text/javascript", js.Content.Headers.ContentType?.MediaType);
        Assert.Empty(ExternalReference().Matches(await css.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task ForeignHostHeader_Refused_NoDnsRebinding()
    {
        using var client = fixture.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = "evil.example";

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    public static TheoryData<string> Downloads => new()
    {
        "/tasks?month=2024-06",
        "/units/" + Uri.EscapeDataString("县发改委") + "?month=2024-06",
        "/units?month=2024-06",
        "/groups?month=2024-06",
        "/leaders?month=2024-06",
        "/negative?month=2024-06",
        "/results?month=2024-06",
        "/ranking?month=2024-06",
        "/assessment?month=2024-06",
        "/discipline?month=2024-06",
        "/double-half?month=2024-06",
        "/carry-over?month=2024-06",
        "/issues?x=1",
    };

    [Theory]
    [MemberData(nameof(Downloads))]
    public async Task List_DownloadsAsCsvAndXlsx(string path)
    {
        using var client = fixture.Factory.CreateClient();

        using var csv = await client.GetAsync(path + "&format=csv");
        using var xlsx = await client.GetAsync(path + "&format=xlsx");

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", csv.Content.Headers.ContentDisposition?.DispositionType);
        Assert.EndsWith(".csv", csv.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);

        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.EndsWith(".xlsx", xlsx.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
        using var zip = new ZipArchive(await xlsx.Content.ReadAsStreamAsync());
        Assert.NotNull(zip.GetEntry("xl/worksheets/sheet1.xml"));
    }

    [GeneratedRegex("(src|href|action)=\"(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
