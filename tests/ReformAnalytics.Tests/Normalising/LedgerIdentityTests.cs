using ReformAnalytics.Model;
using ReformAnalytics.Normalising;

namespace ReformAnalytics.Tests.Normalising;

public sealed class LedgerIdentityTests
{
    [Fact]
    public void Infer_FileNameWithYearMonthAndOverallKeyword_ReturnsBoth()
    {
        var identity = LedgerIdentity.Infer("2024年6月改革任务总台账.xlsx", "Sheet1", null);

        Assert.Equal(Ledger.Overall, identity.Ledger);
        Assert.Equal(new ReportMonth(2024, 6), identity.Month);
    }

    [Fact]
    public void Infer_SheetNamesLedger_SheetWinsOverTitle()
    {
        // The title says 全面深化改革任务 (overall) but the sheet says 自选试点: the sheet wins.
        var identity = LedgerIdentity.Infer("台账.xlsx", "自选试点", "2024年全面深化改革任务台账（6月）");

        Assert.Equal(Ledger.LocalPilot, identity.Ledger);
        Assert.Equal(new ReportMonth(2024, 6), identity.Month); // （6月） with 2024 from the same title
    }

    [Theory]
    [InlineData("1月", 1)]
    [InlineData("5月", 5)]
    [InlineData("12月份", 12)]
    [InlineData("六月", 6)]
    public void Infer_AYearsWorkbook_OneSheetPerMonth_TakesTheYearFromTheFileAndTheMonthFromTheSheet(string sheet, int month)
    {
        // Offices keep the year in one workbook, a sheet per month: 2024年改革任务总台账.xlsx, sheets 1月 … 12月.
        var identity = LedgerIdentity.Infer("2024年改革任务总台账.xlsx", sheet, null);

        Assert.Equal(Ledger.Overall, identity.Ledger);
        Assert.Equal(new ReportMonth(2024, month), identity.Month);
    }

    [Fact]
    public void Infer_TitleWithMonthInBrackets_TakesTheYearFromTheTitle()
    {
        var identity = LedgerIdentity.Infer("export.xlsx", "Sheet1", "2024年全面深化改革任务台账（6月）");

        Assert.Equal(Ledger.Overall, identity.Ledger);
        Assert.Equal(new ReportMonth(2024, 6), identity.Month);
    }

    [Fact]
    public void Infer_AReturnNamedForItsUnitInAnArchive_TakesWhatItsOwnNamesLackFromTheArchives()
    {
        // The file, sheet and title say nothing; the archive says the month, the outer archive the ledger.
        var fromArchives = LedgerIdentity.Infer("县发改局.xlsx", "Sheet1", null, ["6月报送.zip", "2024年自选试点台账.zip"]);
        Assert.Equal(Ledger.LocalPilot, fromArchives.Ledger);
        Assert.Equal(new ReportMonth(2024, 6), fromArchives.Month);

        // What the file's own names say comes first.
        var own = LedgerIdentity.Infer("县发改局2024年7月改革任务台账.xlsx", "Sheet1", null, ["2024年6月自选试点台账.zip"]);
        Assert.Equal(Ledger.Overall, own.Ledger);
        Assert.Equal(new ReportMonth(2024, 7), own.Month);
    }

    [Theory]
    [InlineData("2024.6", 2024, 6)] // a folder's whole name: ".6" is not an extension
    [InlineData("2024.06.zip", 2024, 6)] // an archive's name without .zip
    [InlineData("2024.6.rar", 2024, 6)] // … or .rar
    [InlineData("2024.6.7z", 2024, 6)] // … or .7z
    [InlineData("202407.7z", 2024, 7)]
    [InlineData("2024.7.rar", 2024, 7)]
    [InlineData("202407", 2024, 7)]
    public void Infer_FolderAndArchiveNames_SayTheMonth_TheNearestFirst(string nearest, int year, int month)
    {
        var identity = LedgerIdentity.Infer("县财政局.csv", null, null, [nearest, "2023年12月", "上级部署试点"]);

        Assert.Equal(Ledger.AssignedPilot, identity.Ledger);
        Assert.Equal(new ReportMonth(year, month), identity.Month);
    }

    [Fact]
    public void Infer_MonthInSheetYearInFileName_CombinesThem()
    {
        var identity = LedgerIdentity.Infer("2024年改革任务总台账.xlsx", "六月", null);

        Assert.Equal(new ReportMonth(2024, 6), identity.Month);
    }

