using System.Globalization;
using System.Text;

namespace ReformAnalytics.Dashboard.Html;

/// <summary>
/// A small inline SVG line chart for percentages (0–100) over report months, drawn on the server: no script,
/// no external library. Used for planned against actual progress and for trends of the views' figures.
/// </summary>
internal static class SvgChart
{
    private const int Width = 720;
    private const int Height = 260;
    private const int Left = 44;
    private const int Right = 16;
    private const int Top = 30;
    private const int Bottom = 36;

    public static string Lines(string title, IReadOnlyList<string> xLabels, IReadOnlyList<ChartSeries> series)
    {
        ArgumentNullException.ThrowIfNull(xLabels);
        ArgumentNullException.ThrowIfNull(series);
        var sb = new StringBuilder();
        var plotW = Width - Left - Right;
        var plotH = Height - Top - Bottom;
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{HtmlText.Encode(title)}\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"18\">{HtmlText.Encode(title)}</text>");
        for (var p = 0; p <= 100; p += 25)
        {
            var y = Top + plotH - (p / 100.0 * plotH);
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{Left}\" y1=\"{y:0.#}\" x2=\"{Width - Right}\" y2=\"{y:0.#}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{p}%</text>");
        }

        sb.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{Left}\" y1=\"{Top + plotH}\" x2=\"{Width - Right}\" y2=\"{Top + plotH}\"/>");
        var n = xLabels.Count;
        double X(int i) => n <= 1 ? Left + (plotW / 2.0) : Left + (i * plotW / (double)(n - 1));
        double Y(double v) => Top + plotH - (Math.Clamp(v, 0, 100) / 100.0 * plotH);
        var every = LabelStep(xLabels, X);
        for (var i = 0; i < n; i += every)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(i):0.#}\" y=\"{Height - 14}\" text-anchor=\"{Anchor(i, n)}\">{HtmlText.Encode(xLabels[i])}</text>");
        }

        var legendX = Width - Right - (series.Count * 110);
        for (var s = 0; s < series.Count; s++)
        {
            var line = series[s];
            var points = new StringBuilder();
            for (var i = 0; i < Math.Min(n, line.Values.Count); i++)
            {
                if (line.Values[i] is { } v)
                {
                    points.Append(CultureInfo.InvariantCulture, $"{X(i):0.#},{Y(v):0.#} ");
                    if (line.CssClass == "actual")
                    {
                        sb.Append(CultureInfo.InvariantCulture, $"<circle class=\"dot\" cx=\"{X(i):0.#}\" cy=\"{Y(v):0.#}\" r=\"3\"><title>{HtmlText.Encode(xLabels[i])} {HtmlText.Encode(line.Name)} {Format.Percent(v)}</title></circle>");
                    }
                }
            }

            sb.Append(CultureInfo.InvariantCulture, $"<polyline class=\"{line.CssClass}\" points=\"{points.ToString().TrimEnd()}\"/>");
            var lx = legendX + (s * 110);
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"{line.CssClass}\" x1=\"{lx}\" y1=\"14\" x2=\"{lx + 24}\" y2=\"14\"/><text x=\"{lx + 30}\" y=\"18\">{HtmlText.Encode(line.Name)}</text>");
        }

        return sb.Append("</svg>").ToString();
    }

    /// <summary>The first label starts at its point and the last ends at its own, so neither runs off the chart; the rest are centred.</summary>
    private static string Anchor(int i, int n) => n > 1 && i == 0 ? "start" : n > 1 && i == n - 1 ? "end" : "middle";

    /// <summary>
    /// Every how many points a month is labelled: the smallest step at which no two labels drawn (each placed as
    /// <see cref="Anchor"/> says) come closer than a gap, measured in the chart's 11-unit text (a Chinese character 11
    /// units wide, a digit or Latin letter about 6.5).
    /// </summary>
    internal static int LabelStep(IReadOnlyList<string> labels, Func<int, double> x)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(x);
        const double Gap = 8;
        var n = labels.Count;
        for (var step = 1; step < n; step++)
        {
            var clear = true;
            var lastEnd = double.NegativeInfinity;
            for (var i = 0; i < n && clear; i += step)
            {
                var width = TextWidth(labels[i]);
                var start = Anchor(i, n) switch
                {
                    "start" => x(i),
                    "end" => x(i) - width,
                    _ => x(i) - (width / 2),
                };
                clear = start >= lastEnd + Gap;
                lastEnd = start + width;
            }

            if (clear)
            {
                return step;
            }
        }

        return Math.Max(1, n);
    }

    /// <summary>The width of a label in the chart's units at its 11-unit font size.</summary>
    internal static double TextWidth(string text) => text.Sum(c => c < 0x2E80 ? 6.5 : 11.0);
}
