namespace ReformAnalytics.Metrics;

/// <summary>Command-line values of <see cref="MetricsFormat"/>.</summary>
public static class MetricsFormatNames
{
    public static string Id(MetricsFormat format) => format switch
    {
        MetricsFormat.Table => "table",
        MetricsFormat.Csv => "csv",
        MetricsFormat.Json => "json",
        MetricsFormat.Xlsx => "xlsx",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>Parses <c>table|csv|json|xlsx</c>, ignoring case and surrounding blanks.</summary>
    public static bool TryParse(string? text, out MetricsFormat format)
    {
        foreach (var candidate in Enum.GetValues<MetricsFormat>())
        {
            if (string.Equals(text?.Trim(), Id(candidate), StringComparison.OrdinalIgnoreCase))
            {
                format = candidate;
                return true;
            }
        }

        format = default;
        return false;
    }
}
