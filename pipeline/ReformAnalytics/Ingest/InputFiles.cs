using ReformAnalytics.Model;
using ReformAnalytics.Reading;
using ReformAnalytics.Xlsx;

namespace ReformAnalytics.Ingest;

/// <summary>
/// Expands the paths given on the command line into ledger files, in a stable order. In a folder, the lock files of
/// Excel and WPS and a Mac's <c>._</c> companions are passed over; so are the workbooks ReformAnalytics itself wrote (<see cref="OwnWorkbook"/>: the issue list of
/// reform validate, the quarter's lists), which are named in the run's summary as left out. Archives (.zip, .rar, .7z) are unpacked
/// (<see cref="ReturnArchives"/>) into a scratch folder that lives as long as the <see cref="InputFileSet"/>.
/// </summary>
public static class InputFiles
{
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".xlsx", ".xlsm", ".xls", ".et", ".ods", ".csv", ".txt", ".docx" };

    /// <summary>
    /// Kinds of file a unit may send its return as that are not read: WPS's template and other spreadsheets. Found in a
    /// folder or an archive, they are named in the summary (and so are archives nested deeper than ReturnArchives.MaxDepth), so that no return goes
    /// unread without a word.
    /// </summary>
    internal static readonly IReadOnlySet<string> UnreadReturns = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".ett", ".xlsb", ".numbers" };

    /// <summary>The files and folders given, expanded; archives (.zip, .rar, .7z) unpacked within the limits of <paramref name="limits"/> (those of a workbook by default).</summary>
    public static InputFileSet Expand(IEnumerable<string> paths, ReadOptions? limits = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        var archives = new List<string>();
        var unread = new List<string>();
        var folders = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var within = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(f => !IsLockOrSidecarFile(f)).ToList();
                foreach (var file in found)
                {
                    var around = FoldersAround(file, path);
                    folders.TryAdd(Path.GetFullPath(file), around);
                    if (around.Count > 1)
                    {
                        within.TryAdd(Path.GetFullPath(file), string.Join('/', around.Take(around.Count - 1).Reverse()));
                    }
                }

                files.AddRange(found.Where(f => Extensions.Contains(Path.GetExtension(f))));
                archives.AddRange(found.Where(PackedArchive.IsArchive));
                unread.AddRange(found.Where(f => UnreadReturns.Contains(Path.GetExtension(f))).Select(Path.GetFullPath));
            }
            else if (File.Exists(path))
            {
                (PackedArchive.IsArchive(path) ? archives : files).Add(path);
                folders.TryAdd(Path.GetFullPath(path), FoldersAround(path, Path.GetDirectoryName(Path.GetFullPath(path))!));
            }
            else
            {
                throw new FileNotFoundException($"找不到文件或目录“{path}”。", path);
            }
        }

        var loose = Ordered(files);
        var zips = Ordered(archives);
        IReadOnlyList<string> Around(string file) => folders.TryGetValue(file, out var names) ? names : [];
        var unpacked = zips.Count == 0 ? null : Unpack(zips, loose, limits ?? ReadOptions.Default, Around);
        // A return both unpacked in the folder and in its archive is read from the archive, whose name may say its month.
        var inArchives = unpacked?.Archives.LooseInArchives ?? [];
        // A Word document in a folder of returns is read when a table in it has a ledger header; a cover letter is named unread.
        var letters = loose.Where(f => !inArchives.Contains(f) && !IsLedgerDocument(f, limits ?? ReadOptions.Default)).ToHashSet(StringComparer.Ordinal);
        var all = loose.Where(f => !inArchives.Contains(f) && !letters.Contains(f)).Concat(unpacked?.Archives.Contents.SelectMany(a => a.Files) ?? []).ToList();
        var ours = all.Where(OwnWorkbook.IsOurs).ToHashSet(StringComparer.Ordinal);
        return new InputFileSet([.. all.Where(f => !ours.Contains(f))], [.. all.Where(ours.Contains)])
        {
            Unread = [.. Ordered([.. unread, .. letters]), .. unpacked?.Archives.Contents.SelectMany(a => a.Unread) ?? []],
            Archives = unpacked?.Archives.Contents ?? [],
            AlsoInArchives = [.. inArchives.Order(StringComparer.Ordinal)],
            Refusals = unpacked?.Archives.Refusals ?? [],
            ArchivesOf = unpacked is null ? [] : WithFolders(unpacked.Value.Archives, zips, within),
            FoundAt = unpacked?.Archives.FoundAt ?? [],
            FolderWithin = unpacked is null ? within : within.Concat(unpacked.Value.Archives.FolderWithin).ToDictionary(StringComparer.Ordinal),
            EnclosingOf = all.ToDictionary(f => f, f => unpacked?.Archives.EnclosingOf.GetValueOrDefault(f) ?? Around(f), StringComparer.Ordinal),
            Scratch = unpacked?.Scratch,
        };

        static List<string> Ordered(IEnumerable<string> paths) => [.. paths.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The archives each unpacked file came from, nearest first, the outermost named with its folders below the folder
    /// given (6月/报送.zip), so that two archives of the same name in two folders are told apart in messages.
    /// </summary>
    private static Dictionary<string, IReadOnlyList<string>> WithFolders(ReturnArchives archives, IReadOnlyList<string> zips, Dictionary<string, string> within) =>
        archives.ArchivesOf.ToDictionary(
            p => p.Key,
            p => zips.FirstOrDefault(z => archives.FoundAt[p.Key].StartsWith(z + Path.DirectorySeparatorChar, StringComparison.Ordinal)) is { } top
                && within.TryGetValue(top, out var folder)
                    ? [.. p.Value.SkipLast(1), $"{folder}/{p.Value[^1]}"]
                    : p.Value,
            StringComparer.Ordinal);

    /// <summary>
    /// The names of the folders a file is in, nearest first, up to and including <paramref name="given"/> (the folder
    /// given on the command line, or the folder of a file given): 报送/2024年6月/县发改局.xlsx from 报送 gives 2024年6月, 报送.
    /// Folders above the one given are not read; they say where the office keeps its files, not what a file holds.
    /// </summary>
    internal static IReadOnlyList<string> FoldersAround(string file, string given)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(given));
        var relative = Path.GetRelativePath(root, Path.GetDirectoryName(Path.GetFullPath(file))!);
        var below = relative == "." ? [] : relative.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        return [.. below.Reverse().Append(Path.GetFileName(root)).Where(n => n.Length > 0)];
    }

    /// <summary>Whether <paramref name="file"/> is to be read: any file but a Word document without a ledger table (<see cref="DocxTableReader.HoldsLedgerTable"/>).</summary>
    internal static bool IsLedgerDocument(string file, ReadOptions options) =>
        !Path.GetExtension(file).Equals(".docx", StringComparison.OrdinalIgnoreCase) || DocxTableReader.HoldsLedgerTable(file, options);

    private static (ReturnArchives Archives, string Scratch)? Unpack(IReadOnlyList<string> zips, IReadOnlyList<string> loose, ReadOptions limits, Func<string, IReadOnlyList<string>> foldersAround)
    {
        var scratch = Directory.CreateTempSubdirectory("reform-archives-").FullName;
        try
        {
            return (ReturnArchives.Unpack(zips, loose, scratch, limits, foldersAround), scratch);
        }
        catch
        {
            Directory.Delete(scratch, recursive: true);
            throw;
        }
    }

    /// <summary>
    /// Files a folder of returns holds beside the ledgers that are not ledgers: the lock file Excel (<c>~$…</c>) or WPS
    /// (<c>.~…</c>) keeps while a workbook is open, and the <c>._…</c> companion a Mac writes for each file it copies to
    /// a USB stick. They end in .xlsx like the ledger, and reading one would refuse the run.
    /// </summary>
    internal static bool IsLockOrSidecarFile(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith("~$", StringComparison.Ordinal) || name.StartsWith(".~", StringComparison.Ordinal) || name.StartsWith("._", StringComparison.Ordinal);
    }
}

