namespace ReformAnalytics.Reading;

/// <summary>
/// Turns one grid (a CSV file or a sheet) into a <see cref="LedgerTable"/>: keeps rows aside until the header
/// is found (<see cref="HeaderDetector"/>), joins the rows above it into the title, resolves the columns
/// (<see cref="ColumnResolver"/>) and streams the remaining rows through a <see cref="LedgerRowCollector"/>.
/// </summary>
internal static class LedgerTableParser
{
    private const int MaxRowsScannedForHeader = 10_000;

    public static TableParseResult Parse(IGridSource source, string file, ReadOptions options, CancellationToken ct)
    {
        var lookahead = new List<GridRow>();
        var contentRows = 0;
        while (contentRows < options.HeaderSearchRows && lookahead.Count < MaxRowsScannedForHeader && source.MoveNext())
        {
            var row = new GridRow(source.RowNumber, TrimEnd(source.Current).ToArray(), source.IsRowHidden);
            lookahead.Add(row);
            if (!row.IsBlank)
            {
                contentRows++;
            }
        }

        var header = HeaderDetector.Find(lookahead, new HeaderMatcher(options.ColumnMap));
        if (header is null)
        {
            return contentRows == 0 ? TableParseResult.Blank : TableParseResult.NoHeader;
        }

        var sheet = source.SheetName;
        var title = TitleText(lookahead, header.FirstRow);
        var heading = new TableHeading(file, sheet, title);
        var plan = ColumnResolver.Resolve(header, source.IsColumnHidden, file, sheet, options.ReportMonthOf?.Invoke(heading));
        var sink = options.RowSinks?.Invoke(heading);
        var width = HeaderWidth(lookahead, header, source.IsColumnHidden);
        var collector = new LedgerRowCollector(plan, HeaderTexts(lookahead, header), file, sheet, sink, width, source is DelimitedTextSource, source.IsColumnHidden);
        for (var i = header.LastRow + 1; i < lookahead.Count; i++)
        {
            collector.Accept(lookahead[i].RowNumber, lookahead[i].Cells, lookahead[i].Hidden);
        }

        var count = 0;
        while (source.MoveNext())
        {
            if ((++count & 0xFFF) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            collector.Accept(source.RowNumber, source.Current, source.IsRowHidden);
        }

        collector.Complete();
        var issues = plan.Warnings.Concat(collector.Issues).ToList();
        var table = new LedgerTable(file, sheet, title, collector.Rows, issues) { StreamedTo = sink, TaskRowCount = collector.TaskRows };
        return new TableParseResult(table, false);
    }

    /// <summary>The cells without the blank ones at the end; a cell showing an Excel formula error is kept, to be told of.</summary>
    private static ReadOnlySpan<CellValue> TrimEnd(ReadOnlySpan<CellValue> cells)
    {
        var length = cells.Length;
        while (length > 0 && CellText.IsBlank(cells[length - 1]) && cells[length - 1].Error is null)
        {
            length--;
        }

        return cells[..length];
    }

    /// <summary>One past the last cell with content (an Excel formula error is none).</summary>
    private static int ContentWidth(CellValue[] cells)
    {
        var width = cells.Length;
        while (width > 0 && CellText.IsBlank(cells[width - 1]))
        {
            width--;
        }

        return width;
    }

    /// <summary>
    /// One past the header's last column with a name, or past the last hidden column after it (a hidden column holds
    /// what the office chose not to show, and is no misplaced cell).
    /// </summary>
    private static int HeaderWidth(List<GridRow> rows, HeaderLayout header, Func<int, bool> isHidden)
    {
        var width = 0;
        for (var i = header.FirstRow; i <= header.LastRow; i++)
        {
            width = Math.Max(width, ContentWidth(rows[i].Cells));
        }

        while (width < 16_384 && isHidden(width))
        {
            width++;
        }

        return width;
    }

    private static HashSet<string> HeaderTexts(List<GridRow> rows, HeaderLayout header)
    {
        var texts = new HashSet<string>(StringComparer.Ordinal);
        for (var i = header.FirstRow; i <= header.LastRow; i++)
        {
            foreach (var cell in rows[i].Cells)
            {
                if (!CellText.IsBlank(cell))
                {
                    texts.Add(CellText.TrimmedString(cell));
                }
            }
        }

        return texts;
    }

    /// <summary>The non-blank rows above the header, one line each, a row's distinct cell texts joined by a space.</summary>
    private static string? TitleText(List<GridRow> rows, int headerRow)
    {
        var lines = new List<string>();
        for (var i = 0; i < headerRow; i++)
        {
            var distinct = new List<string>();
            foreach (var cell in rows[i].Cells)
            {
                var text = CellText.TrimmedString(cell);
                if (text.Length > 0 && !distinct.Contains(text, StringComparer.Ordinal))
                {
                    distinct.Add(text);
                }
            }

            if (distinct.Count > 0)
            {
                lines.Add(string.Join(" ", distinct));
            }
        }

        return lines.Count == 0 ? null : string.Join("\n", lines);
    }
}
