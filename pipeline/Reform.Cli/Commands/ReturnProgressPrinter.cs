using DuckDB.NET.Data;
using ReformAnalytics.Ingest;
using ReformAnalytics.Metrics;
using Spectre.Console;

namespace ReformAnalytics.Cli.Commands;

/// <summary>
/// After an ingest whose months came (wholly or partly) as units' own returns: the 报送进度 of each such month, so that the
/// office sees whom to call before the month is closed. Runs once the metric tables are rebuilt.
/// </summary>
internal static class ReturnProgressPrinter
{
    public static async Task PrintAsync(string database, IngestSummary summary, IAnsiConsole console, CancellationToken ct)
    {
        var months = summary.Files
            .Where(f => f is { Outcome: FileOutcome.Ingested, Unit: not null, Ledger: not null, Month: not null })
            .Select(f => (Ledger: f.Ledger!.Value, Month: f.Month!.Value))
            .Distinct()
            .OrderBy(m => m.Month)
            .ThenBy(m => m.Ledger)
            .ToList();
        if (months.Count == 0)
        {
            return;
        }

        await using var connection = new DuckDBConnection("DataSource=" + database);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        foreach (var (ledger, month) in months)
        {
            var progress = await ReturnProgress.QueryAsync(connection, ledger, month, ct).ConfigureAwait(false);
            console.MarkupLine(Markup.Escape(progress.Describe()));
        }
    }
}
