using System.Globalization;
using ReformAnalytics.Database;
using ReformAnalytics.Ingest;
using ReformAnalytics.Model;
using ReformAnalytics.Sample;

namespace ReformAnalytics.Tests.Ingest;

/// <summary>
/// The generated county ingests with no issue except those planted on purpose, and every planted case
/// (missing return, corrected re-send, rewording, task added mid-year, bad cells) is found after ingest. The warnings of
/// the planted shapes (a hidden row, sub-tasks under a numbered heading) are checked in <see cref="SampleCountyShapeTests"/>.
/// </summary>
[Collection(SampleCountyCollection.Name)]
public sealed class SampleCountyIngestTests(SampleCountyFixture county)
{
    [Fact]
    public void Ingest_SampleCounty_StoresEveryRowTheManifestPredicts()
    {
        Assert.False(county.Summary.Refused);
        Assert.Equal(county.Manifest.SnapshotRows, county.Summary.RowsStored);
    }

    [Fact]
    public void Ingest_SampleCounty_ReportsOnlyThePlantedIssues()
    {
        var planted = county.Manifest.BadCells.Where(b => b.Expected == BadCellExpectation.IssueRow)
            .Select(b => (Path.GetFileName(b.File), b.Row, b.Column)).ToHashSet();
        var rewordedNames = county.Manifest.Rewordings.Select(r => r.NewName).ToHashSet(StringComparer.Ordinal);
        var corrected = county.Manifest.Corrections.Select(c => Path.GetFileName(c.OriginalFile)).ToHashSet(StringComparer.Ordinal);
        var revisions = county.Manifest.Revisions!.Select(r => (r.Month, ColumnOf(r), r.After)).ToHashSet();
        var hidden = county.Manifest.HiddenRows!.Select(h => (Path.GetFileName(h.File), h.Row, h.Column)).ToHashSet();
        var numbered = SampleSubTaskFacts.FilesWithNumberedHeadings(county.Manifest);

        var unexpected = county.Summary.Issues.Where(i =>
            !planted.Contains((Path.GetFileName(i.File), i.Row, i.Column))
            && !(i.Severity == IssueSeverity.Warning && hidden.Contains((Path.GetFileName(i.File), i.Row, i.Column)))
            && !(i.Severity == IssueSeverity.Warning && numbered.Contains(Path.GetFileName(i.File)) && SampleSubTaskFacts.IsHeadingWarning(i))
            && !(i.Severity == IssueSeverity.Warning && revisions.Contains((MonthOf(i.File), i.Column, i.Value)))
            && !(i.Severity == IssueSeverity.Warning && i.Column == "改革任务" && rewordedNames.Contains(i.Value))
            && !(i.Severity == IssueSeverity.Warning && i.Row == 0 && corrected.Contains(Path.GetFileName(i.File))))
            .Select(i => i.Describe())
            .ToList();

        Assert.Empty(unexpected);
        foreach (var cell in planted)
        {
            Assert.Contains(county.Summary.Issues, i => (Path.GetFileName(i.File), i.Row, i.Column) == cell);
        }
    }

