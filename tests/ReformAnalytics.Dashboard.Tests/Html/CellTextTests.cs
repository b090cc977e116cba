using ReformAnalytics.Dashboard.Html;

namespace ReformAnalytics.Dashboard.Tests.Html;

public sealed class CellTextTests
{
    [Fact]
    public void An_issue_about_a_whole_file_shows_no_row_number()
    {
        // ingest_issues.row is 0 for a file superseded by its correction: the page showed “0” as if it were a row.
        Assert.Equal(string.Empty, CellText.Plain("row", 0L));
        Assert.Equal("56", CellText.Plain("row", 56L));
        Assert.Equal("0", CellText.Plain("tasks", 0L));
    }

    [Fact]
    public void Clauses_join_with_semicolons_and_words_with_the_list_comma()
    {
        Assert.Equal("逾期、滞后、进度停滞", CellText.Plain("reasons", new[] { "逾期", "滞后", "进度停滞" })); // the negative list's reasons
        Assert.Equal("距完成时限1个月，进度落后计划20个百分点；报告状态为“正常推进”", CellText.Plain("reasons", new[] { "距完成时限1个月，进度落后计划20个百分点", "报告状态为“正常推进”" }));
        Assert.Equal("县委统战部、县科技局", CellText.Plain("co_units", new[] { "县委统战部", "县科技局" }));
        // Reasons without commas are still clauses: before, “进度比计划晚约50天、报告状态为“序时推进”” read as one list.
        Assert.Equal("进度比计划晚约50天；报告状态为“序时推进”", CellText.Plain("reasons", new[] { "进度比计划晚约50天", "报告状态为“序时推进”" }));
        Assert.Equal("逾期、到期未完成", CellText.Plain("reasons", new[] { "逾期", "到期未完成" }));
        Assert.Equal("县人力资源和社会保障局、县住房和城乡建设局", CellText.Plain("co_units", new[] { "县人力资源和社会保障局", "县住房和城乡建设局" })); // long names are still words
    }

    [Fact]
    public void A_quarter_reads_as_the_office_writes_it()
    {
        // results_list.completed_quarter is 2024Q4 in the view: the download showed it as it is.
        Assert.Equal("2024年第4季度", CellText.Plain("completed_quarter", "2024Q4"));
        Assert.Equal("2024年第1季度", CellText.Plain("report_quarter", "2024Q1"));
        Assert.Equal("2024Q5", CellText.Plain("completed_quarter", "2024Q5"));
    }
}
