using ReformAnalytics.Xlsx;

namespace ReformAnalytics.Ingest;

/// <summary>
/// Expands the paths given on the command line into ledger files, in a stable order. In a folder, the lock files of
/// Excel and WPS and a Mac's <c>._</c> companions are passed over; so are the workbooks ReformAnalytics itself wrote (<see cref="OwnWorkbook"/>: the issue list of
/// reform validate, the quarter's lists), which are named in the run's summary as left out.
/// </summary>
public static class InputFiles
{
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".xlsx", ".xlsm", ".xls", ".csv", ".txt" };

    /// <summary>
    /// Kinds of file a unit may send its return as that are not read: WPS's own spreadsheet, other spreadsheets, and
    /// archives. Found in a folder, they are named in the summary, so that no return goes unread without a word.
    /// </summary>
    private static readonly IReadOnlySet<string> UnreadReturns = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".et", ".ett", ".ods", ".xlsb", ".numbers", ".zip", ".rar", ".7z" };

    public static InputFileSet Expand(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        var unread = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(f => !IsLockOrSidecarFile(f)).ToList();
                files.AddRange(found.Where(f => Extensions.Contains(Path.GetExtension(f))));
                unread.AddRange(found.Where(f => UnreadReturns.Contains(Path.GetExtension(f))).Select(Path.GetFullPath));
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
        return new InputFileSet([.. all.Where(f => !ours.Contains(f))], [.. all.Where(ours.Contains)])
        {
            Unread = [.. unread.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        };
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
public sealed record InputFileSet(IReadOnlyList<string> Files, IReadOnlyList<string> OwnOutputs)
{
    /// <summary>Files found in the folders given that may be returns but are not read (<c>.et</c>, <c>.zip</c>, …), full paths.</summary>
    public IReadOnlyList<string> Unread { get; init; } = [];

    /// <summary>What the summary says of the unread files, with what to do about each kind; null when there are none.</summary>
    public static string? DescribeUnread(IReadOnlyList<string> unread)
    {
        ArgumentNullException.ThrowIfNull(unread);
        if (unread.Count == 0)
        {
            return null;
        }

        var kinds = unread.Select(f => Path.GetExtension(f).ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var advice = new List<string>();
        if (kinds.Overlaps([".et", ".ett", ".ods", ".xlsb", ".numbers"]))
        {
            advice.Add("表格请在 WPS 或 Excel 中另存为 .xlsx");
        }

        if (kinds.Overlaps([".zip", ".rar", ".7z"]))
        {
            advice.Add("压缩包请先解压");
        }

        return $"目录中有 {unread.Count} 个文件未读取（不是本工具能读的台账格式）：{string.Join("、", unread.Select(Path.GetFileName))}。如是单位报送的台账，{string.Join("，", advice)}，再重新导入。";
    }
}
