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
/// column. (A title row names no column, so it never joins the header below it.)
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
            var belowMatch = matcher.Match(below);
            if (belowMatch.Kind == HeaderMatchKind.None)
            {
                continue;
            }

            var above = upper[c];
            var group = UnderGroup(upper, c);
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

    /// <summary>Whether column <paramref name="c"/> is under a header cell spanning several columns (see the class notes).</summary>
    private static bool UnderGroup(GridRow upper, int c)
    {
        var g = c;
        while (g > 0 && CellText.IsBlank(upper[g]))
        {
            g--;
        }

        if (CellText.IsBlank(upper[g]))
        {
            return false;
        }

        var text = CellText.TrimmedString(upper[g]);
        bool Same(int i) => CellText.Trimmed(upper[i]).SequenceEqual(text);
        var start = g;
        while (start > 0 && Same(start - 1))
        {
            start--;
        }

        var end = g;
        while (end + 1 < upper.Cells.Length && (Same(end + 1) || CellText.IsBlank(upper[end + 1])))
        {
            end++;
        }

        return end > start;
    }

    private static List<HeaderCell> Combine(GridRow upper, GridRow? lower, HeaderMatcher matcher)
    {
        var width = Math.Max(upper.Cells.Length, lower?.Cells.Length ?? 0);
        var cells = new List<HeaderCell>(width);
        for (var c = 0; c < width; c++)
        {
            var top = upper[c];
            var topMatch = matcher.Match(top);
            var bottom = lower?[c] ?? CellValue.Empty;
            var bottomMatch = lower is null ? HeaderMatch.None : matcher.Match(bottom);
            if (bottomMatch.Kind != HeaderMatchKind.None)
            {
                cells.Add(new HeaderCell(c, bottomMatch, HeaderText.Display(bottom.Text!)));
            }
            else if (topMatch.Kind != HeaderMatchKind.None)
            {
                cells.Add(new HeaderCell(c, topMatch, HeaderText.Display(top.Text!)));
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
