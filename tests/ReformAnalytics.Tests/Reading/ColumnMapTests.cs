using ReformAnalytics.Model;
using ReformAnalytics.Reading;
using static ReformAnalytics.Reading.CanonicalColumn;

namespace ReformAnalytics.Tests.Reading;

public sealed class ColumnMapTests : IDisposable
{
    private readonly ReadingFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData("english-map.yaml")]
    [InlineData("english-map.json")]
    public async Task Read_EnglishExportWithUserMap_MapsEveryHeader(string mapFile)
    {
        // english-export.csv: title line, header No.|Task|Lead unit|Deadline|Progress|Status|Remarks, two tasks.
        // Both maps name all seven headers (Remarks: ignore), so no warning either.
        var map = await ColumnMap.LoadAsync(ReadingFiles.Golden(mapFile), CancellationToken.None);

        var table = Assert.Single(await ReadingFiles.ReadAsync(ReadingFiles.Golden("english-export.csv"), new ReadOptions { ColumnMap = map }));

        Assert.Equal(7, map.Count);
        Assert.Equal("Ledger export June 2024", table.TitleText);
        Assert.Empty(table.Issues);
        Assert.Equal(2, table.Rows.Count);
        RowAssert.Cells(table.Rows[0], 3, null,
            (SeqNo, "1"), (CanonicalColumn.Task, "Reform state-owned enterprises"), (LeadUnit, "County SASAC"), (Deadline, "2024-06-30"), (ProgressPct, "80%"), (Status, "on track"));
        RowAssert.Cells(table.Rows[1], 4, null,
            (SeqNo, "2"), (CanonicalColumn.Task, "Streamline permits"), (LeadUnit, "Service Centre"), (Deadline, "2024-12-31"), (Status, "behind"));
        Assert.Equal("Lead unit", table.Rows[0].HeaderNames[(int)LeadUnit]);
    }

    [Fact]
    public async Task Read_MapEntry_TakesPrecedenceOverTheBuiltInAlias()
    {
        // 完成情况 is a status alias; this office uses it for the progress narrative.
        var path = _files.WriteText("custom.csv", "序号,改革任务,完成情况\n1,改革甲,已完成方案起草\n");
        var map = ColumnMap.FromPairs([new("完成情况", "progress_text")]);

        var table = Assert.Single(await ReadingFiles.ReadAsync(path, new ReadOptions { ColumnMap = map }));

        RowAssert.Cells(Assert.Single(table.Rows), 2, null, (SeqNo, "1"), (CanonicalColumn.Task, "改革甲"), (ProgressText, "已完成方案起草"));
    }

    [Theory]
    [InlineData("lead_unit", LeadUnit)]
    [InlineData("Lead Unit", LeadUnit)]
    [InlineData("LEADUNIT", LeadUnit)]
    [InlineData("牵头部门", LeadUnit)]
    [InlineData("progress-pct", ProgressPct)]
    [InlineData("目标节点或完成时限", Deadline)]
    public void TryParse_CanonicalNameInEnglishOrChinese_GivesTheColumn(string text, CanonicalColumn expected)
    {
        Assert.True(CanonicalColumnNames.TryParse(text, out var column));
        Assert.Equal(expected, column);
    }

    [Fact]
    public void Parse_UnknownColumnName_FailsNamingTheEntryAndTheAcceptedNames()
    {
        var ex = Assert.Throws<LedgerInputException>(() => ColumnMap.Parse("Task: task\nOwner: boss\n", ColumnMapFormat.Yaml, "map.yaml"));

        Assert.Equal(("map.yaml", 2, "Owner", "boss"), (ex.File, ex.Row, ex.Column, ex.Value));
        Assert.Contains("列名“boss”无法识别", ex.Message, StringComparison.Ordinal);
        Assert.Contains("lead_unit（牵头单位）", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BrokenYaml_FailsWithTheLine()
    {
        var ex = Assert.Throws<LedgerInputException>(() => ColumnMap.Parse("Task: task\nLead unit: [lead_unit\n", ColumnMapFormat.Yaml, "map.yaml"));

        Assert.Contains("不是有效的 YAML 格式", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Row >= 2, $"row {ex.Row}");
    }

    [Fact]
    public void Parse_BrokenJson_FailsWithTheLine()
    {
        var ex = Assert.Throws<LedgerInputException>(() => ColumnMap.Parse("{\n  \"Task\": \"task\"\n  \"Deadline\": \"deadline\"\n}", ColumnMapFormat.Json, "map.json"));

        Assert.Contains("不是有效的 JSON 格式", ex.Message, StringComparison.Ordinal);
        Assert.Equal(3, ex.Row);
    }

    [Fact]
    public void Parse_JsonValueNotText_Fails()
    {
        var ex = Assert.Throws<LedgerInputException>(() => ColumnMap.Parse("{\"Task\": 3}", ColumnMapFormat.Json, "map.json"));

        Assert.Contains("列映射“Task”的值应为一个列名", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SameHeaderTwiceAfterNormalising_Fails()
    {
        var ex = Assert.Throws<LedgerInputException>(() => ColumnMap.Parse("{\"Task\": \"task\", \" task \": \"task\"}", ColumnMapFormat.Json, "map.json"));

        Assert.Contains("出现了不止一次", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ListInsteadOfMapping_Fails()
    {
        var ex = Assert.Throws<LedgerInputException>(() => ColumnMap.Parse("- Task\n- Deadline\n", ColumnMapFormat.Yaml, "map.yaml"));

        Assert.Contains("键值对", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_MissingFile_Fails()
    {
        var ex = await Assert.ThrowsAsync<LedgerInputException>(() => ColumnMap.LoadAsync(Path.Combine(_files.Folder, "none.yaml"), CancellationToken.None));

        Assert.Contains("找不到列映射文件", ex.Message, StringComparison.Ordinal);
    }
}
