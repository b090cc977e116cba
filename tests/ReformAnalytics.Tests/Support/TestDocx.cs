using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReformAnalytics.Tests.Support;

/// <summary>
/// Word documents written with the Open XML SDK: paragraphs and tables in body order. A cell's text may hold line
/// breaks (\n, written as breaks within one paragraph) and paragraph ends (\r, written as separate paragraphs); a cell
/// may span columns or begin or continue a merge down.
/// </summary>
internal static class TestDocx
{
    public static void Write(string path, params OpenXmlElement[] body)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.Document = new Document(new Body(body));
        main.Document.Save();
    }

    public static Paragraph Para(string text)
    {
        var run = new Run();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return new Paragraph(run);
    }

    public static Table Table(params TableRow[] rows) => new([new TableProperties(new TableBorders()), .. rows]);

    public static TableRow Row(params TableCell[] cells) => new(cells);

    /// <summary>A row whose first <paramref name="before"/> grid columns hold no cell.</summary>
    public static TableRow RowAfter(int before, params TableCell[] cells) =>
        new([new TableRowProperties(new GridBefore { Val = before }), .. cells]);

    public static TableCell Cell(string text, int span = 1) => Cell(text, span, null);

    /// <summary>The first cell of a merge down.</summary>
    public static TableCell Top(string text, int span = 1) => Cell(text, span, MergedCellValues.Restart);

    /// <summary>A cell continuing the merge down from the cell above.</summary>
    public static TableCell Below(int span = 1) => Cell(string.Empty, span, MergedCellValues.Continue);

    private static TableCell Cell(string text, int span, MergedCellValues? merge)
    {
        var properties = new TableCellProperties();
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (merge is { } m)
        {
            properties.Append(new VerticalMerge { Val = m });
        }

        return new TableCell([properties, .. text.Split('\r').Select(Para)]);
    }
}
