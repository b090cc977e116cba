using System.Runtime.CompilerServices;
using ReformAnalytics.Dashboard.Html;
using ReformAnalytics.Database;

namespace ReformAnalytics.Dashboard.Tests.Html;

/// <summary>
/// The dashboard heads a column with the Chinese label docs/schema.md gives it (read by <see cref="SchemaPage"/>, as
/// .schema at the reform sql prompt reads it), so a person reading a page, a download and the analysts' page meets one
/// name. Before, 45 columns had two (亮灯 / 红绿灯, 应报任务数 / 应报, 台账序号 / 序号, …).
/// </summary>
public sealed class LabelsSchemaDocsTests
{
    /// <summary>
    /// Columns whose header deliberately differs from every label docs/schema.md gives them, with the reason. The
    /// dashboard has one header a column, the page one label a column a table.
    /// </summary>
    private static readonly Dictionary<string, string> Exceptions = new(StringComparer.Ordinal)
    {
        // negative_list calls its reasons 列入原因, risk_flags 主要原因; the dashboard shows both lists' reasons under one
        // header, and 原因 reads right on each.
        ["reasons"] = "原因",
    };

    [Fact]
    public void EveryDashboardLabel_IsTheLabelDocsSchemaGivesTheColumn()
    {
        var documented = DocumentedLabels();

        // A column documented in several tables under different labels (report_month: 填报月份, 缺报月份 in missing_months,
        // 漏报月份 in missing_returns) is headed with one of them; a column the page does not document (row_no, a list's
        // own numbering) is not held to it.
        var differ = Labels.All
            .Where(p => documented.TryGetValue(p.Key, out var labels) && !labels.Contains(p.Value))
            .Where(p => !(Exceptions.TryGetValue(p.Key, out var kept) && kept == p.Value))
            .Select(p => $"{p.Key}: {p.Value} / {string.Join("、", documented[p.Key])}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Empty(differ);
    }

    [Fact]
    public void Exceptions_AreStillNeeded()
    {
        // An exception the page has come to agree with, or a column no longer headed so, is taken out.
        var documented = DocumentedLabels();

        Assert.All(Exceptions, p =>
        {
            Assert.Equal(p.Value, Labels.Column(p.Key));
            Assert.DoesNotContain(p.Value, documented[p.Key]);
        });
    }

    [Fact]
    public void SomeColumns_AsTheDocsNameThem()
    {
        // Spot checks by hand against docs/schema.md: task_status.light | 红绿灯, reporting_discipline.expected_returns | 应报,
        // snapshots.seq_no | 台账序号 (beside a list's own 序号), metric_summary.avg_lag_pp | 平均滞后（百分点）.
        Assert.Equal("红绿灯", Labels.Column("light"));
        Assert.Equal("应报", Labels.Column("expected_returns"));
        Assert.Equal("台账序号", Labels.Column("seq_no"));
        Assert.Equal("平均滞后（百分点）", Labels.Column("avg_lag_pp"));
    }

    /// <summary>Each documented column with every label docs/schema.md gives it, in any table or view.</summary>
    private static Dictionary<string, HashSet<string>> DocumentedLabels()
    {
        var labels = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in SchemaPage.Parse(File.ReadAllText(SchemaPath())).SelectMany(s => s.Rows))
        {
            for (var i = 0; i < row.Columns.Count; i++)
            {
                (labels.TryGetValue(row.Columns[i], out var known) ? known : labels[row.Columns[i]] = new(StringComparer.Ordinal)).Add(row.Label(i));
            }
        }

        return labels;
    }

    /// <summary>docs/schema.md, found from this file's place in the repository.</summary>
    private static string SchemaPath([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "../../../docs/schema.md"));
}
