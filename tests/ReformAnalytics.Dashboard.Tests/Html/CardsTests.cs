using ReformAnalytics.Dashboard.Html;

namespace ReformAnalytics.Dashboard.Tests.Html;

public sealed class CardsTests
{
    [Fact]
    public void Render_AVerdictInWords_IsMarkedToStayOnOneLine_FiguresAreNot()
    {
        var html = Cards.Render([new Card("结论", "未达到双过半"), new Card("结论", "6月底评估"), new Card("完成率", "62.5%"), new Card("任务总数", "—")]);

        Assert.Contains("<div class=\"value words\">未达到双过半</div>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"value\">6月底评估</div>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"value\">62.5%</div>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"value\">—</div>", html, StringComparison.Ordinal);
    }
}
