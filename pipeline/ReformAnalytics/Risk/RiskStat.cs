namespace ReformAnalytics.Risk;

/// <summary>A measure over the cut-offs: mean and spread (sample standard deviation; 0 with one cut-off). NaN cut-offs are left out.</summary>
public readonly record struct RiskStat(double Mean, double Spread)
{
    public static RiskStat Of(IEnumerable<double> values)
    {
        var known = values.Where(double.IsFinite).ToList();
        if (known.Count == 0)
        {
            return new RiskStat(double.NaN, double.NaN);
        }

        var mean = known.Average();
        var spread = known.Count < 2 ? 0 : Math.Sqrt(known.Sum(v => (v - mean) * (v - mean)) / (known.Count - 1));
        return new RiskStat(mean, spread);
    }
}
