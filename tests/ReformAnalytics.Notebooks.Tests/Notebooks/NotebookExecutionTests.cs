using System.Globalization;
using ReformAnalytics.Notebooks.Tests.Support;
using Xunit.Abstractions;

namespace ReformAnalytics.Notebooks.Tests.Notebooks;

/// <summary>
/// Every notebook of <c>notebooks/</c> (a new one is picked up by itself) runs from the first cell to the last
/// against the sample county without a cell failing, and every query it shows returns rows there.
/// </summary>
[Collection(SampleDatabaseCollection.Name)]
public sealed class NotebookExecutionTests(SampleDatabaseFixture sample, ITestOutputHelper output)
{
    public static TheoryData<string> AllNotebooks => NotebookFileTests.AllNotebooks;

    [Theory]
    [MemberData(nameof(AllNotebooks))]
    public async Task Notebook_RunsEveryCellAgainstTheSampleCounty_AndEveryQueryReturnsRows(string fileName)
    {
        var run = await sample.RunAsync(fileName);

        foreach (var cell in run.Cells)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{cell.Elapsed.TotalSeconds,6:0.00} 秒  {cell.Cell.Describe()}  查询 {cell.Queries.Count} 个"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"合计 {run.Elapsed.TotalSeconds:0.0} 秒"));
        Assert.NotEmpty(run.Cells);
        Assert.NotEmpty(run.Queries);
        var empty = run.Cells
            .SelectMany(c => c.Queries.Where(q => q.Rows.Count == 0).Select(q => $"{c.Cell.Describe()}的“{q.TableName}”"))
            .ToList();
        Assert.True(empty.Count == 0, $"{fileName}：这些查询在示例县上没有返回任何行：{string.Join("；", empty)}");
    }
}
