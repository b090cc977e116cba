using ReformAnalytics.Cli.Infrastructure;
using Spectre.Console;

namespace ReformAnalytics.Tests.Cli;

public sealed class FittedTableTests
{
    private static readonly string[] Headers = ["序号", "任务", "牵头单位"];

    private static readonly string[][] Rows = [["1", "探索开展“无讼村居”创建试点", "县检察院"]];

    [Fact]
    public void Narrow_columns_keep_their_width_and_the_wide_one_takes_what_is_left()
    {
        // By hand: 40 cells less 3 columns' padding (6) and 4 rules = 30. Widest lines: 序号 4, the task 26 (12 Chinese
        // characters and two one-cell quotation marks), 牵头单位 8: 38, too many. Narrowest first: 4 (of an even share
        // of 10), 8 (of 13), then the task gets the 18 left.
        Assert.Equal([4, 18, 8], FittedTable.Widths(Headers, Rows, 30));
        Assert.Equal([4, 26, 8], FittedTable.Widths(Headers, Rows, 38));
    }

    [Fact]
    public void Columns_that_cannot_fit_at_their_narrowest_are_shown_as_records()
    {
        // 8 columns take 8 × 3 + 1 = 25 cells of rules and padding, and at least 6 each (48): 73 > 40. Spectre alone
        // collapsed such a table to “…”. Each row is a record instead, a column to a line.
        string[] headers = ["ledger", "task_id", "report_month", "seq_no", "task_name", "lead_unit", "status", "progress_pct"];
        string[][] rows = [["overall", "OV2024-1", "2024-06-01", "3", "探索开展“无讼村居”创建试点", "县检察院", "on_track", "60"]];
        using var writer = new StringWriter();
        CliRun.PlainConsole(writer, 40).Write(FittedTable.TableOrRecords(TableBorder.Rounded, 40, headers, rows));

        var lines = writer.ToString().Split('\n').Select(l => l.TrimEnd()).ToList();
        Assert.Contains("—— 第1行 ——", lines);
        Assert.Contains("task_name     探索开展“无讼村居”创建试点", lines);
        Assert.Contains("progress_pct  60", lines);
        Assert.DoesNotContain(lines, l => l.Contains('│', StringComparison.Ordinal));
    }

    [Fact]
    public void A_summary_wider_than_the_terminal_comes_in_parts_each_with_the_rows_names()
    {
        // By hand, widest lines: 分组 20 (经济体制改革专项小组), 任务数 6, 已完成 6, 完成率 6, 按期完成率 10,
        // 平均滞后(百分点) 16: 64, and 6 columns take 3 × 6 + 1 = 19 more, 83 > 50. Parts, the name column first in each:
        // 分组 任务数 已完成 (32 + 10 = 42; 完成率 would make 38 + 13 = 51); 分组 完成率 按期完成率 (36 + 10 = 46);
        // 分组 平均滞后 (36 + 7 = 43).
        string[] headers = ["分组", "任务数", "已完成", "完成率", "按期完成率", "平均滞后(百分点)"];
        string[][] rows = [["经济体制改革专项小组", "48", "25", "62.5%", "40.0%", "26.8"]];
        using var writer = new StringWriter();
        CliRun.PlainConsole(writer, 50).Write(FittedTable.TableInParts(TableBorder.Simple, 50, headers, rows));

        var lines = writer.ToString().Split('\n').Select(l => l.TrimEnd()).ToList();
        Assert.All(lines, l => Assert.True(l.Sum(c => c.GetCellWidth()) <= 50, $"“{l}” is wider than 50"));
        var headings = lines.Where(l => l.Contains("分组", StringComparison.Ordinal)).Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToList();
        Assert.Equal(["分组 任务数 已完成", "分组 完成率 按期完成率", "分组 平均滞后(百分点)"], headings);
        Assert.Equal(3, lines.Count(l => l.Contains("经济体制改革专项小组", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_one_cell_column_is_drawn()
    {
        // SELECT 1 AS x: a column one cell wide (it threw: a line can hold no Chinese character in one cell).
        using var writer = new StringWriter();
        CliRun.PlainConsole(writer, 40).Write(FittedTable.Build(TableBorder.Rounded, 40, ["x"], [["1"]]));

        Assert.Contains("│ 1 │", writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_name_is_not_cut()
    {
        // By hand: room 30. Widest lines: seq_no 6; deadline_text 13 (its name; 2024年6月 is 4 + 2 + 1 + 2 = 9); the task 26.
        // Narrowest first: seq_no 6 (of an even share of 10); deadline_text 13, its name, though the share is 24 / 2 = 12;
        // task_name gets the 11 left.
        string[] headers = ["seq_no", "deadline_text", "task_name"];
        string[][] rows = [["1", "2024年6月", "探索开展“无讼村居”创建试点"]];

        Assert.Equal([6, 13, 11], FittedTable.Widths(headers, rows, 30));
    }

    [Fact]
    public void Every_line_fits_the_terminal_and_text_is_broken_where_a_reader_expects()
    {
        var lines = Render(width: 40);

        Assert.All(lines, l => Assert.True(l.TrimEnd().Sum(c => c.GetCellWidth()) <= 40, $"“{l}” is wider than 40"));

        // 18 cells: “探索开展“无讼村居”” is exactly 18; Spectre alone cut it after “村居” and began the next line with ”.
        Assert.Contains(lines, l => l.Contains("探索开展“无讼村居”", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("│ 创建试点", StringComparison.Ordinal));
    }

    private static string[] Render(int width)
    {
        using var writer = new StringWriter();
        var console = CliRun.PlainConsole(writer, width);
        console.Write(FittedTable.Build(TableBorder.Rounded, width, Headers, Rows));
        return writer.ToString().Split('\n');
    }
}
