using DuckDB.NET.Data;
using ReformAnalytics.Database;

namespace ReformAnalytics.Ingest;

/// <summary>
/// A column added to a table after databases were first written (snapshots.task_heading, ingest_log.return_unit) as a
/// query of the stored rows reads it: the column, or NULL in a database written before it existed and opened read-only
/// (reform validate --db), which the schema cannot bring up to date.
/// </summary>
internal static class StoredColumn
{
    public static Task<string> TaskHeadingAsync(DuckDBConnection connection, CancellationToken ct) =>
        ExpressionAsync(connection, "snapshots", "task_heading", ct);

    /// <summary>ingest_log.return_unit: NULL in an old database, where every file logged was a whole ledger.</summary>
    public static Task<string> ReturnUnitAsync(DuckDBConnection connection, CancellationToken ct) =>
        ExpressionAsync(connection, "ingest_log", "return_unit", ct);

    private static async Task<string> ExpressionAsync(DuckDBConnection connection, string table, string column, CancellationToken ct) =>
        await ReformDatabase.ScalarAsync<long>(
            connection,
            "SELECT count(*) FROM duckdb_columns() WHERE table_name = $1 AND schema_name = current_schema() AND column_name = $2",
            ct,
            table,
            column).ConfigureAwait(false) > 0
            ? column
            : "NULL::VARCHAR";
}
