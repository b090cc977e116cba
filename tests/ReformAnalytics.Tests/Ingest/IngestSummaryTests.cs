using ReformAnalytics.Ingest;
using ReformAnalytics.Model;

namespace ReformAnalytics.Tests.Ingest;

public sealed class IngestSummaryTests
{
    [Fact]
    public void DescribeStoredMonths_GivesEachLedgersMonthsStored_AsRunsPerYear()
    {
        static FileReport Report(string file, Ledger ledger, int year, int month, FileOutcome outcome = FileOutcome.Ingested) =>
            new(file, "sha", string.Empty, ledger, new ReportMonth(year, month), 1, 0, outcome, null);
        static FileReport Return(string unit, int month, string sheet = "") =>
            Report(unit + $"2024年{month}月.csv", Ledger.Overall, 2024, month) with { Unit = unit, Sheet = sheet };

        // The overall ledger: December 2023, January to June 2024 (June a whole ledger and 县财政局's return), and August
        // (the returns of 县发改局, in two sheets, and 县教育局: two units).
        List<FileReport> files =
        [
            Report("2023-12.csv", Ledger.Overall, 2023, 12),
            .. Enumerable.Range(1, 6).Select(m => Report($"2024-{m}.csv", Ledger.Overall, 2024, m)),
            Return("县财政局", 6),
            Return("县发改局", 8, "Sheet1"),
            Return("县发改局", 8, "Sheet2"),
            Return("县教育局", 8),
            Report("自选试点.csv", Ledger.LocalPilot, 2024, 6),
            // Left out: a file replaced by another, one unchanged, one refused.
            Report("上级部署-旧.csv", Ledger.AssignedPilot, 2024, 5, FileOutcome.Superseded),
            Report("上级部署.csv", Ledger.AssignedPilot, 2024, 4, FileOutcome.Unchanged),
            new("坏文件.csv", string.Empty, string.Empty, null, null, 0, 1, FileOutcome.Refused, "拒收"),
        ];
        var summary = new IngestSummary("r000001", files, 9, 9, [], []);

        Assert.Equal(
            ["改革任务总台账：2023年12月、2024年1—6月、8月；2024年6月另并入1个单位的报送件；2024年8月由2个单位的报送件合成", "自选试点台账：2024年6月"],
            summary.DescribeStoredMonths());
    }
}
