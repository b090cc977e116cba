using System.Data.Common;
using DuckDB.NET.Data;
using ReformAnalytics.Database;

namespace ReformAnalytics.Metrics;

/// <summary>
/// Installs the metric definitions (the <c>.sql</c> files of this folder) into a DuckDB database that holds
/// the ingest schema, so that every consumer reads the same figures. Four expensive definitions are
/// stored as tables of the plain name (task_status, metric_summary, reporting_discipline, unit_ranking) and rebuilt from
/// their <c>*_live</c> views whenever the snapshots or the definitions change (see refresh.sql).
/// </summary>
public static class MetricViews
{
    private static readonly (string File, string? StoredTable)[] Steps =
    [
        ("settings.sql", null),
        ("task_progress.sql", null),
        ("task_status_live.sql", "task_status"),
        ("return_expectations.sql", null),
        ("metric_summary_live.sql", "metric_summary"),
        ("reporting_discipline_live.sql", "reporting_discipline"),
        ("unit_ranking_live.sql", "unit_ranking"),
        ("metric_source.sql", "metric_refresh"),
        ("metric_freshness.sql", null),
    ];

    private static readonly string[] PresentationViews =
    [
        "double_half.sql",
        "missing_returns.sql",
        "return_progress.sql",
        "results_list.sql",
        "negative_list.sql",
        "year_end_carry_over.sql",
        "unit_assessment.sql",
    ];

