using ScottPlot;
using SkiaSharp;

namespace ReformAnalytics.Charts;

/// <summary>
/// Registers the CJK font file with ScottPlot once per process and names it for the charts. Throws
/// <see cref="CjkFontNotFoundException"/> (saying what to install) rather than draw boxes.
/// </summary>
public static class ChartFonts
{
    /// <summary>The family name charts ask ScottPlot for; answered by the registered CJK file.</summary>
    public const string Family = "ReformAnalytics CJK";

    private static readonly Lock Gate = new();
    private static string? _regularPath;

    /// <summary>The CJK file in use (after <see cref="EnsureRegistered"/>).</summary>
    public static string? RegularPath => _regularPath;

    /// <summary>Finds and registers the CJK font, once. Safe to call from several threads.</summary>
    public static void EnsureRegistered()
    {
        if (_regularPath is not null)
        {
            return;
        }

        lock (Gate)
        {
            if (_regularPath is not null)
            {
                return;
            }

            var regular = CjkFontFiles.FindRegular() ?? throw new CjkFontNotFoundException(CjkFontFiles.DefaultFolders);
            var bold = CjkFontFiles.FindBold();
            Fonts.FontResolvers.Insert(0, new CjkFontResolver(Family, regular, bold));
            _regularPath = regular;
        }
    }

    /// <summary>
    /// How far, in font sizes, ScottPlot's text must be moved down to sit where it is measured. ScottPlot puts
    /// the baseline above the font's deepest descender (metrics Bottom) instead of its descent; for Noto Sans
    /// CJK the two differ by about three quarters of an em, so labels float up and get clipped (ScottPlot
    /// issue 5213). The difference is read from the font, so fonts without the gap get no shift.
    /// </summary>
    public static float BaselineNudge(string family)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(family);
        var typeface = Fonts.GetTypeface(family, bold: false, italic: false);
        using var font = new SKFont(typeface, 100);
        var metrics = font.Metrics;
        return Math.Max(0, metrics.Bottom - metrics.Descent) / 100f;
    }

    /// <summary>The regular typeface ScottPlot draws with (cached by ScottPlot: do not dispose).</summary>
    public static SKTypeface RegularTypeface()
    {
        EnsureRegistered();
        return Fonts.GetTypeface(Family, bold: false, italic: false);
    }
}
