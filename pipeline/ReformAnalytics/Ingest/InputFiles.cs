namespace ReformAnalytics.Ingest;

/// <summary>Expands the paths given on the command line into ledger files, in a stable order.</summary>
public static class InputFiles
{
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".xlsx", ".xls", ".csv", ".txt" };

    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f)) && !IsOfficeLockFile(f)));
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

        return [.. files.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    private static bool IsOfficeLockFile(string path) => Path.GetFileName(path).StartsWith("~$", StringComparison.Ordinal);
}
