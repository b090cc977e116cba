using System.Data;
using ReformAnalytics.Notebooks.Tests.Harness;
using ReformAnalytics.Notebooks.Tests.Support;

namespace ReformAnalytics.Notebooks.Tests.HarnessTests;

/// <summary>The harness fails where the kernel would, and only there: these notebooks are written to break it.</summary>
public sealed class NotebookRunnerTests
{
    private static readonly Dictionary<string, string> NoEnvironment = [];

    [Fact]
    public async Task Run_CellsShareState_AndDisplayedValuesAndQueryLogAreAttributedToTheirCell()
    {
        using var scratch = new ScratchNotebook();
        var notebook = scratch
            .Code("using System.Data;\nvar queryLog = new List<DataTable>();\nvar n = 20;")
            .Markdown("## 第二步")
            .Code("queryLog.Add(new DataTable(\"t\"));\ndisplay(HTML(\"<b>x</b>\"));\nn + 1")
            .Save();

        var run = await NotebookRunner.RunAsync(notebook, scratch.Folder, NoEnvironment, CancellationToken.None);

        Assert.Equal(2, run.Cells.Count);
        Assert.Empty(run.Cells[0].Queries);
        Assert.Equal("t", Assert.Single(run.Cells[1].Queries).TableName);
        Assert.Equal(new HtmlContent("<b>x</b>"), Assert.Single(run.Cells[1].Displayed).Value);
        Assert.Equal(21, run.Cells[1].ReturnValue);
    }

