using ReformAnalytics.Model;
using ReformAnalytics.Normalising;
using ReformAnalytics.Reading;

namespace ReformAnalytics.Tests.Normalising;

/// <summary>Streaming a table row by row gives what normalising the whole table gives, progress reading included.</summary>
public sealed class StreamingNormaliserTests
{
    private static readonly ReportMonth June2024 = new(2024, 6);

    [Fact]
    public void Finish_FractionColumn_ReadsTheKeptRowsAsFractionsWithTheTableWarningFirst()
    {
        // 0.5 and 0.8 are plain figures within 0–1, "1" too; "60%" reads the same either way.
        var table = RawRows.Table(Row(5, "任务甲", "0.5", "序时推进"), Row(6, "任务乙", "60%", "序时推进"), Row(7, "任务丙", "1", null), Row(8, "任务丁", "0.8", "基本完成"));

        var (streamed, whole) = BothWays(table);

        Assert.Equal([50, 60, 100, 80], streamed.Rows.Select(r => r.ProgressPct));
        Assert.Equal(ReportedStatus.Completed, streamed.Rows[2].Status); // empty status, progress 100
        Assert.Equal(0, streamed.Issues[0].Row); // the table's own warning comes first
        AssertSame(whole, streamed);
    }

    [Fact]
    public void Finish_FigureAboveOneAfterAmbiguousRows_ReadsEveryRowAsPercent()
    {
        // "1" alone could be 1% or 100%; "80" settles the column as percent, so the kept row reads 1%.
        var table = RawRows.Table(Row(5, "任务甲", "1", null), Row(6, "任务乙", "0.5", "滞后"), Row(7, "任务丙", "80", "序时推进"), Row(8, "任务丁", "0.2", null));

        var (streamed, whole) = BothWays(table);

        Assert.Equal([1, 0.5, 80, 0.2], streamed.Rows.Select(r => r.ProgressPct));
        Assert.DoesNotContain(streamed.Issues, i => i.Row == 0);
        // 0.5 and 0.2 among whole percentages are stored as written, each with a warning that 50% and 20% may be meant;
        // "1" is a whole percentage like 80 and is not asked about.
        var fractions = streamed.Issues.Where(i => i.Column == "完成进度").ToList();
        Assert.Equal([(6, "0.5"), (8, "0.2")], fractions.Select(i => (i.Row, i.Value)));
        Assert.Equal("完成进度“0.5”已按0.5%入库；本表其他行的完成进度是百分数（如80即80%），如此处指50%，请改为“50%”后重新报送", fractions[0].Message);
        Assert.All(fractions, i => Assert.Equal(IssueSeverity.Warning, i.Severity));
        AssertSame(whole, streamed);
    }

    [Fact]
    public void Finish_RowWithoutTaskAndUnknownStatus_KeepsIssuesInRowOrderAndCountsThePhraseOnce()
    {
        var table = RawRows.Table(Row(5, "任务甲", "0.5", "基本完成"), Row(6, null, "0.3", "序时推进"), Row(7, "任务丙", "70%", "基本完成"));
        var unknown = new UnknownStatusCollector();

        var (streamed, whole) = BothWays(table, unknown);

        Assert.Equal(["任务甲", "任务丙"], streamed.Rows.Select(r => r.TaskName));
        Assert.Equal([6], streamed.Issues.Where(i => i.Severity == IssueSeverity.Error).Select(i => i.Row));
        var phrase = Assert.Single(unknown.Phrases);
        Assert.Equal(("基本完成", 2), (phrase.Phrase, phrase.Count));
        AssertSame(whole, streamed);
    }

    private static (TableNormalisation Streamed, TableNormalisation Whole) BothWays(LedgerTable table, UnknownStatusCollector? unknown = null)
    {
        var sink = new StreamingNormaliser(new TableHeading(table.SourceFile, table.SourceSheet, table.TitleText), Ledger.Overall, June2024);
        foreach (var row in table.Rows)
        {
            sink.Add(row);
        }

        return (sink.Finish(unknown), new RowNormaliser(table, Ledger.Overall, June2024).NormaliseAll());
    }

    private static void AssertSame(TableNormalisation expected, TableNormalisation actual)
    {
        Assert.Equal(expected.Rows.Select(Describe), actual.Rows.Select(Describe));
        Assert.Equal(expected.Issues, actual.Issues);
    }

    private static string Describe(SnapshotRow r) =>
        $"{r.SourceRow}|{r.TaskName}|{r.ProgressPct}|{r.Status}|{r.StatusText}|{r.LeadUnit}|{string.Join("、", r.CoUnits)}|{r.Deadline}";

    private static RawLedgerRow Row(int sourceRow, string? task, string figure, string? status)
    {
        var cells = new Dictionary<CanonicalColumn, CellValue>
        {
            [CanonicalColumn.LeadUnit] = RawRows.Text("县发改局"),
            [CanonicalColumn.Deadline] = RawRows.Text("2024年12月底前"),
            [CanonicalColumn.ProgressPct] = RawRows.Text(figure),
        };
        if (task is not null)
        {
            cells[CanonicalColumn.Task] = RawRows.Text(task);
        }

        if (status is not null)
        {
            cells[CanonicalColumn.Status] = RawRows.Text(status);
        }

        return RawRows.Row(sourceRow, null, cells);
    }
}
