using System.Text;
using System.Text.RegularExpressions;
using ReformAnalytics.Tests.Support;

namespace ReformAnalytics.Tests.Conventions;

/// <summary>
/// A page that opens with a list of its sections links every section (every <c>##</c> heading), and each link leads to
/// one, as GitHub and VS Code make a heading's anchor. Before, docs/metrics.md's list left out its section on figure 2.
/// </summary>
public sealed partial class DocsContentsTests
{
    [Theory]
    [InlineData("docs/metrics.md")]
    [InlineData("docs/risk.md")]
    public void Contents_LinkEverySection_AndOnlySections(string page)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot.Path, page)).ReplaceLineEndings("\n");
        var contents = text[..text.IndexOf("\n## ", StringComparison.Ordinal)];
        var links = ContentsLink().Matches(contents).Select(m => m.Groups[1].Value).ToList();
        var sections = SectionHeading().Matches(text).Select(m => Anchor(m.Groups[1].Value)).ToList();

        Assert.NotEmpty(links);
        Assert.Equal(sections, links);
    }

    [Theory]
    [InlineData("Thresholds and weights: `metric_settings`", "thresholds-and-weights-metric_settings")]
    [InlineData("双过半: `double_half`", "双过半-double_half")]
    [InlineData("From C# and the command line", "from-c-and-the-command-line")]
    [InlineData("图2: task progress against time, or against the deadline (`chart_task_progress.sql`)", "图2-task-progress-against-time-or-against-the-deadline-chart_task_progresssql")]
    public void Anchor_IsTheHeadingAsGitHubLinksIt(string heading, string anchor)
    {
        Assert.Equal(anchor, Anchor(heading));
    }

    /// <summary>GitHub's anchor of a heading: lower case, letters, digits, _ and - kept, spaces to -, the rest dropped.</summary>
    private static string Anchor(string heading)
    {
        var anchor = new StringBuilder();
        foreach (var c in heading.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '_' or '-')
            {
                anchor.Append(c);
            }
            else if (c == ' ')
            {
                anchor.Append('-');
            }
        }

        return anchor.ToString();
    }

    [GeneratedRegex(@"^- \[[^\]]*\]\(#([^)]+)\)$", RegexOptions.Multiline)]
    private static partial Regex ContentsLink();

    [GeneratedRegex(@"^## (.+)$", RegexOptions.Multiline)]
    private static partial Regex SectionHeading();
}
