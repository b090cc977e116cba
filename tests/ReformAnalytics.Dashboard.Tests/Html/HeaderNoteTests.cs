using System.Text.RegularExpressions;
using ReformAnalytics.Dashboard.Data;
using ReformAnalytics.Dashboard.Html;
using ReformAnalytics.Dashboard.Tests.Support;

namespace ReformAnalytics.Dashboard.Tests.Html;

/// <summary>
/// A table header's mouse-over showed the English column name (sv_t_days, lag_pp), which the office does not read: it
/// now explains the column in Chinese (docs/metrics.md's definitions), or there is none where the header says it all.
/// </summary>
public sealed partial class HeaderNoteTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    [Fact]
    public void Render_MouseOver_ExplainsTheColumnInChinese_OrIsAbsent()
    {
        var table = new ResultTable(["task_name", "lag_pp", "sv_t_days"], ["VARCHAR", "DOUBLE", "DOUBLE"], [["数字政府建设", 12.5, -30.0]], false);

        var html = TableHtml.Render(table, string.Empty);

        // 改革任务 needs no words; 滞后（百分点） and 进度偏差（天） are defined in docs/metrics.md.
        Assert.Matches("<th data-column=\"task_name\">改革任务</th>", html);
        Assert.Contains("<th data-column=\"lag_pp\" title=\"计划进度减实际进度，单位为百分点；负值表示快于计划\">", html, StringComparison.Ordinal);
        Assert.Contains("title=\"挣得工期日期减统计截止日的天数：负值表示比计划晚这么多天，正值表示提前；已完成的任务按完成当月的统计截止日计算，此后不再变化\">进度偏差（天）</th>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("title=\"sv_t_days\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/negative?month=2024-06")]
    [InlineData("/ranking?month=2024-06")]
    [InlineData("/tasks?month=2024-06")]
    [InlineData("/issues?part=log")]
    [InlineData("/double-half?month=2024-06")]
    public async Task Page_NoHeaderMouseOver_ShowsAnEnglishWord(string path)
    {
        using var client = fixture.Factory.CreateClient();

        var html = await client.GetStringAsync(path);

        var titles = HeaderTitle().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(titles);
        Assert.All(titles, t => Assert.DoesNotMatch("[A-Za-z_]{2,}", t));
    }

    [GeneratedRegex("<th[^>]* title=\"([^\"]*)\"")]
    private static partial Regex HeaderTitle();
}
