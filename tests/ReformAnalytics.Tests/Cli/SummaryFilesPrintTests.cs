using ReformAnalytics.Cli.Commands;
using ReformAnalytics.Ingest;
using ReformAnalytics.Model;
using Spectre.Console;

namespace ReformAnalytics.Tests.Cli;

/// <summary>The files of a validate run as the summary lists them, on a terminal of a given width.</summary>
public sealed class SummaryFilesPrintTests
{
    private const string Archived = "2024年10月改革任务台账.xlsx（压缩包“县林业局.zip”中）";

    [Fact]
    public void On_80_columns_each_file_is_a_line_with_what_it_was_taken_as_under_it()
    {
        var lines = Print(80);

        // As a Spectre table of eight columns the name took eight lines, cut inside “.x” / “lsx” and before “，未变”.
        Assert.All(lines, l => Assert.True(Cells(l.TrimEnd()) <= 80, $"“{l}” is wider than 80"));
        Assert.Contains("  · " + Archived, lines);
        // By hand: the line under it is indented 5 cells, month first and no space around a figure; 2024年10月改革任务总台账，
        // 县林业局报送件，工作表“总台账”，12行，问题0条：已 takes 10 + 14 + 2 + 14 + 2 + 6 + 1 + 6 + 1 + 2 + 2 + 2 + 2 + 4
        // + 1 + 2 + 2 + 2 = 75 cells, the 75 left: 入库 goes down.
        Assert.Contains("     2024年10月改革任务总台账，县林业局报送件，工作表“总台账”，12行，问题0条：已", lines);
        Assert.Contains("     入库，未变", lines);
    }

    [Fact]
    public void On_a_wide_terminal_or_in_a_file_the_files_are_a_table_with_every_name_whole()
    {
        foreach (var width in new[] { 160, ReformAnalytics.Cli.Infrastructure.ConsoleText.Unbounded })
        {
            var lines = Print(width);

            var row = Assert.Single(lines, l => l.Contains(Archived, StringComparison.Ordinal));
            Assert.Contains("│ 县林业局报送件 ", row, StringComparison.Ordinal);
            Assert.Contains("│ 已入库，未变 ", row, StringComparison.Ordinal);
        }
    }

    private static int Cells(string line) => line.Sum(c => Math.Max(0, c.GetCellWidth()));

    private static string[] Print(int width)
    {
        var june = new ReportMonth(2024, 10);
        FileReport[] files =
        [
            new("/in/县林业局.zip!2024年10月改革任务台账.xlsx", "a", "总台账", Ledger.Overall, june, 12, 0, FileOutcome.Unchanged, null) { Unit = "县林业局" },
            new("/in/2024年10月改革任务总台账.xlsx", "b", "Sheet1", Ledger.Overall, june, 157, 2, FileOutcome.Checked, null),
        ];
        var summary = new IngestSummary(null, files, 0, 0, [], [])
        {
            FileLabels = new Dictionary<string, string> { [files[0].File] = Archived },
        };
        using var writer = new StringWriter();
        SummaryPrinter.Print(summary, CliRun.PlainConsole(writer, width), dryRun: true);
        return [.. writer.ToString().Split('\n').Select(l => l.TrimEnd())];
    }
}
