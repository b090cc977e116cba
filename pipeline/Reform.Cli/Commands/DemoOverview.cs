using ReformAnalytics.Database;
using Spectre.Console;

namespace ReformAnalytics.Cli.Commands;

/// <summary>The demo's closing figures: snapshots per ledger and year, from the database.</summary>
internal static class DemoOverview
{
    public static async Task PrintAsync(string database, IAnsiConsole console, CancellationToken ct)
    {
        await using var connection = await ReformDatabase.OpenReadOnlyAsync(database, ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT ledger AS 台账, year(report_month) AS 年度, count(DISTINCT report_month) AS 月份数,
                   count(DISTINCT task_id) AS 任务数, count(*) AS 快照行数
            FROM snapshots GROUP BY ALL ORDER BY 2, 1
            """;
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var table = new Table().Border(TableBorder.Simple);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            table.AddColumn(reader.GetName(i));
        }

        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            table.AddRow(Enumerable.Range(0, reader.FieldCount).Select(i => Markup.Escape(Infrastructure.ResultWriter.Format(reader.GetValue(i)))).ToArray());
        }

        console.Write(table);
    }
}
