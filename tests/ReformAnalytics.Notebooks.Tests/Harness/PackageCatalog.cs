using System.Text.Json;

namespace ReformAnalytics.Notebooks.Tests.Harness;

/// <summary>
/// The NuGet packages (and projects) this test run was built with, read from its <c>.deps.json</c>: for each its
/// exact version (what <c>Directory.Packages.props</c> pins), its dependencies and its runtime assemblies (copied,
/// flat, into the output folder). A notebook's <c>#r "nuget: Id, Version"</c> becomes the assemblies of that package and
/// its dependencies — the same bits the kernel would restore — provided the version is the one pinned.
/// </summary>
internal sealed class PackageCatalog
{
    private readonly Dictionary<string, Package> _packages;
    private readonly string _assemblyFolder;

    private PackageCatalog(Dictionary<string, Package> packages, string assemblyFolder)
    {
        _packages = packages;
        _assemblyFolder = assemblyFolder;
    }

    public static PackageCatalog Current { get; } = Load(
        Path.Combine(AppContext.BaseDirectory, typeof(PackageCatalog).Assembly.GetName().Name + ".deps.json"),
        AppContext.BaseDirectory);

    public static PackageCatalog Load(string depsJsonPath, string assemblyFolder)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(depsJsonPath));
        var root = json.RootElement;
        var libraries = root.GetProperty("libraries");
        var target = root.GetProperty("targets").GetProperty(root.GetProperty("runtimeTarget").GetProperty("name").GetString()!);
        var packages = new Dictionary<string, Package>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in target.EnumerateObject())
        {
            var slash = entry.Name.IndexOf('/', StringComparison.Ordinal);
            var id = entry.Name[..slash];
            var isPackage = libraries.TryGetProperty(entry.Name, out var library)
                && library.GetProperty("type").GetString() == "package";
            var dependencies = entry.Value.TryGetProperty("dependencies", out var d)
                ? d.EnumerateObject().Select(p => p.Name).ToArray()
                : [];
            var assemblies = entry.Value.TryGetProperty("runtime", out var r)
                ? r.EnumerateObject().Select(p => Path.GetFileName(p.Name)).Where(n => n.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)).ToArray()
                : [];
            packages[id] = new Package(id, entry.Name[(slash + 1)..], isPackage, dependencies, assemblies);
        }

        return new PackageCatalog(packages, assemblyFolder);
    }

    /// <summary>The assembly files of <paramref name="id"/> and everything it depends on.</summary>
    /// <exception cref="InvalidOperationException">The package is not part of this build, or at another version.</exception>
    public IReadOnlyList<string> AssembliesOf(string id, string version)
    {
        if (!_packages.TryGetValue(id, out var package) || !package.IsPackage)
        {
            throw new InvalidOperationException(
                $"笔记本引用了 NuGet 包 {id}，但测试项目没有用到它：请在 Directory.Packages.props 锁定版本，并在 ReformAnalytics.Notebooks.Tests 中引用。");
        }

        if (!string.Equals(package.Version, version, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"笔记本引用 {id} {version}，而项目锁定的版本是 {package.Version}（Directory.Packages.props）：请改成 {package.Version}。");
        }

        return Closure(id);
    }

    /// <summary>
    /// The build output <paramref name="assemblyPath"/> with the assemblies of everything its project depends on:
    /// the kernel finds those beside it in its bin folder, and Roslyn must see the whole set at once (a dependency
    /// referenced only in a later cell would bind the earlier cells' types to a second copy of the assembly).
    /// </summary>
    public IReadOnlyList<string> WithDependencies(string assemblyPath)
    {
        var file = Path.GetFileName(assemblyPath);
        var library = _packages.Values.FirstOrDefault(p => p.Assemblies.Contains(file, StringComparer.OrdinalIgnoreCase));
        return library is null ? [assemblyPath] : [assemblyPath, .. Closure(library.Id).Where(a => !string.Equals(Path.GetFileName(a), file, StringComparison.OrdinalIgnoreCase))];
    }

    private List<string> Closure(string id)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<string>([id]);
        while (pending.TryPop(out var next))
        {
            if (!seen.Add(next) || !_packages.TryGetValue(next, out var p))
            {
                continue;
            }

            files.AddRange(p.Assemblies.Select(a => Path.Combine(_assemblyFolder, a)));
            foreach (var dependency in p.Dependencies)
            {
                pending.Push(dependency);
            }
        }

        return files;
    }

    private sealed record Package(string Id, string Version, bool IsPackage, IReadOnlyList<string> Dependencies, IReadOnlyList<string> Assemblies);
}
