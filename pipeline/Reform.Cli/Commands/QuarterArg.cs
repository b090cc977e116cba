using ReformAnalytics.Cli.Infrastructure;
using ReformAnalytics.Metrics;

namespace ReformAnalytics.Cli.Commands;

/// <summary>Reads --quarter (2024Q2).</summary>
internal static class QuarterArg
{
    public static Quarter Require(CommandArgs a)
    {
        return PeriodArg.Quarter("quarter", a.Require("quarter"));
    }
}
