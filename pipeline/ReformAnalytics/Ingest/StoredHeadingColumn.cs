using DuckDB.NET.Data;
using ReformAnalytics.Database;

namespace ReformAnalytics.Ingest;

/// <summary>
/// The snapshots.task_heading column as a query of the stored rows reads it: the column, or NULL in a database written
/// before it existed and opened read-only (reform validate --db), which the schema cannot bring up to date.
/// </summary>
internal static class StoredHeadingColumn
{
    public static async Task<string> ExpressionAsync(DuckDBConnection connection, CancellationToken ct) =>
        await ReformDatabase.ScalarAsync<long>(
            connection,
            "SELECT count(*) FROM duckdb_columns() WHERE table_name = 'snapshots' AND schema_name = current_schema() AND column_name = 'task_heading'",
            ct).ConfigureAwait(false) > 0
            ? "task_heading"
            : "NULL::VARCHAR";
}
