using ReformAnalytics.Charts;

namespace ReformAnalytics.Reports;

/// <summary>What the section builders share: the rendered charts, the options and the running 图/表 numbers.</summary>
internal sealed class ReportContext(IReadOnlyList<RenderedChart> charts, QuarterlyReportOptions options)
{
    private readonly Dictionary<string, RenderedChart> _charts = charts.ToDictionary(c => c.Name, StringComparer.Ordinal);
    private int _figures;
    private int _tables;

    public QuarterlyReportOptions Options { get; } = options;

    /// <summary>The chart as a numbered figure, or nothing when that chart was not rendered.</summary>
    public IEnumerable<ReportBlock> Figure(string name)
    {
        if (_charts.TryGetValue(name, out var chart))
        {
            _figures++;
            var note = chart.Note is null ? string.Empty : "（" + chart.Note + "）";
            yield return new ReportFigure(chart, "图" + ReportText.Count(_figures) + " " + chart.Title + note);
        }
    }

    /// <summary>A numbered table caption: 表N 标题.</summary>
    public string TableCaption(string title)
    {
        _tables++;
        return "表" + ReportText.Count(_tables) + " " + title;
    }
}
