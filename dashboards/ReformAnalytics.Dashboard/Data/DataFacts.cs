using DuckDB.NET.Data;
using ReformAnalytics.Model;

namespace ReformAnalytics.Dashboard.Data;

/// <summary>
/// Facts about one copy of the data that every page needs for its filters: which report months, ledgers,
/// special groups, units and leaders the snapshots hold. Read once when the copy is opened.
/// </summary>
internal sealed record DataFacts(
    IReadOnlyList<ReportMonth> Months,
    IReadOnlyList<string> Ledgers,
    IReadOnlyList<string> Groups,
    IReadOnlyList<string> Units,
    IReadOnlyList<string> Leaders,
    long SnapshotRows,
    long Tasks)
{
    public static readonly DataFacts Empty = new([], [], [], [], [], 0, 0);

    /// <summary>The latest report month in the data: the dashboard's "current month" (never the clock).</summary>
    public ReportMonth? LatestMonth => Months.Count == 0 ? null : Months[0];

    public static async Task<DataFacts> LoadAsync(DuckDBConnection connection, DatabaseCatalog catalog, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(catalog);
        if (!catalog.Has("snapshots"))
        {
            return Empty;
        }

        var months = new List<ReportMonth>();
        foreach (var value in await ColumnAsync(connection, "SELECT DISTINCT report_month FROM snapshots ORDER BY 1 DESC", ct).ConfigureAwait(false))
        {
            if (DbValues.AsDate(value) is { } date)
            {
                months.Add(ReportMonth.Of(date));
            }
        }

        var ledgers = await TextsAsync(connection, "SELECT DISTINCT ledger FROM snapshots ORDER BY ledger_ordinal(ledger) NULLS LAST, ledger", ct).ConfigureAwait(false);
        // The groups as the latest month's ledger lists them (group_order); by name in a database written before the view.
        var groups = await TextsAsync(
            connection,
            catalog.Has(Pages.GroupOrder.View)
                ? "SELECT special_group FROM group_order WHERE report_month = (SELECT max(report_month) FROM snapshots) ORDER BY group_ordinal"
                : "SELECT DISTINCT special_group FROM snapshots WHERE special_group IS NOT NULL ORDER BY 1",
            ct).ConfigureAwait(false);
        var units = await TextsAsync(connection, "SELECT DISTINCT lead_unit FROM snapshots WHERE lead_unit IS NOT NULL ORDER BY 1", ct).ConfigureAwait(false);
        var leaders = await TextsAsync(connection, "SELECT DISTINCT leader FROM snapshots WHERE leader IS NOT NULL ORDER BY 1", ct).ConfigureAwait(false);
        var counts = await ColumnAsync(connection, "SELECT count(*) FROM snapshots UNION ALL SELECT count(DISTINCT task_id) FROM snapshots", ct).ConfigureAwait(false);
        return new DataFacts(months, ledgers, groups, units, leaders, Convert.ToInt64(counts[0], System.Globalization.CultureInfo.InvariantCulture), Convert.ToInt64(counts[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static async Task<List<string>> TextsAsync(DuckDBConnection connection, string sql, CancellationToken ct) =>
        [.. (await ColumnAsync(connection, sql, ct).ConfigureAwait(false)).OfType<string>()];

    private static async Task<List<object?>> ColumnAsync(DuckDBConnection connection, string sql, CancellationToken ct)
    {
        var values = new List<object?>();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            values.Add(reader.IsDBNull(0) ? null : reader.GetValue(0));
        }

        return values;
    }
}
