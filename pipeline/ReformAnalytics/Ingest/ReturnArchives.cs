using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ReformAnalytics.Model;
using ReformAnalytics.Reading;

namespace ReformAnalytics.Ingest;

/// <summary>
/// Archives of returns (压缩包, .zip, .rar, .7z: <see cref="PackedArchive"/>): units send their month's return packed, and
/// offices pass on a month's returns in one archive. Each archive is unpacked into a scratch folder the run deletes afterwards, and its ledger files are
/// read like files found in a folder, under their own names (those stored as <c>source_file</c>). Archives inside an
/// archive are unpacked too, to <see cref="MaxDepth"/> levels.
/// <list type="bullet">
/// <item>Entry names of a zip: Windows' own zip, WinRAR, 360压缩 and most tools of a Chinese office write names in GBK
/// without the zip's UTF-8 flag; a Mac writes UTF-8 without it. A name with the flag is UTF-8; one without is UTF-8 when
/// its bytes are valid UTF-8, else GB18030. A .rar or .7z holds its names in Unicode.</item>
/// <item>Passed over: folders, a Mac's <c>__MACOSX</c> folder, lock files, and files that are not returns (.pdf, .doc,
/// …). A Word document (.docx) is read when a table in it has a ledger header, else named in the summary like an unread kind. Kinds that may be returns but are not read (.ett, .xlsb, …) are named in the summary like those in a folder.</item>
/// <item>Refused, naming the archive: a broken archive, a ledger file with a password (or an archive whose names need one), more than
/// <see cref="MaxEntries"/> entries, and the limits of a workbook (<see cref="ReadOptions.MaxUnpackedBytes"/> in all,
/// <see cref="ReadOptions.MaxCompressionRatio"/>) over everything unpacked in the run.</item>
/// <item>A file identical (name and content) to one already in the run, the same return unpacked beside its archive
/// or sent twice, is read once: from the archive (whose name may say the month the file's does not) rather than
/// from the folder, else from the first archive.</item>
/// </list>
/// </summary>
internal sealed class ReturnArchives
{
    public const int MaxDepth = 3;

    public const int MaxEntries = 10_000;

    private readonly ReadOptions _limits;
    private readonly string _scratch;
    private readonly Dictionary<string, List<string>> _byName = new(StringComparer.Ordinal);
    private readonly HashSet<string> _loose = new(StringComparer.Ordinal);
    private long _unpacked;
    private int _folders;

    private ReturnArchives(ReadOptions limits, string scratch, IEnumerable<string> looseFiles)
    {
        _limits = limits;
        _scratch = scratch;
        foreach (var file in looseFiles)
        {
            Remember(file);
            _loose.Add(file);
        }
    }

    /// <summary>Files given or found in a folder that an archive holds too (same name and content): read from the archive.</summary>
    public HashSet<string> LooseInArchives { get; } = new(StringComparer.Ordinal);

    /// <summary>What was unpacked: per archive its files (in the scratch folder), and the archives refused.</summary>
    public List<ArchiveContents> Contents { get; } = [];

    public List<LedgerInputException> Refusals { get; } = [];

