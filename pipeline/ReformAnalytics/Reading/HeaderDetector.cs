namespace ReformAnalytics.Reading;

/// <summary>
/// Finds the header among the first rows of a sheet: the first row that, alone or with the row below it,
/// names the task column and at least one other known column. The row below joins the header when the upper row
/// names at least one known column, and the lower row names a column the upper row does not, or names the parts of a
/// group above it (责任分工 over 牵头单位 | 责任单位; 完成情况 over 完成进度 | 状态), and each of its other cells repeats
/// the cell above (a vertical merge) or sits under such a group: a sub-header nobody anticipated there (时间安排 over
/// 开始时间 | 完成时限) is one unknown column, not a reason to read the header as one row. A group is a header cell
/// spanning several columns: its text repeated to its right (a merge filled in) or blank cells after it (a merge saved
/// as CSV). In a two-row header the lower row's name wins wherever it has one; the group's own name stands for no
/// column. A lower cell that names only a period (本月, 当月, 累计, 1-7月累计) under a group is read with the group as one
/// header, the period in front (完成进度 over 本月 | 1-7月累计 reads 本月完成进度 | 1-7月累计完成进度; 进展情况 over 本月 | 累计
/// reads 本月进展情况 | 累计进展情况), so that the report month decides between them as between columns named in one row.
/// (A title row names no column, so it never joins the header below it.)
/// </summary>
internal static class HeaderDetector
{
    public static HeaderLayout? Find(IReadOnlyList<GridRow> rows, HeaderMatcher matcher)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var upper = rows[i];
            if (upper.IsBlank)
            {
                continue;
            }

            var lower = i + 1 < rows.Count ? rows[i + 1] : null;
            var twoRows = lower is not null && Continues(upper, lower, matcher);
            var cells = Combine(upper, twoRows ? lower : null, matcher);
            if (Qualifies(cells))
            {
                return new HeaderLayout(i, twoRows ? i + 1 : i, cells);
            }
        }

        return null;
    }

    private static bool Continues(GridRow upper, GridRow lower, HeaderMatcher matcher)
    {
        if (!upper.Cells.Any(c => matcher.Match(c).IsKnown))
        {
            return false;
        }

        var addsName = false;
        for (var c = 0; c < lower.Cells.Length; c++)
        {
            var below = lower.Cells[c];
            var (belowMatch, _) = Lower(upper, below, c, lower.Cells.Length, matcher);
            if (belowMatch.Kind == HeaderMatchKind.None)
            {
                continue;
            }

            var above = upper[c];
            var group = GroupOver(upper, c, lower.Cells.Length) is not null;
            if (belowMatch.IsKnown)
            {
                addsName |= group || !matcher.Match(above).IsKnown;
                continue;
            }

            if (!group && !CellText.Trimmed(below).SequenceEqual(CellText.Trimmed(above)))
            {
                return false;
            }
        }

        return addsName;
    }

    /// <summary>
    /// What a cell of the lower header row names, and its text for messages: the period it names read with the group above
    /// it (本月 under 完成进度 is 本月完成进度), where it names only a period, sits under a group and the two make a known header;
    /// else the cell alone.
    /// </summary>
    private static (HeaderMatch Match, string? Written) Lower(GridRow upper, in CellValue below, int c, int width, HeaderMatcher matcher)
    {
        var alone = matcher.Match(below);
        if (alone.Kind != HeaderMatchKind.None && ColumnAliases.IsPeriodOnly(below.Text) && GroupOver(upper, c, width) is { } group)
        {
            var joined = HeaderText.Display(below.Text!) + group;
            var match = matcher.Match(CellValue.FromText(joined));
            if (match.Kind == HeaderMatchKind.Column)
            {
                return (match, joined);
            }
        }

        return (alone, below.Text is null ? null : HeaderText.Display(below.Text));
    }

    /// <summary>
    /// The text of the header cell spanning several columns that column <paramref name="c"/> is under (see the class notes);
    /// null for none. The header is <paramref name="width"/> columns wide: blank cells a CSV leaves off the end of the upper
    /// row (完成进度, over 本月,1-7月累计 as the last columns) still carry a group written before them.
    /// </summary>
    private static string? GroupOver(GridRow upper, int c, int width)
    {
        var g = c;
        while (g > 0 && CellText.IsBlank(upper[g]))
        {
            g--;
        }

        if (CellText.IsBlank(upper[g]))
        {
            return null;
        }

        var text = CellText.TrimmedString(upper[g]);
        bool Same(int i) => CellText.Trimmed(upper[i]).SequenceEqual(text);
        var start = g;
        while (start > 0 && Same(start - 1))
        {
            start--;
        }

        var end = g;
        while (end + 1 < Math.Max(width, upper.Cells.Length) && (Same(end + 1) || CellText.IsBlank(upper[end + 1])))
        {
            end++;
        }

        return end > start ? HeaderText.Display(text) : null;
    }

    private static List<HeaderCell> Combine(GridRow upper, GridRow? lower, HeaderMatcher matcher)
    {
        var width = Math.Max(upper.Cells.Length, lower?.Cells.Length ?? 0);
        var cells = new List<HeaderCell>(width);
        for (var c = 0; c < width; c++)
        {
            var top = upper[c];
            var topMatch = matcher.Match(top);
            var (bottomMatch, bottomText) = lower is null ? (HeaderMatch.None, null) : Lower(upper, lower[c], c, width, matcher);
            if (bottomMatch.Kind != HeaderMatchKind.None)
            {
                // A name merged down both rows (filled into the lower one) is on the upper row, where the merged cell starts.
                var mergedDown = CellText.Trimmed(lower![c]).SequenceEqual(CellText.Trimmed(top));
                cells.Add(new HeaderCell(c, bottomMatch, bottomText!, mergedDown ? upper.RowNumber : lower.RowNumber));
            }
            else if (topMatch.Kind != HeaderMatchKind.None)
            {
                cells.Add(new HeaderCell(c, topMatch, HeaderText.Display(top.Text!), upper.RowNumber));
            }
        }

        return cells;
    }

    private static bool Qualifies(List<HeaderCell> cells)
    {
        var hasTask = false;
        var others = new HashSet<CanonicalColumn>();
        foreach (var cell in cells)
        {
            if (cell.Match.Kind != HeaderMatchKind.Column)
            {
                continue;
            }

            if (cell.Match.Column == CanonicalColumn.Task)
            {
                hasTask = true;
            }
            else
            {
                others.Add(cell.Match.Column);
            }
        }

        return hasTask && others.Count > 0;
    }
}
