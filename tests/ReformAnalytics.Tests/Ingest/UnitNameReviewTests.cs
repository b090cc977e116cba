using System.Text;
using ReformAnalytics.Database;
using ReformAnalytics.Ingest;
using ReformAnalytics.Normalising;

namespace ReformAnalytics.Tests.Ingest;

/// <summary>
/// `reform units` on stored ledgers: June 2024 says 县发改局 (2 tasks) beside 县财政局 (1), July 县发展和改革局 for the
/// same 2 tasks, August 县发展改革局. The review finds them, suggests one name, and drafts a table the office checks.
/// </summary>
public sealed class UnitNameReviewTests
{
    private const string Header = "序号,改革任务,牵头单位,责任领导,完成时限,完成情况,完成进度\n";

    private static string Month(string development, int progress) => Header +
        $"1,推进A改革,{development},张三,2024年9月底前,序时推进,{progress}%\n" +
        $"2,推进B改革,{development},张三,2024年12月底前,序时推进,{progress - 20}%\n" +
        $"3,推进C改革,县财政局,李四,2024年9月底前,序时推进,{progress - 10}%\n";

    [Fact]
    public async Task WithoutATable_TwoSpellings_AreOneSuggestion_AndTheDraftUncommentedUnifiesThem()
    {
        using var f = new IngestFixture();
        Write(f, "2024年6月改革任务总台账.csv", Month("县发改局", 60));
        Write(f, "2024年7月改革任务总台账.csv", Month("县发展和改革局", 70));
        await f.IngestAsync();

        var review = await ReviewAsync(f);

        Assert.Null(review.Table);
        Assert.Empty(review.NotRenamed);
        var s = Assert.Single(review.Suggestions);
        // 2 rows each: the name seen first (June) is suggested.
        Assert.Equal(("县发改局", 2L, false), (s.Unit.Name, s.Unit.Rows, s.InTable));
        Assert.Equal(["县发展和改革局"], s.Others.Select(o => o.Name));
        Assert.Equal("县发改局 牵头2行（2024年6月）；县发展和改革局 牵头2行（2024年7月）", s.Describe());

        var draft = review.DraftYaml("reform.duckdb");
        Assert.Contains("# 县发改局: [县发展和改革局]    # 县发改局 牵头2行（2024年6月）；县发展和改革局 牵头2行（2024年7月）\n", draft.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        // As drafted, every suggestion is a comment: the table names no unit, nothing is unified on a guess.
        Assert.Equal(0, UnitNameTable.Parse(draft, json: false).Count);
        var checkedTable = UnitNameTable.Parse(Uncomment(draft), json: false);
        Assert.Equal("县发改局", checkedTable.Canonical("县发展和改革局"));
        Assert.Equal(1, checkedTable.Count);
    }

    [Fact]
    public async Task WithATable_TheMonthsStoredBeforeAreRenamed_AndANewSpellingJoinsTheTablesUnit()
    {
        using var f = new IngestFixture();
        Write(f, "2024年6月改革任务总台账.csv", Month("县发改局", 60));
        Write(f, "2024年7月改革任务总台账.csv", Month("县发展和改革局", 70));
        await f.IngestAsync();

        // The table comes with August's ledger, which spells the unit a third way that the table does not know.
        var august = Path.Combine(f.Input, "..", "august");
        Directory.CreateDirectory(august);
        File.WriteAllText(Path.Combine(august, "2024年8月改革任务总台账.csv"), Month("县发展改革局", 80), new UTF8Encoding(false));
        f.UnitsFile = Path.Combine(f.Input, "..", "单位名称对照表.yaml");
        File.WriteAllText(f.UnitsFile, "县发改局: [县发展和改革局]\n", new UTF8Encoding(false));
        await f.IngestAsync(null, august);

        var review = await ReviewAsync(f);

        Assert.Equal(("r000002", 1), (review.TableRun, review.Table!.Count));
        // July, stored before the table and not among the run's files, was renamed by the same run.
        Assert.Empty(review.NotRenamed);
        var s = Assert.Single(review.Suggestions);
        Assert.Equal(("县发改局", true), (s.Unit.Name, s.InTable));
        Assert.Equal(["县发展改革局"], s.Others.Select(o => o.Name));
        Assert.Equal("县发改局 牵头4行（2024年6月—2024年7月）；县发展改革局 牵头2行（2024年8月）", s.Describe());
        var draft = review.DraftYaml("reform.duckdb").ReplaceLineEndings("\n");
        Assert.Contains("\n县发改局: [县发展和改革局]\n", draft, StringComparison.Ordinal);
        Assert.Contains("\n# 县发改局 还可能写作：县发展改革局    # 县发改局 牵头4行（2024年6月—2024年7月）；县发展改革局 牵头2行（2024年8月）\n", draft, StringComparison.Ordinal);
        Assert.Equal(1, UnitNameTable.Parse(draft, json: false).Count);
    }

    [Fact]
    public async Task ADatabaseWhoseTableCameAfterItsLastRun_ListsTheMonthsNotRenamed_UntilTheNextRun()
    {
        using var f = new IngestFixture();
        Write(f, "2024年6月改革任务总台账.csv", Month("县发改局", 60));
        Write(f, "2024年7月改革任务总台账.csv", Month("县发展和改革局", 70));
        await f.IngestAsync();
        // A table in the database that no run has applied yet (as a database from before renaming was automatic holds).
        await using (var connection = await ReformDatabase.OpenForWriteAsync(f.Db, CancellationToken.None))
        {
            await ReformDatabase.ExecuteAsync(connection, "INSERT INTO unit_names VALUES ('r000001', '县发改局', '县发改局', 't.yaml'), ('r000001', '县发改局', '县发展和改革局', 't.yaml')", CancellationToken.None);
        }

        var review = await ReviewAsync(f);
        Assert.Equal("县发展和改革局 牵头2行（2024年7月）", Assert.Single(review.NotRenamed).Describe());

        f.UnitsFile = Path.Combine(f.Input, "..", "单位名称对照表.yaml");
        File.WriteAllText(f.UnitsFile, "县发改局: [县发展和改革局]\n", new UTF8Encoding(false));
        await IngestRunner.RunAsync([], f.Options(), CancellationToken.None);
        var after = await ReviewAsync(f);
        Assert.Empty(after.NotRenamed);
        Assert.Empty(after.Suggestions);
    }

    [Fact]
    public async Task CoUnits_AreReviewedToo_WithTheirRole_AndALeadUnitsNameIsSuggestedFirst()
    {
        using var f = new IngestFixture();
        const string header = "序号,改革任务,牵头单位,配合单位,责任领导,完成时限,完成情况,完成进度\n";
        // 县发改局 leads one task; 县发展和改革局 is a co-unit of two, in June and July; 县人社局 and 县人力资源和社会保障局
        // are only ever co-units (ingest compares a co-unit with the lead units only: they were seen nowhere).
        Write(f, "2024年6月改革任务总台账.csv", header +
            "1,推进A改革,县发改局,县人社局,张三,2024年9月底前,序时推进,60%\n" +
            "2,推进B改革,县财政局,县发展和改革局、县人社局,李四,2024年12月底前,序时推进,40%\n");
        Write(f, "2024年7月改革任务总台账.csv", header +
            "1,推进A改革,县发改局,县人力资源和社会保障局,张三,2024年9月底前,序时推进,70%\n" +
            "2,推进B改革,县财政局,县发展和改革局,李四,2024年12月底前,序时推进,50%\n");
        await f.IngestAsync();

        var review = await ReviewAsync(f);

        // By hand. 县发改局: lead on 2 rows (June, July). 县发展和改革局: co-unit on 2 rows, more than none as lead, but the
        // lead unit's name is suggested. 县人社局: co-unit on 2 rows (June), 县人力资源和社会保障局 on 1 (July).
        Assert.Equal(
            ["县人社局 配合2行（2024年6月）；县人力资源和社会保障局 配合1行（2024年7月）", "县发改局 牵头2行（2024年6月—2024年7月）；县发展和改革局 配合2行（2024年6月—2024年7月）"],
            review.Suggestions.Select(s => s.Describe()));
        Assert.Equal("县发改局 牵头1行、配合2行（2024年6月—2024年7月）", new StoredUnit("县发改局", 1, new DateOnly(2024, 6, 1), new DateOnly(2024, 7, 1)) { CoRows = 2 }.Describe());
    }

    [Fact]
    public void Suggest_MostRowsFirst_ThenTheNameSeenFirst_AndUnrelatedUnitsAlone()
    {
        var june = new DateOnly(2024, 6, 1);
        var july = new DateOnly(2024, 7, 1);
        StoredUnit[] units =
        [
            new("县发展和改革局", 10, july, july),
            new("县发改局", 4, june, july),
            new("县人社局", 3, june, june),
            new("县人力资源和社会保障局", 3, july, july),
            new("县财政局", 9, june, july),
            new("县委办", 2, june, june),
            new("县委编办", 2, june, june),
        ];

        var suggestions = UnitNameReview.Suggest(units, null);

        Assert.Equal(
            [("县人社局", "县人力资源和社会保障局"), ("县发展和改革局", "县发改局")],
            suggestions.Select(s => (s.Unit.Name, string.Join("、", s.Others.Select(o => o.Name)))));
    }

    private static async Task<UnitNameReview> ReviewAsync(IngestFixture f)
    {
        await using var connection = await ReformDatabase.OpenReadOnlyAsync(f.Db, CancellationToken.None);
        return await UnitNameReview.ReadAsync(connection, CancellationToken.None);
    }

    /// <summary>The draft as the office leaves it after checking: every suggested entry's leading "# " taken off.</summary>
    private static string Uncomment(string draft) => string.Join('\n', draft.ReplaceLineEndings("\n").Split('\n')
        .Select(line => line.StartsWith("# ", StringComparison.Ordinal) && line.Contains(": [", StringComparison.Ordinal) ? line[2..] : line));

    private static void Write(IngestFixture f, string name, string text) =>
        File.WriteAllText(Path.Combine(f.Input, name), text, new UTF8Encoding(false));
}
