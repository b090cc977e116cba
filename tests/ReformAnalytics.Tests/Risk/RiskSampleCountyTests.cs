using System.Globalization;
using System.Text.Json;
using ReformAnalytics.Model;
using ReformAnalytics.Risk;
using ReformAnalytics.Tests.Metrics;

namespace ReformAnalytics.Tests.Risk;

/// <summary>The risk stage end to end on the default sample county (see <see cref="RiskSampleFixture"/>).</summary>
[Collection(RiskSampleCollection.Name)]
public sealed class RiskSampleCountyTests(RiskSampleFixture fixture)
{
    [Fact]
    public void Backtest_SampleCounty_ReportsTheModelAndEveryBaselineAtEachCutOff()
    {
        var backtest = fixture.Backtest;

        Assert.True(backtest.Succeeded, backtest.Message);
        Assert.Equal(["2024-04", "2024-07"], backtest.CutOffs.Select(c => c.CutOff.ToString()));
        foreach (var cutOff in backtest.CutOffs)
        {
            Assert.Equal(Enum.GetValues<RiskMethod>(), cutOff.Methods.Select(m => m.Method));
            Assert.True(cutOff.TestFellBehind > 0 && cutOff.TestFellBehind < cutOff.TestTasks);
            var baseRate = cutOff.Methods.Single(m => m.Method == RiskMethod.BaseRate).Metrics;
            Assert.Equal(0.5, baseRate.RocAuc, 1e-12);                       // one score for all: no ranking
            Assert.Equal(baseRate.Prevalence, baseRate.PrAuc, 1e-12);         // ... and PR-AUC is the prevalence
            Assert.All(cutOff.Methods, m => Assert.InRange(m.Metrics.Brier, 0, 1));
        }

        Assert.Equal(Enum.GetValues<RiskMethod>().Length, backtest.Summaries.Count);
        Assert.Equal(5, backtest.Targets.Count);
    }

