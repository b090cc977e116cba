namespace ReformAnalytics.Cli.Commands;

/// <summary>Where `reform demo` puts everything, under one folder.</summary>
internal sealed record DemoPaths(string Root)
{
    public string Sample => Path.Combine(Root, "sample");

    public string Lake => Path.Combine(Root, "lake");

    public string Database => Path.Combine(Root, "reform.duckdb");

    public string Reports => Path.Combine(Root, "reports");

    public string Charts => Path.Combine(Root, "charts");

    public string Lists => Path.Combine(Root, "lists");

    public string Risk => Path.Combine(Root, "risk");

    public string Notices => Path.Combine(Root, "notices");

    /// <summary>
    /// Removes the pictures in <see cref="Charts"/> that this run did not write: the demo's chart folder holds the latest
    /// quarter's figures only, and a folder an older build filled kept its files (named 图1-… before the quarter went
    /// into the name) beside the new ones. Other files are left. Returns how many were removed.
    /// </summary>
    public int RemoveChartsOtherThan(IReadOnlyCollection<string> written)
    {
        var keep = written.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(Charts))
        {
            var ext = Path.GetExtension(file);
            if ((ext.Equals(".png", StringComparison.OrdinalIgnoreCase) || ext.Equals(".svg", StringComparison.OrdinalIgnoreCase))
                && !keep.Contains(Path.GetFullPath(file)))
            {
                File.Delete(file);
                removed++;
            }
        }

        return removed;
    }

    /// <summary>The notebooks folder of the repository the program was built from (shown to the user, not read).</summary>
    public static string RepositoryNotebooks()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ReformAnalytics.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? ".", "notebooks");
    }
}
