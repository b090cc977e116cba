using ReformAnalytics.Database;
using ReformAnalytics.Notebooks.Tests.Support;

namespace ReformAnalytics.Notebooks.Tests.Notebooks;

/// <summary>
/// 常用查询's appendix lists what an analyst can query: every table and view, and the macros the recipes use
/// (task_label, ledger_label), each of them one that docs/schema.md describes. Before, the appendix listed tables and
/// views only, and no page named the macros the notebooks call.
/// </summary>
[Collection(SampleDatabaseCollection.Name)]
public sealed class TablesAndMacrosQueryTests(SampleDatabaseFixture sample)
{
    private const string FileName = "常用查询.ipynb";

    private static string SchemaDoc => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "schema.md"));

    [Fact]
    public async Task Appendix_ListsTablesAndViews_DescribedInSchemaDocs()
    {
        var listed = (await sample.RunAsync(FileName)).Query("表和视图").Column<string>("名称");
        var documented = SchemaPage.Parse(SchemaDoc).SelectMany(s => s.Objects).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("snapshots", listed);
        Assert.Contains("task_status", listed);
        Assert.All(listed, name => Assert.Contains(name, documented));
    }

    [Fact]
    public async Task Appendix_ListsTheMacrosTheRecipesUse_EachDescribedInSchemaDocs()
    {
        var listed = (await sample.RunAsync(FileName)).Query("宏（SQL 函数）").Column<string>("名称");
        var documented = SchemaPage.Macros(SchemaDoc).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("task_label", listed);
        Assert.Contains("ledger_label", listed);
        Assert.All(listed, name => Assert.Contains(name, documented));
    }
}
