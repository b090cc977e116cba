using System.Data.Common;
using DuckDB.NET.Data;

namespace ReformAnalytics.Dashboard.Data;

/// <summary>
/// Reads rows of a streaming DuckDB result. DuckDB.NET 1.5.6 fails the first read of an empty streaming
/// result with "Attempting to execute an unsuccessful or closed pending query result" (the columns are
/// there, the rows are not); that first read is taken as the end of the rows.
/// </summary>
internal static class StreamingReads
{
    public static async Task<bool> ReadAsync(DbDataReader reader, long rowsSoFar, CancellationToken ct)
    {
        try
        {
            return await reader.ReadAsync(ct).ConfigureAwait(false);
        }
        catch (DuckDBException e) when (rowsSoFar == 0 && IsEmptyStreamingResult(e))
        {
            return false;
        }
    }

    public static bool IsEmptyStreamingResult(DuckDBException e) =>
        e.Message.Contains("unsuccessful or closed pending query result", StringComparison.OrdinalIgnoreCase);
}