    /// <summary>The relations a consumer queries, views and stored tables alike.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "metric_settings", "task_progress", "task_status_live", "task_status", "return_expectations", "metric_summary_live", "metric_summary",
        "reporting_discipline_live", "reporting_discipline", "unit_ranking_live", "unit_ranking", "metric_source",
        "metric_refresh", "metric_freshness", "double_half", "missing_returns", "return_progress", "results_list", "negative_list",
        "year_end_carry_over", "unit_assessment",
    ];

    /// <summary>
    /// A fingerprint of every definition this library installs (the database's own views and the metric files, settings
    /// included), recorded in <c>metric_definitions</c> when they are installed. DuckDB keeps a view's text in its own
    /// rewording once the file is opened again, so the installed text itself cannot tell whether anything changed.
    /// </summary>
    public static string DefinitionsHash { get; } = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
        System.Text.Encoding.UTF8.GetBytes(string.Join("\n--\n",
            new[] { SqlResources.Load("Database/tasks.sql"), SqlResources.Load("Database/missing_months.sql"), SqlResources.Load("Database/group_order.sql") }
                .Concat(Steps.Select(s => MetricSql.Load(s.File)))
                .Concat(PresentationViews.Select(MetricSql.Load))
                .Append(MetricSql.Load("refresh.sql"))))))[..16];

    /// <summary>
    /// Makes sure every metric view is installed as this library defines it and the stored tables are fresh; returns
    /// true when it rebuilt them. When the database holds this library's definitions already and the tables are
    /// fresh, it changes nothing at all, so a command that only reads (reform metrics, report, charts) leaves the file
    /// untouched and the dashboard does not reload. Otherwise every view is created or replaced, in dependency order,
    /// and the stored tables rebuilt when missing or stale. The database must hold the ingest schema.
    /// </summary>
    public static async Task<bool> InstallAsync(DuckDBConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!await TableExistsAsync(connection, "snapshots", cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException("数据库中没有 snapshots 表：请先导入台账（reform ingest）。");
        }

        if (await InstalledAsync(connection, cancellationToken).ConfigureAwait(false))
        {
            if (await IsFreshAsync(connection, cancellationToken).ConfigureAwait(false))
            {
                return false;
            }

            await RefreshAsync(connection, cancellationToken).ConfigureAwait(false);
            return true;
        }

        // The database's own views (tasks, missing_months, group_order), for a database written before they existed.
        await ReformDatabase.EnsureViewsAsync(connection, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, $"CREATE OR REPLACE TABLE metric_definitions AS SELECT '{DefinitionsHash}' AS definitions_hash", cancellationToken).ConfigureAwait(false);
        var missing = false;
        foreach (var (file, storedTable) in Steps)
        {
            await ExecuteAsync(connection, MetricSql.Load(file), cancellationToken).ConfigureAwait(false);
            var view = Path.GetFileNameWithoutExtension(file);
            if (storedTable is not null && !await ShapeMatchesAsync(connection, storedTable, view, cancellationToken).ConfigureAwait(false))
            {
                // An empty table of the view's shape lets the next definitions bind; the refresh below fills it.
                // (A database installed by an earlier version may hold a view of that name.)
                var drop = await ViewExistsAsync(connection, storedTable, cancellationToken).ConfigureAwait(false) ? $"DROP VIEW {storedTable}; " : string.Empty;
                await ExecuteAsync(connection, $"{drop}CREATE OR REPLACE TABLE {storedTable} AS SELECT * FROM {view} LIMIT 0", cancellationToken).ConfigureAwait(false);
                missing = true;
            }
        }

        var refreshed = false;
        if (missing || !await IsFreshAsync(connection, cancellationToken).ConfigureAwait(false))
        {
            await RefreshAsync(connection, cancellationToken).ConfigureAwait(false);
            refreshed = true;
        }

        foreach (var file in PresentationViews)
        {
            await ExecuteAsync(connection, MetricSql.Load(file), cancellationToken).ConfigureAwait(false);
        }

        return refreshed;
    }

    /// <summary>The database holds this library's definitions (<see cref="DefinitionsHash"/>) and every relation they make.</summary>
    private static async Task<bool> InstalledAsync(DuckDBConnection connection, CancellationToken cancellationToken)
    {
        if (!await TableExistsAsync(connection, "metric_definitions", cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        using var command = connection.CreateCommand();
        var names = Names.Concat(["tasks", "missing_months", "group_order"]).ToList();
        command.CommandText = $"""
            SELECT (SELECT max(definitions_hash) FROM metric_definitions) = $hash
               AND (SELECT count(DISTINCT name) FROM (SELECT table_name AS name, schema_name FROM duckdb_tables() UNION ALL SELECT view_name, schema_name FROM duckdb_views())
                    WHERE schema_name = current_schema() AND name IN ({string.Join(", ", names.Select(n => $"'{n}'"))})) = {names.Count}
            """;
        command.Parameters.Add(new DuckDBParameter("hash", DefinitionsHash));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true;
    }

    /// <summary>Rebuilds the stored tables from their live views in one transaction (call after an ingest).</summary>
    public static async Task RefreshAsync(DuckDBConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var transaction = connection.BeginTransaction();
        await ExecuteAsync(connection, MetricSql.Load("refresh.sql"), cancellationToken).ConfigureAwait(false);
        transaction.Commit();
    }

    /// <summary>True when the stored tables were built from the snapshots and definitions there are now.</summary>
    public static async Task<bool> IsFreshAsync(DuckDBConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!await TableExistsAsync(connection, "metric_refresh", cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT fresh FROM metric_freshness";
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true;
    }

    internal static async Task<bool> TableExistsAsync(DuckDBConnection connection, string table, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM duckdb_tables() WHERE table_name = $name AND schema_name = current_schema()";
        command.Parameters.Add(new DuckDBParameter("name", table));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long n && n > 0;
    }

    private static async Task<bool> ViewExistsAsync(DuckDBConnection connection, string view, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM duckdb_views() WHERE view_name = $name AND schema_name = current_schema()";
        command.Parameters.Add(new DuckDBParameter("name", view));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long n && n > 0;
    }

    /// <summary>The stored table exists with the same columns, in the same order and types, as its view.</summary>
    private static async Task<bool> ShapeMatchesAsync(DuckDBConnection connection, string table, string view, CancellationToken cancellationToken)
    {
        if (!await TableExistsAsync(connection, table, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT count(DISTINCT table_name) = 2 AND count(*) FILTER (n = 1) = 0
            FROM (
                SELECT column_name, data_type, column_index, count(*) OVER (PARTITION BY column_name, data_type, column_index) AS n, table_name
                FROM duckdb_columns()
                WHERE table_name IN ($table, $view) AND schema_name = current_schema())
            """;
        command.Parameters.Add(new DuckDBParameter("table", table));
        command.Parameters.Add(new DuckDBParameter("view", view));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true;
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