    /// <summary>The archives each unpacked file came from, nearest first.</summary>
    public Dictionary<string, IReadOnlyList<string>> ArchivesOf { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The names of the folders (in an archive and around it) and archives each unpacked file is in, nearest first:
    /// 2024年/6月/县发改局.xlsx in 报送.zip in the folder 县级部门 gives 6月, 2024年, 报送.zip, 县级部门.
    /// </summary>
    public Dictionary<string, IReadOnlyList<string>> EnclosingOf { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Where the office finds each unpacked file: the archive as given, then the path within it (a nested archive's
    /// file as 报送/2024年6月报送.zip/县财政局.zip/县财政局.csv), the same from one run to the next.
    /// </summary>
    public Dictionary<string, string> FoundAt { get; } = new(StringComparer.Ordinal);

    /// <summary>The folders within its archive each unpacked file is in (6月报送), for those not at the archive's top.</summary>
    public Dictionary<string, string> FolderWithin { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Unpacks <paramref name="archives"/> into <paramref name="scratch"/>; files already in the run are <paramref name="looseFiles"/>;
    /// <paramref name="foldersAround"/> gives the names of the folders around an archive given or found, nearest first.
    /// </summary>
    public static ReturnArchives Unpack(IReadOnlyList<string> archives, IReadOnlyList<string> looseFiles, string scratch, ReadOptions limits, Func<string, IReadOnlyList<string>> foldersAround)
    {
        ArgumentNullException.ThrowIfNull(foldersAround);
        var unpacking = new ReturnArchives(limits, scratch, looseFiles);
        foreach (var archive in archives)
        {
            unpacking.UnpackOne(archive, archive, [], foldersAround(archive), 1);
        }

        return unpacking;
    }

    /// <summary>
    /// Unpacks one archive. <paramref name="path"/> is where it is (in the scratch folder when nested),
    /// <paramref name="shown"/> its name as the office knows it, <paramref name="outer"/> the archives around it,
    /// <paramref name="enclosing"/> the names of the folders and archives around it, nearest first.
    /// </summary>
    private void UnpackOne(string path, string shown, IReadOnlyList<string> outer, IReadOnlyList<string> enclosing, int depth)
    {
        var into = Path.Combine(_scratch, (++_folders).ToString(CultureInfo.InvariantCulture));
        var files = new List<string>();
        var unread = new List<string>();
        var same = 0;
        var nested = new List<(string Path, string Within, IReadOnlyList<string> Enclosing)>();
        IReadOnlyList<string> containers = [Path.GetFileName(shown), .. outer];
        try
        {
            using var archive = PackedArchive.Open(path);
            var entries = archive.Entries();
            if (entries.Count > MaxEntries)
            {
                throw new LedgerInputException(shown, ReadingMessages.ArchiveTooManyEntries(entries.Count, MaxEntries));
            }

            foreach (var entry in entries)
            {
                var name = entry.Name;
                var segments = name.Split('/', '\\').Where(s => s.Length > 0 && s != "." && s != "..").ToList();
                if (segments.Count == 0 || entry.IsFolder || name.EndsWith('/') || name.EndsWith('\\')
                    || segments.Contains("__MACOSX", StringComparer.OrdinalIgnoreCase) || InputFiles.IsLockOrSidecarFile(segments[^1]))
                {
                    continue;
                }

                var extension = Path.GetExtension(segments[^1]);
                var isArchive = PackedArchive.Extensions.Contains(extension);
                if (!InputFiles.Extensions.Contains(extension) && !(isArchive && depth < MaxDepth))
                {
                    if (isArchive || InputFiles.UnreadReturns.Contains(extension))
                    {
                        unread.Add(Path.Combine(shown, segments[^1]));
                    }

                    continue;
                }

                if (entry.IsEncrypted)
                {
                    throw new LedgerInputException(shown, ReadingMessages.ArchiveEncrypted(segments[^1]), value: name);
                }

                CheckSize(entry, shown, name);
                var target = FreePath(Path.Combine([into, .. segments.Select(Safe)]));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                entry.ExtractTo(target);
                IReadOnlyList<string> around = [.. segments.Take(segments.Count - 1).Reverse(), Path.GetFileName(shown), .. enclosing];
                if (isArchive)
                {
                    nested.Add((target, string.Join('/', segments), around));
                }
                else if (!InputFiles.IsLedgerDocument(target, _limits))
                {
                    // A Word document without a ledger table (a cover letter): named among the files not read.
                    unread.Add(Path.Combine(shown, segments[^1]));
                    File.Delete(target);
                }
                else if (SameAsEarlier(target))
                {
                    same++;
                    File.Delete(target);
                }
                else
                {
                    files.Add(target);
                    ArchivesOf[target] = containers;
                    EnclosingOf[target] = around;
                    FoundAt[target] = Path.Combine(shown, string.Join('/', segments));
                    if (segments.Count > 1)
                    {
                        FolderWithin[target] = string.Join('/', segments.Take(segments.Count - 1));
                    }
                }
            }
        }
        catch (PackedArchive.PasswordException e)
        {
            Refusals.Add(new LedgerInputException(shown, ReadingMessages.ArchiveLocked, inner: e));
            return;
        }
        catch (InvalidDataException e)
        {
            Refusals.Add(new LedgerInputException(shown, ReadingMessages.ArchiveCorrupt, inner: e));
            return;
        }
        catch (LedgerInputException e)
        {
            Refusals.Add(e);
            return;
        }

        Contents.Add(new ArchiveContents(shown, [.. files.Order(StringComparer.Ordinal)], unread, same));
        foreach (var (inner, within, around) in nested)
        {
            UnpackOne(inner, Path.Combine(shown, within), containers, around, depth + 1);
        }
    }

    /// <summary>The declared sizes against the run's budget (the limits of a workbook); no entry is written past its declared size.</summary>
    private void CheckSize(PackedEntry entry, string shown, string name)
    {
        switch (ZipBombGuard.Breach(entry.Length, entry.PackedLength, _unpacked, _limits))
        {
            case ZipBreach.Size:
                throw new LedgerInputException(shown, ReadingMessages.ArchiveTooLarge(_limits.MaxUnpackedBytes), value: name);
            case ZipBreach.Ratio:
                throw new LedgerInputException(shown, ReadingMessages.ArchiveCompressionRatio(name, ZipBombGuard.Ratio(entry.Length, entry.PackedLength), _limits.MaxCompressionRatio), value: name);
        }

        _unpacked += entry.Length;
    }

    /// <summary>
    /// An entry's name as its writer meant it. The archive is opened with Latin-1 for names without the UTF-8 flag, so
    /// such a name is its bytes one char each; a flagged name is already decoded (it may hold chars above 0xFF).
    /// </summary>
    internal static string EntryName(string decoded)
    {
        if (decoded.All(c => c < 0x80) || decoded.Any(c => c > 0xFF))
        {
            return decoded;
        }

        var bytes = Encoding.Latin1.GetBytes(decoded);
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            CodePages.EnsureRegistered();
            return Encoding.GetEncoding(CodePages.Gb18030).GetString(bytes);
        }
    }

    /// <summary>A path segment made safe for the file system (Windows' forbidden characters as well, for names written there).</summary>
    private static string Safe(string segment) =>
        string.Concat(segment.Select(c => c < 0x20 || "<>:\"|?*".Contains(c, StringComparison.Ordinal) ? '_' : c));

    private static string FreePath(string path)
    {
        var candidate = path;
        for (var n = 2; File.Exists(candidate) || Directory.Exists(candidate); n++)
        {
            candidate = Path.Combine(Path.GetDirectoryName(path)!, $"{Path.GetFileNameWithoutExtension(path)}({n}){Path.GetExtension(path)}");
        }

        return candidate;
    }

    /// <summary>
    /// Whether a file of the same name and content was unpacked already; if not, it is from now on. A file given or
    /// found in a folder with the same name and content is left out of the run instead (<see cref="LooseInArchives"/>).
    /// </summary>
    private bool SameAsEarlier(string file)
    {
        if (_byName.TryGetValue(Path.GetFileName(file), out var earlier))
        {
            var length = new FileInfo(file).Length;
            var hash = Hash(file);
            var same = earlier.Where(e => !LooseInArchives.Contains(e) && new FileInfo(e).Length == length && Hash(e).SequenceEqual(hash)).ToList();
            if (same.Any(e => !_loose.Contains(e)))
            {
                return true;
            }

            LooseInArchives.UnionWith(same);
        }

        Remember(file);
        return false;
    }

    private void Remember(string file)
    {
        var name = Path.GetFileName(file);
        if (!_byName.TryGetValue(name, out var list))
        {
            _byName[name] = list = [];
        }

        list.Add(file);
    }

    private static byte[] Hash(string file)
    {
        using var stream = File.OpenRead(file);
        return SHA256.HashData(stream);
    }
}

/// <summary>
/// One archive unpacked: its name as given (a nested archive as outer.zip/folder/inner.zip), the ledger files read from it,
/// the entries that may be returns but are not read, and how many files were left out as already unpacked from another archive.
/// </summary>
public sealed record ArchiveContents(string Archive, IReadOnlyList<string> Files, IReadOnlyList<string> Unread, int SameAsEarlier)
{
    /// <summary>What the summary says of the archive.</summary>
    public string Describe()
    {
        var name = Path.GetFileName(Archive);
        const string Same = "与本次其他压缩包中的同名文件内容相同，未重复读取。";
        return (Files.Count, SameAsEarlier) switch
        {
            (0, 0) => $"压缩包“{name}”中没有可直接读取的台账文件。",
            (0, _) => $"压缩包“{name}”中的{SameAsEarlier}个文件{Same}",
            _ => $"已解压读取压缩包“{name}”中的{Files.Count}个文件：{string.Join("、", Files.Select(Path.GetFileName))}"
                + (SameAsEarlier == 0 ? "。" : $"；另有{SameAsEarlier}个{Same}"),
        };
    }
}
