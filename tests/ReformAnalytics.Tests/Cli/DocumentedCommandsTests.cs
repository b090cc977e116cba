using System.Text.RegularExpressions;
using ReformAnalytics.Cli.Commands;
using ReformAnalytics.Tests.Support;

namespace ReformAnalytics.Tests.Cli;

/// <summary>
/// Every `reform` command the README, the docs and the dashboard's and notebooks' READMEs write (a command line in a
/// code block, <c>./reform …</c>, or one in backticks, <c>`reform …`</c>) is a command of the program, and every option
/// written after it is in that command's usage, so a renamed command or option cannot leave a page a new analyst
/// follows behind.
/// </summary>
public sealed partial class DocumentedCommandsTests
{
    public static TheoryData<string> Pages() =>
    [
        "README.md", "dashboards/README.md", "notebooks/README.md",
        "docs/schema.md", "docs/metrics.md", "docs/risk.md", "docs/performance.md",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public void DocumentedCommands_AreTheProgramsCommands_WithTheirOwnOptions(string page)
    {
        var usage = CommandCatalog.All().ToDictionary(c => c.Name, c => c.Usage, StringComparer.Ordinal);
        var wrong = new List<string>();
        foreach (Match m in CommandLine().Matches(File.ReadAllText(Path.Combine(RepositoryRoot.Path, page))))
        {
            var (name, rest) = (m.Groups[1].Value, m.Groups[2].Value);
            if (name == "help")
            {
                continue;
            }

            if (!usage.TryGetValue(name, out var text))
            {
                wrong.Add($"reform {name}: no such command");
                continue;
            }

            wrong.AddRange(Option().Matches(rest).Select(o => o.Value).Where(o => !text.Contains(o + " ", StringComparison.Ordinal) && !text.Contains(o + "]", StringComparison.Ordinal))
                .Select(o => $"reform {name} {o}: not in its usage"));
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public void CommandReading_StopsAtTheCommandsEnd()
    {
        // A code line's comment and a span's closing backtick end the command; `--units` in the comment is not its option.
        const string text = """
            ./reform units --db x.duckdb --out y.yaml   # then --units
            see `reform metrics --by unit` and `reform sql`.
            """;

        var found = CommandLine().Matches(text)
            .Select(m => string.Join(' ', Option().Matches(m.Groups[2].Value).Select(o => o.Value).Prepend(m.Groups[1].Value)));

        Assert.Equal(["units --db --out", "metrics --by", "sql"], found);
    }

    [GeneratedRegex(@"(?:\./|`)reform ([a-z]+)([^`\n]*?)(?=`|\n| #|$)")]
    private static partial Regex CommandLine();

    [GeneratedRegex(@"(?<![\w-])--[a-z][a-z-]*")]
    private static partial Regex Option();
}
