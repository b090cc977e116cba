using ScottPlot;

namespace ReformAnalytics.Charts;

/// <summary>
/// The one look every chart shares: Chinese font, sizes that print at about 16 cm wide on A4 with 9-11 pt
/// text, the neutral palette, light grid. Sizes are in layout pixels; PNGs are drawn at <see cref="PngScale"/>.
/// </summary>
public sealed class ChartTheme
{
    public static ChartTheme Default { get; } = new();

    /// <summary>The house look, PNG only (for the report, which embeds pictures).</summary>
    public static ChartTheme PngOnly { get; } = new() { RenderSvg = false };

    /// <summary>Font family; the registered CJK font unless a test asks for another.</summary>
    public string FontFamily { get; init; } = ChartFonts.Family;

    public int Width { get; init; } = 720;

    public int Height { get; init; } = 420;

    /// <summary>Pixel density of the PNG relative to the layout (2 = about 230 dpi at 16 cm).</summary>
    public double PngScale { get; init; } = 2;

    public float TitleSize { get; init; } = 18;

    public float AxisLabelSize { get; init; } = 14;

    public float TickLabelSize { get; init; } = 12;

    public float LegendSize { get; init; } = 12;

    public float ValueLabelSize { get; init; } = 11;

    /// <summary>Also draw the SVG (the report embeds only the PNG and skips it).</summary>
    public bool RenderSvg { get; init; } = true;

    /// <summary>Fails with a clear message when a size is out of range.</summary>
    public void Validate()
    {
        if (Width < 200 || Height < 150)
        {
            throw new InvalidOperationException($"图表尺寸过小：{Width}×{Height}（至少200×150）。");
        }

        if (PngScale is < 0.5 or > 6)
        {
            throw new InvalidOperationException($"PngScale 应在0.5到6之间，实际为{PngScale}。");
        }

        if (string.IsNullOrWhiteSpace(FontFamily))
        {
            throw new InvalidOperationException("图表字体名称不能为空。");
        }
    }

    /// <summary>Downward shift of text in font sizes (see <see cref="ChartFonts.BaselineNudge"/>).</summary>
    private float Nudge => _nudge ??= ChartFonts.BaselineNudge(FontFamily);

    private float? _nudge;

    /// <summary>A plot dressed in the house look, with its title and axis labels.</summary>
    public Plot CreatePlot(string title, string? xLabel = null, string? yLabel = null)
    {
        ArgumentNullException.ThrowIfNull(title);
        Validate();
        if (string.Equals(FontFamily, ChartFonts.Family, StringComparison.Ordinal))
        {
            ChartFonts.EnsureRegistered();
        }

        var plot = new Plot();
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Font.Set(FontFamily, FontWeight.Normal, FontSlant.Upright, FontSpacing.Normal);
        plot.Axes.Color(ChartPalette.Axis);
        plot.Grid.MajorLineColor = ChartPalette.Grid;
        plot.Axes.Top.IsVisible = false;

        // An empty right axis keeps a margin so the last tick label of the bottom axis is not cut at the edge.
        plot.Axes.Right.SetTicks([], []);
        plot.Axes.Right.FrameLineStyle.Width = 0;
        if (plot.Axes.Right is ScottPlot.AxisPanels.AxisBase right)
        {
            right.MinimumSize = 24;
        }

        plot.Title(title, TitleSize);
        plot.Axes.Title.Label.FontName = FontFamily;
        plot.Axes.Title.Label.Bold = true;
        plot.Axes.Title.Label.ForeColor = ChartPalette.Text;
        plot.Axes.Title.Label.OffsetY = TitleSize * Nudge;
        plot.XLabel(xLabel ?? string.Empty, AxisLabelSize);
        plot.YLabel(yLabel ?? string.Empty, AxisLabelSize);
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.TickLabelStyle.FontName = FontFamily;
            axis.TickLabelStyle.FontSize = TickLabelSize;
            axis.TickLabelStyle.ForeColor = ChartPalette.Text;
            axis.Label.FontName = FontFamily;
            axis.Label.Bold = false;
            axis.Label.ForeColor = ChartPalette.Text;
            axis.MinorTickStyle.Length = 0;
        }

        // Horizontal text moves down; the left axis title is turned a quarter, so its "down" is to the right.
        plot.Axes.Bottom.TickLabelStyle.OffsetY = TickLabelSize * Nudge;
        plot.Axes.Left.TickLabelStyle.OffsetY = TickLabelSize * Nudge;
        plot.Axes.Bottom.Label.OffsetY = AxisLabelSize * Nudge;
        plot.Axes.Left.Label.OffsetX = AxisLabelSize * Nudge;

