using DocumentFormat.OpenXml.Wordprocessing;

namespace ReformAnalytics.Reports;

/// <summary>Builds Word tables: full text width, ruled, a shaded header row repeated on every page, rows never split.</summary>
internal static class DocxTables
{
    public static Table Build(ReportTable t)
    {
        var widths = ColumnWidths(t);
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = DocxReportWriter.Twips(DocxReportWriter.TextWidth), Type = TableWidthUnitValues.Dxa },
                new TableJustification { Val = TableRowAlignmentValues.Center },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 6, Color = "404040" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "404040" },
                    new BottomBorder { Val = BorderValues.Single, Size = 6, Color = "404040" },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Color = "404040" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "404040" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "404040" }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })),
            new TableGrid(widths.Select(w => new GridColumn { Width = DocxReportWriter.Twips(w) })));

        table.Append(Row(t.Columns, widths, header: true, numeric: null));
        if (t.Rows.Count == 0)
        {
            var cell = Cell(t.EmptyText, DocxReportWriter.TextWidth, header: false, JustificationValues.Center, span: t.Columns.Count);
            table.Append(new TableRow(new TableRowProperties(new CantSplit()), cell));
        }

        foreach (var row in t.Rows)
        {
            table.Append(Row(row, widths, header: false, t.NumericColumns));
        }

        return table;
    }

    private static TableRow Row(IReadOnlyList<string> cells, int[] widths, bool header, IReadOnlySet<int>? numeric)
    {
        var properties = header ? new TableRowProperties(new CantSplit(), new TableHeader()) : new TableRowProperties(new CantSplit());
        var row = new TableRow(properties);
        for (var i = 0; i < widths.Length; i++)
        {
            var text = i < cells.Count ? cells[i] : string.Empty;
            var justify = header ? JustificationValues.Center : numeric is not null && numeric.Contains(i) ? JustificationValues.Right : JustificationValues.Left;
            row.Append(Cell(text, widths[i], header, justify));
        }

        return row;
    }

    private static TableCell Cell(string text, int width, bool header, JustificationValues justify, int span = 1)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = DocxReportWriter.Twips(width), Type = TableWidthUnitValues.Dxa });
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (header)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "E8E8E8" });
        }

        properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        var paragraph = new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.TableText }, new Justification { Val = justify }));
        var lines = text.Split('\n');
        var run = new Run();
        if (header)
        {
            run.Append(new RunProperties(new RunFonts { EastAsia = "黑体" }));
        }

        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
        }

        paragraph.Append(run);
        return new TableCell(properties, paragraph);
    }

    /// <summary>
    /// Column widths from the longest cell of each column (CJK counts double), within the text width. A heading
    /// may wrap after four characters, so it asks for at most 8; no column is narrower than 7 (100.0% with its margins).
    /// </summary>
    internal static int[] ColumnWidths(ReportTable t)
    {
        var n = t.Columns.Count;
        var weights = new double[n];
        for (var i = 0; i < n; i++)
        {
            var cells = t.Rows.Select(r => i < r.Count ? Measure(r[i]) : 0).DefaultIfEmpty(0).Max();
            weights[i] = Math.Clamp(Math.Max(cells, Math.Min(Measure(t.Columns[i]), 8)), 7, 40);
        }

        var total = weights.Sum();
        var widths = weights.Select(w => (int)Math.Floor(DocxReportWriter.TextWidth * w / total)).ToArray();
        widths[^1] += DocxReportWriter.TextWidth - widths.Sum();
        return widths;
    }

    private static double Measure(string text) =>
        text.Split('\n').Max(line => line.Sum(c => c > 0x2E80 ? 2.0 : 1.0));
}
