using System.Text.RegularExpressions;

namespace ReformAnalytics.Tests.Metrics;

/// <summary>
/// Every example query in docs/metrics.md runs on <see cref="MetricsFixture"/> and finds something; the example
/// of year_end_carry_over, which needs a turn of the year, runs on <see cref="YearEndCarryOverTests"/>' fixture, and that
/// of missing_months, which needs a month not ingested, on <see cref="MissingMonthsTests"/>'.
/// </summary>
public sealed partial class MetricsDocsTests(MetricsFixture fixture) : IClassFixture<MetricsFixture>
{
    public static TheoryData<string> Queries()
    {
        var data = new TheoryData<string>();
        foreach (var query in ExampleQueries())
        {
            data.Add(query);
        }

        return data;
    }

    [Fact]
    public void Docs_HaveAnExampleQueryForEveryConsumerView()
    {
        var queries = string.Join('\n', ExampleQueries());
        foreach (var view in new[] { "task_status", "metric_summary", "double_half", "reporting_discipline", "return_progress", "unit_ranking", "unit_assessment", "results_list", "negative_list", "year_end_carry_over", "missing_months" })
        {
            Assert.Contains("FROM " + view, queries, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Docs_ExampleQuery_RunsAndFindsRows(string sql)
    {
        if (sql.Contains("FROM year_end_carry_over", StringComparison.Ordinal))
        {
            using var turnOfTheYear = await YearEndCarryOverTests.OpenAsync();
            Assert.NotEmpty(await TaskRow.QueryAsync(turnOfTheYear, sql));
            return;
        }

        if (sql.Contains("FROM missing_months", StringComparison.Ordinal))
        {
            using var withGaps = await MissingMonthsTests.OpenAsync();
            Assert.NotEmpty(await TaskRow.QueryAsync(withGaps, sql));
            return;
        }

        var rows = await TaskRow.QueryAsync(fixture.Connection, sql);
        Assert.NotEmpty(rows);
    }

    private static IEnumerable<string> ExampleQueries() =>
        SqlBlock().Matches(File.ReadAllText(DocPath())).Select(m => m.Groups[1].Value);

    private static string DocPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "docs", "metrics.md");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("docs/metrics.md not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("```sql\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex SqlBlock();
}
