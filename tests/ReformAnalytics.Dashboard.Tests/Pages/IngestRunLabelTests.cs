using System.Text.RegularExpressions;
using ReformAnalytics.Dashboard.Pages;
using ReformAnalytics.Dashboard.Tests.Support;
using ReformAnalytics.Database;

namespace ReformAnalytics.Dashboard.Tests.Pages;

/// <summary>
/// 入库问题 and 入库记录 showed the server's full path of each file (/srv/…/县财政局/7月台账.xlsx) and the raw run id
/// (r000002). They now show the file's name with its folder below the run's own folder, quieter, and the run as
/// 第2次导入 · 2024年7月 (its number and the months its files held, from ingest_log). The downloads keep both as stored.
///
/// The fixture county's run r000001 brought June 2024; a second run is added here, r000002, which brought July from
/// /srv/ingest/2024-07/: 县财政局/7月台账.xlsx and 县教育局/7月台账.csv, and 县发改局.csv inside 报送.zip.
/// </summary>
public sealed partial class IngestRunLabelTests : IAsyncLifetime
{
    private const string Root = "/srv/ingest/2024-07/";
    private readonly TempFolder _folder = new();
    private DashboardFactory _factory = null!;

    public async Task InitializeAsync()
    {
        var path = _folder.File("county.duckdb");
        await FixtureCounty.CreateAsync(path);
        await using (var connection = await ReformDatabase.OpenForWriteAsync(path, CancellationToken.None))
        {
            await ReformDatabase.ExecuteAsync(
                connection,
                $"""
                INSERT INTO ingest_log (run_id, file_name, sha256, ledger, report_month, rows, issues, outcome, message) VALUES
                    ('r000002', '7月台账.xlsx#总台账', 'def', 'overall', DATE '2024-07-01', 3, 1, 'ingested', NULL),
                    ('r000002', '7月台账.csv', 'ghi', 'overall', DATE '2024-07-01', 1, 1, 'ingested', NULL),
                    ('r000002', '县发改局.csv', 'jkl', 'overall', DATE '2024-07-01', 1, 1, 'ingested', NULL);
                INSERT INTO ingest_issues VALUES
                    ('r000002', '{Root}县财政局/7月台账.xlsx', '总台账', 9, '完成时限', '尽快', '无法识别完成时限“尽快”', 'warning'),
                    ('r000002', '{Root}县教育局/7月台账.csv', '7月台账', 4, '完成进度', '见附件', '完成进度“见附件”里没有数字', 'warning'),
                    ('r000002', '{Root}报送.zip/县发改局.csv', '县发改局', 5, '状态', '待定', '无法识别推进状态“待定”', 'warning');
                CHECKPOINT;
                """,
                CancellationToken.None);
        }

        _factory = new DashboardFactory(path, _folder.Path);
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Issues_ShowTheFileNameWithItsFolderBelowTheRunsFolder_AndTheRunAsTheOfficeCountsIt()
    {
        using var client = _factory.CreateClient();

        var html = await client.GetStringAsync("/issues");

        Assert.DoesNotContain("/srv/ingest", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">r00000", html, StringComparison.Ordinal);
        Assert.Contains("7月台账.xlsx<span class=\"folder\">县财政局/</span>", html, StringComparison.Ordinal);
        Assert.Contains("7月台账.csv<span class=\"folder\">县教育局/</span>", html, StringComparison.Ordinal);
        Assert.Contains("县发改局.csv<span class=\"folder\">报送.zip/</span>", html, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Count(html, ">第2次导入 · 2024年7月</td>"));
        Assert.Matches("第1次导入 · 2024年6月</td><td[^>]*>2024年6月改革任务总台账.xlsx</td>", html); // a file given by name alone stays so
    }

    [Fact]
    public async Task Log_ShowsTheRunAsTheOfficeCountsIt()
    {
        using var client = _factory.CreateClient();

        var html = await client.GetStringAsync("/issues?part=log");

        Assert.Equal(3, Regex.Count(html, ">第2次导入 · 2024年7月</td>"));
        Assert.Equal(1, Regex.Count(html, ">第1次导入 · 2024年6月</td>"));
        Assert.DoesNotContain(">r00000", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Log_LeavesTheFingerprintToTheDownload()
    {
        // The 64-character SHA-256 pushed 结果 and 说明 off a 1300-pixel screen; the page leaves it out, the download keeps it.
        using var client = _factory.CreateClient();

        var html = await client.GetStringAsync("/issues?part=log");
        var csv = await client.GetStringAsync("/issues?part=log&format=csv");

        Assert.DoesNotContain("data-column=\"sha256\"", html, StringComparison.Ordinal);
        Assert.Contains("data-column=\"outcome\"", html, StringComparison.Ordinal);
        Assert.Contains("文件指纹", csv, StringComparison.Ordinal);
        Assert.Contains(",def,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Downloads_KeepTheRunIdAndThePathAsStored()
    {
        using var client = _factory.CreateClient();

        var csv = await client.GetStringAsync("/issues?format=csv");

        Assert.Contains("r000002", csv, StringComparison.Ordinal);
        Assert.Contains(Root + "县财政局/7月台账.xlsx", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Label_NumbersTheRun_AndNamesItsMonths()
    {
        Assert.Equal("第3次导入 · 2024年6月", IngestRuns.Label("r000003", new(2024, 6, 1), new(2024, 6, 1)));
        Assert.Equal("第1次导入 · 2022年1月至2024年12月", IngestRuns.Label("r000001", new(2022, 1, 1), new(2024, 12, 1)));
        Assert.Equal("第12次导入", IngestRuns.Label("r000012", null, null)); // a run that only refused files
        Assert.Equal("batch-7", IngestRuns.Label("batch-7", null, null));
    }

    [Fact]
    public void Relative_OneFolderPerRun_LeavesTheNameAlone_ButNeverHidesAnArchive()
    {
        var relative = IngestRuns.Relative(
        [
            ("r000001", "/data/6月/县财政局.csv"),
            ("r000002", "/data/7月/报送.zip/7月/县发改局.csv"),
            ("r000003", "C:\\台账\\8月\\县教育局\\8月.xlsx"),
            ("r000003", "C:\\台账\\8月\\县卫健局.xlsx"),
        ]);

        Assert.Equal("县财政局.csv", relative[("r000001", "/data/6月/县财政局.csv")]);
        Assert.Equal("报送.zip/7月/县发改局.csv", relative[("r000002", "/data/7月/报送.zip/7月/县发改局.csv")]);
        Assert.Equal("县教育局/8月.xlsx", relative[("r000003", "C:\\台账\\8月\\县教育局\\8月.xlsx")]);
        Assert.Equal("县卫健局.xlsx", relative[("r000003", "C:\\台账\\8月\\县卫健局.xlsx")]);
    }
}
