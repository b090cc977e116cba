using System.Globalization;
using ReformAnalytics.Charts;
using ReformAnalytics.Dashboard.Data;
using ReformAnalytics.Dashboard.Html;

namespace ReformAnalytics.Dashboard.Pages;

/// <summary>
/// The heat map 各单位逐月滞后任务数 draws at most <see cref="DrawnUnits"/> units; the others were nowhere on the page. Under
/// the charts, when units are left out, a folded table holds every unit month by month (the picture's numbers and order:
/// most tasks behind and returns missed first), and its heading says how many units the picture leaves out.
/// </summary>
internal static class BehindTable
{
    /// <summary>The units the heat map draws: <see cref="BehindHeatmapChart.Render"/>'s default, which <see cref="ChartSet"/> uses.</summary>
    internal const int DrawnUnits = 15;

    public static string Render(IReadOnlyList<UnitMonthCount>? cells, string linkQuery)
    {
        if (cells is null || cells.Count == 0)
        {
            return string.Empty;
        }

        var units = cells.GroupBy(c => c.Unit, StringComparer.Ordinal)
            .Select(g => (Unit: g.Key, Total: g.Sum(c => c.Count + c.MissingReturns)))
            .OrderByDescending(u => u.Total).ThenBy(u => u.Unit, StringComparer.Ordinal)
            .Select(u => u.Unit).ToList();
        if (units.Count <= DrawnUnits)
        {
            return string.Empty;
        }

        var months = cells.Select(c => c.Month).Distinct().Order().ToList();
        var columns = new List<string> { "lead_unit" };
        columns.AddRange(months.Select(m => m.Month == 1 || months[0].Year != months[^1].Year ? Format.Month(m) : string.Create(CultureInfo.InvariantCulture, $"{m.Month}月")));
        var rows = units.Select(unit =>
        {
            var row = new object?[columns.Count];
            row[0] = unit;
            for (var m = 0; m < months.Count; m++)
            {
                row[m + 1] = Cell([.. cells.Where(c => c.Unit == unit && c.Month == months[m])]);
            }

            return row;
        }).ToList();
        var table = new ResultTable(columns, [.. columns.Select(_ => "VARCHAR")], rows, false);
        var left = units.Count - DrawnUnits;
        return $"<details class=\"behind-all\"><summary>“各单位逐月滞后任务数”图中只画出滞后任务与漏报合计最多的{DrawnUnits}个单位，另有{left}个单位未画出。展开查看全部{units.Count}个单位（前{DrawnUnits}个即图中的单位）</summary>"
            + "<p class=\"lead\">数字为当月滞后的任务数；“未报”为当月应报而没有报送，“漏报N项”为报送时漏报的任务数（数字只计已报送的任务）；空白为当月台账中没有该单位的任务。</p>"
            + TableHtml.Render(table, linkQuery)
            + "</details>";
    }

    /// <summary>One unit-month as the picture labels it: the tasks behind; 未报 when the unit sent nothing; the returns missed beside.</summary>
    private static object? Cell(IReadOnlyList<UnitMonthCount> cell)
    {
        if (cell.Count == 0)
        {
            return null;
        }

        if (cell.All(c => c.SentNothing))
        {
            return BehindHeatmapChart.NotReturnedLabel;
        }

        var (count, missing) = (cell.Sum(c => c.Count), cell.Sum(c => c.MissingReturns));
        return (count, missing) switch
        {
            (_, 0) => count.ToString(CultureInfo.InvariantCulture),
            (0, _) => string.Create(CultureInfo.InvariantCulture, $"{BehindHeatmapChart.MissingLabel}{missing}项"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{count}（{BehindHeatmapChart.MissingLabel}{missing}项）"),
        };
    }
}
