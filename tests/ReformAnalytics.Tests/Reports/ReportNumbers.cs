using System.Globalization;
using System.Text.RegularExpressions;
using ReformAnalytics.Reports;

namespace ReformAnalytics.Tests.Reports;

/// <summary>Pulls the numbers out of drafted text, in order, so they can be compared with queries on the views.</summary>
internal static partial class ReportNumbers
{
    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex NumberPattern();

    public static IReadOnlyList<double> Of(string text) =>
        [.. NumberPattern().Matches(text).Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture))];

    /// <summary>The paragraphs of one section.</summary>
    public static IReadOnlyList<string> Paragraphs(ReportDocument document, string heading) =>
        [.. document.Sections.Single(s => s.Heading == heading).Blocks.OfType<ReportParagraph>().Select(p => p.Text)];

    /// <summary>As the report prints a figure: one decimal, halves away from zero.</summary>
    public static double Printed(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}
