using DuckDB.NET.Data;
using ReformAnalytics.Database;

namespace ReformAnalytics.Dashboard.Data;

/// <summary>
/// Readies a fresh private copy before it is served: folds a write-ahead log into the file, and makes sure the
/// ingest tables and the views of the library exist in the form this build defines them. Runs on the copy
/// only, with a writable connection that is closed before the copy is opened read-only for requests.
/// </summary>
internal static class CopyPreparation
{
    public static async Task PrepareAsync(string copyPath, CancellationToken ct)
    {
        await using var connection = new DuckDBConnection($"DataSource={copyPath}");
        await connection.OpenAsync(ct).ConfigureAwait(false);
        await ReformDatabase.EnsureSchemaAsync(connection, ct).ConfigureAwait(false);
        await ReformDatabase.ExecuteAsync(connection, "CHECKPOINT", ct).ConfigureAwait(false);
    }
}
