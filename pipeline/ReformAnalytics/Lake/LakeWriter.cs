using Parquet;
using Parquet.Serialization;
using ReformAnalytics.Model;

namespace ReformAnalytics.Lake;

/// <summary>Writes Parquet files of the lake with Parquet.Net.</summary>
public static class LakeWriter
{
    private static readonly ParquetOptions Options = new()
    {
        CompressionMethod = CompressionMethod.Snappy,
        RowGroupSize = 250_000,
    };

    public static async Task WriteSnapshotsAsync(string path, IEnumerable<SnapshotRow> rows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        await SnapshotParquet.WriteAsync(stream, rows as IReadOnlyList<SnapshotRow> ?? [.. rows], ct).ConfigureAwait(false);
    }

    public static async Task WriteAsync<T>(string path, IReadOnlyCollection<T> records, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(records);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        await ParquetSerializer.SerializeAsync(records, stream, Options, null, ct).ConfigureAwait(false);
    }
}
