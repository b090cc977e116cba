using System.Globalization;
using ReformAnalytics.Dashboard.Data;
using ReformAnalytics.Dashboard.Html;
using ReformAnalytics.Model;

namespace ReformAnalytics.Dashboard.Pages;

/// <summary>
/// How 入库问题 and 入库记录 name an ingest run and a file for the office: the run as 第3次导入 · 2024年6月 (its number in
/// commit order, r000003, and the report months its files held, from ingest_log) rather than r000003; a file by its
/// name, under the folder it sat in below the run's own folder (the folder all the run's files share), never the
/// server's full path. The downloads keep run_id and the path as stored.
/// </summary>
internal static class IngestRuns
{
    /// <summary>Each run's label: 第N次导入, with the months its files held (· 2024年6月, · 2022年1月至2024年12月) when ingest_log has them.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> LabelsAsync(PageContext ctx)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (PageData.Relation(ctx, "ingest_log") is not { } log || !log.HasColumn("run_id") || !log.HasColumn("report_month"))
        {
            return labels;
        }

        var table = await PageData.QueryAsync(ctx, "SELECT run_id, min(report_month), max(report_month) FROM ingest_log GROUP BY run_id", [], 100_000).ConfigureAwait(false);
        foreach (var row in table.Rows)
        {
            if (row[0] is string run)
            {
                labels[run] = Label(run, DbValues.AsDate(row[1]), DbValues.AsDate(row[2]));
            }
        }

        return labels;
    }

    /// <summary>第3次导入 · 2024年6月 for r000003 whose files held June 2024; the run id as it is when it is not rNNNNNN.</summary>
    internal static string Label(string runId, DateOnly? first, DateOnly? last)
    {
        ArgumentNullException.ThrowIfNull(runId);
        if (runId.Length < 2 || runId[0] != 'r' || !long.TryParse(runId.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return runId;
        }

        var label = string.Create(CultureInfo.InvariantCulture, $"第{number}次导入");
        if (first is not { } from || last is not { } to)
        {
            return label;
        }

        var (a, b) = (ReportMonth.Of(from), ReportMonth.Of(to));
        return label + " · " + (a == b ? Format.Month(a) : $"{Format.Month(a)}至{Format.Month(b)}");
    }

    /// <summary>
    /// Each file's path below the folder that all files of its run share (县财政局/县财政局.csv, 报送.zip/6月/县发改局.csv), or
    /// its name alone when the run's files are all in one folder.
    /// </summary>
    internal static IReadOnlyDictionary<(string Run, string File), string> Relative(IEnumerable<(string Run, string File)> files)
    {
        var result = new Dictionary<(string, string), string>();
        foreach (var run in files.Distinct().GroupBy(f => f.Run, StringComparer.Ordinal))
        {
            var parts = run.Select(f => (f.File, Parts: f.File.Split('/', '\\'))).ToList();
            var shared = parts.Min(p => Folders(p.Parts)); // the folders, not the file name nor an archive
            var root = 0;
            while (root < shared && parts.TrueForAll(p => string.Equals(p.Parts[root], parts[0].Parts[root], StringComparison.Ordinal)))
            {
                root++;
            }

            foreach (var (file, split) in parts)
            {
                result[(run.Key, file)] = string.Join('/', split.Skip(root));
            }
        }

        return result;
    }

    /// <summary>How many leading parts of a path are folders outside any archive: an archive (县财政局.zip) stays in sight.</summary>
    private static int Folders(string[] parts)
    {
        var archive = Array.FindIndex(parts, p => Archives.Any(a => p.EndsWith(a, StringComparison.OrdinalIgnoreCase)));
        return archive >= 0 ? Math.Min(archive, parts.Length - 1) : parts.Length - 1;
    }

    private static readonly string[] Archives = [".zip", ".rar", ".7z"];

    /// <summary>The page's table with the runs labelled and the files (column <paramref name="fileColumn"/>) below the run's folder.</summary>
    public static ResultTable ForPage(ResultTable table, IReadOnlyDictionary<string, string> labels, string? fileColumn, IReadOnlyList<(string Run, string File)> runFiles)
    {
        ArgumentNullException.ThrowIfNull(table);
        var (run, file) = (table.IndexOf("run_id"), fileColumn is null ? -1 : table.IndexOf(fileColumn));
        var relative = Relative(runFiles);
        var rows = table.Rows.Select(r =>
        {
            var copy = (object?[])r.Clone();
            if (run >= 0 && r[run] is string id)
            {
                copy[run] = labels.GetValueOrDefault(id) ?? Label(id, null, null);
                if (file >= 0 && r[file] is string path)
                {
                    copy[file] = relative.GetValueOrDefault((id, path)) ?? path;
                }
            }

            return copy;
        }).ToList();
        return new ResultTable(table.Columns, table.Types, rows, table.Truncated);
    }
}
