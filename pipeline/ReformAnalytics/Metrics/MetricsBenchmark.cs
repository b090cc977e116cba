using System.Data.Common;
using System.Diagnostics;
using DuckDB.NET.Data;
using ReformAnalytics.Model;

namespace ReformAnalytics.Metrics;

/// <summary>
/// Times every summary for one status date (metric_summary for all groupings, double_half,
/// reporting_discipline, unit_ranking) against a bare DuckDB group-by over the same snapshots, side by side
/// in the same run. A benchmark, not a test: Stopwatch timings, medians of several runs after a warm-up.
/// </summary>
public static class MetricsBenchmark
{
    private const string ReferenceSql =
        "SELECT ledger, lead_unit, count(*), avg(progress_pct) FROM snapshots WHERE report_month = $month GROUP BY ALL";

    private const string FullTableReferenceSql =
        "SELECT ledger, lead_unit, count(*), avg(progress_pct) FROM snapshots GROUP BY ALL";

    private const int WarmUpRounds = 3;

    private static readonly string[] SummarySql =
    [
        "SELECT * FROM metric_summary WHERE report_month = $month",
        "SELECT * FROM double_half WHERE report_month = $month",
        "SELECT * FROM reporting_discipline WHERE report_month = $month",
        "SELECT * FROM unit_ranking WHERE report_month = $month",
    ];

    /// <param name="measureRefresh">Also time a forced rebuild of the stored tables.</param>
    public static async Task<MetricsBenchmarkResult> RunAsync(
        DuckDBConnection connection,
        ReportMonth asOf,
        CancellationToken cancellationToken,
        int repeats = 7,
        bool measureRefresh = false)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentOutOfRangeException.ThrowIfLessThan(repeats, 1);
        await MetricViews.InstallAsync(connection, cancellationToken).ConfigureAwait(false);

        TimeSpan? refresh = null;
        if (measureRefresh)
        {
            var watch = Stopwatch.StartNew();
            await MetricViews.RefreshAsync(connection, cancellationToken).ConfigureAwait(false);
            refresh = watch.Elapsed;
        }

        var fullTable = await MedianAsync(repeats, () => TimeAsync(connection, [FullTableReferenceSql], null, cancellationToken)).ConfigureAwait(false);

        // warm-up: the first runs of a query pay for planning, for reading blocks in and for the thread pool
        // waking; three rounds make the medians below stable from one run to the next on a shared machine.
        for (var i = 0; i < WarmUpRounds; i++)
        {
            await TimeAsync(connection, [ReferenceSql], asOf, cancellationToken).ConfigureAwait(false);
            await TimeAsync(connection, SummarySql, asOf, cancellationToken).ConfigureAwait(false);
        }

        var references = new List<TimeSpan>();
        var summaries = new List<TimeSpan>();
        for (var i = 0; i < repeats; i++)
        {
            references.Add(await TimeAsync(connection, [ReferenceSql], asOf, cancellationToken).ConfigureAwait(false));
            summaries.Add(await TimeAsync(connection, SummarySql, asOf, cancellationToken).ConfigureAwait(false));
        }

        return new MetricsBenchmarkResult(
            await CountAsync(connection, cancellationToken).ConfigureAwait(false),
            asOf,
            repeats,
            Median.Of(references),
            Median.Of(summaries),
            refresh,
            fullTable);
    }

    private static async Task<TimeSpan> MedianAsync(int repeats, Func<Task<TimeSpan>> run)
    {
        var times = new List<TimeSpan>();
        for (var i = 0; i <= repeats; i++)
        {
            times.Add(await run().ConfigureAwait(false));
        }

        return Median.Of(times.Skip(1));
    }

    private static async Task<TimeSpan> TimeAsync(DuckDBConnection connection, IReadOnlyList<string> queries, ReportMonth? month, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        foreach (var sql in queries)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            if (month is { } m)
            {
                command.Parameters.Add(new DuckDBParameter("month", m.FirstDay));
            }

            using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var values = new object[reader.FieldCount];
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                reader.GetValues(values);
            }
        }

        return watch.Elapsed;
    }

    private static async Task<long> CountAsync(DuckDBConnection connection, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM snapshots";
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long n ? n : 0;
    }
}
