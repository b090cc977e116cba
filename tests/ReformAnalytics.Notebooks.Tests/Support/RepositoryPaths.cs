namespace ReformAnalytics.Notebooks.Tests.Support;

/// <summary>The repository root (the folder holding ReformAnalytics.sln, found from the test's output folder) and its notebooks.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Notebooks => Path.Combine(Root, "notebooks");

    /// <summary>Every notebook of <c>notebooks/</c>, by file name, in ordinal order.</summary>
    public static IReadOnlyList<string> NotebookFiles =>
        [.. Directory.GetFiles(Notebooks, "*.ipynb").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    public static string Notebook(string fileName) => Path.Combine(Notebooks, fileName);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ReformAnalytics.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("ReformAnalytics.sln not found above " + AppContext.BaseDirectory);
    }
}
