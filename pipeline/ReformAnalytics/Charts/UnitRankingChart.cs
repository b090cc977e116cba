using System.Globalization;
using ScottPlot;

namespace ReformAnalytics.Charts;

/// <summary>红黑榜: the best-ranked units on top, the worst at the bottom, by composite score.</summary>
public static class UnitRankingChart
{
    public const string Name = "unit-ranking";

    /// <summary>Beside a unit ranked on returns it did not send; the chart's note names it with its figures_note.</summary>
    public const string Mark = "※";

    public static Plot Build(IReadOnlyList<UnitScore> units, string title, int perList = 8, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentOutOfRangeException.ThrowIfLessThan(perList, 1);
        theme ??= ChartTheme.Default;
        var plot = theme.CreatePlot(title, "综合得分", null);
        if (units.Count == 0)
        {
            ChartParts.NoData(plot, theme);
            return plot;
        }

        var ordered = units.OrderBy(u => u.Rank).ThenBy(u => u.Unit, StringComparer.Ordinal).ToList();
        List<UnitScore> top, bottom;
        bool bottomStartsAfterGap;
        if (ordered.Any(u => u.Board is not null))
        {
            // The ranking names its boards: show those (at most perList each), best first, worst last.
            top = ordered.Where(u => string.Equals(u.Board, "red", StringComparison.Ordinal)).Take(perList).ToList();
            bottom = ordered.Where(u => string.Equals(u.Board, "black", StringComparison.Ordinal)).TakeLast(perList).ToList();
            bottomStartsAfterGap = top.Count + bottom.Count < ordered.Count;
        }
        else
        {
            top = ordered.Take(perList).ToList();
            bottom = ordered.Count <= 2 * perList ? ordered.Skip(top.Count).ToList() : ordered.TakeLast(perList).ToList();
            bottomStartsAfterGap = ordered.Count > 2 * perList;
        }

        if (top.Count + bottom.Count == 0)
        {
            ChartParts.NoData(plot, theme);
            return plot;
        }

        // Rows from top to bottom: red list, an optional gap, black list.
        var rows = new List<(UnitScore Unit, bool IsTop)>();
        rows.AddRange(top.Select(u => (u, true)));
        rows.AddRange(bottom.Select(u => (u, false)));
        var labels = new List<string>();
        var topBars = new List<Bar>();
        var bottomBars = new List<Bar>();
        var position = rows.Count + (bottomStartsAfterGap ? 1 : 0) - 1;
        var maxScore = Math.Max(1, rows.Max(r => r.Unit.Score));
        var tickPositions = new List<double>();
        var decimals = Model.ScoreText.DecimalsToSeparate(rows.Select(r => (r.Unit.Score, (int?)r.Unit.Rank)));
        for (var i = 0; i < rows.Count; i++)
        {
            if (bottomStartsAfterGap && i == top.Count && top.Count > 0)
            {
                position--;
            }

            var (unit, isTop) = rows[i];
            var bar = new Bar { Position = position, Value = unit.Score, Size = 0.65 };
            (isTop ? topBars : bottomBars).Add(bar);
            tickPositions.Add(position);
            labels.Add(string.Create(CultureInfo.InvariantCulture, $"{unit.Rank}. {ChartText.Shorten(unit.Unit, 10)}{(unit.FiguresNote is null ? string.Empty : Mark)}"));
            ChartParts.Label(plot, theme, Model.ScoreText.Of(unit.Score, decimals), unit.Score, position, Alignment.MiddleLeft, offsetX: 4);
            position--;
        }

        AddList(plot, topBars, ChartPalette.Series(0), "红榜（排名靠前）");
        AddList(plot, bottomBars, ChartPalette.Series(3), "黑榜（排名靠后）");
        plot.Axes.Left.SetTicks(tickPositions.ToArray(), labels.ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Grid.YAxisStyle.IsVisible = false;
        plot.Axes.SetLimitsX(0, maxScore * 1.15);
        plot.Axes.SetLimitsY(position + 0.4, rows.Count + (bottomStartsAfterGap ? 1 : 0) - 0.6);
        theme.ShowLegendBelow(plot);
        return plot;
    }

    /// <summary>
    /// The units marked ※, each with its figures_note: 标※的单位：县教育局12月未报送，按8月报送的进度计, null when none is marked.
    /// Every unit with a note is named, whether or not its bar is drawn (the notes are few).
    /// </summary>
    internal static string? Note(IReadOnlyList<UnitScore> units)
    {
        var noted = units.Where(u => u.FiguresNote is not null).OrderBy(u => u.Rank).ThenBy(u => u.Unit, StringComparer.Ordinal).ToList();
        return noted.Count == 0 ? null : "标" + Mark + "的单位：" + string.Join("；", noted.Select(u => u.Unit + u.FiguresNote)) + "，未报送的任务计入排名";
    }

    private static void AddList(Plot plot, List<Bar> bars, Color color, string legend)
    {
        if (bars.Count == 0)
        {
            return;
        }

        ChartParts.Bars(plot, bars, color, legend, horizontal: true);
    }

    public static RenderedChart Render(IReadOnlyList<UnitScore> units, string title = "牵头单位综合排名（红黑榜）", int perList = 8, ChartTheme? theme = null)
    {
        theme ??= ChartTheme.Default;
        using var plot = Build(units, title, perList, theme);
        return theme.Render(plot, Name, title) with { Note = Note(units) };
    }
}
