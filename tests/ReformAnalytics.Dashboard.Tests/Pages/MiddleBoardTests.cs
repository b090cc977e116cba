using System.IO.Compression;
using System.Text.RegularExpressions;
using ReformAnalytics.Dashboard.Tests.Support;
using ReformAnalytics.Metrics;

namespace ReformAnalytics.Dashboard.Tests.Pages;

/// <summary>
/// A unit between the 红榜 and the 黑榜 had a blank 榜单 cell on the 红黑榜, as if a figure were missing, and so had a unit
/// not ranked: they now read “—” (the word the workbook and the report write where there is no rank) and 未排名 (the
/// quarter's 红黑榜 workbook's word, <c>reform lists</c>).
///
/// The fixture county in June 2024 (see <see cref="FixtureCounty"/>; weights 0.40/0.25/0.20/0.15, board share 0.20):
/// four units have a task with a deadline, so one goes on each board (ceil(4 × 0.2) = 1).
///   县农业农村局 (T3, not due, lag 9.6): 40 + 0.25 × 90.4 + 20 + 15 = 97.6 → 1, 红榜;
///   县发改委 (T1 on time; T5 not returned, counted at 10% against 66.3% planned, lag 56.3; returns 3 of 4 in the
///     quarter): 40 + 0.25 × 43.7 + 20 + 0.15 × 75 = 82.2 → 2, —;
///   县司法局 (T6 due 30 June, unfinished, lag 80): 0 + 0.25 × 20 + 20 + 15 = 40 → 3, —;
///   县卫健局 (T2 overdue, lag 40): 0 + 0.25 × 60 + 0 + 15 = 30 → 4, 黑榜;
///   县生态环境局 has only the open-ended T4: not ranked, 未排名.
/// </summary>
public sealed partial class MiddleBoardTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    public static TheoryData<string, string> Boards => new()
    {
        { "县农业农村局", "红榜" },
        { "县发改委", "—" },
        { "县司法局", "—" },
        { "县卫健局", "黑榜" },
        { "县生态环境局", "未排名" },
    };

    [Theory]
    [MemberData(nameof(Boards))]
    public async Task Ranking_EveryUnit_HasABoardWord(string unit, string board)
    {
        using var client = fixture.Factory.CreateClient();

        var html = await client.GetStringAsync("/ranking?month=2024-06");

        var full = html[html.IndexOf("<h2>完整排名</h2>", StringComparison.Ordinal)..];
        Assert.Equal(board, BoardOf(full, unit));
    }

    [Fact]
    public async Task UnitPage_MiddleUnit_ShowsItsPlaceAsTheRankingDoes()
    {
        using var client = fixture.Factory.CreateClient();

        var html = await client.GetStringAsync("/units/" + Uri.EscapeDataString("县司法局") + "?month=2024-06");

        Assert.Matches("<th data-column=\"board\"[^>]*>榜单</th>", html);
        Assert.Contains("<td class=\"word\">—</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td></td>", html[..html.IndexOf("查看完整红黑榜", StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Boards))]
    public async Task RankingWorkbook_NamesTheBoardAsThePageDoes(string unit, string board)
    {
        using var folder = new TempFolder();
        var path = folder.File("county.duckdb");
        await FixtureCounty.CreateAsync(path);
        Assert.True(Quarter.TryParse("2024Q2", out var quarter));
        var outDir = folder.File("lists");

        var code = await ListsCommandRunner.RunAsync(new ListsCommandOptions { DbPath = path, Quarter = quarter, OutDir = outDir }, TextWriter.Null, TextWriter.Null, CancellationToken.None);

        Assert.Equal(0, code);
        using var zip = ZipFile.OpenRead(Path.Combine(outDir, "2024年第二季度红黑榜.xlsx"));
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var sheet = await reader.ReadToEndAsync();
        var row = Regex.Match(sheet, $"<c r=\"B(\\d+)\"[^>]*><is><t[^>]*>{unit}</t>").Groups[1].Value;
        Assert.NotEmpty(row);
        Assert.Equal(board, Regex.Match(sheet, $"<c r=\"C{row}\"[^>]*><is><t[^>]*>([^<]*)</t>").Groups[1].Value);
    }

    /// <summary>The 榜单 cell of the unit's row in the full ranking (the cell after 排名).</summary>
    private static string? BoardOf(string html, string unit)
    {
        var m = Regex.Match(html, $"<tr><td[^>]*>[^<]*</td><td[^>]*>([^<]*)</td><td[^>]*><a href=\"/units/{Regex.Escape(Uri.EscapeDataString(unit))}[^\"]*\">");
        return m.Success ? m.Groups[1].Value : null;
    }
}
