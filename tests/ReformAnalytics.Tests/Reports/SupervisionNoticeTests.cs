using DocumentFormat.OpenXml.Packaging;
using ReformAnalytics.Model;
using ReformAnalytics.Reports;

namespace ReformAnalytics.Tests.Reports;

/// <summary>
/// 督办单 over the hand-worked county of <see cref="ReportFixture"/>. At 2024-06 (D = Jun 30, 181 days after S):
/// 县教育局 has R3 (deadline May 31: 30 days overdue, planned 100 against 60 → 40 behind), R8 (planned
/// 100 × 181 / 365 = 49.6 against 10 → 39.6 behind; 10 four months running → 3 months unchanged; reported
/// on_track while red) and R4 (open-ended, 50 four months running → 3 months unchanged); 县财政局 has R2
/// (49.6 against 30 → 19.6 behind); 县发改局 has nothing (R1 and R6 completed). No return is missing in June.
/// At 2024-05 R2 is missing (it was in April's ledger at 20%, not completed, and not in May's).
/// </summary>
public sealed class SupervisionNoticeTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    private static readonly ReportMonth June = new(2024, 6);
    private static readonly ReportMonth May = new(2024, 5);

    [Fact]
    public async Task June_OneNoticePerUnitWithSomethingToPutRight()
    {
        var set = await SupervisionNotices.BuildAsync(fixture.Connection, June, SupervisionNotices.DefaultDue(June), CancellationToken.None);

        Assert.Equal(["县教育局", "县财政局"], set.Notices.Select(n => n.LeadUnit).Order(StringComparer.Ordinal));
        Assert.Equal(new DateOnly(2024, 7, 20), set.Due);
        Assert.Equal(0, set.WithoutUnit);
        var education = set.Notices.Single(n => n.LeadUnit == "县教育局");
        Assert.Equal(["R3", "R8", "R4"], education.Tasks.Select(t => t.TaskId));
        Assert.Empty(education.Missing);
        Assert.Equal(["R2"], set.Notices.Single(n => n.LeadUnit == "县财政局").Tasks.Select(t => t.TaskId));
    }

    [Fact]
    public async Task June_FinanceBureau_CountsOnlyTheKindsItHas()
    {
        var set = await SupervisionNotices.BuildAsync(fixture.Connection, June, SupervisionNotices.DefaultDue(June), CancellationToken.None);
        var document = set.Notices.Single(n => n.LeadUnit == "县财政局").ToDocument();

        Assert.Equal(["一、督办事项", "二、办理要求"], document.Sections.Select(s => s.Heading));
        Assert.Equal(
            "经对2024年6月改革任务台账分析，你单位牵头的以下1项任务存在逾期、进度滞后或进展停滞的情况（落后计划1项），现予督办。",
            Assert.IsType<ReportParagraph>(document.Sections[0].Blocks[0]).Text);
        Assert.Equal([["1", "改革任务总台账", "财政预算绩效改革", "年底前", "30%", "49.6%", "落后计划19.6个百分点"]], Assert.IsType<ReportTable>(document.Sections[0].Blocks[1]).Rows);
    }

    [Fact]
    public async Task June_EducationBureau_DocumentSaysWhatIsWrongWithEachTask()
    {
        var set = await SupervisionNotices.BuildAsync(fixture.Connection, June, new DateOnly(2024, 7, 15), CancellationToken.None);
        var document = set.Notices.Single(n => n.LeadUnit == "县教育局").ToDocument();

        Assert.Equal("改革任务督办单", document.Title);
        // Units in code-point order: 县教育局 (教 U+6559) before 县财政局 (财 U+8D22), so it is the month's first notice.
        Assert.Equal("编号：2024年6月第1号　县教育局　2024年6月台账（截至2024年6月30日）", document.Subtitle);
        Assert.Equal("编号：2024年6月第2号　县财政局　2024年6月台账（截至2024年6月30日）", set.Notices.Single(n => n.LeadUnit == "县财政局").ToDocument().Subtitle);
        Assert.Equal(["一、督办事项", "二、办理要求"], document.Sections.Select(s => s.Heading));
        var tasks = document.Sections[0];
        Assert.Equal(
            "经对2024年6月改革任务台账分析，你单位牵头的以下3项任务存在逾期、进度滞后或进展停滞的情况（逾期1项，落后计划2项，进度停滞2项；一项任务可能兼有几种情况），现予督办。",
            Assert.IsType<ReportParagraph>(tasks.Blocks[0]).Text);
        var table = Assert.IsType<ReportTable>(tasks.Blocks[1]);
        Assert.Equal(["序号", "台账", "改革任务", "完成时限", "实际进度", "计划进度", "存在问题"], table.Columns);
        Assert.Equal(
            [
                ["1", "改革任务总台账", "县域医共体建设", "5月底前", "60%", "100%", "逾期30天；落后计划40个百分点"],
                ["2", "改革任务总台账", "集体林权制度改革", "年内", "10%", "49.6%", "落后计划39.6个百分点；进度连续3次填报未变化；自报“on_track”与测算进度不符"],
                ["3", "改革任务总台账", "基层治理长效机制", "长期坚持", "50%", "—", "进度连续3次填报未变化"],
            ],
            table.Rows);
        Assert.Equal(
            [
                "请于2024年7月15日前，将上述任务的整改措施和最新进展书面报送改革办；已经完成的任务，请附成果材料申请销号；确因客观原因无法按期完成的，请说明原因并提出调整完成时限的申请。",
                "签发：改革办（盖章）　　　　签发日期：　　　　年　　月　　日",
                "承办单位签收人：　　　　　　签收日期：　　　　年　　月　　日",
            ],
            document.Sections[1].Blocks.Select(b => Assert.IsType<ReportParagraph>(b).Text));
    }

    [Fact]
    public async Task May_FinanceBureau_OnlyTheMissingReturn()
    {
        var set = await SupervisionNotices.BuildAsync(fixture.Connection, May, SupervisionNotices.DefaultDue(May), CancellationToken.None);
        var finance = set.Notices.Single(n => n.LeadUnit == "县财政局");
        var document = finance.ToDocument();

        Assert.Empty(finance.Tasks);
        Assert.Equal(["一、漏报事项", "二、办理要求"], document.Sections.Select(s => s.Heading));
        Assert.Equal("以下1项任务仍在办，2024年5月台账中却没有报送进展（上次报送的月份见表），请补报。", Assert.IsType<ReportParagraph>(document.Sections[0].Blocks[0]).Text);
        var table = Assert.IsType<ReportTable>(document.Sections[0].Blocks[1]);
        Assert.Equal("表1 漏报任务", table.Caption);
        Assert.Equal([["1", "改革任务总台账", "财政预算绩效改革", "年底前", "2024年4月", "20%"]], table.Rows);
        Assert.Contains("2024年6月20日", Assert.IsType<ReportParagraph>(document.Sections[1].Blocks[0]).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void FileNames_UnitsThatLookAlikeOnceMadeSafe_GetDistinctNames()
    {
        var due = SupervisionNotices.DefaultDue(June);
        SupervisionNotice Of(string unit) => new(unit, June, due, [], []);

        var names = SupervisionNotices.FileNames([Of("县发改局"), Of("经信/商务局"), Of("经信:商务局"), Of("经信_商务局")]);

        Assert.Equal(
            ["督办单-2024-06-县发改局.docx", "督办单-2024-06-经信_商务局.docx", "督办单-2024-06-经信_商务局-2.docx", "督办单-2024-06-经信_商务局-3.docx"],
            names);
    }

    [Fact]
    public async Task Build_DueNotAfterTheStatusDate_IsRefusedInWords()
    {
        var e = await Assert.ThrowsAsync<ArgumentException>(() => SupervisionNotices.BuildAsync(fixture.Connection, June, new DateOnly(2024, 6, 30), CancellationToken.None));

        Assert.StartsWith("督办的办理时限（2024年6月30日）应在台账统计截止日（2024年6月30日）之后。", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_OneWordFilePerUnit_NamedByMonthAndUnit_HoldingTheTasks()
    {
        var dir = Path.Combine(Path.GetTempPath(), "reform-notices-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (set, files) = await SupervisionNotices.WriteAsync(fixture.Connection, June, SupervisionNotices.DefaultDue(June), dir, CancellationToken.None);

            Assert.Equal(set.Notices.Count, files.Count);
            Assert.Equal(["督办单-2024-06-县教育局.docx", "督办单-2024-06-县财政局.docx"], Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            using var word = WordprocessingDocument.Open(Path.Combine(dir, "督办单-2024-06-县教育局.docx"), false);
            var text = word.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains("改革任务督办单", text, StringComparison.Ordinal);
            Assert.Contains("县域医共体建设", text, StringComparison.Ordinal);
            Assert.Contains("逾期30天；落后计划40个百分点", text, StringComparison.Ordinal);
            Assert.Contains("请于2024年7月20日前", text, StringComparison.Ordinal);
            Assert.Contains("编号：2024年6月第1号", text, StringComparison.Ordinal);
            Assert.Contains("承办单位签收人：", text, StringComparison.Ordinal);
            Assert.Empty(Directory.GetFiles(dir, "*.tmp"));
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }
}
