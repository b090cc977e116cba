using Parquet.Serialization;
using ReformAnalytics.Normalising;

namespace ReformAnalytics.Lake;

/// <summary>
/// The office's table of unit names as the lake keeps it: every run that sets a new table (<c>--units</c>) writes it
/// whole to <c>unit_names/run=…/</c>, so the lake holds each table the office has used. The table in force is the
/// latest run's; a run given an empty table leaves an empty partition, which means "no table from here on".
/// </summary>
public static class UnitNameStore
{
    public const string Table = "unit_names";

    /// <summary>The table in force and the run that saved it; null when no run has saved one.</summary>
    public static async Task<StoredUnitNames?> LoadCurrentAsync(LakeLayout lake, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(lake);
        var dir = Path.Combine(lake.Root, Table);
        if (!Directory.Exists(dir))
        {
            return null;
        }

        var latest = Directory.EnumerateDirectories(dir, "run=r*").Order(StringComparer.Ordinal).LastOrDefault();
        if (latest is null)
        {
            return null;
        }

        var runId = Path.GetFileName(latest)["run=".Length..];
        var file = Path.Combine(latest, LakeLayout.PartFile);
        IList<UnitNameRecord> records;
        try
        {
            await using var stream = File.OpenRead(file);
            records = (await ParquetSerializer.DeserializeAsync<UnitNameRecord>(stream, cancellationToken: ct).ConfigureAwait(false)).Data;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or Parquet.ParquetException)
        {
            throw new InvalidDataException($"数据湖中保存的单位名称对照表（{file}）无法读取：{e.Message}。可用 --units 重新指定对照表。", e);
        }

        var tableFile = records.Count > 0 ? records[0].TableFile : string.Empty;
        var table = UnitNameTable.FromPairs(records.Select(r => KeyValuePair.Create(r.Unit, r.Spelling)), tableFile);
        return new StoredUnitNames(table, runId);
    }

    /// <summary>The rows a run writes for <paramref name="table"/>: each unit's own name first, then its other spellings.</summary>
    public static List<UnitNameRecord> Records(UnitNameTable table, string runId)
    {
        ArgumentNullException.ThrowIfNull(table);
        var file = Path.GetFileName(table.SourceFile);
        return [.. table.Pairs.Select(p => new UnitNameRecord { RunId = runId, Unit = p.Unit, Spelling = p.Spelling, TableFile = file })];
    }
}

/// <summary>A table of unit names read back from the lake, with the run that saved it.</summary>
public sealed record StoredUnitNames(UnitNameTable Table, string RunId);
