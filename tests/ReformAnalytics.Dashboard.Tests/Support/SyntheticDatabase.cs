using System.Diagnostics;
using System.Globalization;
using ReformAnalytics.Database;
using ReformAnalytics.Metrics;

namespace ReformAnalytics.Dashboard.Tests.Support;

/// <summary>
/// Writes a large made-up database for a load run (not a test):
/// <c>dotnet ReformAnalytics.Dashboard.Tests.dll synthetic-db FILE [TASKS] [MONTHS]</c>, with the metrics'
/// deterministic <see cref="SyntheticSnapshots"/> and the metric tables installed, as after `reform metrics`.
/// </summary>
public static class SyntheticDatabase
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count < 1)
        {
            Console.Error.WriteLine("usage: synthetic-db FILE [TASKS=80000] [MONTHS=36]");
            return 2;
        }

        var tasks = args.Count > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 80_000;
        var months = args.Count > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 36;
        var watch = Stopwatch.StartNew();
        await using var connection = await ReformDatabase.OpenForWriteAsync(args[0], CancellationToken.None);
        var rows = await SyntheticSnapshots.InsertAsync(connection, tasks, months, 20240601, CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows:N0} snapshot rows in {watch.Elapsed.TotalSeconds:0.0} s"));
        watch.Restart();
        await MetricViews.InstallAsync(connection, CancellationToken.None);
        await ReformDatabase.ExecuteAsync(connection, "CHECKPOINT", CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"metric tables installed in {watch.Elapsed.TotalSeconds:0.0} s"));
        return 0;
    }
}
