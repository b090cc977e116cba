using ReformAnalytics.Model;
using ReformAnalytics.Sample;

namespace ReformAnalytics.Tests.Sample;

/// <summary>Each planted case of the manifest, checked in the files as written.</summary>
[Collection(SampleCollection.Name)]
public sealed class SamplePlantedCaseTests(SampleFixture sample)
{
    [Fact]
    public void MissingReturn_UnitsTasksAreAbsentThatMonthOnly()
    {
        Assert.NotEmpty(sample.Manifest.MissingReturns);
        foreach (var missing in sample.Manifest.MissingReturns)
        {
            Assert.InRange(missing.TaskNames.Count, 3, 8);
            var that = Leads(sample.LedgerTables(missing.Ledger, missing.Month));
            var before = Leads(sample.LedgerTables(missing.Ledger, missing.Month.Previous()));
            var after = Leads(sample.LedgerTables(missing.Ledger, missing.Month.Next()));

            Assert.DoesNotContain(missing.LeadUnit, that.Values);
            Assert.All(missing.TaskNames, n => Assert.DoesNotContain(n, that.Keys));
            Assert.All(missing.TaskNames, n => Assert.Equal(missing.LeadUnit, before[n]));
            Assert.All(missing.TaskNames, n => Assert.Equal(missing.LeadUnit, after[n]));
            Assert.Equal(missing.File, sample.Manifest.Files.Single(f => f.Month == missing.Month && f.Ledgers.Contains(missing.Ledger)).FileName);
        }
    }