    [Theory]
    [InlineData("上级部署试点台账2024-07.csv", Ledger.AssignedPilot, 2024, 7)]
    [InlineData("上级试点台账_202405.xlsx", Ledger.AssignedPilot, 2024, 5)]
    [InlineData("2024.6 自选试点台账.xlsx", Ledger.LocalPilot, 2024, 6)]
    [InlineData("２０２４年１１月改革任务台账.xls", Ledger.Overall, 2024, 11)]
    [InlineData("/data/in/2024_09全面深化改革任务.csv", Ledger.Overall, 2024, 9)]
    public void Infer_FileNameForms_ReturnLedgerAndMonth(string file, Ledger ledger, int year, int month)
    {
        var identity = LedgerIdentity.Infer(file, null, null);

        Assert.Equal(ledger, identity.Ledger);
        Assert.Equal(new ReportMonth(year, month), identity.Month);
    }

    [Fact]
    public void Infer_CumulativeMonths_TakesTheLastMonth()
    {
        var identity = LedgerIdentity.Infer("总台账.xlsx", null, "2024年改革任务台账（1-6月）");

        Assert.Equal(new ReportMonth(2024, 6), identity.Month);
    }

    [Theory]
    [InlineData("总台账.xlsx", "全面深化改革任务台账（2024年1月至6月）", 2024, 6)]
    [InlineData("总台账.xlsx", "2024年1月—6月全面深化改革任务推进情况", 2024, 6)]
    [InlineData("2024年1月-6月改革任务台账.xlsx", null, 2024, 6)]
    [InlineData("总台账.xlsx", "2024年改革任务总台账（2024.1-2024.6）", 2024, 6)]
    [InlineData("总台账.xlsx", "2023年11月至2024年2月改革任务台账", 2024, 2)]
    [InlineData("台账2024-06-05.xlsx", "改革任务总台账（5月）", 2024, 5)] // a dated name is no span of months
    public void Infer_ASpanOfMonths_IsItsLastMonth(string file, string? title, int year, int month)
    {
        Assert.Equal(new ReportMonth(year, month), LedgerIdentity.Infer(file, null, title).Month);
    }

    [Theory]
    [InlineData("总台账.xlsx", "全面深化改革任务台账（6月份）2024年7月5日报送")]
    [InlineData("总台账.xlsx", "填报日期：2024年7月5日\n2024年全面深化改革任务台账（6月）")]
    [InlineData("县发改局6月改革任务台账（2024年7月3日报）.xlsx", "2024年改革任务台账")]
    [InlineData("县发改局2024年改革任务台账（7月3日报）.xlsx", "6月")]
    public void Infer_TheDayAReturnWasSent_NamesNoMonthWhenAnotherNameDoes(string file, string title)
    {
        Assert.Equal(new ReportMonth(2024, 6), LedgerIdentity.Infer(file, null, title).Month);
    }

    [Fact]
    public void Infer_AnAttachmentLabelAboveTheTitle_IsNotGluedToItsYear()
    {
        // 附件1 on the row above: before, the rows read as 附件12024年… with no year in them, and the file was refused.
        Assert.Equal(new ReportMonth(2024, 6), LedgerIdentity.Infer("台账.xlsx", null, "附件1\n2024年全面深化改革任务台账（6月）").Month);
    }

    [Fact]
    public void Infer_YearMonthInSheet_WinsOverFileName()
    {
        var identity = LedgerIdentity.Infer("2024年6月总台账.xlsx", "2024年7月", null);

        Assert.Equal(new ReportMonth(2024, 7), identity.Month);
    }

    [Fact]
    public void Infer_MonthAloneInTitle_WinsOverYearMonthInFileName()
    {
        // The title is read before the file name: （6月） with 2024 from the title, not the file's 2024年5月.
        var identity = LedgerIdentity.Infer("2024年5月总台账.xlsx", null, "2024年全面深化改革任务台账（6月）");

        Assert.Equal(new ReportMonth(2024, 6), identity.Month);
    }

    [Fact]
    public void Infer_EightDigitExportDate_IsNotReadAsTheMonth()
    {
        var identity = LedgerIdentity.Infer("改革任务总台账20240705.xlsx", null, null);

        Assert.Equal(Ledger.Overall, identity.Ledger);
        Assert.Null(identity.Month);
    }

    [Fact]
    public void Infer_BothPilotKeywordsInSheet_FallsBackToTheTitle()
    {
        var identity = LedgerIdentity.Infer("a.xlsx", "上级部署与自选试点", "2024年改革任务总台账");

        Assert.Equal(Ledger.Overall, identity.Ledger);
    }

    [Fact]
    public void Infer_NothingToTell_ReturnsNulls()
    {
        var identity = LedgerIdentity.Infer("data.xlsx", "Sheet1", null);

        Assert.Null(identity.Ledger);
        Assert.Null(identity.Month);
    }
}
