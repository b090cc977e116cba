using System.Data.Common;
using DuckDB.NET.Data;

namespace ReformAnalytics.Dashboard.Data;

/// <summary>Runs a query and reads at most a given number of rows.</summary>
internal static class QueryRunner
{
    /// <summary>
    /// Runs <paramref name="sql"/>. With <paramref name="streaming"/>, DuckDB hands rows over as they are produced
    /// (the console: a huge result is never built whole); without, the result is built first (the pages, whose
    /// queries carry their own LIMIT).
    /// </summary>
    public static async Task<ResultTable> QueryAsync(DuckDBConnection connection, string sql, IReadOnlyList<object?> parameters, int maxRows, CancellationToken ct, bool streaming = false)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = CreateCommand(connection, sql, parameters, streaming);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        return await ReadAsync(reader, maxRows, ct).ConfigureAwait(false);
    }

    public static DuckDBCommand CreateCommand(DuckDBConnection connection, string sql, IReadOnlyList<object?> parameters, bool streaming = true)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(parameters);
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.UseStreamingMode = streaming;
        foreach (var p in parameters)
        {
            command.Parameters.Add(new DuckDBParameter(p ?? DBNull.Value));
        }

        return command;
    }

    public static async Task<ResultTable> ReadAsync(DbDataReader reader, int maxRows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var columns = new string[reader.FieldCount];
        var types = new string[reader.FieldCount];
        for (var i = 0; i < columns.Length; i++)
        {
            columns[i] = reader.GetName(i);
            types[i] = reader.GetDataTypeName(i);
        }

        var rows = new List<object?[]>();
        var truncated = false;
        while (await StreamingReads.ReadAsync(reader, rows.Count, ct).ConfigureAwait(false))
        {
            if (rows.Count == maxRows)
            {
                truncated = true;
                break;
            }

            var row = new object?[columns.Length];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return new ResultTable(columns, types, rows, truncated);
    }
}
