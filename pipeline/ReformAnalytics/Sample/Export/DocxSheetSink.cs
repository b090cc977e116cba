using System.IO.Compression;
using System.Xml;
using ReformAnalytics.Xlsx;

namespace ReformAnalytics.Sample.Export;

/// <summary>
/// Writes a ledger table the way a unit types its return into Word: the title rows become centred paragraphs above the
/// table, every other row is a table row, a row merged across (a section 一、…, a total, a note) is one cell spanning the
/// table, and a cell shows what Excel would (<see cref="CsvSheetSink.Show"/>). The package is the smallest a word
/// processor opens (content types, the package relationship, the document), with fixed entry times so that the same rows
/// give the same bytes.
/// </summary>
internal sealed class DocxSheetSink : ISheetSink
{
    private const string Word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private readonly List<string[]> _rows = [];
    private readonly HashSet<int> _spanning = [];

    public int RowCount => _rows.Count;

    public void WriteRow(ReadOnlySpan<XlsxCell> cells)
    {
        var texts = new string[cells.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            texts[i] = CsvSheetSink.Show(cells[i]);
        }

        _rows.Add(texts);
    }

    public void Merge(int firstRow, int firstColumn, int lastRow, int lastColumn)
    {
        if (firstRow != lastRow || firstColumn != 1 || lastColumn != _rows[firstRow - 1].Length)
        {
            throw new NotSupportedException("A Word return is written from a layout whose only merges are whole rows.");
        }

        _spanning.Add(firstRow);
    }

    /// <summary>Writes the document: <paramref name="heading"/> and the title rows above the table, then the table.</summary>
    public void Save(Stream output, string heading)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, XmlZipEntry.Utf8);
        XmlZipEntry.Write(zip, "[Content_Types].xml", standalone: true, w =>
        {
            w.WriteStartElement("Types", "http://schemas.openxmlformats.org/package/2006/content-types");
            w.WriteStartElement("Default");
            w.WriteAttributeString("Extension", "rels");
            w.WriteAttributeString("ContentType", "application/vnd.openxmlformats-package.relationships+xml");
            w.WriteEndElement();
            w.WriteStartElement("Override");
            w.WriteAttributeString("PartName", "/word/document.xml");
            w.WriteAttributeString("ContentType", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
            w.WriteEndElement();
            w.WriteEndElement();
        });
        XmlZipEntry.Write(zip, "_rels/.rels", standalone: true, w =>
        {
            w.WriteStartElement("Relationships", "http://schemas.openxmlformats.org/package/2006/relationships");
            w.WriteStartElement("Relationship");
            w.WriteAttributeString("Id", "rId1");
            w.WriteAttributeString("Type", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument");
            w.WriteAttributeString("Target", "word/document.xml");
            w.WriteEndElement();
            w.WriteEndElement();
        });
        XmlZipEntry.Write(zip, "word/document.xml", standalone: true, w => Document(w, heading));
    }

    private void Document(XmlWriter w, string heading)
    {
        w.WriteStartElement("w", "document", Word);
        w.WriteStartElement("w", "body", Word);
        Paragraph(w, heading, centred: true);
        var first = 0;
        while (first < _rows.Count && _spanning.Contains(first + 1))
        {
            Paragraph(w, _rows[first][0], centred: true);
            first++;
        }

        var width = _rows.Count > 0 ? _rows[0].Length : 0;
        w.WriteStartElement("w", "tbl", Word);
        w.WriteStartElement("w", "tblPr", Word);
        w.WriteStartElement("w", "tblBorders", Word);
        foreach (var side in new[] { "top", "left", "bottom", "right", "insideH", "insideV" })
        {
            w.WriteStartElement("w", side, Word);
            w.WriteAttributeString("w", "val", Word, "single");
            w.WriteAttributeString("w", "sz", Word, "4");
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("w", "tblGrid", Word);
        for (var c = 0; c < width; c++)
        {
            w.WriteStartElement("w", "gridCol", Word);
            w.WriteEndElement();
        }

        w.WriteEndElement();
        for (var r = first; r < _rows.Count; r++)
        {
            w.WriteStartElement("w", "tr", Word);
            if (_spanning.Contains(r + 1))
            {
                Cell(w, _rows[r][0], width);
            }
            else
            {
                foreach (var text in _rows[r])
                {
                    Cell(w, text, 1);
                }
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Cell(XmlWriter w, string text, int span)
    {
        w.WriteStartElement("w", "tc", Word);
        if (span > 1)
        {
            w.WriteStartElement("w", "tcPr", Word);
            w.WriteStartElement("w", "gridSpan", Word);
            w.WriteAttributeString("w", "val", Word, span.ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.WriteEndElement();
            w.WriteEndElement();
        }

        // A line break typed in a cell (co-units one per line) is a new paragraph in Word.
        foreach (var line in text.Split('\n'))
        {
            Paragraph(w, line, centred: false);
        }

        w.WriteEndElement();
    }

    private static void Paragraph(XmlWriter w, string text, bool centred)
    {
        w.WriteStartElement("w", "p", Word);
        if (centred)
        {
            w.WriteStartElement("w", "pPr", Word);
            w.WriteStartElement("w", "jc", Word);
            w.WriteAttributeString("w", "val", Word, "center");
            w.WriteEndElement();
            w.WriteEndElement();
        }

        if (text.Length > 0)
        {
            w.WriteStartElement("w", "r", Word);
            w.WriteStartElement("w", "t", Word);
            w.WriteAttributeString("xml", "space", null, "preserve");
            w.WriteString(text);
            w.WriteEndElement();
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }
}
