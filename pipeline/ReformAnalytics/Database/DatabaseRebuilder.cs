using ReformAnalytics.Lake;

namespace ReformAnalytics.Database;

/// <summary>
/// Recreates the DuckDB file from the lake (the durable record). Builds into a new file beside the old one
/// and swaps it in only when complete, so a failed rebuild leaves the old database as it was.
/// </summary>
public static class DatabaseRebuilder
{
    public static async Task<long> RebuildAsync(LakeLayout lake, string databasePath, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(lake);
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        LakeCommit.RecoverIfInterrupted(lake);
        var full = Path.GetFullPath(databasePath);
        var temp = full + ".rebuild";
        DeleteDatabaseFiles(temp);
        long rows;
        await using (var connection = await ReformDatabase.OpenForWriteAsync(temp, ct).ConfigureAwait(false))
        {
            if (lake.HasAnySnapshots())
            {
                await ReformDatabase.ExecuteAsync(connection, $"INSERT INTO snapshots BY NAME SELECT * FROM read_parquet({ReformDatabase.Literal(lake.SnapshotsGlob)}, hive_partitioning = false, union_by_name = true) ORDER BY ledger, report_month, source_file, source_sheet, source_row", ct).ConfigureAwait(false);
            }

            if (lake.HasIngestLog())
            {
                await ReformDatabase.ExecuteAsync(connection, $"INSERT INTO ingest_log BY NAME SELECT * FROM read_parquet({ReformDatabase.Literal(lake.IngestLogGlob)}, hive_partitioning = false, union_by_name = true) ORDER BY run_id", ct).ConfigureAwait(false);
            }

            if (lake.HasIngestIssues())
            {
                await ReformDatabase.ExecuteAsync(connection, $"INSERT INTO ingest_issues BY NAME SELECT * FROM read_parquet({ReformDatabase.Literal(lake.IngestIssuesGlob)}, hive_partitioning = false) ORDER BY run_id, file, sheet, row", ct).ConfigureAwait(false);
            }

            if (await UnitNameStore.LoadCurrentAsync(lake, ct).ConfigureAwait(false) is { Table.Count: > 0 } names)
            {
                // The table in force is the latest run's; earlier tables stay in the lake only.
                var file = Path.Combine(lake.Root, LakeLayout.RunPartition(UnitNameStore.Table, names.RunId), LakeLayout.PartFile);
                await ReformDatabase.ExecuteAsync(connection, $"INSERT INTO unit_names BY NAME SELECT * FROM read_parquet({ReformDatabase.Literal(file)}, hive_partitioning = false)", ct).ConfigureAwait(false);
            }

            rows = await ReformDatabase.ScalarAsync<long>(connection, "SELECT count(*) FROM snapshots", ct).ConfigureAwait(false);
            await ReformDatabase.ExecuteAsync(connection, "CHECKPOINT", ct).ConfigureAwait(false);
        }

        DeleteDatabaseFiles(full);
        File.Move(temp, full);
        return rows;
    }

    private static void DeleteDatabaseFiles(string path)
    {
        foreach (var p in new[] { path, path + ".wal" })
        {
            if (File.Exists(p))
            {
                File.Delete(p);
            }
        }
    }
}