    [Fact]
    public void Correction_ReSendsTheMonthWithTheChangedFiguresOnly()
    {
        var correction = Assert.Single(sample.Manifest.Corrections);
        Assert.Equal(
            Path.GetFileNameWithoutExtension(correction.OriginalFile) + "（更正）" + Path.GetExtension(correction.OriginalFile),
            correction.CorrectedFile);
        Assert.True(sample.File(correction.CorrectedFile).IsCorrection);
        var original = Rows(sample.Tables(sample.File(correction.OriginalFile))[0]);
        var corrected = Rows(sample.Tables(sample.File(correction.CorrectedFile))[0]);
        Assert.Equal(original.Keys.Order(StringComparer.Ordinal), corrected.Keys.Order(StringComparer.Ordinal));
        Assert.InRange(correction.Changes.Count, 3, 4);

        foreach (var change in correction.Changes)
        {
            var aliases = change.Column == "progress_pct" ? LedgerAliases.ProgressPct : LedgerAliases.Status;
            Assert.Equal(change.OriginalValue, Value(ReadTable.Column(original[change.TaskName], aliases), change.Column));
            Assert.Equal(change.CorrectedValue, Value(ReadTable.Column(corrected[change.TaskName], aliases), change.Column));
            Assert.NotEqual(change.OriginalValue, change.CorrectedValue);
        }

        // The month as the tests read it is the re-send: the corrected figures, not the first file's.
        var month = Rows(sample.LedgerTables(correction.Ledger, correction.Month));
        Assert.Equal(corrected.Keys.Order(StringComparer.Ordinal), month.Keys.Order(StringComparer.Ordinal));
        Assert.All(correction.Changes, change => Assert.Equal(
            change.CorrectedValue,
            Value(ReadTable.Column(month[change.TaskName], change.Column == "progress_pct" ? LedgerAliases.ProgressPct : LedgerAliases.Status), change.Column)));

        var changed = correction.Changes.Select(c => c.TaskName).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, row) in original.Where(r => !changed.Contains(r.Key)))
        {
            Assert.Equal(row.Values.Select(c => c.Shown), corrected[name].Values.Select(c => c.Shown));
        }
    }

    /// <summary>
    /// Each planted sub-task is written under its heading, led by its unit, in every month of its year (the units' own
    /// returns and the corrected re-send too), and no heading row reads as a task: the overall tables hold the
    /// sub-tasks and no row named for a heading.
    /// </summary>
    [Fact]
    public void SubTasks_AreWrittenUnderTheirHeadingInEveryMonthOfTheirYear()
    {
        Assert.NotEmpty(sample.Manifest.SubTasks!);
        Assert.Contains(sample.Manifest.SubTasks!.GroupBy(t => (t.Year, t.TaskName, t.LeadUnit)), g => g.Count() >= 2);
        foreach (var year in sample.Manifest.SubTasks!.GroupBy(t => t.Year))
        {
            for (var month = new ReportMonth(year.Key, 1); month.Year == year.Key && month <= sample.Manifest.LastMonth; month = month.Next())
            {
                var leads = Leads(sample.LedgerTables(Ledger.Overall, month));
                Assert.All(year, t => Assert.True(leads.GetValueOrDefault($"{t.Heading} › {t.TaskName}") == t.LeadUnit, $"{month}: {t.Heading} › {t.TaskName}"));
                Assert.All(year, t => Assert.DoesNotContain(t.Heading, leads.Keys));
            }
        }
    }

    [Fact]
    public void Rewordings_OldNameUntilTheMonthBefore_NewNameFromTheMonth()
    {
        Assert.Contains(sample.Manifest.Rewordings, r => r.Kind == "prefix" && r.NewName.EndsWith(r.OldName, StringComparison.Ordinal));
        Assert.Contains(sample.Manifest.Rewordings, r => r.Kind == "punctuation");
        foreach (var rewording in sample.Manifest.Rewordings)
        {
            var before = Leads(sample.LedgerTables(rewording.Ledger, rewording.Month.Previous()));
            var from = Leads(sample.LedgerTables(rewording.Ledger, rewording.Month));

            Assert.Equal(rewording.LeadUnit, before[rewording.OldName]);
            Assert.DoesNotContain(rewording.NewName, before.Keys);
            Assert.Equal(rewording.LeadUnit, from[rewording.NewName]);
            Assert.DoesNotContain(rewording.OldName, from.Keys);
            if (rewording.Kind == "punctuation")
            {
                Assert.Equal(Letters(rewording.OldName), Letters(rewording.NewName));
            }
        }
    }

    [Fact]
    public void MidYearTask_AbsentBeforeItsFirstMonth_PresentFromIt()
    {
        Assert.Equal(3, sample.Manifest.MidYearTasks.Count);
        foreach (var task in sample.Manifest.MidYearTasks)
        {
            Assert.True(task.FirstMonth.Month > 1);
            Assert.DoesNotContain(task.TaskName, Leads(sample.LedgerTables(task.Ledger, new ReportMonth(task.FirstMonth.Year, 1))).Keys);
            Assert.DoesNotContain(task.TaskName, Leads(sample.LedgerTables(task.Ledger, task.FirstMonth.Previous())).Keys);
            Assert.Equal(task.LeadUnit, Leads(sample.LedgerTables(task.Ledger, task.FirstMonth))[task.TaskName]);
            Assert.Contains(task.TaskName, Leads(sample.LedgerTables(task.Ledger, new ReportMonth(task.FirstMonth.Year, 12))).Keys);
        }
    }

    [Fact]
    public void BadCells_AreAtTheirFileSheetRowAndColumn()
    {
        Assert.Equal(3, sample.Manifest.BadCells.Count);
        Assert.Contains(sample.Manifest.BadCells, b => b.Value == "待定" && LedgerAliases.Deadline.Contains(b.Column));
        foreach (var bad in sample.Manifest.BadCells)
        {
            var table = sample.Tables(sample.File(bad.File)).Single(t => t.Sheet == bad.Sheet);
            var (_, cells) = table.TaskRows.Single(r => r.Number == bad.Row);

            Assert.Equal(bad.Value, cells[bad.Column].Text);
            Assert.Equal(bad.TaskName, ReadTable.Column(cells, LedgerAliases.Task).Text);
            Assert.False(string.IsNullOrWhiteSpace(bad.Why));
        }
    }

    [Fact]
    public void Revisions_TheMonthBeforeSaysOneThing_TheMonthItselfAnother()
    {
        var revisions = sample.Manifest.Revisions!;
        Assert.Equal(2, revisions.Count);
        foreach (var r in revisions)
        {
            var before = Rows(sample.LedgerTables(r.Ledger, r.Month.Previous()));
            var that = Rows(sample.LedgerTables(r.Ledger, r.Month));
            Assert.Equal(r.LeadUnit, ReadTable.Column(that[r.TaskName], LedgerAliases.Lead).Text);
            if (r.Kind == PlantedRevision.CompletionWithdrawn)
            {
                // Reported done with 100 the month before, back below 100 (or blank) and not done now.
                Assert.Equal("已完成", ReadTable.Column(before[r.TaskName], LedgerAliases.Status).Text);
                Assert.Equal(100, ReadTable.Column(before[r.TaskName], LedgerAliases.ProgressPct).Figure());
                Assert.Equal(r.After, ReadTable.Column(that[r.TaskName], LedgerAliases.Status).Text);
                Assert.NotEqual(100, ReadTable.Column(that[r.TaskName], LedgerAliases.ProgressPct).Figure());
            }
            else
            {
                // The deadline as first written until the month before, rewritten from the month to the year's end.
                Assert.Equal(r.Before, ReadTable.Column(before[r.TaskName], LedgerAliases.Deadline).Text);
                Assert.Equal(r.After, ReadTable.Column(that[r.TaskName], LedgerAliases.Deadline).Text);
                Assert.Equal($"原定{r.Before}，调整为12月底前", r.After);
                var december = Rows(sample.LedgerTables(r.Ledger, new ReportMonth(r.Month.Year, 12)));
                Assert.Equal(r.After, ReadTable.Column(december[r.TaskName], LedgerAliases.Deadline).Text);
            }
        }
    }

    /// <summary>Task name → lead unit of a table.</summary>
    // Keyed by the task as the lists name it: the planted sub-tasks share a name (制定实施方案) under different headings.
    private static Dictionary<string, string> Leads(IEnumerable<ReadTable> tables) =>
        tables.SelectMany(t => t.TaskRowsUnderHeadings).ToDictionary(r => ReadTable.Label(r.Heading, r.Cells), r => ReadTable.Column(r.Cells, LedgerAliases.Lead).Text, StringComparer.Ordinal);

    private static Dictionary<string, IReadOnlyDictionary<string, ReadCell>> Rows(IEnumerable<ReadTable> tables) =>
        tables.SelectMany(t => t.TaskRowsUnderHeadings).ToDictionary(r => ReadTable.Label(r.Heading, r.Cells), r => r.Cells, StringComparer.Ordinal);

    private static Dictionary<string, IReadOnlyDictionary<string, ReadCell>> Rows(ReadTable table) =>
        table.TaskRowsUnderHeadings.ToDictionary(r => ReadTable.Label(r.Heading, r.Cells), r => r.Cells, StringComparer.Ordinal);

    private static string Value(ReadCell cell, string column) =>
        column == "progress_pct" ? cell.Figure()!.Value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) : cell.Text;

    private static string Letters(string name) => string.Concat(name.Where(char.IsLetterOrDigit));
}
