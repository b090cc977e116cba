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
