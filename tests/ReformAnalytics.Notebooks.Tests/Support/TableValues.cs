using System.Data;

namespace ReformAnalytics.Notebooks.Tests.Support;

/// <summary>Reads a query result the way the tests compare it: a column's values, by the (Chinese) column name the notebook shows.</summary>
internal static class TableValues
{
    public static IReadOnlyList<object?> Column(this DataTable table, string name)
    {
        Assert.True(table.Columns.Contains(name), $"“{table.TableName}”没有“{name}”列；实有：{string.Join("、", table.Columns.Cast<DataColumn>().Select(c => c.ColumnName))}");
        return [.. table.Rows.Cast<DataRow>().Select(r => r[name] is DBNull ? null : r[name])];
    }

    public static IReadOnlyList<T> Column<T>(this DataTable table, string name) =>
        [.. table.Column(name).Select(v => v is T t ? t : throw new InvalidCastException($"“{table.TableName}”的“{name}”列有值 {v}（{v?.GetType().Name ?? "null"}），不是 {typeof(T).Name}"))];

    /// <summary>A list column (DuckDB LIST) as strings.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> ListColumn(this DataTable table, string name) =>
        [.. table.Column(name).Select(v => (IReadOnlyList<string>)[.. ((System.Collections.IEnumerable)v!).Cast<object>().Select(o => (string)o)])];

    /// <summary>A DATE column's values (DuckDB.NET gives DateOnly or DateTime).</summary>
    public static IReadOnlyList<DateOnly> DateColumn(this DataTable table, string name) =>
        [.. table.Column(name).Select(v => v switch
        {
            DateOnly d => d,
            DateTime t => DateOnly.FromDateTime(t),
            _ => throw new InvalidCastException($"“{table.TableName}”的“{name}”列有非日期值 {v}"),
        })];

    /// <summary>A whole-number column (INTEGER or BIGINT) as long.</summary>
    public static IReadOnlyList<long> NumberColumn(this DataTable table, string name) =>
        [.. table.Column(name).Select(v => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture))];
}
