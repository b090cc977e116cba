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

    /// <summary>Narrowest a number column may be, in twentieths of a point (100.0% at 10.5 pt with cell margins).</summary>
    private const int MinNumberWidth = 900;

    /// <summary>Narrowest a text column may be (three characters at 10.5 pt with cell margins).</summary>
    private const int MinTextWidth = 800;

    /// <summary>
    /// Column widths: proportional to the longest cell of each column (CJK counts double; a heading may wrap, so
    /// it asks for at most 8), then every column raised to its minimum, taken from the columns with room to spare.
    /// </summary>
    internal static int[] ColumnWidths(ReportTable t)
    {
        var n = t.Columns.Count;
        var weights = new double[n];
        var minimums = new double[n];
        for (var i = 0; i < n; i++)
        {
            var cells = t.Rows.Select(r => i < r.Count ? Measure(r[i]) : 0).DefaultIfEmpty(0).Max();
            weights[i] = Math.Clamp(Math.Max(cells, Math.Min(Measure(t.Columns[i]), 8)), 4, 40);
            minimums[i] = t.NumericColumns.Contains(i) ? MinNumberWidth : MinTextWidth;
        }

        var total = weights.Sum();
        var widths = weights.Select(w => DocxReportWriter.TextWidth * w / total).ToArray();
        var deficit = widths.Select((w, i) => Math.Max(0, minimums[i] - w)).Sum();
        var slack = widths.Select((w, i) => Math.Max(0, w - minimums[i])).Sum();
        if (deficit > 0 && slack > deficit)
        {
            var keep = (slack - deficit) / slack;
            widths = widths.Select((w, i) => w < minimums[i] ? minimums[i] : minimums[i] + ((w - minimums[i]) * keep)).ToArray();
        }

        var result = widths.Select(w => (int)Math.Floor(w)).ToArray();
        result[^1] += DocxReportWriter.TextWidth - result.Sum();
        return result;
    }

    private static double Measure(string text) =>
        text.Split('\n').Max(line => line.Sum(c => c > 0x2E80 ? 2.0 : 1.0));
}
