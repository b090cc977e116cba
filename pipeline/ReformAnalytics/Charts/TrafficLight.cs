namespace ReformAnalytics.Charts;

/// <summary>A task's traffic light as the metric views give it (<c>green | amber | red</c>).</summary>
public enum TrafficLight
{
    Green,
    Amber,
    Red,
}
