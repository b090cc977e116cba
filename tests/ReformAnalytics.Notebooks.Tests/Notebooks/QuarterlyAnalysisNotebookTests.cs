using System.Buffers.Binary;
using System.Net;
using System.Text.RegularExpressions;
using ReformAnalytics.Metrics;
using ReformAnalytics.Model;
using ReformAnalytics.Notebooks.Tests.Harness;
using ReformAnalytics.Notebooks.Tests.Support;
using ReformAnalytics.Sample;

namespace ReformAnalytics.Notebooks.Tests.Notebooks;

/// <summary>
/// 季度分析 walks through the latest quarter of the sample county (2024Q4, December's snapshot). Expected figures
/// come from the sample's manifest: in December every task of the year is still on its ledger.
/// </summary>
[Collection(SampleDatabaseCollection.Name)]
public sealed partial class QuarterlyAnalysisNotebookTests(SampleDatabaseFixture sample)
{
    private const string FileName = "季度分析.ipynb";

    private Quarter Quarter => Quarter.Of(sample.Manifest.LastMonth);

    private SampleYear Year => sample.Manifest.Years.Single(y => y.Year == Quarter.Year);

    [Fact]
    public async Task Headline_NamesTheQuarterAndCountsEveryTaskOfTheThreeLedgers()
    {
        var run = await sample.RunAsync(FileName);

        // Default sample, 2024: 158 overall + 16 assigned pilots + 26 local pilots = 200 tasks.
        var tasks = Year.OverallTasks + Year.AssignedPilotTasks + Year.LocalPilotTasks;
        var text = DisplayedText(run);
        Assert.Contains($"分析{Quarter.Label}", text, StringComparison.Ordinal);
        Assert.Contains($"共有改革任务{tasks}项", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ledgers_CountTheTasksTheSampleWroteForEachLedger()
    {
        var table = (await sample.RunAsync(FileName)).Query("三本台账");

        var byLedger = table.Column<string>("台账").Zip(table.NumberColumn("任务数")).ToDictionary(p => p.First, p => p.Second);
        Assert.Equal(Year.OverallTasks, byLedger["改革任务总台账"]);
        Assert.Equal(Year.AssignedPilotTasks, byLedger["上级部署试点台账"]);
        Assert.Equal(Year.LocalPilotTasks, byLedger["自选试点台账"]);
    }

    [Fact]
    public async Task Trend_HasEveryMonthOfTheYearUpToTheStatusMonth()
    {
        var table = (await sample.RunAsync(FileName)).Query("本年度逐月完成情况");

        var expected = Enumerable.Range(1, sample.Manifest.LastMonth.Month).Select(m => new ReportMonth(Quarter.Year, m).FirstDay);
        Assert.Equal(expected, table.DateColumn("月份"));
    }

    [Fact]
    public async Task Groups_AreTheSpecialGroupsOfTheYear_AndTheLaggingOneIsLookedAt()
    {
        var run = await sample.RunAsync(FileName);

        var groups = run.Query("各专项小组").Column<string>("专项小组");
        Assert.Equal(Year.SpecialGroups.Order(StringComparer.Ordinal), groups.Order(StringComparer.Ordinal));

        // The table is ordered by the shortfall, so the group looked at is its first row.
        var lagging = groups[0];
        Assert.NotEqual(0, run.Query($"{lagging}：各牵头单位").Rows.Count);
        Assert.NotEqual(0, run.Query($"{lagging}：负面清单").Rows.Count);
    }

    [Fact]
    public async Task ResultsByGroup_GroupsWithAsManyResults_ComeInTheLedgersOrder()
    {
        var run = await sample.RunAsync(FileName);
        var table = run.Query("本季度成果：按专项小组");
        var groups = table.Column<string>("专项小组");
        var counts = table.Column<long>("新完成");

        // The sample writes its sections (一、…专项小组) in the order of its groups (the manifest's SpecialGroups: 经济, 民主法制,
        // 文化, 社会, 生态文明, 党的建设, 纪律检查); groups with as many new results follow it, not the code points (党 U+515A
        // first). In 2024Q4 文化, 党的建设 and 纪律检查 have six each.
        var ledger = Year.SpecialGroups.ToList();
        Assert.Contains(counts.GroupBy(c => c), g => g.Count() > 1);
        Assert.Equal(
            groups.Zip(counts).OrderByDescending(p => p.Second).ThenBy(p => ledger.IndexOf(p.First)).Select(p => p.First),
            groups);
    }

    [Fact]
    public async Task Groups_GapAndScores_AreTheViewsOwn_NotRecomputedInTheNotebook()
    {
        var run = await sample.RunAsync(FileName);
        var groups = run.Query("各专项小组");
        var ranking = run.Query("红黑榜");

        // 差距 is double_half.gap_pp (work − time, negative behind), the one definition the report and the dashboard print;
        // before, the notebook printed its own 进度差距 = time − work from metric_summary. Scores are printed with two
        // decimals as every output prints them (docs/metrics.md); before, with one, so two ranks could show one score.
        var month = sample.Manifest.LastMonth.FirstDay; // the status month the notebook looks at (the latest)
        await using var connection = await ReformAnalytics.Database.ReformDatabase.OpenReadOnlyAsync(sample.DatabasePath, CancellationToken.None);
        var gaps = new Dictionary<string, double>(StringComparer.Ordinal);
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"""
                SELECT 'g', group_name, round(gap_pp, 1) FROM double_half WHERE report_month = DATE '{month:yyyy-MM-dd}' AND dimension = 'group'
                UNION ALL
                SELECT 'u', lead_unit, round(score, 2) FROM unit_ranking WHERE report_month = DATE '{month:yyyy-MM-dd}' AND ranked
                """;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                (reader.GetString(0) == "g" ? gaps : scores)[reader.GetString(1)] = reader.GetDouble(2);
            }
        }

        var names = groups.Column<string>("专项小组");
        var shown = groups.Column<double>("差距");
        Assert.All(Enumerable.Range(0, names.Count), i => Assert.Equal(gaps[names[i]], shown[i]));
        Assert.Equal(shown.Order(), shown);
        var units = ranking.Column<string>("牵头单位");
        var printed = ranking.Column<double>("综合得分");
        Assert.All(Enumerable.Range(0, units.Count), i => Assert.Equal(scores[units[i]], printed[i]));
    }

