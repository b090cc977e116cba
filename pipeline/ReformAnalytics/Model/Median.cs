namespace ReformAnalytics.Model;

/// <summary>The median, as the benchmarks quote it: the middle value, or the mean of the two middle values of an even count.</summary>
public static class Median
{
    public static double Of(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("There are no values to take the median of.", nameof(values));
        }

        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    public static TimeSpan Of(IEnumerable<TimeSpan> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return TimeSpan.FromTicks((long)Math.Round(Of(values.Select(v => (double)v.Ticks))));
    }
}
