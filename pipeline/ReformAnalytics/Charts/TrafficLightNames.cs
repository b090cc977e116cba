namespace ReformAnalytics.Charts;

/// <summary>Schema values and Chinese labels of <see cref="TrafficLight"/>.</summary>
public static class TrafficLightNames
{
    /// <summary>
    /// The light with what it stands for, as docs/metrics.md sets the rule: red is overdue or lag at or above the
    /// red line; amber is lag at or above the amber line, stalled, or no progress figure.
    /// </summary>
    public static string Label(TrafficLight light) => light switch
    {
        TrafficLight.Green => "绿灯（正常）",
        TrafficLight.Amber => "黄灯（预警）",
        TrafficLight.Red => "红灯（逾期或严重滞后）",
        _ => throw new ArgumentOutOfRangeException(nameof(light)),
    };

    /// <summary>Parses the view's value; anything else is not a light.</summary>
    public static bool TryParse(string? text, out TrafficLight light)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "green": light = TrafficLight.Green; return true;
            case "amber": light = TrafficLight.Amber; return true;
            case "red": light = TrafficLight.Red; return true;
            default: light = default; return false;
        }
    }
}
