using ReformAnalytics.Model;

namespace ReformAnalytics.Reading;

/// <summary>
/// Decides which grid column feeds each canonical column when several could.
/// <list type="number">
/// <item>Visible columns are resolved completely before hidden ones: a hidden column is used only for a
/// canonical column no visible column feeds, and is otherwise ignored with a warning. (Offices hide last
/// month's columns beside this month's: where nothing tells them apart, the visible one is this month's.) A hidden column
/// that is the only source of its data is still read, with a warning naming it. The one exception is the month: a hidden
/// progress column naming the report month (6月进展情况 in June's ledger) is read before visible ones that all name another
/// month (5月进展情况), with a warning; the visible ones are then ignored.</item>
/// <item>Among visible (then hidden) columns, definite headers are placed first, left to right, except that the progress
/// figure is read from the cumulative column before the month's and the month's before last month's
/// (<see cref="ColumnAliases.Precedence"/>), and of two such columns of equal precedence the one naming the table's report month
/// (8月完成进度 over 7月完成进度 in August's ledger, 8月进展情况 over 7月进展情况) first; but where a column names the report
/// month, one naming another month comes after it whatever its period (8月完成进度 over 1-7月累计完成进度 in August's ledger); a second column naming the same canonical column is ignored with a warning. Second choices (时间节点, 完成情况) come after
/// them: a column whose canonical column is fed already takes its other column if it has one and that is free
/// (完成情况 beside 状态 is the narrative), else it is ignored with a warning.</item>
/// <item>Then the responsibility-unit headers 责任单位 and 责任部门, left to right: the lead unit if no column
/// feeds it yet, else the co-units.</item>
/// <item>Co-units may come from several columns (配合单位 and 参与单位): all of them are read, joined in column order.</item>
/// </list>
/// Unknown headers are listed in one warning per header row, and hidden ones with their column letters in one warning
/// per table instead; headers the user's map says to ignore, and hidden known-unused ones (备注), are dropped silently.
/// Every warning is on the row its header cell is on (a lower header row's 完成进度 under 完成情况 on the lower row).
/// </summary>
internal static class ColumnResolver
{
    /// <param name="reportMonth">The month the table is known to report (--month, or its file's, sheet's or title's names), null when not yet known.</param>
    public static ColumnPlan Resolve(HeaderLayout header, Func<int, bool> isHidden, string file, string sheet, ReportMonth? reportMonth = null)
    {
        var count = CanonicalColumnNames.Count;
        var grid = Enumerable.Repeat(-1, count).ToArray();
        var names = new string?[count];
        var hidden = new bool[count];
        var warnings = new List<IngestIssue>();
        var moreCoUnits = new List<int>();
        var coUnitHeaders = new List<string>();

        var known = header.Cells.Where(c => c.Match.Kind == HeaderMatchKind.Column).ToList();
        var promoted = HiddenOfReportMonth(known, isHidden, reportMonth);

        void Place(HeaderCell cell, CanonicalColumn column)
        {
            var cellHidden = isHidden(cell.GridColumn);
            var k = (int)column;
            if (column == CanonicalColumn.CoUnits && grid[k] >= 0 && cellHidden == hidden[k])
            {
                // Two co-unit columns (配合单位 and 参与单位, or 责任单位 beside both): every unit they name is a co-unit.
                if (coUnitHeaders.Count == 0)
                {
                    coUnitHeaders.Add(names[k]!);
                }

                moreCoUnits.Add(cell.GridColumn);
                coUnitHeaders.Add(cell.Written);
                names[k] += "、" + cell.Written;
                return;
            }

            if (grid[k] < 0)
            {
                grid[k] = cell.GridColumn;
                names[k] = cell.Written;
                hidden[k] = cellHidden;
                return;
            }

            var message = cellHidden && !hidden[k] ? ReadingMessages.HiddenColumnIgnored(cell.Written, ColumnLetter.Of(cell.GridColumn), names[k]!, ColumnLetter.Of(grid[k]), column)
                : !cellHidden && hidden[k] && reportMonth is { } shown ? ReadingMessages.ShownColumnOfAnotherMonthIgnored(cell.Written, ColumnLetter.Of(cell.GridColumn), names[k]!, ColumnLetter.Of(grid[k]), column, shown)
                : reportMonth is { } month && IsPeriodColumn(column) && ColumnAliases.NamesAMonth(names[k]!)
                    ? ColumnAliases.NamesMonth(names[k]!, month)
                        ? ReadingMessages.DuplicateColumnOfReportMonth(cell.Written, names[k]!, column, month)
                        : ReadingMessages.DuplicateColumnOfAnotherMonth(cell.Written, names[k]!, column, month)
                : ReadingMessages.DuplicateColumn(cell.Written, names[k]!, column);
            warnings.Add(new IngestIssue(file, sheet, cell.RowNumber, cell.Written, string.Empty, message, IssueSeverity.Warning));
        }

        foreach (var pass in new[] { false, true })
        {
            var inPass = known.Where(c => (isHidden(c.GridColumn) && !promoted.Contains(c.GridColumn)) == pass).ToList();
            // Stable: among columns naming one canonical column, the period the header names decides (累计完成进度 over
            // 本月完成进度, 本月 over 上月; ColumnAliases.Precedence), and left to right otherwise.
            // Of equal precedence, a column naming the report month goes first (7月完成进度 and 8月完成进度 in August's ledger).
            // Before both, a column naming another month gives way to one naming the report month, whatever their periods:
            // in August's ledger, 8月完成进度 is read and 1-7月累计完成进度 (July's total) is not.
            var definite = inPass.Where(c => !c.Match.IsResponsibilityUnit && !c.Match.SecondChoice).ToList();
            var ofReportMonth = definite.Where(c => NamesReportMonth(c, reportMonth)).Select(c => c.Match.Column).ToHashSet();
            foreach (var cell in definite
                .OrderBy(c => ofReportMonth.Contains(c.Match.Column) && ColumnAliases.NamesAMonth(c.Written) && !NamesReportMonth(c, reportMonth) ? 1 : 0)
                .ThenBy(c => ColumnAliases.Precedence(c.Match.Column, c.Written))
                .ThenBy(c => NamesReportMonth(c, reportMonth) ? 0 : 1))
            {
                Place(cell, cell.Match.Column);
            }

            foreach (var cell in inPass.Where(c => c.Match.SecondChoice))
            {
                var taken = grid[(int)cell.Match.Column] >= 0;
                Place(cell, taken && cell.Match.Otherwise is { } other && grid[(int)other] < 0 ? other : cell.Match.Column);
            }

            foreach (var cell in inPass.Where(c => c.Match.IsResponsibilityUnit))
            {
                var target = grid[(int)CanonicalColumn.LeadUnit] < 0 ? CanonicalColumn.LeadUnit : CanonicalColumn.CoUnits;
                Place(cell, target);
            }
        }

        foreach (var (cell, column) in HiddenRead(header, grid, moreCoUnits, isHidden, promoted))
        {
            warnings.Add(new IngestIssue(file, sheet, cell.RowNumber, cell.Written, string.Empty, ReadingMessages.HiddenColumnRead(cell.Written, ColumnLetter.Of(cell.GridColumn), column), IssueSeverity.Warning));
        }

        var unknown = header.Cells.Where(c => c.Match.Kind == HeaderMatchKind.Unknown && !ColumnAliases.IsKnownUnused(c.Written)).ToList();
        var hiddenUnknown = unknown.Where(c => isHidden(c.GridColumn)).ToList();
        if (hiddenUnknown.Count > 0)
        {
            var named = hiddenUnknown.Select(c => (ColumnLetter.Of(c.GridColumn), c.Written)).ToList();
            warnings.Add(new IngestIssue(file, sheet, hiddenUnknown[0].RowNumber, string.Empty, string.Join("、", hiddenUnknown.Select(c => c.Written)), ReadingMessages.HiddenColumnsNotRead(named), IssueSeverity.Warning));
        }

        foreach (var onRow in unknown.Where(c => !isHidden(c.GridColumn)).GroupBy(c => c.RowNumber).OrderBy(g => g.Key))
        {
            var written = onRow.Select(c => c.Written).ToList();
            warnings.Add(new IngestIssue(file, sheet, onRow.Key, string.Empty, string.Join("、", written), ReadingMessages.UnknownHeaders(written), IssueSeverity.Warning));
        }

        return new ColumnPlan(grid, names, warnings) { MoreCoUnitColumns = moreCoUnits, CoUnitHeaders = coUnitHeaders };
    }

