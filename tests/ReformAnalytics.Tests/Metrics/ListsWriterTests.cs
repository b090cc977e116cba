using System.Globalization;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ReformAnalytics.Metrics;

namespace ReformAnalytics.Tests.Metrics;

/// <summary><c>reform lists</c> for 2024Q2 over <see cref="MetricsFixture"/>'s snapshots: four printable workbooks.</summary>
public sealed class ListsWriterTests(FixtureFileDatabase database) : IClassFixture<FixtureFileDatabase>
{
    private async Task<(int Code, string Output, string Error, string OutDir)> Run(string quarter)
    {
        Assert.True(Quarter.TryParse(quarter, out var q));
        var outDir = Path.Combine(database.Folder, "lists-" + quarter);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await ListsCommandRunner.RunAsync(
            new ListsCommandOptions { DbPath = database.DbPath, Quarter = q, OutDir = outDir }, output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString(), outDir);
    }

    [Fact]
    public async Task Lists_SecondQuarter_WritesFourWorkbooksNamedByQuarter()
    {
        var (code, output, _, outDir) = await Run("2024Q2");

        Assert.Equal(0, code);
        Assert.Equal(
            ["2024年第二季度年度考核.xlsx", "2024年第二季度成果清单.xlsx", "2024年第二季度红黑榜.xlsx", "2024年第二季度负面清单.xlsx"],
            Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("已按2024年6月台账写出2024年第二季度清单", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResultsList_HasTitleStandingLineHeadersAndTheTasksCompletedInTheQuarter()
    {
        var (_, _, _, outDir) = await Run("2024Q2");
        var rows = WorkbookReader.ReadFirstSheet(Path.Combine(outDir, "2024年第二季度成果清单.xlsx"));

        Assert.Equal("2024年第二季度改革成果清单", rows[0][0]);
        Assert.Equal("2024年第二季度内首次报告完成的改革任务，共2项；统计截至2024年6月30日（2024年6月台账）", rows[1][0]);
        Assert.Equal(["序号", "台账", "专项小组", "改革任务", "牵头单位"], rows[2].Take(5));

        // T8 completed in April on time, T2 in June after its May deadline.
        Assert.Equal(["1", "改革任务总台账", MetricsFixture.Economy, "政务服务一网通办", MetricsFixture.Finance], rows[3].Take(5));
        Assert.Equal(["2024年4月", "按期"], rows[3].Skip(8).Take(2));
        Assert.Equal("是否按期", rows[2][9]);
        Assert.Equal(("财政预算绩效改革", "逾期完成"), (rows[4][3], rows[4][9]));
        Assert.Equal(5, rows.Count);
    }

    [Fact]
    public async Task NegativeList_ListsJunesProblemTasksWithTheirReasonsInChinese()
    {
        var (_, _, _, outDir) = await Run("2024Q2");
        var rows = WorkbookReader.ReadFirstSheet(Path.Combine(outDir, "2024年第二季度负面清单.xlsx"));
        var problems = rows.Skip(3).Where(r => r[0] is not null && !r[0]!.StartsWith("注", StringComparison.Ordinal))
            .ToDictionary(r => r[3]!, r => r[10]);

        // By lag: T5 30.33 (stalled 3 months, reported on_track), T1 20.5, T7 16.94, then T3 (5 pp: not behind), due on
        // 30 June and at 95% in June's return.
        Assert.Equal(["县域医共体建设", "优化营商环境改革", "数字乡村试点", "国资国企改革"], problems.Keys);
        Assert.Equal("到期未完成", problems["国资国企改革"]);
        Assert.Equal("滞后30.3个百分点；进度连续3次填报未变化；报告与进度不符", problems["县域医共体建设"]);
        Assert.Equal("滞后20.5个百分点", problems["优化营商环境改革"]);
        Assert.StartsWith("注：", rows[^1][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ranking_PutsTheBestUnitFirstOnTheRedBoardAndExplainsTheWeights()
    {
        var (_, _, _, outDir) = await Run("2024Q2");
        var rows = WorkbookReader.ReadFirstSheet(Path.Combine(outDir, "2024年第二季度红黑榜.xlsx"));

        // 教育局 40 + 0.25 × 209/3 + 20 + 12.5 = 89.92 before 财政局 78.75 (its T3, due 30 June, is not done in June).
        Assert.Equal(["1", MetricsFixture.Education, "红榜"], rows[3].Take(3));
        Assert.Equal(40 + (0.25 * 209.0 / 3) + 20 + 12.5, double.Parse(rows[3][3]!, CultureInfo.InvariantCulture), 9);
        // Between the boards: “—”, as on the dashboard and in the report (before, the cell was blank).
        Assert.Equal(["2", MetricsFixture.Finance, "—", "78.75"], rows[4].Take(4).Select(c => c ?? string.Empty));
        Assert.Equal(["3", MetricsFixture.Development, "黑榜"], rows[5].Take(3));
        Assert.Contains("按时得分×0.4＋进度得分×0.25＋逾期得分×0.2＋报送得分×0.15", rows[6][0], StringComparison.Ordinal);
        Assert.Contains("尚无到期或已完成任务的单位（按期完成率为“—”）按时得分计满分", rows[6][0], StringComparison.Ordinal);
        Assert.Contains("进度得分＝100－平均滞后，最高100分、最低0分（平均滞后为负值表示快于计划", rows[6][0], StringComparison.Ordinal);
        Assert.Contains("为“—”的单位没有尚未完成、填报了进度的有时限任务，进度得分计满分", rows[6][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ranking_AndAssessment_SayBesideAUnitThatItsFiguresHoldAReturnItDidNotSend()
    {
        var (_, _, _, outDir) = await Run("2024Q2");

        // 教育局 left T6 out of June's return (open in May, not in June): counted at its last progress, and said so in the
        // last column, 数据说明; the other two units sent every return they owed. The note says what the column means.
        foreach (var file in new[] { "2024年第二季度红黑榜.xlsx", "2024年第二季度年度考核.xlsx" })
        {
            var rows = WorkbookReader.ReadFirstSheet(Path.Combine(outDir, file));
            Assert.Equal("数据说明", rows[2][^1]);
            Assert.Equal(
                [(MetricsFixture.Education, "6月漏报1项，按上次报送的进度计"), (MetricsFixture.Finance, string.Empty), (MetricsFixture.Development, string.Empty)],
                rows.Skip(3).Take(3).Select(r => (r[1], r[^1] ?? string.Empty)));
            Assert.Contains("“数据说明”注明当月未报送或漏报任务的单位：未报送的任务按上次报送的进度计入", rows[6][0], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task NegativeList_FiguresShownAsTheReportWritesThem_WholeWithoutADecimal()
    {
        var (_, _, _, outDir) = await Run("2024Q2");
        var path = Path.Combine(outDir, "2024年第二季度负面清单.xlsx");
        var rows = WorkbookReader.ReadFirstSheet(path);
        var formats = WorkbookReader.ReadFirstSheetFormats(path);
        var t3 = rows.FindIndex(r => r[3] == "国资国企改革");
        var t5 = rows.FindIndex(r => r[3] == "县域医共体建设");

        // T3 is due 30 June and at 95% in June's return: planned 100%, actual 95%, lag 5 points. The cells showed
        // 100.0%, 95.0% and 5.0 where the report writes 100%, 95% and 5; they stay numbers (sortable), shown whole.
        Assert.Equal(["1", "0.95", "5"], rows[t3].Skip(7).Take(3));
        Assert.Equal(["0%", "0%", "0"], formats[t3].Skip(7).Take(3));
        // T5 lags 30.33 points: one decimal, 30.3, as 问题 (滞后30.3个百分点) and the report write it.
        Assert.Equal("0.0", formats[t5][9]);
    }

    [Fact]
    public async Task Ranking_ScoreColumnsShowTwoDecimals_AsEveryOutputPrintsScores()
    {
        var (_, _, _, outDir) = await Run("2024Q2");
        var path = Path.Combine(outDir, "2024年第二季度红黑榜.xlsx");
        var sheet = WorkbookReader.Part(path, "xl/worksheets/sheet1.xml");
        var styles = WorkbookReader.Part(path, "xl/styles.xml");

        // D4 is the first unit's 综合得分; its style's number format is Excel's built-in 2, "0.00" (78.75 shows 78.75, 92 shows 92.00).
        var style = int.Parse(System.Text.RegularExpressions.Regex.Match(sheet, "<c r=\"D4\"[^>]* s=\"(\\d+)\"").Groups[1].Value, CultureInfo.InvariantCulture);
        var xfs = System.Text.RegularExpressions.Regex.Matches(styles[styles.IndexOf("<cellXfs", StringComparison.Ordinal)..], "<xf [^>]*numFmtId=\"(\\d+)\"");
        Assert.Equal("2", xfs[style].Groups[1].Value);
    }

    [Fact]
    public async Task Assessment_RanksTheUnitsOnTheYearToDate_AndSaysTheYearEndIsDecembers()
    {
        var (_, _, _, outDir) = await Run("2024Q2");
        var rows = WorkbookReader.ReadFirstSheet(Path.Combine(outDir, "2024年第二季度年度考核.xlsx"));

        // The fixture's first month is March, which expects no return: the year to date is the quarter's April to June,
        // so the figures are the 红黑榜's (教育局 89.92 with 6 returns expected, 1 missing; 财政局 78.75 with 7 expected, none missing).
        Assert.Equal("2024年度改革任务牵头单位考核（年初至2024年6月）", rows[0][0]);
        Assert.Equal("3个牵头单位参加排名；统计截至2024年6月30日（2024年6月台账）", rows[1][0]);
        // ceil(3 x 0.2) = 1 unit each 居前 and 居后, the 红黑榜's rule.
        Assert.Equal(["排名", "牵头单位", "位次", "综合得分"], rows[2].Take(4));
        Assert.Equal(["全年应报", "全年漏报"], rows[2].Skip(9).Take(2));
        Assert.Equal(["1", MetricsFixture.Education, "居前"], rows[3].Take(3));
        Assert.Equal(["6", "1"], rows[3].Skip(9).Take(2));
        // Between the boards: “—”, as on the dashboard and in the report (before, the cell was blank).
        Assert.Equal(["2", MetricsFixture.Finance, "—", "78.75"], rows[4].Take(4).Select(c => c ?? string.Empty));
        Assert.Equal(["7", "0"], rows[4].Skip(9).Take(2));
        Assert.Equal(["3", MetricsFixture.Development, "居后"], rows[5].Take(3));
        Assert.Contains("全年指2024年1月至2024年6月。前20%为居前、后20%为居后（至少各一个单位，与红黑榜同一规则）。年终考核以12月台账为准。", rows[6][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Workbooks_AreLaidOutForPrinting()
    {
        var (_, _, _, outDir) = await Run("2024Q2");
        var path = Path.Combine(outDir, "2024年第二季度负面清单.xlsx");

        // landscape A4 (paperSize 9), one page wide (fitToWidth 1 takes effect only with the sheet's fitToPage), as many
        // pages tall as it takes, the title, standing line and header repeated on every page
        var sheet = XDocument.Parse(WorkbookReader.Part(path, "xl/worksheets/sheet1.xml"));
        XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var setup = sheet.Root!.Element(main + "pageSetup")!;
        Assert.Equal(("9", "landscape", "1", "0"), ((string?)setup.Attribute("paperSize"), (string?)setup.Attribute("orientation"), (string?)setup.Attribute("fitToWidth"), (string?)setup.Attribute("fitToHeight")));
        Assert.Equal("1", (string?)sheet.Root.Element(main + "sheetPr")?.Element(main + "pageSetUpPr")?.Attribute("fitToPage"));
        using (var workbook = SpreadsheetDocument.Open(path, false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(workbook)); // sheetPr must come first in the sheet, or Excel repairs the file
        }

        Assert.Contains("_xlnm.Print_Titles", WorkbookReader.Part(path, "xl/workbook.xml"), StringComparison.Ordinal);
        Assert.Contains("'负面清单'!$1:$3", WorkbookReader.Part(path, "xl/workbook.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_QuarterWithoutSnapshots_WritesNothingAndSaysSo()
    {
        var (code, _, error, outDir) = await Run("2023Q4");

        Assert.Equal(1, code);
        Assert.False(Directory.Exists(outDir));
        Assert.Contains("没有2023年第四季度（2023Q4）的台账快照", error, StringComparison.Ordinal);
    }
}
