using ReformAnalytics.Dashboard.Html;

namespace ReformAnalytics.Dashboard.Pages;

/// <summary>Charts of the charts stage (quarterly analysis charts), once that stage exists.</summary>
internal static class ChartsPanel
{
    public static string Render(PageContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        return Notice.NotYet("季度分析图表", "图表步骤完成后，这里显示季度分析报告用的图表（可直接复制到报告中）。");
    }
}
