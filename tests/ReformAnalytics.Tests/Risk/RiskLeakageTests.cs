using System.Globalization;
using DuckDB.NET.Data;
using ReformAnalytics.Risk;
using ReformAnalytics.Tests.Metrics;

namespace ReformAnalytics.Tests.Risk;

/// <summary>
/// Features at a status date D use only what was known at D: adding or editing snapshots after D changes nothing in
/// risk_features at D (nor in the rows the learners read), while the labels at D, which look ahead by design, do change.
/// </summary>
public sealed class RiskLeakageTests(RiskLeakageFixture fixture) : IClassFixture<RiskLeakageFixture>
{
    private const string D = RiskLeakageFixture.D;

    [Fact]
    public async Task Features_AtD_SameWhetherLaterSnapshotsAreMissingAddedOrEdited()
    {
        var known = await FeaturesAtDAsync(fixture.UpToD);
        var full = await FeaturesAtDAsync(fixture.Full);
        var changed = await FeaturesAtDAsync(fixture.Changed);

        Assert.Equal(6, known.Count); // R1..R6 in May (R7 is not in the ledger yet)
        Assert.Contains(known, r => r.Contains("unit_late_rate=1|", StringComparison.Ordinal)); // R4's unit: 1 of 1 late
        Assert.Contains(known, r => r.Contains("unit_late_rate=0|", StringComparison.Ordinal)); // R3's unit: 1 on time
        Assert.Equal(known, full);
        Assert.Equal(known, changed);
    }

    [Fact]
    public async Task LearnerRows_AtD_SameWhetherLaterSnapshotsAreMissingAddedOrEdited()
    {
        var known = await NumericAtDAsync(fixture.UpToD);

        Assert.Equal(2, known.Count); // the population in May: R1, R6 (R2 and R4 red, R3 completed, R5 open-ended)
        Assert.Equal(known, await NumericAtDAsync(fixture.Full));
        Assert.Equal(known, await NumericAtDAsync(fixture.Changed));
    }

    [Fact]
    public async Task Labels_AtD_DoChange_TheEditsAfterDMatter()
    {
        // R6 in May: unedited, June..Aug lag 59.5 - 40 = 19.5, 69.7 - 50 = 19.7, 79.9 - 60 = 19.9 (amber, never red): did not
        // fall behind. Edited to stay at 30: June lag 29.5 >= 25, red: fell behind.
        var before = await TaskRow.QueryAsync(fixture.Full, $"SELECT fell_behind FROM risk_labels(3) WHERE task_id = 'R6' AND report_month = DATE '{D}'");
        var after = await TaskRow.QueryAsync(fixture.Changed, $"SELECT fell_behind FROM risk_labels(3) WHERE task_id = 'R6' AND report_month = DATE '{D}'");
        var known = await TaskRow.QueryAsync(fixture.UpToD, $"SELECT fell_behind FROM risk_labels(3) WHERE task_id = 'R6' AND report_month = DATE '{D}'");

        Assert.False(Assert.Single(before).Bool("fell_behind"));
        Assert.True(Assert.Single(after).Bool("fell_behind"));
        Assert.Null(Assert.Single(known).Bool("fell_behind")); // nothing after D yet: unknown
    }

    private static async Task<List<string>> FeaturesAtDAsync(DuckDBConnection db)
    {
        var rows = await TaskRow.QueryAsync(db, $"SELECT * FROM risk_features WHERE report_month = DATE '{D}' ORDER BY task_id");
        var columns = (await TaskRow.QueryAsync(db, "SELECT column_name FROM (DESCRIBE risk_features)")).Select(c => c.Text("column_name")!).ToList();
        Assert.Contains("unit_late_rate", columns);
        Assert.Contains("leader_load_ratio", columns);
        return [.. rows.Select(r => string.Join("|", columns.Select(c => c + "=" + Cell(r[c]))))];
    }

    private static async Task<List<string>> NumericAtDAsync(DuckDBConnection db)
    {
        var rows = await RiskDataset.LoadAsync(db, new RiskOptions(), new DateOnly(2024, 5, 1), new DateOnly(2024, 5, 1), CancellationToken.None);
        return [.. rows.Select(r => r.TaskId + ":" + string.Join(",", r.Numeric.Select(v => v.ToString("R", CultureInfo.InvariantCulture)))
            + ":" + string.Join(",", r.Ledger, r.TaskKind, r.ResultForm, r.SpecialGroup, r.DeadlineKind, r.Status, r.LightReason, r.Narrative))];
    }

    private static string Cell(object? value) => value switch
    {
        null => "NULL",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IEnumerable<DateOnly> dates => string.Join(";", dates),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
