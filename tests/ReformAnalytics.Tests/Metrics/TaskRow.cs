using System.Globalization;
using DuckDB.NET.Data;

namespace ReformAnalytics.Tests.Metrics;

/// <summary>One row of a view, read column by column for assertions.</summary>
internal sealed class TaskRow(IReadOnlyDictionary<string, object?> values)
{
    public object? this[string column] => values.TryGetValue(column, out var v) ? v : throw new KeyNotFoundException(column);

    public double? Double(string column) => this[column] is { } v ? Convert.ToDouble(v, CultureInfo.InvariantCulture) : null;

    public long? Long(string column) => this[column] is { } v ? Convert.ToInt64(v, CultureInfo.InvariantCulture) : null;

    public bool? Bool(string column) => (bool?)this[column];

    public DateOnly? Date(string column) => (DateOnly?)this[column];

    public string? Text(string column) => (string?)this[column];

    /// <summary>The rows of <paramref name="sql"/>; parameters are not needed for fixture queries.</summary>
    public static async Task<IReadOnlyList<TaskRow>> QueryAsync(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = await command.ExecuteReaderAsync();
        var rows = new List<TaskRow>();
        while (await reader.ReadAsync())
        {
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                values[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(new TaskRow(values));
        }

        return rows;
    }

    /// <summary>task_status of one task in one report month (yyyy-mm-01), or null when the task has no row.</summary>
    public static async Task<TaskRow?> StatusAsync(DuckDBConnection connection, string taskId, string reportMonth)
    {
        var rows = await QueryAsync(connection, $"SELECT * FROM task_status WHERE task_id = '{taskId}' AND report_month = DATE '{reportMonth}'");
        return rows.Count switch
        {
            0 => null,
            1 => rows[0],
            _ => throw new InvalidOperationException($"{rows.Count} rows for {taskId} {reportMonth}"),
        };
    }
}
