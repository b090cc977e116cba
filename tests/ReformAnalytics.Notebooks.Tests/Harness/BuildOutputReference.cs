using System.Runtime.Versioning;

namespace ReformAnalytics.Notebooks.Tests.Harness;

/// <summary>
/// A notebook's <c>#r "../pipeline/Project/bin/Config/tfm/Name.dll"</c>: an assembly built from this repository.
/// The path must lead, inside the repository, to the build output of a project that exists and to the target
/// framework the repository builds; the harness then references the copy of <c>Name.dll</c> built for this test
/// run (the kernel would load the analyst's own build of the same sources, which may not exist on a test machine).
/// </summary>
internal static class BuildOutputReference
{
    private static readonly string TargetFramework = CurrentTargetFramework();

    /// <exception cref="InvalidOperationException">The path does not name a build output of this repository.</exception>
    public static string Resolve(string notebookDirectory, string repositoryRoot, string path)
    {
        var full = Path.GetFullPath(Path.Combine(notebookDirectory, path));
        var relative = Path.GetRelativePath(repositoryRoot, full);
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            throw Fail(path, "指向仓库之外");
        }

        var segments = relative.Split(Path.DirectorySeparatorChar);
        var bin = Array.LastIndexOf(segments, "bin");
        if (bin < 1 || segments.Length != bin + 4)
        {
            throw Fail(path, "应为 项目目录/bin/配置/目标框架/程序集.dll");
        }

        var projectFolder = Path.Combine(repositoryRoot, Path.Combine(segments[..bin]));
        if (!Directory.Exists(projectFolder) || Directory.GetFiles(projectFolder, "*.csproj").Length == 0)
        {
            throw Fail(path, $"{Path.GetRelativePath(repositoryRoot, projectFolder)} 不是项目目录");
        }

        if (!string.Equals(segments[bin + 2], TargetFramework, StringComparison.Ordinal))
        {
            throw Fail(path, $"目标框架应为 {TargetFramework}");
        }

        var file = segments[^1];
        var built = Path.Combine(AppContext.BaseDirectory, file);
        if (!file.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) || !File.Exists(built))
        {
            throw Fail(path, $"本仓库的构建产物中没有 {file}");
        }

        return built;
    }

    private static InvalidOperationException Fail(string path, string why) =>
        new($"#r \"{path}\"：{why}。");

    private static string CurrentTargetFramework()
    {
        var name = typeof(BuildOutputReference).Assembly
            .GetCustomAttributes(typeof(TargetFrameworkAttribute), false)
            .OfType<TargetFrameworkAttribute>()
            .Single()
            .FrameworkName;
        var version = new FrameworkName(name).Version;
        return $"net{version.Major}.{version.Minor}";
    }
}
