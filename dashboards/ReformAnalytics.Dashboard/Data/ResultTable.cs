namespace ReformAnalytics.Dashboard.Data;

/// <summary>Rows read from a query, with the column names and DuckDB types; <see cref="Truncated"/> when more rows existed.</summary>
internal sealed class ResultTable(IReadOnlyList<string> columns, IReadOnlyList<string> types, IReadOnlyList<object?[]> rows, bool truncated)
{
    public IReadOnlyList<string> Columns { get; } = columns;

    public IReadOnlyList<string> Types { get; } = types;

    public IReadOnlyList<object?[]> Rows { get; } = rows;

    public bool Truncated { get; } = truncated;

    public int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i], column, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    public object? Value(object?[] row, string column)
    {
        var i = IndexOf(column);
        return i < 0 ? null : row[i];
    }
}
