using System.Globalization;
using System.Net;
using System.Text;

namespace ReformAnalytics.Reports;

/// <summary>
/// Writes a report as one self-contained HTML file: charts inline as data URIs, styles inline, no link that
/// needs a network. Print CSS lays it out on A4 with table headers repeated on every page.
/// </summary>
public static class HtmlReportWriter
{
    private const string Css = """
        @page { size: A4; margin: 30mm 24mm 28mm 26mm; }
        html { background: #f3f3f3; }
        body { max-width: 170mm; margin: 0 auto; padding: 18mm 20mm; background: #fff; color: #111;
               font-family: "FangSong", "仿宋", "STFangsong", "FangSong_GB2312", "Noto Serif CJK SC", "Source Han Serif SC", serif;
               font-size: 15pt; line-height: 1.75; }
        h1, h2, caption, th, .subtitle, figcaption { font-family: "SimHei", "黑体", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif; }
        h1 { font-size: 21pt; text-align: center; margin: 0 0 4mm; font-weight: normal; letter-spacing: 0.05em; }
        .subtitle { text-align: center; font-size: 12pt; color: #333; margin-bottom: 10mm; }
        h2 { font-size: 16pt; font-weight: normal; margin: 9mm 0 3mm; page-break-after: avoid; break-after: avoid; }
        p { text-indent: 2em; margin: 0 0 2mm; text-align: justify; }
        figure { margin: 4mm 0 6mm; text-align: center; page-break-inside: avoid; break-inside: avoid; }
        figure img { width: 100%; height: auto; }
        figcaption { font-size: 11pt; margin-top: 1mm; }
        table { width: 100%; border-collapse: collapse; margin: 3mm 0 6mm; font-size: 10.5pt; line-height: 1.45; }
        caption { font-size: 11pt; margin-bottom: 1.5mm; }
        thead { display: table-header-group; }
        tr { page-break-inside: avoid; break-inside: avoid; }
        th, td { border: 0.6pt solid #444; padding: 1.2mm 1.6mm; vertical-align: top; }
        th { background: #e8e8e8; font-weight: normal; }
        td.num { text-align: right; white-space: nowrap; }
        td.empty { text-align: center; color: #555; }
        .note { font-size: 10.5pt; color: #333; text-indent: 0; }
        .placeholder { border: 1px dashed #888; color: #666; min-height: 30mm; padding: 3mm; text-indent: 0; }
        .footnote { margin-top: 10mm; font-size: 10pt; color: #444; text-indent: 0; border-top: 0.6pt solid #999; padding-top: 2mm; }
        @media print {
          html { background: none; }
          body { max-width: none; margin: 0; padding: 0; }
          .placeholder { border-color: #bbb; }
        }
        """;

    /// <summary>Writes the document as UTF-8 HTML to the stream.</summary>
    public static async Task WriteAsync(ReportDocument document, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var html = Render(document);
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(html);
        await output.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The document as an HTML string.</summary>
    public static string Render(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var b = new StringBuilder();
        b.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
        b.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        b.Append("<title>").Append(E(document.Title)).Append("</title>\n<style>\n").Append(Css).Append("\n</style>\n</head>\n<body>\n");
        b.Append("<h1>").Append(E(document.Title)).Append("</h1>\n");
        b.Append("<div class=\"subtitle\">").Append(E(document.Subtitle)).Append("</div>\n");
        foreach (var section in document.Sections)
        {
            b.Append("<section>\n<h2>").Append(E(section.Heading)).Append("</h2>\n");
            foreach (var block in section.Blocks)
            {
                AppendBlock(b, block);
            }

            b.Append("</section>\n");
        }

        b.Append("<p class=\"footnote\">").Append(E(document.Footnote)).Append("</p>\n</body>\n</html>\n");
        return b.ToString();
    }

    private static void AppendBlock(StringBuilder b, ReportBlock block)
    {
        switch (block)
        {
            case ReportParagraph p:
                b.Append("<p>").Append(E(p.Text)).Append("</p>\n");
                break;
            case ReportPlaceholder p:
                b.Append("<p class=\"placeholder\">").Append(E(p.Hint)).Append("</p>\n");
                break;
            case ReportFigure f:
                b.Append("<figure><img alt=\"").Append(E(f.Chart.Title)).Append("\" src=\"data:image/png;base64,")
                    .Append(Convert.ToBase64String(f.Chart.Png)).Append("\"><figcaption>").Append(E(f.Caption)).Append("</figcaption></figure>\n");
                break;
            case ReportTable t:
                AppendTable(b, t);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "未知的报告内容类型。");
        }
    }

    private static void AppendTable(StringBuilder b, ReportTable t)
    {
        b.Append("<table>\n<caption>").Append(E(t.Caption)).Append("</caption>\n<thead><tr>");
        foreach (var column in t.Columns)
        {
            b.Append("<th>").Append(E(column)).Append("</th>");
        }

        b.Append("</tr></thead>\n<tbody>\n");
        if (t.Rows.Count == 0)
        {
            b.Append("<tr><td class=\"empty\" colspan=\"").Append(t.Columns.Count.ToString(CultureInfo.InvariantCulture)).Append("\">")
                .Append(E(t.EmptyText)).Append("</td></tr>\n");
        }

        foreach (var row in t.Rows)
        {
            b.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                b.Append(t.NumericColumns.Contains(i) ? "<td class=\"num\">" : "<td>").Append(E(row[i])).Append("</td>");
            }

            b.Append("</tr>\n");
        }

        b.Append("</tbody>\n</table>\n");
        if (t.Note is not null)
        {
            b.Append("<p class=\"note\">").Append(E(t.Note)).Append("</p>\n");
        }
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
