using ReformAnalytics.Cli.Infrastructure;
using ReformAnalytics.Metrics;

namespace ReformAnalytics.Cli.Commands;

/// <summary>Reads --quarter (2024Q2).</summary>
internal static class QuarterArg
{
    public static Quarter Require(CommandArgs a)
    {
        var text = a.Require("quarter");
        return Quarter.TryParse(text, out var quarter)
            ? quarter
            : throw new UsageException($"--quarter 的格式是 2024Q2，收到“{text}”。");
    }
}