    [Fact]
    public async Task Run_CellThatThrows_FailsNamingTheCellAndHeading()
    {
        using var scratch = new ScratchNotebook();
        var notebook = scratch
            .Code("var x = 1;")
            .Markdown("## 会出错的一步")
            .Code("throw new InvalidOperationException(\"坏了\");")
            .Code("var neverRun = 1;")
            .Save();

        var e = await Assert.ThrowsAsync<NotebookCellException>(() => NotebookRunner.RunAsync(notebook, scratch.Folder, NoEnvironment, CancellationToken.None));

        Assert.Contains("第 3 个单元格（“会出错的一步”下）执行失败", e.Message, StringComparison.Ordinal);
        Assert.Contains("坏了", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_TypeFromAPackageWithoutItsReference_DoesNotCompile()
    {
        using var scratch = new ScratchNotebook();
        var notebook = scratch.Code("var c = new DuckDB.NET.Data.DuckDBConnection(\"DataSource=:memory:\");").Save();

        var e = await Assert.ThrowsAsync<NotebookCellException>(() => NotebookRunner.RunAsync(notebook, scratch.Folder, NoEnvironment, CancellationToken.None));

        Assert.Contains("编译失败", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NamespaceTheKernelDoesNotImport_DoesNotCompileWithoutUsing()
    {
        using var scratch = new ScratchNotebook();
        var notebook = scratch.Code("var t = new DataTable();").Save();

        var e = await Assert.ThrowsAsync<NotebookCellException>(() => NotebookRunner.RunAsync(notebook, scratch.Folder, NoEnvironment, CancellationToken.None));

        Assert.Contains("DataTable", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_PinnedPackageReference_MakesThePackageUsable()
    {
        using var scratch = new ScratchNotebook();
        var notebook = scratch
            .Code("#r \"nuget: DuckDB.NET.Data.Full, 1.5.6\"\nusing DuckDB.NET.Data;\nvar c = new DuckDBConnection(\"DataSource=:memory:\");\nc.Open();\nvar cmd = c.CreateCommand();\ncmd.CommandText = \"SELECT 40 + 2\";\nConvert.ToInt32(cmd.ExecuteScalar())")
            .Save();

        var run = await NotebookRunner.RunAsync(notebook, scratch.Folder, NoEnvironment, CancellationToken.None);

        Assert.Equal(42, Assert.Single(run.Cells).ReturnValue);
    }

    [Fact]
    public async Task Run_PackageAtAnotherVersionThanPinned_FailsSayingWhichVersion()
    {
        using var scratch = new ScratchNotebook();
        var notebook = scratch.Code("#r \"nuget: DuckDB.NET.Data.Full, 1.0.0\"").Save();

        var e = await Assert.ThrowsAsync<NotebookCellException>(() => NotebookRunner.RunAsync(notebook, scratch.Folder, NoEnvironment, CancellationToken.None));

        Assert.Contains("1.5.6", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_BuildOutputReference_ResolvesToThisBuildsAssembly()
    {
        using var scratch = new ScratchNotebook();
        var project = Path.Combine(scratch.Folder, "pipeline", "ReformAnalytics");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "ReformAnalytics.csproj"), "<Project />");
        var notebook = scratch
            .Code("#r \"pipeline/ReformAnalytics/bin/Release/net10.0/ReformAnalytics.dll\"\nReformAnalytics.Model.ReportMonth.Of(new DateOnly(2024, 6, 30)).ToString()")
            .Save();

        var run = await NotebookRunner.RunAsync(notebook, scratch.Folder, NoEnvironment, CancellationToken.None);

        Assert.Equal("2024-06", Assert.Single(run.Cells).ReturnValue);
    }

    [Fact]
    public async Task Run_PackageReferencedInALaterCell_KeepsTheTypesOfEarlierCells()
    {
        using var scratch = new ScratchNotebook();
        var project = Path.Combine(scratch.Folder, "pipeline", "ReformAnalytics");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "ReformAnalytics.csproj"), "<Project />");
        var notebook = scratch
            .Code("#r \"pipeline/ReformAnalytics/bin/Release/net10.0/ReformAnalytics.dll\"\nvar q = new ReformAnalytics.Metrics.Quarter(2024, 2);")
            .Code("#r \"nuget: ScottPlot, 5.1.59\"\nReformAnalytics.Metrics.Quarter same = q;\nsame.Label")
            .Save();

        var run = await NotebookRunner.RunAsync(notebook, scratch.Folder, NoEnvironment, CancellationToken.None);

        Assert.Equal("2024年第二季度", run.Cells[1].ReturnValue);
    }

    [Theory]
    [InlineData("pipeline/NoSuchProject/bin/Release/net10.0/ReformAnalytics.dll")]
    [InlineData("pipeline/ReformAnalytics/bin/Release/net8.0/ReformAnalytics.dll")]
    [InlineData("pipeline/ReformAnalytics/bin/Release/net10.0/NoSuch.dll")]
    [InlineData("../outside/bin/Release/net10.0/ReformAnalytics.dll")]
    public async Task Run_ReferenceThatIsNotABuildOutputOfTheRepository_Fails(string path)
    {
        using var scratch = new ScratchNotebook();
        var project = Path.Combine(scratch.Folder, "pipeline", "ReformAnalytics");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "ReformAnalytics.csproj"), "<Project />");
        var notebook = scratch.Code($"#r \"{path}\"").Save();

        await Assert.ThrowsAsync<NotebookCellException>(() => NotebookRunner.RunAsync(notebook, scratch.Folder, NoEnvironment, CancellationToken.None));
    }

    [Fact]
    public async Task Run_CellInAnotherKernel_Fails()
    {
        using var scratch = new ScratchNotebook();
        var notebook = scratch.Code("var x = 1;").Code("#!sql\nSELECT 1").Save();

        var e = await Assert.ThrowsAsync<NotebookCellException>(() => NotebookRunner.RunAsync(notebook, scratch.Folder, NoEnvironment, CancellationToken.None));

        Assert.Contains("sql", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_EnvironmentAndWorkingDirectory_AreTheNotebooksDuringTheRunAndRestoredAfter()
    {
        using var scratch = new ScratchNotebook();
        var before = Environment.CurrentDirectory;
        var notebook = scratch.Code("Environment.GetEnvironmentVariable(\"REFORM_SCRATCH\") + \"|\" + System.IO.Directory.GetCurrentDirectory()").Save();

        var run = await NotebookRunner.RunAsync(
            notebook, scratch.Folder, new Dictionary<string, string> { ["REFORM_SCRATCH"] = "库" }, CancellationToken.None);

        Assert.Equal("库|" + scratch.Folder, Assert.Single(run.Cells).ReturnValue);
        Assert.Equal(before, Environment.CurrentDirectory);
        Assert.Null(Environment.GetEnvironmentVariable("REFORM_SCRATCH"));
    }

    [Fact]
    public async Task Run_DisposablesLeftOpen_AreDisposedAtTheEnd()
    {
        using var scratch = new ScratchNotebook();
        var notebook = scratch.Code("using System.IO;\nvar stream = new MemoryStream();").Save();

        var run = await NotebookRunner.RunAsync(notebook, scratch.Folder, NoEnvironment, CancellationToken.None);

        var stream = Assert.IsType<MemoryStream>(run.Variables["stream"]);
        Assert.False(stream.CanRead);
    }
}
