namespace ReformAnalytics.Charts;

/// <summary>Schema values and Chinese labels of <see cref="TrafficLight"/>.</summary>
public static class TrafficLightNames
{
    public static string Label(TrafficLight light) => light switch
    {
        TrafficLight.Green => "绿灯（正常）",
        TrafficLight.Amber => "黄灯（预警）",
        TrafficLight.Red => "红灯（严重滞后）",
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
