using ReformAnalytics.Model;
using ScottPlot;

namespace ReformAnalytics.Charts;

/// <summary>
/// Tasks of each special group, one horizontal bar per group, stacked by the status the units reported (自报状态), not
/// the lag computed from the figures. The title and every legend entry (自报滞后…) say so, since the report's table
/// beside it counts the computed 滞后, and the report says where the two differ.
/// </summary>
public static class GroupCompletionChart
{
    public const string Name = "group-completion";

    /// <summary>Characters a line of a group's name on the left axis.</summary>
    private const int MaxLabelChars = 12;

    /// <summary>Statuses in stacking order, done first (schema values).</summary>
    internal static readonly ReportedStatus[] StatusOrder =
    [
        ReportedStatus.Completed, ReportedStatus.Ahead, ReportedStatus.OnTrack, ReportedStatus.Behind,
        ReportedStatus.NotStarted, ReportedStatus.Suspended, ReportedStatus.Unknown,
    ];

    public static Plot Build(IReadOnlyList<GroupStatusCount> counts, string title, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        theme ??= ChartTheme.Default;
        var plot = theme.CreatePlot(title, "任务数（项）", null);
        ChartParts.CountTicks(plot.Axes.Bottom);
        var groups = counts.Select(c => c.Group).Distinct(StringComparer.Ordinal).ToList();
        if (groups.Count == 0)
        {
            ChartParts.NoData(plot, theme);
            return plot;
        }

        // The first group is drawn at the top: position = count - 1 - index.
        var totals = new double[groups.Count];
        for (var s = 0; s < StatusOrder.Length; s++)
        {
            var status = ReportedStatusNames.Id(StatusOrder[s]);
            var bars = new List<Bar>();
            for (var g = 0; g < groups.Count; g++)
            {
                var n = counts.Where(c => c.Group == groups[g] && c.Status == status).Sum(c => c.Tasks);
                if (n > 0)
                {
                    bars.Add(new Bar { Position = groups.Count - 1 - g, ValueBase = totals[g], Value = totals[g] + n, Size = 0.6 });
                    totals[g] += n;
                }
            }

            if (bars.Count > 0)
            {
                ChartParts.Bars(plot, bars, ChartPalette.Series(s), LegendLabel(StatusOrder[s]), horizontal: true);
            }
        }

        for (var g = 0; g < groups.Count; g++)
        {
            ChartParts.Label(plot, theme, totals[g].ToString(System.Globalization.CultureInfo.InvariantCulture), totals[g], groups.Count - 1 - g, Alignment.MiddleLeft, offsetX: 4);
        }

        // The groups as the offices shorten them, in the one form 图5 (narrower: the groups share its width) names them
        // too, so the two figures of a report read alike; twelve characters a line as the axis always had room for, a
        // name still longer wrapping onto a second line before anything is cut.
        var form = Math.Min(MaxLabelChars, QuarterChangeChart.LabelChars(groups.Count, theme));
        ChartParts.CategoryTicks(plot, plot.Axes.Left, GroupShortNames.Labels(groups, MaxLabelChars, form).Reverse().ToList());
        plot.Axes.SetLimitsX(0, Math.Max(1, totals.Max()) * 1.12);
        plot.Axes.SetLimitsY(-0.6, groups.Count - 0.4);
        theme.ShowLegendBelow(plot);
        return plot;
    }

    /// <summary>The legend entry of a status: what the units said (自报序时推进), or that it could not be read.</summary>
    internal static string LegendLabel(ReportedStatus status) =>
        status == ReportedStatus.Unknown ? "状态未识别" : "自报" + ReportedStatusNames.Label(status);

    public static RenderedChart Render(IReadOnlyList<GroupStatusCount> counts, string title = "各专项小组任务单位自报状态", ChartTheme? theme = null)
    {
        theme ??= ChartTheme.Default;
        using var plot = Build(counts, title, theme);
        return theme.Render(plot, Name, title);
    }
}