/// <summary>
/// The ledger files to read, and the workbooks left out because ReformAnalytics wrote them (full paths; a file unpacked
/// from an archive is in the scratch folder, deleted when the set is disposed).
/// </summary>
public sealed record InputFileSet(IReadOnlyList<string> Files, IReadOnlyList<string> OwnOutputs) : IDisposable
{
    /// <summary>Files found in the folders given that may be returns but are not read (<c>.ett</c>, <c>.xlsb</c>, …), full paths (an archive's entry as archive/entry).</summary>
    public IReadOnlyList<string> Unread { get; init; } = [];

    /// <summary>The archives (.zip, .rar, .7z) unpacked, with the files read from each.</summary>
    public IReadOnlyList<ArchiveContents> Archives { get; init; } = [];

    /// <summary>Files in the folders given that an archive holds too, same name and content: read from the archive, not twice.</summary>
    public IReadOnlyList<string> AlsoInArchives { get; init; } = [];

    /// <summary>Archives that could not be unpacked (broken, with a password, too large): each refuses the run.</summary>
    public IReadOnlyList<LedgerInputException> Refusals { get; init; } = [];

    /// <summary>For each file unpacked from an archive, the names of the archives it came from, nearest first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ArchivesOf { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>
    /// For each file to read, the names of the folders and archives it is in, nearest first (from the folder given down,
    /// and within archives): where its ledger and month are looked for when its own names do not say.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> EnclosingOf { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>For each file unpacked from an archive, where the office finds it: archive.zip/path within (<see cref="ReturnArchives.FoundAt"/>).</summary>
    public IReadOnlyDictionary<string, string> FoundAt { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// For a file in a folder below the one given, or in a folder within its archive, those folders (2024年7月, 报送/6月):
    /// two returns named alike are told apart by them in every message.
    /// </summary>
    public IReadOnlyDictionary<string, string> FolderWithin { get; init; } = new Dictionary<string, string>();

    /// <summary>The scratch folder archives were unpacked into; null when there were none.</summary>
    public string? Scratch { get; init; }

    /// <summary>The names of the folders and archives <paramref name="file"/> is in, nearest first (<see cref="EnclosingOf"/>).</summary>
    public IReadOnlyList<string> EnclosingNames(string file) => EnclosingOf.TryGetValue(file, out var names) ? names : [];

    /// <summary>
    /// <paramref name="issue"/> with the folders its file is in below the folder given (<see cref="FolderWithin"/>), and, for a
    /// file unpacked from an archive, the archives it came from (outer.zip/inner.zip) for its message and the file where
    /// the office finds it (<see cref="FoundAt"/>) instead of the scratch folder's copy the run deletes: stored in
    /// ingest_issues, it still says where the file is. Locating an issue twice changes nothing more.
    /// </summary>
    public IngestIssue Locate(IngestIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        var located = FolderWithin.TryGetValue(issue.File, out var folder) ? issue with { Folder = folder } : issue;
        return ArchiveChain(issue.File) is { } archive ? located with { File = FoundAt[issue.File], Archive = archive } : located;
    }

    /// <summary>A file to read as the office finds it: 县发改局.csv, 2024年7月/县发改局.csv, or 县发改局.csv（压缩包“报送.zip”中）.</summary>
    public string Label(string file) => IngestIssue.LabelOf(file, FolderWithin.GetValueOrDefault(file), ArchiveChain(file));

    /// <summary>The archives a file came from, outermost first (outer.zip/inner.zip); null for a file given or found in a folder.</summary>
    private string? ArchiveChain(string file) => ArchivesOf.TryGetValue(file, out var names) ? string.Join("/", names.Reverse()) : null;

    public void Dispose()
    {
        if (Scratch is not null && Directory.Exists(Scratch))
        {
            Directory.Delete(Scratch, recursive: true);
        }
    }

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
        if (kinds.Overlaps([".ett", ".xlsb", ".numbers"]))
        {
            advice.Add("表格请在 WPS 或 Excel 中另存为 .xlsx");
        }

        if (kinds.Overlaps([".zip", ".rar", ".7z"]))
        {
            advice.Add("压缩包请先解压");
        }

        var documents = unread.Where(f => Path.GetExtension(f).Equals(".docx", StringComparison.OrdinalIgnoreCase)).ToList();
        var others = unread.Except(documents).ToList();
        var text = others.Count == 0 ? string.Empty
            : $"有{others.Count}个文件未读取（不是本工具能读的台账格式）：{string.Join("、", others.Select(Path.GetFileName))}。如是单位报送的台账，{string.Join("，", advice)}，再重新导入。";
        return documents.Count == 0 ? text
            : text + $"有{documents.Count}个 Word 文档中没有台账表格，未读取：{string.Join("、", documents.Select(Path.GetFileName))}。如其中有台账，请核对表格的表头（“改革任务”“牵头单位”等），或另存为 .xlsx 再导入。";
    }
}
