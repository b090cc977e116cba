using DuckDB.NET.Data;
using ReformAnalytics.Database;
using ReformAnalytics.Ingest;
using ReformAnalytics.Tests.Support;

namespace ReformAnalytics.Tests.Ingest;

/// <summary>A temp folder with an input folder, a lake and a database path, and helpers to look at what is stored.</summary>
internal sealed class IngestFixture : IDisposable
{
    private readonly TempFolder _temp = new("reform-ingest");

    public IngestFixture()
    {
        Input = _temp.File("input");
        Directory.CreateDirectory(Input);
    }

    public string Input { get; }

    public string Lake => _temp.File("lake");

    public string Db => _temp.File("reform.duckdb");

    /// <summary>The office's table of unit names the next runs use (--units); none when null.</summary>
    public string? UnitsFile { get; set; }

    public IngestOptions Options(Action<string>? fault = null) => new()
    {
        DatabasePath = Db,
        LakeRoot = Lake,
        UnitsFile = UnitsFile,
        FaultInjection = fault,
    };

    public Task<IngestSummary> IngestAsync(Action<string>? fault = null, params string[] paths) =>
        IngestRunner.RunAsync(paths.Length == 0 ? [Input] : paths, Options(fault), CancellationToken.None);

    public async Task<List<object?[]>> QueryAsync(string sql)
    {
        await using var c = await ReformDatabase.OpenReadOnlyAsync(Db, CancellationToken.None);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        await using var r = await cmd.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await r.ReadAsync())
        {
            var row = new object?[r.FieldCount];
            for (var i = 0; i < r.FieldCount; i++)
            {
                row[i] = r.IsDBNull(i) ? null : r.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Every stored snapshot row's content in one string: equal before and after means nothing changed.</summary>
    public async Task<string> DatabaseFingerprintAsync()
    {
        if (!File.Exists(Db))
        {
            return "(no database)";
        }

        var rows = await QueryAsync("""
            SELECT (SELECT count(*) FROM snapshots) || '/' || (SELECT count(*) FROM ingest_log) || '/' || (SELECT count(*) FROM ingest_issues) || '/' ||
                   coalesce((SELECT string_agg(ledger || task_id || report_month || coalesce(progress_pct::VARCHAR, '-') || status || source_file, '|' ORDER BY ledger, task_id, report_month) FROM snapshots), '') || '/' ||
                   coalesce((SELECT string_agg(run_id || unit || '=' || spelling, ',' ORDER BY unit, spelling) FROM unit_names), '')
            """);
        return (string)rows[0][0]!;
    }

    /// <summary>Every file of the lake with its size and hash: equal before and after means the lake did not change.</summary>
    public string LakeFingerprint()
    {
        if (!Directory.Exists(Lake))
        {
            return "(no lake)";
        }

        return string.Join('\n', Directory.EnumerateFileSystemEntries(Lake, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(p => Path.GetRelativePath(Lake, p) + (File.Exists(p) ? ":" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(p))) : "/")));
    }

    public void Dispose() => _temp.Dispose();
}