    [Fact]
    public void Backtest_SampleCounty_WritesMarkdownAndJson()
    {
        Assert.Equal(2, fixture.Backtest.Files.Count);
        var markdown = File.ReadAllText(Path.Combine(fixture.ReportDir, RiskBacktestReport.MarkdownFile));
        foreach (var method in Enum.GetValues<RiskMethod>())
        {
            Assert.Contains(RiskMethodNames.Label(method), markdown, StringComparison.Ordinal);
        }

        Assert.Contains("结论：", markdown, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(fixture.ReportDir, RiskBacktestReport.JsonFile)));
        Assert.Equal(2, json.RootElement.GetProperty("cut_offs").GetArrayLength());
        Assert.Equal("2024-04", json.RootElement.GetProperty("cut_offs")[0].GetProperty("cut_off").GetString());
    }

    [Fact]
    public async Task Train_SampleCounty_SavesModelAndMetadataNextToTheData()
    {
        var training = fixture.Training;

        Assert.True(training.Succeeded, training.Message);
        Assert.True(File.Exists(training.ModelPath));
        var metadata = await RiskModelStore.ReadMetadataAsync(fixture.ModelDir, CancellationToken.None);
        Assert.NotNull(metadata);
        Assert.Equal(RiskSampleFixture.AsOf, metadata.AsOf);
        Assert.Equal(3, metadata.Horizon);

        // Outcomes known at 2024-06 with H = 3: windows (D, D + 3] ending by June, so D is 2024-03 at the latest.
        Assert.Equal(new ReportMonth(2024, 3), metadata.TrainingLastMonth);
        Assert.Equal(new ReportMonth(2022, 1), metadata.TrainingFirstMonth);
        Assert.Equal(RiskFeatures.All.Select(f => f.Column), metadata.Features.Select(f => f.Column));
        Assert.Equal(Convert.ToInt64(await MetricsDatabase.ScalarAsync(fixture.Connection, "SELECT count(*) FROM snapshots"), CultureInfo.InvariantCulture), metadata.Data.SnapshotRows);
        Assert.Equal(metadata.TrainingRows, metadata.FitRows + metadata.CalibrationRows);
        Assert.True(metadata.CalibratedOnHeldOut);
    }

    [Fact]
    public async Task Flag_SampleCounty_StoresEveryScoredTaskInRiskFlags()
    {
        var flags = fixture.Flags;
        Assert.True(flags.Succeeded, flags.Message);
        Assert.Equal(20, flags.Flags.Count);

        var stored = await TaskRow.QueryAsync(fixture.Connection, "SELECT * FROM risk_flags WHERE as_of = DATE '2024-06-30' ORDER BY rank");
        Assert.Equal(flags.ScoredTasks, stored.Count);
        Assert.Equal(Enumerable.Range(1, stored.Count).Select(i => (long)i), stored.Select(r => r.Long("rank")!.Value));
        var probabilities = stored.Select(r => r.Double("probability")!.Value).ToList();
        Assert.All(probabilities, p => Assert.InRange(p, 0, 1));
        Assert.Equal(probabilities.OrderByDescending(p => p), probabilities);
        Assert.All(stored, r => Assert.Equal(3L, r.Long("horizon_months")));

        // every scored task is open at 2024-06: has a deadline, not completed, not suspended, not red
        var open = await TaskRow.QueryAsync(fixture.Connection, """
            SELECT count(*) AS n FROM risk_flags f JOIN task_status t ON t.task_id = f.task_id AND t.report_month = date_trunc('month', f.as_of)
            WHERE f.as_of = DATE '2024-06-30' AND t.has_deadline AND NOT t.completed AND t.status <> 'suspended' AND t.light <> 'red'
            """);
        Assert.Equal(stored.Count, open[0].Long("n"));
    }

    [Fact]
    public void Flag_SavedModelAndModelTrainedNow_GiveTheSameList()
    {
        // Same data, same as-of, fixed seeds: the saved-and-loaded model scores exactly like one trained in memory.
        Assert.Equal(
            fixture.Flags.Flags.Select(f => (f.TaskId, f.Probability)),
            fixture.FlagsTrainedInMemory.Flags.Select(f => (f.TaskId, f.Probability)));
    }

    [Fact]
    public async Task Flag_SavedModelTrainedAfterTheList_IsRefused()
    {
        var result = await RiskFlagger.FlagAsync(fixture.Connection, new ReportMonth(2024, 3), new RiskFlagOptions { ModelDirectory = fixture.ModelDir }, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("用到了截至2024年6月的结果，晚于清单的统计月份2024年3月", result.Message, StringComparison.Ordinal);
        Assert.Contains("reform risk train --as-of 2024-03", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Workbook_HasTitleHeadersAndTheTopTasks()
    {
        var rows = WorkbookReader.ReadFirstSheet(fixture.Xlsx);

        Assert.Equal("2024年6月督察前风险清单", rows[0][0]);
        Assert.Equal(["风险排名", "台账", "改革任务"], rows[2].Take(3));
        Assert.Contains("主要原因", rows[2]);
        Assert.Equal(fixture.Flags.Flags[0].TaskName, rows[3][2]);
        Assert.StartsWith("注：", rows[^1][0], StringComparison.Ordinal);
        Assert.Equal(3 + 20 + 1, rows.Count);
        // Figures as every output writes them: no space around them (统计截至 2024年6月30日；在办任务 41 项中… before),
        // the probability a whole percent as the report and the command line print it (it showed 95.3%).
        Assert.Matches("^统计截至2024年6月30日；在办任务[0-9]+项中未来[0-9]+个月内滞后可能性最大的20项$", rows[1][0]);
        Assert.Equal("滞后概率", rows[2][10]);
        Assert.All(WorkbookReader.ReadFirstSheetFormats(fixture.Xlsx).Skip(3).Take(20), r => Assert.Equal("0%", r[10]));

        // The note names the model's month as the office writes months, not as 2024-06.
        Assert.Matches("（使用保存的模型：截至2024年6月训练，样本[0-9]+个）", rows[^1][0]);
        Assert.DoesNotContain("2024-06", rows[^1][0], StringComparison.Ordinal);
        Assert.Matches("^按截至2024年6月已知的结果训练，样本[0-9]+个$", fixture.FlagsTrainedInMemory.ModelSource);
    }
}
