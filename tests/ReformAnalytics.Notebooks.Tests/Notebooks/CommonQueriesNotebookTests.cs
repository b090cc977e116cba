using ReformAnalytics.Database;
using ReformAnalytics.Metrics;
using ReformAnalytics.Model;
using ReformAnalytics.Notebooks.Tests.Support;
using ReformAnalytics.Sample;

namespace ReformAnalytics.Notebooks.Tests.Notebooks;

/// <summary>
/// 常用查询 answers each of the office's questions with a query that returns what the question asks, on the sample
/// county. Expected values come from the sample's manifest (what the generator planted and wrote), not from the views.
/// The notebook looks at the latest quarter: for the default sample, 2024Q4 with December as the status month.
/// </summary>
[Collection(SampleDatabaseCollection.Name)]
public sealed class CommonQueriesNotebookTests(SampleDatabaseFixture sample)
{
    private const string FileName = "常用查询.ipynb";

    private Quarter Quarter => Quarter.Of(sample.Manifest.LastMonth);

    private SampleYear Year => sample.Manifest.Years.Single(y => y.Year == Quarter.Year);

    [Fact]
    public async Task Notebook_HasARecipeForEachOfTheOfficesQuestions()
    {
        var run = await sample.RunAsync(FileName);

        string[] titles =
        [
            "有逾期任务的单位", "停滞三个月及以上的任务", "双过半（按专项小组）", "报送状态与数据不符的任务",
            "本季度漏报月报的单位", "本季度成果清单", "责任领导的任务量", "上年未完成任务的去向", "年度考核（全年累计）",
        ];
        Assert.All(titles, t => Assert.NotEqual(0, run.Query(t).Rows.Count));
        Assert.Single(run.Queries, q => q.TableName.EndsWith("的逐月进展", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MonthsIngested_AreTheMonthsTheSampleWroteAFileFor_PerLedger_AndNoneIsMissing()
    {
        var table = (await sample.RunAsync(FileName)).Query("各台账已导入的月份与缺月");

        // From the manifest: the months of the quarter's year each ledger has a file (or a sheet) for, the ledgers in the
        // office's order (总台账, 上级部署试点, 自选试点: the enum's order).
        var written = sample.Manifest.Files.Where(f => f.Month.Year == Quarter.Year)
            .SelectMany(f => f.Ledgers.Select(l => (Ledger: l, f.Month.Month)))
            .GroupBy(x => x.Ledger).OrderBy(g => g.Key)
            .Select(g => $"{LedgerNames.Label(g.Key)}: {string.Join(',', g.Select(x => x.Month).Distinct().Order())}").ToList();
        static IEnumerable<long> Months(object? list) => ((System.Collections.IEnumerable)list!).Cast<object>().Select(o => Convert.ToInt64(o, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(written, table.Column<string>("台账").Zip(table.Column("已导入月份"), (l, m) => $"{l}: {string.Join(',', Months(m))}"));
        // The sample leaves no month out between a ledger's first and last: no 缺月.
        Assert.All(table.Column("缺月"), m => Assert.Empty(Months(m)));
    }

    [Fact]
    public async Task MissingReturns_AreExactlyTheReturnsThatThe_SamplePlantedInTheQuarter()
    {
        var table = (await sample.RunAsync(FileName)).Query("本季度漏报月报的单位");

        // The manifest's planted missing returns within the quarter (default sample, 2024Q4: 县融媒体中心 in 2024-11).
        var planted = sample.Manifest.MissingReturns.Where(m => Quarter.Contains(m.Month)).ToList();
        Assert.NotEmpty(planted);
        Assert.Equal(
            planted.Select(p => (p.Month.FirstDay, p.LeadUnit)).Order(),
            table.DateColumn("月份").Zip(table.Column<string>("牵头单位")).Order());

        // The planted case leaves out every overall task of the unit that month: no return at all came from it.
        Assert.All(table.Column<string>("台账"), ledger => Assert.Equal("改革任务总台账", ledger));
        Assert.All(table.Column<string>("没有任何报送"), nothing => Assert.Equal("是", nothing));

        // Every task listed was one of those the unit left out; tasks it had already completed are not expected back.
        var tasks = table.ListColumn("漏报任务");
        var counts = table.NumberColumn("漏报任务数");
        for (var i = 0; i < tasks.Count; i++)
        {
            Assert.NotEmpty(tasks[i]);
            Assert.Equal(counts[i], tasks[i].Count);
            Assert.All(tasks[i], t => Assert.Contains(t, planted[i].TaskNames));
        }
    }

    [Fact]
    public async Task Assessment_ShowsAMissedReturnFromAnyMonthOfTheYear_ForTheUnitsTheSampleLetMissOne()
    {
        var table = (await sample.RunAsync(FileName)).Query("年度考核（全年累计）");

        // From the manifest: the units the sample let miss a monthly return from January to the status month (default
        // sample: one per quarter or so, not only in the last quarter, which is all the 红黑榜 sees). Exactly those
        // units have missed returns counted for the year.
        var planted = sample.Manifest.MissingReturns.Where(m => m.Month.Year == Quarter.Year && m.Month.CompareTo(sample.Manifest.LastMonth) <= 0)
            .Select(m => m.LeadUnit).ToHashSet(StringComparer.Ordinal);
        var units = table.Column<string>("牵头单位");
        var missed = table.NumberColumn("全年漏报");
        Assert.NotEmpty(units);
        Assert.Contains(units, planted.Contains);
        Assert.All(Enumerable.Range(0, units.Count), i => Assert.Equal(planted.Contains(units[i]), missed[i] > 0));
        var ranks = table.NumberColumn("排名");
        Assert.Equal(ranks.Order(), ranks);
    }

    [Fact]
    public async Task OverdueUnits_ListEachUnitsOverdueTasks_MostFirst()
    {
        var table = (await sample.RunAsync(FileName)).Query("有逾期任务的单位");

        var counts = table.NumberColumn("逾期任务数");
        Assert.All(counts, c => Assert.True(c >= 1));
        Assert.Equal(counts, table.ListColumn("逾期任务").Select(l => (long)l.Count));
        Assert.Equal(counts.OrderDescending(), counts);
        Assert.Equal(counts.Count, table.Column<string>("牵头单位").Distinct().Count());
    }

    /// <summary>
    /// A sub-task is named with the heading it is listed under: the sample's 县司法局 has two 制定实施方案, and the bare
    /// name would not say which is overdue. By hand, from the default sample's December ledger: the one under
    /// 健全行政复议与应诉工作机制 was due 2024年7月底前编制并公布实施方案 (31 July) and stands at 90% (滞后), so it is overdue
    /// 1 August to 31 December, 31 + 30 + 31 + 30 + 31 = 153 days. The 制定实施方案 under 完善诉源治理工作机制 and 完善配套政策
    /// are done (100%, 已销号), 组织开展试点 is due 31 December (not yet past), and the unit's two other tasks are done: its
    /// row lists that one task alone.
    /// </summary>
    [Fact]
    public async Task OverdueUnits_NameASubTaskWithItsHeading()
    {
        var table = (await sample.RunAsync(FileName)).Query("有逾期任务的单位");
        var planted = sample.Manifest.SubTasks!.Single(t => t.TaskName == "制定实施方案" && t.Heading == "健全行政复议与应诉工作机制");

        var row = table.Column<string>("牵头单位").ToList().IndexOf(planted.LeadUnit);
        Assert.True(row >= 0, $"{planted.LeadUnit} 不在有逾期任务的单位中");
        Assert.Equal(["健全行政复议与应诉工作机制 › 制定实施方案"], table.ListColumn("逾期任务")[row]);
        Assert.Equal((1L, 153L), (table.NumberColumn("逾期任务数")[row], table.NumberColumn("最长逾期天数")[row]));
        Assert.DoesNotContain(planted.TaskName, table.ListColumn("逾期任务").SelectMany(l => l));
    }

    [Fact]
    public async Task StalledTasks_HaveNotMovedForThreeMonthsOrMore()
    {
        var table = (await sample.RunAsync(FileName)).Query("停滞三个月及以上的任务");

        Assert.All(table.NumberColumn("进度连续未变化的填报次数"), m => Assert.True(m >= 3, $"进度连续未变化的填报次数 {m}"));
    }

    [Fact]
    public async Task DoubleHalf_HasOneRowPerSpecialGroupOfTheYear()
    {
        var table = (await sample.RunAsync(FileName)).Query("双过半（按专项小组）");

        Assert.Equal(Year.SpecialGroups.Order(StringComparer.Ordinal), table.Column<string>("专项小组").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ResultsList_HoldsOnlyTasksCompletedInTheQuarter()
    {
        var table = (await sample.RunAsync(FileName)).Query("本季度成果清单");

        Assert.All(table.DateColumn("完成月份"), m => Assert.True(Quarter.Contains(Model.ReportMonth.Of(m)), $"{m} 不在 {Quarter}"));
    }

    [Fact]
    public async Task TaskHistory_HasOneRowPerMonth_UpToTheStatusMonth()
    {
        var table = (await sample.RunAsync(FileName)).Queries.Single(q => q.TableName.EndsWith("的逐月进展", StringComparison.Ordinal));

        var months = table.DateColumn("月份").Select(Model.ReportMonth.Of).ToList();
        Assert.True(months.Count >= 2);
        Assert.Equal(sample.Manifest.LastMonth, months[^1]);
        Assert.All(months.Zip(months.Skip(1)), p => Assert.Equal(p.First.Next(), p.Second));
    }

    [Fact]
    public async Task LeadersLoads_HaveOneRowPerLeaderOfTheYear()
    {
        var table = (await sample.RunAsync(FileName)).Query("责任领导的任务量");

        var leaders = table.Column<string>("责任领导");
        Assert.Equal(Year.Leaders, leaders.Count);
        Assert.Equal(leaders.Count, leaders.Distinct().Count());
    }

    [Fact]
    public async Task CarryOver_AccountsForEveryTaskLeftOpenAtTheLastYearEnd()
    {
        var table = (await sample.RunAsync(FileName)).Query("上年未完成任务的去向");

        // Counted from the December snapshots themselves, per ledger: the tasks not reported completed (status or
        // 100%) in the last year's December, and which of those January has under the very same name.
        await using var connection = await ReformDatabase.OpenForWriteAsync(sample.DatabasePath, CancellationToken.None);
        var open = new Dictionary<string, (long Open, long SameName)>(StringComparer.Ordinal);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"""
                SELECT ledger_label(d.ledger), count(*), count(*) FILTER (j.task_name IS NOT NULL)
                FROM snapshots d
                LEFT JOIN (SELECT DISTINCT ledger, task_name FROM snapshots WHERE report_month = DATE '{Quarter.Year}-01-01') j
                    ON j.ledger = d.ledger AND j.task_name = d.task_name
                WHERE d.report_month = DATE '{Quarter.Year - 1}-12-01' AND d.status <> 'completed' AND coalesce(d.progress_pct, 0) < 100
                GROUP BY d.ledger
                """;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                open[reader.GetString(0)] = (reader.GetInt64(1), reader.GetInt64(2));
            }
        }

        var ledgers = table.Column<string>("台账");
        var outcomes = table.Column<string>("去向");
        var counts = table.NumberColumn("任务数");
        Assert.NotEmpty(open);
        foreach (var (ledger, (total, sameName)) in open)
        {
            var rows = Enumerable.Range(0, ledgers.Count).Where(i => ledgers[i] == ledger).ToList();
            Assert.Equal(total, rows.Sum(i => counts[i]));
            Assert.Equal(sameName, rows.Where(i => outcomes[i] == "已列入今年台账").Sum(i => counts[i]));
        }

        Assert.Equal(counts, table.ListColumn("任务").Select(l => (long)l.Count));
    }
}
