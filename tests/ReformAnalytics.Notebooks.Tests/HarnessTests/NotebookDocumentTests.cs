using ReformAnalytics.Notebooks.Tests.Harness;
using ReformAnalytics.Notebooks.Tests.Support;

namespace ReformAnalytics.Notebooks.Tests.HarnessTests;

public sealed class NotebookDocumentTests
{
    [Fact]
    public void Load_CellLanguages_FollowMagicThenCellKernelThenNotebookDefault()
    {
        using var scratch = new ScratchNotebook();
        var notebook = scratch
            .Markdown("# 标题\n\n## 第二节")
            .Code("var a = 1;")
            .Code("#!sql\nSELECT 1")
            .Code("SELECT 1", kernel: "sql-reform")
            .Code("#!csharp\nvar b = 2;", kernel: "fsharp")
            .Save();

        Assert.Equal(["markdown", "csharp", "sql", "sql-reform", "csharp"], notebook.Cells.Select(c => c.Language));
        Assert.Equal("第二节", notebook.Cells[1].Heading);
        Assert.Equal("第 2 个单元格（“第二节”下）", notebook.Cells[1].Describe());
    }
}
