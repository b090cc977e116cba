using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReformAnalytics.Model;

namespace ReformAnalytics.Reading;

/// <summary>
/// Reads the tables of a Word document (.docx): units often send their month's progress as a table in Word
/// (县发改局2024年6月改革任务推进情况表.docx). Every table of the document's body is a sheet, as a web page's tables are
/// (<see cref="HtmlTableReader"/>): one table reads like a CSV file, several are named 表1, 表2, ….
/// <list type="bullet">
/// <item>the paragraphs between the table and the one before it (its heading, such as 2024年6月改革任务推进情况表) are
/// its title rows, at most the last <see cref="MaxTitleParagraphs"/>; rows are numbered from the table's first row, as the
/// office counts them in Word;</item>
/// <item>a cell spanning columns (<c>gridSpan</c>) or merged down (<c>vMerge</c>) fills every place it covers with its text;
/// columns a row leaves out before its first cell (<c>gridBefore</c>) stay empty;</item>
/// <item>a cell's paragraphs are joined by line breaks; tabs and breaks within a paragraph are kept; text deleted with
/// tracked changes, field codes and tables nested in a cell are left out. Every cell is text, as typed, but for a
/// spreadsheet's error pasted in (#N/A, Err:502), which is an error cell as in a CSV (<see cref="ExcelErrors.TextOrError"/>).</item>
/// <item>content controls (<c>w:sdt</c>, as a unit's Word template puts around a table, a repeating row, a cell or a cell's
/// text) are read through as if they were not there; one still showing its placeholder (单击或点击此处输入文字。) reads as
/// empty, as nothing was typed into it.</item>
/// </list>
/// The package is held to the limits of a workbook (zip bomb) before it is opened. A document without a table holding a
/// ledger header (a cover letter, 报送函) is not a ledger: <see cref="HoldsLedgerTable"/> tells it before reading.
/// </summary>
internal static class DocxTableReader
{
    public const int MaxTitleParagraphs = 3;

    private const int MaxSpan = 100;

    public static IReadOnlyList<LedgerTable> Read(Stream stream, string file, ReadOptions options, CancellationToken ct)
    {
        var grids = Grids(stream, file, options);
        if (grids.Count == 0)
        {
            throw new LedgerInputException(file, ReadingMessages.WordWithoutTable);
        }

        var tables = new SheetTables(file);
        for (var i = 0; i < grids.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var sheet = grids.Count == 1 ? string.Empty : $"表{i + 1}";
            var (titles, rows) = grids[i];
            tables.Add(LedgerTableParser.Parse(new GridListSource(sheet, [.. titles, .. rows], firstRowNumber: 1 - titles.Count), file, options, ct), sheet);
        }

        return tables.Finish();
    }

    /// <summary>
    /// Whether the document at <paramref name="path"/> holds a table with a ledger header, to be read as a return. A document
    /// over the limits of a workbook says yes, so that reading refuses it as any zip bomb; one that cannot be opened says no.
    /// </summary>
    public static bool HoldsLedgerTable(string path, ReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            using var stream = File.OpenRead(path);
            if (ZipBombGuard.Breaches(stream, options))
            {
                return true;
            }

            var matcher = new HeaderMatcher(options.ColumnMap);
            return Grids(stream, path, options).Any(g => HeaderDetector.Find(
                [.. g.Rows.Take(options.HeaderSearchRows).Select((cells, i) => new GridRow(i + 1, cells))], matcher) is not null);
        }
        catch (Exception e) when (e is LedgerInputException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Each table of the body in order: the paragraphs before it (its title rows) and its rows of cells.</summary>
    private static List<(List<CellValue[]> Titles, List<CellValue[]> Rows)> Grids(Stream stream, string file, ReadOptions options)
    {
        ZipBombGuard.Check(stream, file, options, "word/", ReadingMessages.NotAWordDocument, ReadingMessages.WordCorrupt);
        try
        {
            using var document = WordprocessingDocument.Open(stream, false);
            var body = document.MainDocumentPart?.Document?.Body ?? throw new LedgerInputException(file, ReadingMessages.NotAWordDocument);
            var grids = new List<(List<CellValue[]>, List<CellValue[]>)>();
            var paragraphs = new List<string>();
            foreach (var element in Unwrapped(body))
            {
                switch (element)
                {
                    case Paragraph p when TextOf(p).Trim() is { Length: > 0 } text:
                        paragraphs.Add(text);
                        break;
                    case Table table:
                        grids.Add(([.. paragraphs.TakeLast(MaxTitleParagraphs).Select(t => new[] { CellValue.FromText(t) })], Rows(table)));
                        paragraphs.Clear();
                        break;
                }
            }

            return grids;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException)
        {
            throw new LedgerInputException(file, ReadingMessages.WordCorrupt, inner: e);
        }
    }

    /// <summary>The table's rows as the grid Word lays them on: spans filled, merges down repeating the cell above.</summary>
    private static List<CellValue[]> Rows(Table table)
    {
        var rows = new List<CellValue[]>();
        foreach (var row in Unwrapped(table).OfType<TableRow>())
        {
            var cells = new List<CellValue>();
            var before = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            cells.AddRange(Enumerable.Repeat(CellValue.Empty, Math.Clamp(before, 0, MaxSpan)));
            foreach (var cell in Unwrapped(row).OfType<TableCell>())
            {
                var span = Math.Clamp(cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1, 1, MaxSpan);
                var merge = cell.TableCellProperties?.VerticalMerge;
                var continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                for (var c = 0; c < span; c++)
                {
                    var column = cells.Count;
                    cells.Add(continues
                        ? rows.Count > 0 && column < rows[^1].Length ? rows[^1][column] : CellValue.Empty
                        : ExcelErrors.TextOrError(string.Join("\n", Unwrapped(cell).OfType<Paragraph>().Select(TextOf))));
                }
            }

            rows.Add([.. cells]);
        }

        return rows;
    }

    /// <summary>
    /// The children of <paramref name="parent"/>, with each content control (<c>w:sdt</c> around paragraphs or tables, rows,
    /// cells) replaced by what it holds, at any depth.
    /// </summary>
    private static IEnumerable<OpenXmlElement> Unwrapped(OpenXmlElement parent)
    {
        foreach (var child in parent.ChildElements)
        {
            if (child is not SdtElement control)
            {
                yield return child;
                continue;
            }

            var content = control.ChildElements.FirstOrDefault(c => c is SdtContentBlock or SdtContentRow or SdtContentCell);
            if (content is not null)
            {
                foreach (var inner in Unwrapped(content))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>Whether a run is the placeholder of a content control nothing was typed into.</summary>
    private static bool IsPlaceholder(Run run) =>
        run.Ancestors<SdtElement>().Any(control => control.SdtProperties?.GetFirstChild<ShowingPlaceholder>() is not null);

    /// <summary>
    /// A paragraph's text as shown: its runs' text, tabs and breaks, inserted text included, deleted text, field codes and
    /// placeholders of content controls not.
    /// </summary>
    private static string TextOf(Paragraph paragraph)
    {
        var sb = new StringBuilder();
        foreach (var run in paragraph.Descendants<Run>().Where(r => !IsPlaceholder(r)))
        {
            foreach (var child in run.ChildElements)
            {
                switch (child)
                {
                    case Text text:
                        sb.Append(text.Text);
                        break;
                    case TabChar:
                        sb.Append('\t');
                        break;
                    case Break or CarriageReturn:
                        sb.Append('\n');
                        break;
                }
            }
        }

        return sb.ToString();
    }
}
