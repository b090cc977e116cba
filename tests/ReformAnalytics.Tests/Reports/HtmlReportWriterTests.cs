using System.Text.RegularExpressions;
using ReformAnalytics.Reports;

namespace ReformAnalytics.Tests.Reports;

public sealed partial class HtmlReportWriterTests
{
    /// <summary>Anything that would make a browser fetch from elsewhere: a URL scheme, a protocol-relative or
    /// non-data src/href, a CSS url() or @import.</summary>
    [GeneratedRegex(@"https?:|ftp:|(src|href)\s*=\s*""(?!data:)|url\(|@import|//[a-z0-9.-]+\.[a-z]{2,}", RegexOptions.IgnoreCase)]
    internal static partial Regex ExternalReference();

    [Fact]
    public void Render_HasNoExternalReference_AndImagesAreInline()
    {
        var html = HtmlReportWriter.Render(SampleDocument.Build());

        Assert.DoesNotMatch(ExternalReference(), html);
        Assert.Contains("src=\"data:image/png;base64,iVBOR", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ExternalReferenceCheck_WouldCatchALink()
    {
        Assert.Matches(ExternalReference(), "<img src=\"charts/a.png\">");
        Assert.Matches(ExternalReference(), "<link href=\"https://cdn.example.org/x.css\">");
        Assert.Matches(ExternalReference(), "body { background: url(a.png) }");
    }

    [Fact]
    public void Render_PrintsOnA4_WithRepeatedTableHeaders()
    {
        var html = HtmlReportWriter.Render(SampleDocument.Build());

        Assert.Contains("@page { size: A4;", html, StringComparison.Ordinal);
        Assert.Contains("thead { display: table-header-group; }", html, StringComparison.Ordinal);
        Assert.Contains("<thead><tr><th>序号</th><th>任务名称</th><th>牵头单位</th><th>完成率</th></tr></thead>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EscapesText_AndMarksNumbersAndEmptyTables()
    {
        var html = HtmlReportWriter.Render(SampleDocument.Build());

        Assert.Contains("推进改革任务第1项&lt;&amp;&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">50.0%</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"empty\" colspan=\"2\">本季度无新完成任务。</td>", html, StringComparison.Ordinal);
    }
}
