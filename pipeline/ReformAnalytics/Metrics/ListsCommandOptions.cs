namespace ReformAnalytics.Metrics;

/// <summary>Options of <c>reform lists --db FILE --quarter 2024Q2 --out DIR</c>.</summary>
public sealed class ListsCommandOptions
{
    public string DbPath { get; init; } = string.Empty;

    public Quarter Quarter { get; init; }

    public string OutDir { get; init; } = string.Empty;

    /// <summary>Throws <see cref="ArgumentException"/> with a Chinese message when an option cannot be used.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(DbPath))
        {
            throw new ArgumentException("请用 --db 指定数据库文件。", nameof(DbPath));
        }

        if (Quarter.Year == 0)
        {
            throw new ArgumentException("请用 --quarter 指定季度，格式如2024Q2。", nameof(Quarter));
        }

        if (string.IsNullOrWhiteSpace(OutDir))
        {
            throw new ArgumentException("请用 --out 指定输出目录。", nameof(OutDir));
        }
    }
}
