using System.Globalization;

namespace ReformAnalytics.Dashboard.Html;

/// <summary>Boxes that tell the reader something instead of showing data.</summary>
internal static class Notice
{
    public static string Info(string message) => $"<p class=\"notice\">{HtmlText.Encode(message)}</p>";

    public static string Warning(string message) => $"<p class=\"notice warn\">{HtmlText.Encode(message)}</p>";

    /// <summary>"尚未生成…": a view or table that a later stage of the pipeline creates is not in the database yet.</summary>
    public static string NotYet(string what, string how) =>
        string.Create(CultureInfo.InvariantCulture, $"<p class=\"notice pending\">尚未生成{HtmlText.Encode(what)}。{HtmlText.Encode(how)}</p>");
}
