namespace ReformAnalytics.Charts;

/// <summary>
/// Finds a CJK font file (Debian's fonts-noto-cjk, or another Simplified-Chinese face) on disk. ScottPlot's
/// Linux Skia build resolves no system font by family name, so the file itself has to be registered.
/// </summary>
public static class CjkFontFiles
{
    /// <summary>Folders searched, in order, when no folder is given.</summary>
    public static IReadOnlyList<string> DefaultFolders { get; } =
    [
        "/usr/share/fonts/opentype/noto",
        "/usr/share/fonts/truetype/noto",
        "/usr/share/fonts/noto-cjk",
        "/usr/share/fonts/google-noto-cjk",
        "/usr/share/fonts/opentype",
        "/usr/share/fonts/truetype",
        "/usr/share/fonts",
        "/usr/local/share/fonts",
        "/Library/Fonts",
        "/System/Library/Fonts",
        "C:\\Windows\\Fonts",
    ];

    /// <summary>Regular-weight files, best first: Noto Sans CJK, then common Chinese system faces.</summary>
    private static readonly string[] RegularNames =
    [
        "NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular.otf", "NotoSansSC-Regular.otf", "NotoSansCJK-Regular.otf",
        "wqy-microhei.ttc", "wqy-zenhei.ttc", "msyh.ttc", "simhei.ttf", "PingFang.ttc",
    ];

    private static readonly string[] BoldNames =
    [
        "NotoSansCJK-Bold.ttc", "NotoSansCJKsc-Bold.otf", "NotoSansSC-Bold.otf", "NotoSansCJK-Bold.otf", "msyhbd.ttc",
    ];

    private static readonly string[] SerifNames =
    [
        "NotoSerifCJK-Regular.ttc", "NotoSerifCJKsc-Regular.otf", "NotoSerifSC-Regular.otf", "simfang.ttf", "simsun.ttc",
    ];

    /// <summary>The regular CJK sans file, or null when none is installed.</summary>
    public static string? FindRegular(IEnumerable<string>? folders = null) => Find(RegularNames, folders);

    /// <summary>The bold CJK sans file, or null (titles then use the regular file).</summary>
    public static string? FindBold(IEnumerable<string>? folders = null) => Find(BoldNames, folders);

    /// <summary>The regular CJK serif file (a stand-in for 仿宋 where no fangsong face exists), or null.</summary>
    public static string? FindSerif(IEnumerable<string>? folders = null) => Find(SerifNames, folders);

    private static string? Find(string[] names, IEnumerable<string>? folders)
    {
        var searched = (folders ?? DefaultFolders).Where(Directory.Exists).ToList();
        foreach (var name in names)
        {
            foreach (var folder in searched)
            {
                var direct = Path.Combine(folder, name);
                if (File.Exists(direct))
                {
                    return direct;
                }
            }
        }

        // Distributions differ in the sub-folder; look one and two levels deeper before giving up.
        foreach (var name in names)
        {
            foreach (var folder in searched)
            {
                var found = SafeSearch(folder, name);
                if (found is not null)
                {
                    return found;
                }
            }
        }

        return null;
    }

    private static string? SafeSearch(string folder, string name)
    {
        try
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 3, IgnoreInaccessible = true, MatchCasing = MatchCasing.CaseInsensitive };
            return Directory.EnumerateFiles(folder, name, options).FirstOrDefault();
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
