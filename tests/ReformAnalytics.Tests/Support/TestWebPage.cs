using System.Net;
using System.Text;

namespace ReformAnalytics.Tests.Support;

/// <summary>
/// A ledger saved as a web page with an .xls name, as office systems export one: one table in a UTF-8 page. The tests
/// give the rows' HTML (spans and padding as each needs) or plain texts, each encoded as one cell.
/// </summary>
internal static class TestWebPage
{
    /// <summary>Writes the page to <paramref name="path"/> around <paramref name="rowsHtml"/> (the table's &lt;tr&gt; rows).</summary>
    public static void Write(string path, string rowsHtml) =>
        File.WriteAllText(path, $"<html><head><meta charset=\"utf-8\"></head><body><table>{rowsHtml}</table></body></html>", new UTF8Encoding(false));

    /// <summary>One &lt;tr&gt; of plain cells, each text HTML-encoded.</summary>
    public static string Row(IEnumerable<string> texts) =>
        "<tr>" + string.Concat(texts.Select(t => $"<td>{WebUtility.HtmlEncode(t)}</td>")) + "</tr>";
}