    /// <summary>
    /// The hidden progress columns naming the report month whose canonical column the shown columns feed only with columns
    /// naming another month (hidden 6月进展情况 beside shown 5月进展情况 in June's ledger): these are read, the shown ones not.
    /// </summary>
    private static HashSet<int> HiddenOfReportMonth(List<HeaderCell> known, Func<int, bool> isHidden, ReportMonth? reportMonth)
    {
        var promoted = new HashSet<int>();
        foreach (var cell in known.Where(c => isHidden(c.GridColumn) && !c.Match.SecondChoice && NamesReportMonth(c, reportMonth)))
        {
            var shown = known.Where(c => !isHidden(c.GridColumn) && !c.Match.SecondChoice && c.Match.Column == cell.Match.Column).ToList();
            if (shown.Count > 0 && shown.All(c => ColumnAliases.NamesAMonth(c.Written) && !NamesReportMonth(c, reportMonth)))
            {
                promoted.Add(cell.GridColumn);
            }
        }

        return promoted;
    }

    /// <summary>
    /// The hidden columns read, each with the canonical column it feeds (a further co-unit column as co-units), but not
    /// those read for naming the report month (warned of as they displace a shown column).
    /// </summary>
    private static IEnumerable<(HeaderCell Cell, CanonicalColumn Column)> HiddenRead(HeaderLayout header, int[] grid, List<int> moreCoUnits, Func<int, bool> isHidden, HashSet<int> promoted)
    {
        var read = grid.Select((g, k) => (Grid: g, Column: (CanonicalColumn)k))
            .Concat(moreCoUnits.Select(g => (Grid: g, Column: CanonicalColumn.CoUnits)))
            .Where(p => p.Grid >= 0 && isHidden(p.Grid) && !promoted.Contains(p.Grid))
            .OrderBy(p => p.Grid);
        foreach (var (g, column) in read)
        {
            if (header.Cells.FirstOrDefault(c => c.GridColumn == g && c.Match.Kind == HeaderMatchKind.Column) is { Written: not null } cell)
            {
                yield return (cell, column);
            }
        }
    }

    /// <summary>Whether a progress column's header names the table's report month (8月完成进度, 1-8月…, 本月…); false while the month is not known.</summary>
    private static bool NamesReportMonth(HeaderCell cell, ReportMonth? reportMonth) =>
        reportMonth is { } month && IsPeriodColumn(cell.Match.Column) && ColumnAliases.NamesMonth(cell.Written, month);

    /// <summary>The columns whose headers say the period they report (完成进度, 进展情况).</summary>
    private static bool IsPeriodColumn(CanonicalColumn column) => column is CanonicalColumn.ProgressPct or CanonicalColumn.ProgressText;
}
