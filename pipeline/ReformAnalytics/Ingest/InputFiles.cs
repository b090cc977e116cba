using ReformAnalytics.Xlsx;

namespace ReformAnalytics.Ingest;

/// <summary>
/// Expands the paths given on the command line into ledger files, in a stable order. In a folder, the lock files of
/// Excel and WPS and a Mac's <c>._</c> companions are passed over; so are the workbooks ReformAnalytics itself wrote (<see cref="OwnWorkbook"/>: the issue list of
/// reform validate, the quarter's lists), which are named in the run's summary as left out.
/// </summary>
public static class InputFiles
{
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".xlsx", ".xls", ".csv", ".txt" };

    public static InputFileSet Expand(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f)) && !IsLockOrSidecarFile(f)));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new FileNotFoundException($"找不到文件或目录“{path}”。", path);
            }
        }

        var all = files.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var ours = all.Where(OwnWorkbook.IsOurs).ToHashSet(StringComparer.Ordinal);
        return new InputFileSet([.. all.Where(f => !ours.Contains(f))], [.. all.Where(ours.Contains)]);
    }

    /// <summary>
    /// Files a folder of returns holds beside the ledgers that are not ledgers: the lock file Excel (<c>~$…</c>) or WPS
    /// (<c>.~…</c>) keeps while a workbook is open, and the <c>._…</c> companion a Mac writes for each file it copies to
    /// a USB stick. They end in .xlsx like the ledger, and reading one would refuse the run.
    /// </summary>
    private static bool IsLockOrSidecarFile(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith("~$", StringComparison.Ordinal) || name.StartsWith(".~", StringComparison.Ordinal) || name.StartsWith("._", StringComparison.Ordinal);
    }
}

/// <summary>The ledger files to read, and the workbooks left out because ReformAnalytics wrote them (full paths).</summary>
public sealed record InputFileSet(IReadOnlyList<string> Files, IReadOnlyList<string> OwnOutputs);