    /// <summary>
    /// Each return that goes back on the task's last one is warned of once, on its row, in words: the completion taken
    /// back (June's 进度缓慢 after May's 已完成) and the deadline moved after it had passed (August's 原定…，调整为…).
    /// </summary>
    [Fact]
    public void Revisions_EachIsWarnedOnItsRowAgainstTheLastReturn()
    {
        Assert.Equal(
            [PlantedRevision.CompletionWithdrawn, PlantedRevision.DeadlineMoved],
            county.Manifest.Revisions!.Select(r => r.Kind).Order(StringComparer.Ordinal));
        foreach (var r in county.Manifest.Revisions!)
        {
            var warned = Assert.Single(county.Summary.Issues, i => MonthOf(i.File) == r.Month && i.Column == ColumnOf(r) && i.Value == r.After);
            Assert.Equal(IssueSeverity.Warning, warned.Severity);
            var file = county.Manifest.Files.Single(f => Path.GetFileName(f.FileName) == Path.GetFileName(warned.File));
            Assert.Contains(Ledger.Overall, file.Ledgers);
            if (r.Kind == PlantedRevision.CompletionWithdrawn)
            {
                Assert.StartsWith("上月报告已完成，本月报告未完成", warned.Message, StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal($"完成时限由上月的“{r.Before}”改为“{r.After}”：原完成时限已过（上月已逾期），按期完成情况仍按原时限判断。", warned.Message);
            }
        }
    }

    [Fact]
    public void Ingest_SampleCounty_ListsThePlantedUnknownStatusPhrases()
    {
        var planted = county.Manifest.BadCells.Where(b => b.Expected == BadCellExpectation.UnknownStatusPhrase).Select(b => b.Value.Trim()).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(planted.Order(StringComparer.Ordinal), county.Summary.UnknownStatusPhrases.Select(p => p.Phrase).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task MissingReturn_TasksOfTheUnitAreAbsentThatMonthOnly()
    {
        Assert.NotEmpty(county.Manifest.MissingReturns);
        await using var c = await ReformDatabase.OpenReadOnlyAsync(county.Db, CancellationToken.None);
        foreach (var m in county.Manifest.MissingReturns)
        {
            var thisMonth = await CountAsync(c, "SELECT count(*) FROM snapshots WHERE ledger = $1 AND report_month = $2 AND lead_unit = $3", LedgerNames.Id(m.Ledger), m.Month.FirstDay, m.LeadUnit);
            var before = await CountAsync(c, "SELECT count(*) FROM snapshots WHERE ledger = $1 AND report_month = $2 AND lead_unit = $3", LedgerNames.Id(m.Ledger), m.Month.Previous().FirstDay, m.LeadUnit);
            Assert.Equal(0, thisMonth);
            Assert.True(before >= m.TaskNames.Count, $"{m.LeadUnit} {m.Month}: {before} tasks the month before");
        }
    }

    [Fact]
    public async Task CorrectedResend_TheCorrectedFiguresAreStored()
    {
        Assert.NotEmpty(county.Manifest.Corrections);
        await using var c = await ReformDatabase.OpenReadOnlyAsync(county.Db, CancellationToken.None);
        foreach (var correction in county.Manifest.Corrections)
        {
            Assert.NotEmpty(correction.Changes);
            foreach (var change in correction.Changes)
            {
                var column = change.Column == "progress_pct" ? "CAST(progress_pct AS VARCHAR)" : "status_text";
                await using var cmd = c.CreateCommand();
                cmd.CommandText = $"SELECT {column}, source_file FROM snapshots WHERE ledger = $1 AND report_month = $2 AND task_name = $3";
                cmd.Parameters.Add(new DuckDB.NET.Data.DuckDBParameter(LedgerNames.Id(correction.Ledger)));
                cmd.Parameters.Add(new DuckDB.NET.Data.DuckDBParameter(correction.Month.FirstDay));
                cmd.Parameters.Add(new DuckDB.NET.Data.DuckDBParameter(change.TaskName));
                await using var r = await cmd.ExecuteReaderAsync();
                Assert.True(await r.ReadAsync(), $"{change.TaskName} stored for {correction.Month}");
                var stored = r.GetString(0);
                Assert.Equal(Normalize(change.CorrectedValue), Normalize(stored));
                Assert.Equal(Path.GetFileName(correction.CorrectedFile), r.GetString(1));
            }
        }
    }

    [Fact]
    public async Task Rewording_KeepsOneTaskId()
    {
        Assert.NotEmpty(county.Manifest.Rewordings);
        await using var c = await ReformDatabase.OpenReadOnlyAsync(county.Db, CancellationToken.None);
        foreach (var r in county.Manifest.Rewordings)
        {
            var ids = await CountAsync(c, "SELECT count(DISTINCT task_id) FROM snapshots WHERE ledger = $1 AND year(report_month) = $2 AND task_name IN ($3, $4)", LedgerNames.Id(r.Ledger), r.Month.Year, r.OldName, r.NewName);
            Assert.True(ids == 1, $"{r.OldName} → {r.NewName}: {ids} task ids");
        }
    }

    [Fact]
    public async Task MidYearTask_BeginsItsOwnHistoryInItsFirstMonth()
    {
        Assert.NotEmpty(county.Manifest.MidYearTasks);
        await using var c = await ReformDatabase.OpenReadOnlyAsync(county.Db, CancellationToken.None);
        foreach (var t in county.Manifest.MidYearTasks)
        {
            await using var cmd = c.CreateCommand();
            cmd.CommandText = "SELECT min(report_month), count(DISTINCT task_id) FROM snapshots WHERE ledger = $1 AND year(report_month) = $2 AND task_name = $3";
            cmd.Parameters.Add(new DuckDB.NET.Data.DuckDBParameter(LedgerNames.Id(t.Ledger)));
            cmd.Parameters.Add(new DuckDB.NET.Data.DuckDBParameter(t.FirstMonth.Year));
            cmd.Parameters.Add(new DuckDB.NET.Data.DuckDBParameter(t.TaskName));
            await using var r = await cmd.ExecuteReaderAsync();
            Assert.True(await r.ReadAsync());
            Assert.Equal(t.FirstMonth.FirstDay, DateOnly.FromDateTime(r.GetDateTime(0)));
            Assert.Equal(1L, r.GetInt64(1));
        }
    }

    private ReportMonth MonthOf(string file) =>
        county.Manifest.Files.FirstOrDefault(f => Path.GetFileName(f.FileName) == Path.GetFileName(file))?.Month ?? default;

    private static string ColumnOf(PlantedRevision r) => r.Kind == PlantedRevision.CompletionWithdrawn ? "状态" : "完成时限";

    private static string Normalize(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d.ToString("0.###", CultureInfo.InvariantCulture) : value.Trim();

    private static async Task<long> CountAsync(DuckDB.NET.Data.DuckDBConnection c, string sql, params object[] args)
    {
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        foreach (var a in args)
        {
            cmd.Parameters.Add(new DuckDB.NET.Data.DuckDBParameter(a));
        }

        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
