using System.Text.RegularExpressions;
using System.Xml.Linq;
using ReformAnalytics.Notebooks.Tests.Harness;
using ReformAnalytics.Notebooks.Tests.Support;

namespace ReformAnalytics.Notebooks.Tests.Notebooks;

/// <summary>What every notebook of <c>notebooks/</c> must be, read from the files without running them.</summary>
public sealed partial class NotebookFileTests
{
    public static TheoryData<string> AllNotebooks => [.. RepositoryPaths.NotebookFiles];

    [Fact]
    public void NotebooksFolder_HoldsTheOfficesNotebooks()
    {
        Assert.Contains("季度分析.ipynb", RepositoryPaths.NotebookFiles);
        Assert.Contains("常用查询.ipynb", RepositoryPaths.NotebookFiles);
        Assert.Contains("风险模型.ipynb", RepositoryPaths.NotebookFiles);
    }

    [Theory]
    [MemberData(nameof(AllNotebooks))]
    public void FirstCell_SaysHowToOpenItAndWhichDatabaseItExpects(string fileName)
    {
        var first = NotebookDocument.Load(RepositoryPaths.Notebook(fileName)).Cells[0];

        Assert.Equal(NotebookCellKind.Markdown, first.Kind);
        Assert.Contains("Polyglot Notebooks", first.Source, StringComparison.Ordinal);
        Assert.Contains("Jupyter", first.Source, StringComparison.Ordinal);
        Assert.Contains(".demo/reform.duckdb", first.Source, StringComparison.Ordinal);
        Assert.Contains(SampleDatabaseFixture.DatabaseVariable, first.Source, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllNotebooks))]
    public void Notebook_IsNbformat4WithOnlyCSharpCodeCells(string fileName)
    {
        var notebook = NotebookDocument.Load(RepositoryPaths.Notebook(fileName));

        Assert.Equal(4, notebook.NbFormat);
        Assert.Equal("csharp", notebook.DefaultLanguage);
        Assert.All(notebook.Cells.Where(c => c.Kind == NotebookCellKind.Code), c => Assert.True(c.IsCSharp, c.Describe() + " 不是 C#"));
    }

    /// <summary>Outputs would carry one machine's data (and its paths) into git; the notebook is the code and the words.</summary>
    [Theory]
    [MemberData(nameof(AllNotebooks))]
    public void Notebook_IsStoredWithoutOutputs(string fileName)
    {
        var notebook = NotebookDocument.Load(RepositoryPaths.Notebook(fileName));

        Assert.All(notebook.Cells, c => Assert.True(c.Outputs == 0 && !c.Executed, c.Describe() + " 存有输出或执行序号：提交前请清除输出"));
    }

    [Theory]
    [MemberData(nameof(AllNotebooks))]
    public void NugetReferences_UseTheVersionsPinnedInDirectoryPackagesProps(string fileName)
    {
        var pinned = XDocument.Load(Path.Combine(RepositoryPaths.Root, "Directory.Packages.props"))
            .Descendants("PackageVersion")
            .ToDictionary(p => (string)p.Attribute("Include")!, p => (string)p.Attribute("Version")!, StringComparer.OrdinalIgnoreCase);
        var references = NotebookDocument.Load(RepositoryPaths.Notebook(fileName)).Cells
            .Where(c => c.IsCSharp)
            .SelectMany(c => CellCode.Parse(c.Source).References)
            .Where(r => r.IsPackage)
            .ToList();

        Assert.NotEmpty(references);
        Assert.All(references, r => Assert.Equal(pinned.GetValueOrDefault(r.PackageId!), r.Version));
    }

    /// <summary>The figures come from the project's library and metric views, never from a second definition in a notebook.</summary>
    [Theory]
    [MemberData(nameof(AllNotebooks))]
    public void Notebook_ReferencesTheLibraryAndInstallsTheMetricViews(string fileName)
    {
        var code = string.Join('\n', NotebookDocument.Load(RepositoryPaths.Notebook(fileName)).Cells.Where(c => c.IsCSharp).Select(c => c.Source));

        Assert.Matches(LibraryReference(), code);
        Assert.Contains("MetricViews.InstallAsync(", code, StringComparison.Ordinal);
        Assert.DoesNotContain("CREATE ", code, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"#r ""\.\./pipeline/[^""]+/ReformAnalytics\.dll""", RegexOptions.None)]
    private static partial Regex LibraryReference();
}