        plot.Legend.FontName = FontFamily;
        plot.Legend.FontSize = LegendSize;
        plot.Legend.SetBestFontOnEachRender = false;
        plot.Legend.OutlineColor = ChartPalette.Grid;
        plot.HideLegend();
        return plot;
    }

    /// <summary>Styles a text label placed in the data area (value labels, notes).</summary>
    public void StyleLabel(LabelStyle label, float? size = null, Color? color = null, float offsetX = 0, float offsetY = 0)
    {
        ArgumentNullException.ThrowIfNull(label);
        label.FontName = FontFamily;
        label.FontSize = size ?? ValueLabelSize;
        label.ForeColor = color ?? ChartPalette.Text;
        label.OffsetX = offsetX;
        label.OffsetY = offsetY + (label.FontSize * Nudge);
    }

    /// <summary>
    /// Shows the legend below the data area, laid out horizontally. The items are copied into manual items so
    /// their labels can be nudged down: ScottPlot places CJK legend text too high and clips its top (ScottPlot
    /// issue 5213). Call after every plottable is added.
    /// </summary>
    public void ShowLegendBelow(Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var items = plot.GetPlottables().Where(p => p.IsVisible).SelectMany(p => p.LegendItems)
            .Where(i => !string.IsNullOrEmpty(i.LabelText)).ToList();
        plot.Legend.ManualItems.Clear();
        foreach (var item in items)
        {
            item.LabelStyle.FontName = FontFamily;
            item.LabelStyle.FontSize = LegendSize;
            item.LabelStyle.ForeColor = ChartPalette.Text;
            item.LabelStyle.OffsetY = LegendSize * Nudge;
            plot.Legend.ManualItems.Add(item);
        }

        plot.Legend.DisplayPlottableLegendItems = false;
        plot.ShowLegend(Edge.Bottom);
        plot.Legend.FontName = FontFamily;
        plot.Legend.FontSize = LegendSize;
        plot.Legend.SetBestFontOnEachRender = false;
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.Legend.OutlineColor = ChartPalette.Grid;
    }

    /// <summary>
    /// A legend line with a marker of the house size, for a series drawn as several plottables (dots of different
    /// sizes). Call after <see cref="ShowLegendBelow"/>.
    /// </summary>
    public void AddLegendMarker(Plot plot, string text, Color color, MarkerShape shape = MarkerShape.FilledCircle, float size = 7)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var item = new LegendItem { LabelText = text, MarkerStyle = new MarkerStyle(shape, size, color) };
        item.LabelStyle.FontName = FontFamily;
        item.LabelStyle.FontSize = LegendSize;
        item.LabelStyle.ForeColor = ChartPalette.Text;
        item.LabelStyle.OffsetY = LegendSize * Nudge;
        plot.Legend.ManualItems.Add(item);
    }

    /// <summary>A legend line of text without a symbol (what the chart leaves out). Call after <see cref="ShowLegendBelow"/>.</summary>
    public void AddLegendNote(Plot plot, string text)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var item = new LegendItem { LabelText = text, MarkerStyle = MarkerStyle.None };
        item.LabelStyle.FontName = FontFamily;
        item.LabelStyle.FontSize = LegendSize;
        item.LabelStyle.ForeColor = ChartPalette.Axis;
        item.LabelStyle.OffsetY = LegendSize * Nudge;
        plot.Legend.ManualItems.Add(item);
    }

    /// <summary>Chinese faces an SVG viewer may have when it lacks the one the chart was drawn with.</summary>
    internal const string SvgFontFallbacks = "'Source Han Sans SC', 'Microsoft YaHei', SimHei, 'PingFang SC', sans-serif";

    /// <summary>Adds common Chinese fallback faces to every font-family of the SVG (the office opens it on Windows).</summary>
    internal static string WithFontFallbacks(string svg) =>
        System.Text.RegularExpressions.Regex.Replace(
            svg,
            "font-family=\"([^\"]*)\"",
            m => "font-family=\"'" + m.Groups[1].Value + "', " + SvgFontFallbacks + "\"",
            System.Text.RegularExpressions.RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(2));

    /// <summary>
    /// Skia's SVG canvas writes each glyph back as the first code point the font maps to it, so 比 comes out as
    /// the Kangxi radical ⽐ (U+2F50) and 民 as ⺠ (U+2EA0). Every such stand-in is folded back to the unified
    /// ideograph sharing its glyph in the chart's font, so the SVG text reads, searches and copies as written.
    /// </summary>
    internal static string WithUnifiedIdeographs(string svg, string fontFamily = ChartFonts.Family) =>
        UnifiedIdeographFolding.Fold(svg, fontFamily);

    /// <summary>Renders the plot to PNG and SVG at the theme's size.</summary>
    public RenderedChart Render(Plot plot, string name, string title)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var svg = RenderSvg ? WithUnifiedIdeographs(WithFontFallbacks(SvgDashes.Render(plot, Width, Height)), FontFamily) : null;
        var pixelWidth = (int)Math.Round(Width * PngScale);
        var pixelHeight = (int)Math.Round(Height * PngScale);
        plot.ScaleFactor = PngScale;
        var png = plot.GetImageBytes(pixelWidth, pixelHeight, ImageFormat.Png);
        plot.ScaleFactor = 1;
        return new RenderedChart(name, title, png, svg, pixelWidth, pixelHeight);
    }
}
