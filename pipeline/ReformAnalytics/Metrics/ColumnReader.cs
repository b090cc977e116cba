using System.Data.Common;
using System.Globalization;

namespace ReformAnalytics.Metrics;

/// <summary>Reads columns of a result by name, whatever integer width DuckDB chose for a count or a rank.</summary>
internal sealed class ColumnReader(DbDataReader reader)
{
    private readonly Dictionary<string, int> _ordinals = Enumerable.Range(0, reader.FieldCount)
        .ToDictionary(reader.GetName, i => i, StringComparer.Ordinal);

    public int Int(string name) => IntOrNull(name) ?? throw Missing(name);

    public int? IntOrNull(string name) => Value(name) is { } v ? Convert.ToInt32(v, CultureInfo.InvariantCulture) : null;

    public double Double(string name) => DoubleOrNull(name) ?? throw Missing(name);

    public double? DoubleOrNull(string name) => Value(name) is { } v ? Convert.ToDouble(v, CultureInfo.InvariantCulture) : null;

    public bool Bool(string name) => BoolOrNull(name) ?? throw Missing(name);

    public bool? BoolOrNull(string name) => Value(name) is { } v ? (bool)v : null;

    public DateOnly Date(string name) => DateOrNull(name) ?? throw Missing(name);

    public DateOnly? DateOrNull(string name) => Value(name) switch
    {
        null => null,
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        var v => throw new InvalidCastException($"列 {name} 不是日期：{v}"),
    };

    public string Text(string name) => TextOrNull(name) ?? throw Missing(name);

    public string? TextOrNull(string name) => Value(name) is { } v ? Convert.ToString(v, CultureInfo.InvariantCulture) : null;

    public IReadOnlyList<string> TextList(string name) => Value(name) switch
    {
        null => [],
        IEnumerable<string> items => [.. items],
        var v => throw new InvalidCastException($"列 {name} 不是文本列表：{v}"),
    };

    private object? Value(string name)
    {
        var ordinal = _ordinals.TryGetValue(name, out var i) ? i : throw new KeyNotFoundException($"结果中没有列 {name}");
        return reader.IsDBNull(ordinal) ? null : reader.GetValue(ordinal);
    }

    private static InvalidOperationException Missing(string name) => new($"列 {name} 为空，但定义不允许为空");
}
