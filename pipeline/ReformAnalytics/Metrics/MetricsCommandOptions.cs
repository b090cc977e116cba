using ReformAnalytics.Model;

namespace ReformAnalytics.Metrics;

/// <summary>Options of <c>reform metrics --db FILE --as-of YYYY-MM [--by ...] [--format ...]</c>.</summary>
public sealed class MetricsCommandOptions
{
    /// <summary>The DuckDB database file written by ingest.</summary>
    public string DbPath { get; init; } = string.Empty;

    /// <summary>The report month whose status date the figures are at.</summary>
    public ReportMonth AsOf { get; init; }

    public MetricGrouping By { get; init; } = MetricGrouping.All;

    public MetricsFormat Format { get; init; } = MetricsFormat.Table;

    /// <summary>Where the workbook goes for <see cref="MetricsFormat.Xlsx"/>; by default
    /// <c>metrics-YYYY-MM-by.xlsx</c> in the current directory. Ignored for the other formats.</summary>
    public string? OutputPath { get; init; }

    /// <summary>
    /// For <see cref="MetricsFormat.Table"/>: given the table's headers and rows, writes them laid out for the terminal
    /// and returns true, or returns false to have the plain text table written (the default, also for a file or a pipe).
    /// The command line gives one that splits a table wider than the terminal into parts.
    /// </summary>
    public Func<IReadOnlyList<string>, IReadOnlyList<string[]>, bool>? WriteTableForTerminal { get; init; }

    /// <summary>The workbook path for <see cref="MetricsFormat.Xlsx"/>.</summary>
    public string ResolvedOutputPath => OutputPath ?? $"metrics-{AsOf}-{MetricGroupingNames.Id(By)}.xlsx";

    /// <summary>Throws <see cref="ArgumentException"/> with a Chinese message when an option cannot be used.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(DbPath))
        {
            throw new ArgumentException("请用 --db 指定数据库文件。", nameof(DbPath));
        }

        if (AsOf.Year == 0)
        {
            throw new ArgumentException("请用 --as-of 指定统计月份，格式 YYYY-MM（如2024-06）。", nameof(AsOf));
        }

        if (!Enum.IsDefined(By))
        {
            throw new ArgumentException("--by 只能是 ledger、group、unit 或 leader。", nameof(By));
        }

        if (!Enum.IsDefined(Format))
        {
            throw new ArgumentException("--format 只能是 table、csv、json 或 xlsx。", nameof(Format));
        }
    }
}
