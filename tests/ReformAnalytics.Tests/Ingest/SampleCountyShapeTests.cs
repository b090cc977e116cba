using System.Globalization;
using DuckDB.NET.Data;
using ReformAnalytics.Database;
using ReformAnalytics.Model;
using ReformAnalytics.Sample;

namespace ReformAnalytics.Tests.Ingest;

/// <summary>
/// The shapes the sample plants beside its cases, checked from the manifest after ingest: sub-tasks listed under a heading
/// (a numbered row 3 over 3.1, 3.2, or a section row （一）深化… under a group's 一、…专项小组) keep it in task_heading, two of
/// one unit's 制定实施方案 under different headings keep their own histories, the heading rows are no tasks; a hidden row
/// of a workbook is stored as any other, with one warning naming it; a unit's return saved as .ods is read.
/// </summary>
[Collection(SampleCountyCollection.Name)]
public sealed class SampleCountyShapeTests(SampleCountyFixture county)
{
    private IReadOnlyList<PlantedSubTask> SubTasks => county.Manifest.SubTasks!;

    [Fact]
    public async Task SubTasks_EachIsStoredWithItsHeading_InEveryMonthOfItsYear()
    {
        Assert.NotEmpty(SubTasks);
        await using var c = await ReformDatabase.OpenReadOnlyAsync(county.Db, CancellationToken.None);
        foreach (var t in SubTasks)
        {
            // Every month of the year: the sample's sub-tasks are in the ledger from January and their unit misses no return.
            var months = t.Year == county.Manifest.LastYear ? county.Manifest.LastMonth.Month : 12;
            var stored = await CountAsync(c, """
                SELECT count(*) FROM snapshots
                WHERE ledger = $1 AND year(report_month) = $2 AND task_name = $3 AND lead_unit = $4 AND task_heading = $5
                """, LedgerNames.Id(t.Ledger), t.Year, t.TaskName, t.LeadUnit, t.Heading);
            Assert.True(stored == months, $"{t.Heading} › {t.TaskName}: {stored} months stored with its heading, {months} expected");
        }

        // Nothing else has a heading, and no heading row was stored as a task of its own.
        var withHeading = await CountAsync(c, "SELECT count(*) FROM snapshots WHERE task_heading IS NOT NULL");
        Assert.Equal(SubTasks.Sum(t => (long)(t.Year == county.Manifest.LastYear ? county.Manifest.LastMonth.Month : 12)), withHeading);
        foreach (var heading in SubTasks.Select(t => t.Heading).Distinct(StringComparer.Ordinal))
        {
            Assert.Equal(0, await CountAsync(c, "SELECT count(*) FROM snapshots WHERE task_name = $1", heading));
        }
    }

