using ReformAnalytics.Model;

namespace ReformAnalytics.Ingest;

/// <summary>Settings of one ingest (or validate) run. <see cref="Validate"/> fails with a Chinese message.</summary>
public sealed class IngestOptions
{
    /// <summary>The DuckDB file; required unless <see cref="DryRun"/>.</summary>
    public string? DatabasePath { get; init; }

    /// <summary>The lake folder; required unless <see cref="DryRun"/>.</summary>
    public string? LakeRoot { get; init; }

    /// <summary>Forces the ledger of every file (--ledger).</summary>
    public Ledger? Ledger { get; init; }

    /// <summary>Forces the report month of every file (--month).</summary>
    public ReportMonth? Month { get; init; }

    /// <summary>A user's column mapping file, JSON or YAML (--map).</summary>
    public string? MapFile { get; init; }

    /// <summary>The office's table of unit names, JSON or YAML (--units): units are stored under its names.</summary>
    public string? UnitsFile { get; init; }

    /// <summary>Check only: read and normalise everything, store nothing (reform validate).</summary>
    public bool DryRun { get; init; }

    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    public IProgress<IngestProgress>? Progress { get; init; }

    /// <summary>Test hook: called with a stage name ("staged", "lake-applied", "db-loaded") during the commit; may throw.</summary>
    internal Action<string>? FaultInjection { get; init; }

    /// <summary>The same settings reporting progress to <paramref name="progress"/>.</summary>
    public IngestOptions WithProgress(IProgress<IngestProgress> progress) => new()
    {
        DatabasePath = DatabasePath,
        LakeRoot = LakeRoot,
        Ledger = Ledger,
        Month = Month,
        MapFile = MapFile,
        UnitsFile = UnitsFile,
        DryRun = DryRun,
        MaxParallelism = MaxParallelism,
        Progress = progress,
        FaultInjection = FaultInjection,
    };

    public void Validate()
    {
        if (!DryRun && string.IsNullOrWhiteSpace(DatabasePath))
        {
            throw new ArgumentException("入库需要指定数据库文件（--db）。");
        }

        if (!DryRun && string.IsNullOrWhiteSpace(LakeRoot))
        {
            throw new ArgumentException("入库需要指定数据湖目录（--lake）。");
        }

        if (MaxParallelism < 1)
        {
            throw new ArgumentException("并行度至少为1。");
        }
    }
}
