using System.Globalization;
using ReformAnalytics.Model;

namespace ReformAnalytics.Lake;

/// <summary>
/// Where things live in the lake (hive-partitioned Parquet):
/// <code>
/// snapshots/ledger=overall/month=2024-06/part-0.parquet   one (ledger, report month) each
/// ingest_log/run=r000001/part-0.parquet                   one per ingest run
/// ingest_issues/run=r000001/part-0.parquet
/// unit_names/run=r000003/part-0.parquet                   the table of unit names, from each run that set one
/// .staging/, .backup/, .journal                           only while a run commits
/// </code>
/// </summary>
public sealed class LakeLayout
{
    public const string PartFile = "part-0.parquet";

    public LakeLayout(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.GetFullPath(root);
    }

    public string Root { get; }

    public string SnapshotsRoot => Path.Combine(Root, "snapshots");

    public string StagingRoot => Path.Combine(Root, ".staging");

    public string BackupRoot => Path.Combine(Root, ".backup");

    public string JournalPath => Path.Combine(Root, ".journal");

    /// <summary>Glob of every snapshot file, for DuckDB's read_parquet.</summary>
    public string SnapshotsGlob => Path.Combine(SnapshotsRoot, "*", "*", "*.parquet");

    public string IngestLogGlob => Path.Combine(Root, "ingest_log", "*", "*.parquet");

    public string IngestIssuesGlob => Path.Combine(Root, "ingest_issues", "*", "*.parquet");

    public static string SnapshotPartition(Ledger ledger, ReportMonth month) =>
        Path.Combine("snapshots", "ledger=" + LedgerNames.Id(ledger), "month=" + month.ToString());

    public static string RunPartition(string table, string runId) => Path.Combine(table, "run=" + runId);

    /// <summary>The next run id: runs are numbered in the order they were committed.</summary>
    public string NextRunId()
    {
        var dir = Path.Combine(Root, "ingest_log");
        var last = 0;
        if (Directory.Exists(dir))
        {
            foreach (var d in Directory.EnumerateDirectories(dir, "run=r*"))
            {
                var name = Path.GetFileName(d);
                if (int.TryParse(name.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                {
                    last = Math.Max(last, n);
                }
            }
        }

        return "r" + (last + 1).ToString("D6", CultureInfo.InvariantCulture);
    }

    public bool HasAnySnapshots() =>
        Directory.Exists(SnapshotsRoot) && Directory.EnumerateFiles(SnapshotsRoot, "*.parquet", SearchOption.AllDirectories).Any();

    public bool HasIngestLog() =>
        Directory.Exists(Path.Combine(Root, "ingest_log")) && Directory.EnumerateFiles(Path.Combine(Root, "ingest_log"), "*.parquet", SearchOption.AllDirectories).Any();

    public bool HasIngestIssues() =>
        Directory.Exists(Path.Combine(Root, "ingest_issues")) && Directory.EnumerateFiles(Path.Combine(Root, "ingest_issues"), "*.parquet", SearchOption.AllDirectories).Any();
}