    [Fact]
    public async Task SubTasks_TwoOfOneNameAndUnitUnderTwoHeadings_KeepSeparateHistories()
    {
        var pairs = SubTasks.GroupBy(t => (t.Ledger, t.Year, t.TaskName, t.LeadUnit)).Where(g => g.Count() >= 2).ToList();
        Assert.NotEmpty(pairs);
        await using var c = await ReformDatabase.OpenReadOnlyAsync(county.Db, CancellationToken.None);
        foreach (var pair in pairs)
        {
            var (ledger, year, name, unit) = pair.Key;
            var months = year == county.Manifest.LastYear ? county.Manifest.LastMonth.Month : 12;
            await using var cmd = c.CreateCommand();
            cmd.CommandText = """
                SELECT task_id, count(*), count(DISTINCT report_month), count(DISTINCT task_heading), min(task_heading)
                FROM snapshots WHERE ledger = $1 AND year(report_month) = $2 AND task_name = $3 AND lead_unit = $4
                GROUP BY task_id ORDER BY 5
                """;
            cmd.Parameters.Add(new DuckDBParameter(LedgerNames.Id(ledger)));
            cmd.Parameters.Add(new DuckDBParameter(year));
            cmd.Parameters.Add(new DuckDBParameter(name));
            cmd.Parameters.Add(new DuckDBParameter(unit));
            var histories = new List<(long Rows, long Months, long Headings, string Heading)>();
            await using (var r = await cmd.ExecuteReaderAsync())
            {
                while (await r.ReadAsync())
                {
                    histories.Add((r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), r.GetString(4)));
                }
            }

            // One task id per heading, each with a row in every month and only its own heading: not one task written twice
            // a month, nor histories that swap when a month lists the headings in another order.
            Assert.Equal(pair.Select(t => t.Heading).Order(StringComparer.Ordinal), histories.Select(h => h.Heading));
            Assert.All(histories, h => Assert.Equal((months, months, 1L), (h.Rows, h.Months, h.Headings)));
        }
    }

    [Fact]
    public void SubTasks_BothHeadingShapesArePlanted_AndEachNumberedSheetIsWarnedOfOnce()
    {
        var features = county.Manifest.Files.SelectMany(f => f.Sheets).SelectMany(s => s.Features).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("numbered_headings", features);
        Assert.Contains("section_headings", features);

        // One warning per sheet with numbered headings (the sample's files of that shape hold one such sheet each), none elsewhere.
        var numberedSheets = county.Manifest.Files.Sum(f => f.Sheets.Count(s => s.Features.Contains("numbered_headings")));
        var warnings = county.Summary.Issues.Where(SampleSubTaskFacts.IsHeadingWarning).ToList();
        Assert.Equal(numberedSheets, warnings.Count);
        var numbered = SampleSubTaskFacts.FilesWithNumberedHeadings(county.Manifest);
        Assert.All(warnings, w => Assert.Contains(Path.GetFileName(w.File), numbered));
    }

    [Fact]
    public async Task HiddenRow_IsStoredAsAnyOther_AndWarnedOfOnceAtItsRow()
    {
        Assert.NotEmpty(county.Manifest.HiddenRows!);
        await using var c = await ReformDatabase.OpenReadOnlyAsync(county.Db, CancellationToken.None);
        foreach (var h in county.Manifest.HiddenRows!)
        {
            var warned = Assert.Single(county.Summary.Issues, i => Path.GetFileName(i.File) == Path.GetFileName(h.File) && i.Row == h.Row && i.Column == h.Column);
            Assert.Equal(IssueSeverity.Warning, warned.Severity);
            Assert.Equal(h.TaskName, warned.Value);
            Assert.StartsWith(string.Create(CultureInfo.InvariantCulture, $"本表有1行任务处于隐藏状态（在 Excel 中看不到）：第{h.Row}行。"), warned.Message, StringComparison.Ordinal);

            // A hidden row is still the ledger's: the task is in that month's snapshot, from that row.
            Assert.Equal(1, await CountAsync(c, """
                SELECT count(*) FROM snapshots WHERE ledger = 'overall' AND report_month = $1 AND task_name = $2 AND lead_unit = $3 AND source_row = $4
                """, h.Month.FirstDay, h.TaskName, h.LeadUnit, h.Row));
        }
    }

    /// <summary>A unit's return saved by LibreOffice (.ods) is read as any workbook: every task row it holds is stored from it.</summary>
    [Fact]
    public async Task OdsReturn_EveryTaskRowIsStoredFromIt()
    {
        var returns = county.Manifest.Files.Where(f => f.Encoding == "ods").ToList();
        Assert.NotEmpty(returns);
        await using var c = await ReformDatabase.OpenReadOnlyAsync(county.Db, CancellationToken.None);
        foreach (var file in returns)
        {
            Assert.True(file.TaskRows > 0);
            var stored = await CountAsync(c, "SELECT count(*) FROM snapshots WHERE report_month = $1 AND source_file = $2 AND lead_unit = $3", file.Month.FirstDay, Path.GetFileName(file.FileName), file.LeadUnit!);
            Assert.Equal(file.TaskRows, stored);
        }
    }

    private static async Task<long> CountAsync(DuckDBConnection c, string sql, params object[] args)
    {
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        foreach (var a in args)
        {
            cmd.Parameters.Add(new DuckDBParameter(a));
        }

        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
