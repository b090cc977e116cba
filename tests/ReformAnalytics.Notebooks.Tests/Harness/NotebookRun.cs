using System.Data;

namespace ReformAnalytics.Notebooks.Tests.Harness;

/// <summary>A notebook executed from top to bottom: every code cell's run, and the script's variables at the end.</summary>
internal sealed record NotebookRun(
    NotebookDocument Notebook,
    IReadOnlyList<CellRun> Cells,
    IReadOnlyDictionary<string, object?> Variables,
    TimeSpan Elapsed)
{
    /// <summary>Every query result the notebook showed, in order.</summary>
    public IEnumerable<DataTable> Queries => Cells.SelectMany(c => c.Queries);

    /// <summary>The query result shown under <paramref name="title"/>.</summary>
    public DataTable Query(string title)
    {
        var matches = Queries.Where(q => q.TableName == title).ToList();
        Assert.True(matches.Count == 1, $"{Notebook.Name}：应有且仅有一个标题为“{title}”的查询结果，实有 {matches.Count} 个。已有：{string.Join("、", Queries.Select(q => q.TableName))}");
        return matches[0];
    }

    /// <summary>Everything the notebook displayed, in order.</summary>
    public IEnumerable<Displayed> Displayed => Cells.SelectMany(c => c.Displayed);
}
