using System.Globalization;
using DuckDB.NET.Data;
using ReformAnalytics.Dashboard.Data;

namespace ReformAnalytics.Dashboard.Tests.Pages;

/// <summary>
/// The 双过半 tables add up as printed: the gap column is the printed work share minus the printed time share
/// (audit: 2024Q4 上级部署试点台账 work 88.75 → 88.8%, time 100%, gap −11.2, not −11.25 rounded to −11.3).
/// </summary>
public sealed class DoubleHalfGapTests
{
    private static readonly RelationInfo DoubleHalf = new(
        "double_half",
        true,
        [new("group_name", "VARCHAR"), new("time_share_pct", "DOUBLE"), new("work_share_pct", "DOUBLE"), new("gap_pp", "DOUBLE")]);

    private static async Task<List<(string Group, double Gap)>> GapsAsync(ViewQuery query)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        await connection.OpenAsync();
        await using (var create = connection.CreateCommand())
        {
            // 上级部署: 100 / 88.75 (−11.25); 自选: 89.125 / 67.75 (−21.375); 党建: 53.96875 / 55.34375 (+1.375).
            create.CommandText = """
                CREATE TABLE double_half AS SELECT * FROM (VALUES
                    ('上级部署', 100.0, 88.75, 88.75 - 100.0),
                    ('自选', 89.125, 67.75, 67.75 - 89.125),
                    ('党建', 53.96875, 55.34375, 55.34375 - 53.96875)
                ) t(group_name, time_share_pct, work_share_pct, gap_pp)
                """;
            await create.ExecuteNonQueryAsync();
        }

        await using var command = connection.CreateCommand();
        command.CommandText = query.Sql();
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, double)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), Convert.ToDouble(reader.GetValue(3), CultureInfo.InvariantCulture)));
        }

        return rows;
    }

    [Fact]
    public async Task Gap_IsThePrintedWorkShareMinusThePrintedTimeShare()
    {
        var query = new ViewQuery(DoubleHalf);
        query.Select("group_name", "time_share_pct", "work_share_pct", "gap_pp");
        query.ShowAsPrintedDifference("gap_pp", "work_share_pct", "time_share_pct");
        query.OrderBy("group_name");

        // 88.8 − 100 = −11.2; 67.8 − 89.1 = −21.3; 55.3 − 54.0 = +1.3.
        Assert.Equal([("上级部署", -11.2), ("党建", 1.3), ("自选", -21.3)], await GapsAsync(query));
    }

    [Fact]
    public async Task WithoutTheCall_TheViewsGapRoundsOnItsOwn_ShowingTheTestCanFail()
    {
        var query = new ViewQuery(DoubleHalf);
        query.Select("group_name", "time_share_pct", "work_share_pct", "gap_pp");
        query.OrderBy("group_name");

        var gaps = (await GapsAsync(query)).Select(g => Math.Round(g.Gap, 1, MidpointRounding.AwayFromZero));

        Assert.Equal([-11.3, 1.4, -21.4], gaps);
    }
}
