using DuckDB.NET.Data;
using ReformAnalytics.Cli.Infrastructure;
using ReformAnalytics.Database;
using ReformAnalytics.Ingest;
using ReformAnalytics.Metrics;
using Spectre.Console;

namespace ReformAnalytics.Cli.Commands;

/// <summary>
/// After an ingest whose months came (wholly or partly) as units' own returns: the 报送进度 of each such month, so that the
/// office sees whom to call before the month is closed. Runs once the metric tables are rebuilt. Before it, `reform validate
/// --db` previews the same for the returns it checked, reading the database only.
/// </summary>
internal static class ReturnProgressPrinter
{
    public static async Task PrintAsync(string database, IngestSummary summary, IAnsiConsole console, CancellationToken ct)
    {
        var months = ReturnMonths(summary, FileOutcome.Ingested);
        if (months.Count == 0)
        {
            return;
        }

        await using var connection = new DuckDBConnection("DataSource=" + database);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        foreach (var (ledger, month) in months.Keys)
        {
            var progress = await ReturnProgress.QueryAsync(connection, ledger, month, ct).ConfigureAwait(false);
            ConsoleText.Line(console, Markup.Escape(progress.Describe()));
        }
    }

    /// <summary>The preview of validate --db: what each month of the checked returns will have once they are stored.</summary>
    public static async Task PrintPreviewAsync(string database, IngestSummary summary, IAnsiConsole console, CancellationToken ct)
    {
        var months = ReturnMonths(summary, FileOutcome.Checked);
        if (months.Count == 0)
        {
            return;
        }

        await using var connection = await ReformDatabase.OpenReadOnlyAsync(database, ct).ConfigureAwait(false);
        foreach (var ((ledger, month), units) in months)
        {
            if (await ReturnProgress.PreviewAsync(connection, ledger, month, units, ct).ConfigureAwait(false) is not { } progress)
            {
                ConsoleText.Line(console, "数据库中还没有指标表，无法预览报送进度（用 reform ingest 入库或运行 reform metrics 后即有）。");
                return;
            }

            ConsoleText.Line(console, Markup.Escape(progress.Describe()));
        }
    }

    /// <summary>The (ledger, month)s of the run's units' own returns with the given outcome, each with the units sending them.</summary>
    private static SortedDictionary<(Model.Ledger Ledger, Model.ReportMonth Month), HashSet<string>> ReturnMonths(IngestSummary summary, FileOutcome outcome)
    {
        var months = new SortedDictionary<(Model.Ledger, Model.ReportMonth), HashSet<string>>(
            Comparer<(Model.Ledger Ledger, Model.ReportMonth Month)>.Create((a, b) => a.Month != b.Month ? a.Month.CompareTo(b.Month) : a.Ledger.CompareTo(b.Ledger)));
        foreach (var f in summary.Files.Where(f => f.Outcome == outcome && f is { Unit: not null, Ledger: not null, Month: not null }))
        {
            var key = (f.Ledger!.Value, f.Month!.Value);
            if (!months.TryGetValue(key, out var units))
            {
                months[key] = units = new HashSet<string>(StringComparer.Ordinal);
            }

            units.Add(f.Unit!);
        }

        return months;
    }
}
