using ScottPlot;

namespace ReformAnalytics.Charts;

/// <summary>
/// Completion rate per category last quarter and this quarter, with the change in points above. When no category
/// has a figure for last quarter (the first quarter of a ledger year is not compared with the last year's fourth,
/// see metric_summary), the bars are this quarter's alone, labelled with their rate, and the title says so.
/// </summary>
public static class QuarterChangeChart
{
    public const string Name = "quarter-change";

    /// <summary>What the numbers over this quarter's bars are.</summary>
    public const string ChangeNote = "柱顶数字：较上季度增减（个百分点）";

    /// <summary>The title when last quarter has figures to compare with.</summary>
    public const string ComparedTitle = "各专项小组完成率与上季度对比";

    /// <summary>The title when no category has a figure for last quarter (a ledger year's first quarter).</summary>
    public const string UncomparedTitle = "各专项小组完成率（上季度无可比数据）";

    public static Plot Build(IReadOnlyList<PeriodComparison> rows, string title, string previousLabel, string currentLabel, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        theme ??= ChartTheme.Default;
        var nothingBefore = rows.All(r => r.PreviousPct is null);

        // The numbers over the bars are changes in points, not rates: the axis below says so.
        var plot = theme.CreatePlot(title, nothingBefore ? null : ChangeNote, "完成率（%）");
        if (rows.Count == 0)
        {
            ChartParts.NoData(plot, theme);
            return plot;
        }

        var previous = new List<Bar>();
        var current = new List<Bar>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].PreviousPct is { } p)
            {
                previous.Add(new Bar { Position = i - 0.19, Value = p, Size = 0.36 });
            }

            if (rows[i].CurrentPct is { } c)
            {
                current.Add(new Bar { Position = i + 0.19, Value = c, Size = 0.36 });
                var text = nothingBefore ? ChartText.Percent(c) : rows[i].PreviousPct is { } before ? ChartText.Signed(c - before) : "新增";
                ChartParts.Label(plot, theme, text, i + 0.19, c, Alignment.LowerCenter, offsetY: -3);
            }
        }

        ChartParts.Bars(plot, previous, ChartPalette.Series(4), previousLabel);
        ChartParts.Bars(plot, current, ChartPalette.Series(0), currentLabel);

        var maxChars = LabelChars(rows.Count, theme);
        ChartParts.CategoryTicks(plot, plot.Axes.Bottom, GroupShortNames.Labels(rows.Select(r => r.Category).ToList(), maxChars));

        plot.Axes.SetLimits(-0.6, rows.Count - 0.4, 0, 112);
        theme.ShowLegendBelow(plot);
        return plot;
    }

    /// <summary>
    /// Characters a line of a category's name has room for under its bars: about 560 layout pixels share the
    /// categories, and a 12 px CJK character is 12 px wide. Figure 4 names the groups in the form this width allows.
    /// </summary>
    internal static int LabelChars(int categories, ChartTheme theme) =>
        Math.Clamp(560 / Math.Max(1, categories) / (int)theme.TickLabelSize, 3, 10);

    public static RenderedChart Render(IReadOnlyList<PeriodComparison> rows, string previousLabel, string currentLabel, string? title = null, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        theme ??= ChartTheme.Default;
        title ??= rows.Count > 0 && rows.All(r => r.PreviousPct is null) ? UncomparedTitle : ComparedTitle;
        using var plot = Build(rows, title, previousLabel, currentLabel, theme);
        return theme.Render(plot, Name, title);
    }
}
