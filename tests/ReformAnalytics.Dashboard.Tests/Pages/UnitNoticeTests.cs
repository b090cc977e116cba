using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using ReformAnalytics.Dashboard.Tests.Support;

namespace ReformAnalytics.Dashboard.Tests.Pages;

/// <summary>
/// A unit's 督办单 from its page, for the fixture county in June (worked out in <see cref="FixtureCounty"/>):
/// 县卫健局 has T2 (91 days overdue, lag 40, stalled 2 months, reports 序时推进 while red); 县发改委 has T5's missing
/// return (last reported May at 10%); 县农业农村局's T3 lags 9.6 points, under the 10 that makes it behind, so
/// it has nothing to put right.
/// </summary>
public sealed partial class UnitNoticeTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    [Fact]
    public async Task UnitPage_LinksToTheMonthsNotice()
    {
        using var client = fixture.Factory.CreateClient();

        var html = await client.GetStringAsync("/units/" + Uri.EscapeDataString("县卫健局") + "?month=2024-06");

        Assert.Contains("下载2024年6月督办单（Word）", html, StringComparison.Ordinal);
        Assert.Contains("/units/" + Uri.EscapeDataString("县卫健局") + "/notice?month=2024-06", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notice_OfAMonthNotStored_SaysSo_NotThatAllIsWell()
    {
        using var client = fixture.Factory.CreateClient();

        var html = await client.GetStringAsync("/units/" + Uri.EscapeDataString("县卫健局") + "/notice?month=2025-01");

        Assert.Contains("2025年1月没有入库的台账数据，无法判断县卫健局是否需要督办。", html, StringComparison.Ordinal);
        Assert.DoesNotContain("无需督办", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notice_OverdueTask_IsAWordFileSayingWhatIsWrong()
    {
        using var client = fixture.Factory.CreateClient();

        using var response = await client.GetAsync("/units/" + Uri.EscapeDataString("县卫健局") + "/notice?month=2024-06");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("督办单-2024-06-县卫健局.docx", response.Content.Headers.ContentDisposition?.FileNameStar);
        var text = WordText(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("县卫健局　2024年6月台账（截至2024年6月30日）", text, StringComparison.Ordinal);
        Assert.Contains("深化医药卫生体制改革", text, StringComparison.Ordinal);
        Assert.Contains("逾期91天；落后计划40个百分点；进度连续2次填报未变化；自报“序时推进”与测算进度不符", text, StringComparison.Ordinal);
        Assert.Contains("请于2024年7月20日前", text, StringComparison.Ordinal);
        Assert.DoesNotContain("漏报事项", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notice_MissingReturn_ListsItUnderMissingReturns()
    {
        using var client = fixture.Factory.CreateClient();

        var bytes = await client.GetByteArrayAsync("/units/" + Uri.EscapeDataString("县发改委") + "/notice?month=2024-06");

        var text = WordText(bytes);
        Assert.Contains("一、漏报事项", text, StringComparison.Ordinal);
        Assert.Contains("数字政府建设", text, StringComparison.Ordinal);
        Assert.Contains("2024年5月", text, StringComparison.Ordinal);
        Assert.DoesNotContain("督办事项", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notice_NothingToPutRight_SaysSoInsteadOfAFile()
    {
        using var client = fixture.Factory.CreateClient();

        var html = await client.GetStringAsync("/units/" + Uri.EscapeDataString("县农业农村局") + "/notice?month=2024-06");

        Assert.Contains("2024年6月，县农业农村局牵头的任务没有逾期、滞后、停滞或漏报，无需督办。", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notice_UnknownUnit_IsNotFound()
    {
        using var client = fixture.Factory.CreateClient();

        using var response = await client.GetAsync("/units/" + Uri.EscapeDataString("不存在的局") + "/notice?month=2024-06");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>The text of a .docx: its document.xml without tags, paragraphs on their own lines.</summary>
    private static string WordText(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = reader.ReadToEnd().Replace("</w:p>", "\n", StringComparison.Ordinal);
        return WebUtility.HtmlDecode(Tags().Replace(xml, string.Empty));
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
