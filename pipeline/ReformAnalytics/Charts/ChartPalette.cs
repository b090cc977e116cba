using ScottPlot;

namespace ReformAnalytics.Charts;

/// <summary>
/// The house colours. Red, amber and green are kept for the traffic lights alone; everything else uses the
/// neutral blue-grey series, which also prints legibly in grey-scale.
/// </summary>
public static class ChartPalette
{
    public static Color LightGreen { get; } = Color.FromHex("#2E7D32");

    public static Color LightAmber { get; } = Color.FromHex("#F2A900");

    public static Color LightRed { get; } = Color.FromHex("#C62828");

    /// <summary>Neutral series colours, dark to light, for categories that are not lights.</summary>
    public static IReadOnlyList<Color> Neutral { get; } =
    [
        Color.FromHex("#1F4E79"),
        Color.FromHex("#4F81BD"),
        Color.FromHex("#9DC3E6"),
        Color.FromHex("#5F6B7A"),
        Color.FromHex("#A6A6A6"),
        Color.FromHex("#D9D9D9"),
        Color.FromHex("#3A3A3A"),
    ];

    public static Color Text { get; } = Color.FromHex("#222222");

    public static Color Axis { get; } = Color.FromHex("#595959");

    public static Color Grid { get; } = Color.FromHex("#E6E6E6");

    public static Color Reference { get; } = Color.FromHex("#3A3A3A");

    /// <summary>Light end of the sequential scale (heat maps).</summary>
    public static Color ScaleLow { get; } = Color.FromHex("#F4F8FB");

    /// <summary>Dark end of the sequential scale (heat maps).</summary>
    public static Color ScaleHigh { get; } = Color.FromHex("#1F4E79");

    public static Color Light(TrafficLight light) => light switch
    {
        TrafficLight.Green => LightGreen,
        TrafficLight.Amber => LightAmber,
        TrafficLight.Red => LightRed,
        _ => throw new ArgumentOutOfRangeException(nameof(light)),
    };

    /// <summary>The i-th neutral colour, cycling.</summary>
    public static Color Series(int index) => Neutral[index % Neutral.Count];

    /// <summary>A colour on the sequential scale, 0 = low, 1 = high.</summary>
    public static Color Scale(double fraction)
    {
        var f = double.IsNaN(fraction) ? 0 : Math.Clamp(fraction, 0, 1);
        return new Color(Mix(ScaleLow.R, ScaleHigh.R, f), Mix(ScaleLow.G, ScaleHigh.G, f), Mix(ScaleLow.B, ScaleHigh.B, f));
    }

    private static byte Mix(byte low, byte high, double f) => (byte)Math.Round(low + ((high - low) * f));
}