    [Fact]
    public async Task Unit_LookedAtIsTheLastOfTheRanking()
    {
        var run = await sample.RunAsync(FileName);

        var ranking = run.Query("红黑榜");
        var units = ranking.Column<string>("牵头单位");
        Assert.InRange(units.Count, 2, Year.LeadUnits);
        Assert.Equal(ranking.NumberColumn("名次").Order(), ranking.NumberColumn("名次"));
        var last = units[^1];
        Assert.NotEqual(0, run.Query($"{last}：牵头任务").Rows.Count);
        Assert.Equal(Quarter.Months.Count(m => m <= sample.Manifest.LastMonth), run.Query($"{last}：本季度逐月").Rows.Count);
    }

    [Fact]
    public async Task Ranking_SaysWhichUnitsAreRankedOnReturnsTheyDidNotSend_HereThoseThePlantedMissingReturnFellOn()
    {
        var ranking = (await sample.RunAsync(FileName)).Query("红黑榜");

        // From the manifest: a unit whose overall tasks the sample left out of the last month is ranked with them at their
        // last progress, and 数据说明 says so; no other unit owes a return then (default sample: the planted month is
        // November, so no unit is noted in December).
        var planted = sample.Manifest.MissingReturns.Where(m => m.Month.Equals(sample.Manifest.LastMonth)).Select(m => m.LeadUnit).ToHashSet(StringComparer.Ordinal);
        var units = ranking.Column<string>("牵头单位");
        var notes = ranking.Column("数据说明");
        Assert.All(Enumerable.Range(0, units.Count), i => Assert.Equal(planted.Contains(units[i]), notes[i] is string));
    }

    [Fact]
    public async Task Charts_EveryChartOfTheQuarterIsShownOnceAsAPng()
    {
        var run = await sample.RunAsync(FileName);

        var images = PngImages().Matches(string.Join('\n', run.Displayed.Select(d => d.Value).OfType<HtmlContent>().Select(h => h.Html)))
            .Select(m => (Title: WebUtility.HtmlDecode(m.Groups["alt"].Value), Png: Convert.FromBase64String(m.Groups["data"].Value)))
            .ToList();

        // The charts of the quarter (issue 6): monthly trend, progress against time, lag distribution, groups by
        // status, change against last quarter, the three ledgers, the unit ranking and the units x months heat map.
        Assert.Equal(8, images.Count);
        Assert.Equal(8, images.Select(i => i.Title).Distinct().Count());
        Assert.All(images, i =>
        {
            Assert.Equal(PngSignature, i.Png.Take(8));
            Assert.True(BinaryPrimitives.ReadInt32BigEndian(i.Png.AsSpan(16, 4)) > 100, i.Title + " 宽度不足");
        });
    }

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [GeneratedRegex("""<img src="data:image/png;base64,(?<data>[A-Za-z0-9+/=]+)" alt="(?<alt>[^"]*)" """)]
    private static partial Regex PngImages();

    private static string DisplayedText(NotebookRun run) =>
        WebUtility.HtmlDecode(string.Join('\n', run.Displayed.Select(d => d.Value).OfType<HtmlContent>().Select(h => h.Html)));
}
