using ReformAnalytics.Model;
using ReformAnalytics.Normalising;
using ReformAnalytics.Reading;

namespace ReformAnalytics.Ingest;

/// <summary>Which ledger and report month a table holds: --ledger/--month first, else what its names say.</summary>
internal static class LedgerIdentityResolver
{
    /// <summary><paramref name="enclosing"/>: the names of the folders and archives the file is in, nearest first.</summary>
    public static (Ledger? Ledger, ReportMonth? Month) Resolve(string file, LedgerTable table, IngestOptions options, IReadOnlyList<string> enclosing) =>
        Resolve(file, table.SourceSheet, table.TitleText, options, enclosing);

    /// <summary>The same, from a table's heading alone (its rows not read yet).</summary>
    public static (Ledger? Ledger, ReportMonth? Month) Resolve(string file, string sheet, string? titleText, IngestOptions options, IReadOnlyList<string> enclosing)
    {
        var inferred = LedgerIdentity.Infer(Path.GetFileName(file), sheet, titleText, enclosing);
        return (options.Ledger ?? inferred.Ledger, options.Month ?? inferred.Month);
    }

    /// <summary>
    /// The warning for a sheet naming no month in a workbook whose other sheets (<paramref name="monthSheets"/>) each
    /// name theirs: it is passed over (mostly a 汇总 of the months' tasks) instead of refusing the file.
    /// </summary>
    public static IngestIssue PassedOver(string file, LedgerTable table, IReadOnlyList<string> monthSheets) =>
        new(file, table.SourceSheet, 0, string.Empty, string.Empty,
            $"该工作表没有写明月份，而同一工作簿的其他工作表各写明了月份（如“{string.Join("、", monthSheets.Take(3))}”），本表未读取（多为汇总表）。如需导入，请在工作表名中写明月份（如“6月”）。",
            IssueSeverity.Warning);

    /// <summary>
    /// A table whose sheet name or title says another month, or names another ledger, than its file's name
    /// (<see cref="LedgerIdentity.MonthConflict"/>): refused, since storing it under either could overwrite a month or a
    /// ledger already stored. --month and --ledger settle it. A workbook of several months' or ledgers' sheets is not
    /// asked (its file name says the whole, its sheets the parts).
    /// </summary>
    public static IEnumerable<LedgerInputException> Conflicts(string file, IReadOnlyList<TablePart> parts, IngestOptions options)
    {
        var name = Path.GetFileName(file);
        if (options.Month is null && parts.Select(p => p.Month).Distinct().Count() == 1)
        {
            foreach (var part in parts)
            {
                if (LedgerIdentity.MonthConflict(name, part.Sheet, part.Title) is { } m)
                {
                    yield return new LedgerInputException(file,
                        $"文件名写的是{m.File.Label}，表内的工作表名或标题行写的是{m.Table.Label}，无法确定是哪个月的台账（常见于沿用上月的文件而未改标题）。为免覆盖已入库的月份，本文件未导入。请改正文件名或标题后重新导入，或在命令中用 --month（如{m.File}）指定月份。",
                        part.Sheet);
                }
            }
        }

        if (options.Ledger is null && parts.Select(p => p.Ledger).Distinct().Count() == 1)
        {
            foreach (var part in parts)
            {
                if (LedgerIdentity.LedgerConflict(name, part.Sheet, part.Title) is { } l)
                {
                    yield return new LedgerInputException(file,
                        $"文件名写的是{LedgerNames.Label(l.File)}，表内的工作表名或标题行写的是{LedgerNames.Label(l.Table)}，无法确定是哪本台账（常见于套用了另一本台账的模板）。为免覆盖另一本台账，本文件未导入。请改正文件名或标题后重新导入，或在命令中用 --ledger（overall、assigned_pilot、local_pilot）指定。",
                        part.Sheet);
                }
            }
        }
    }

    /// <summary>
    /// Sheets of another month than the one the file's name says, in a workbook that has a sheet of that month too
    /// (2024年6月改革任务总台账.xlsx with a sheet 5月台账（上月） left from the file it was copied from): stale, and left out,
    /// so May as stored is not overwritten by them. Not asked when --month is given, when the name says no month or a span
    /// of months (2024年1-6月…, whose sheets are its months), or when no sheet is the named month's.
    /// </summary>
    public static List<TablePart> StaleSheets(string file, IReadOnlyList<TablePart> parts, IngestOptions options)
    {
        if (options.Month is not null || parts.Select(p => p.Month).Distinct().Count() < 2
            || LedgerIdentity.SingleMonthOfName(Path.GetFileName(file)) is not { } named || !parts.Any(p => p.Month == named))
        {
            return [];
        }

        return [.. parts.Where(p => p.Month != named)];
    }

    /// <summary>The warning for a stale sheet left out (<see cref="StaleSheets"/>).</summary>
    public static IngestIssue StaleSheet(string file, TablePart stale, ReportMonth named) =>
        new(file, stale.Sheet, 0, string.Empty, string.Empty,
            $"工作表“{stale.Sheet}”是{stale.Month.Label}的台账，而文件名写的是{named.Label}：该表未导入（常见于沿用上月文件时留下的旧表），已入库的{stale.Month.Label}台账不受影响。如确要更新{stale.Month.Label}，请单独报送该月的文件。",
            IssueSeverity.Warning);

    /// <summary>The warning for a sheet of a ledger naming no month in a workbook whose other sheets all name one: it is taken as that month's.</summary>
    public static IngestIssue MonthFromOtherSheets(string file, LedgerTable table, Ledger ledger, ReportMonth month) =>
        new(file, table.SourceSheet, 0, string.Empty, string.Empty,
            $"该工作表没有写明月份，同一工作簿的其他工作表都是{month.Label}的台账，本表按{month.Label}的{LedgerNames.Label(ledger)}导入；如不是，请在工作表名或标题中写明月份后重新导入。",
            IssueSeverity.Warning);

    public static LedgerInputException Refusal(string file, LedgerTable table, Ledger? ledger, ReportMonth? month)
    {
        var missing = (ledger, month) switch
        {
            (null, null) => "属于哪本台账、哪个月份",
            (null, _) => "属于哪本台账（总台账、上级部署试点台账还是自选试点台账）",
            _ => "是哪个月份的台账",
        };
        // What the names did say, so that the office sees which half to add (a month folder without the ledger's name).
        var found = (ledger, month) switch
        {
            (null, { } m) => $"从名称中只读出了月份（{m.Label}）。",
            ({ } l, null) => $"从名称中只读出了台账（{LedgerNames.Label(l)}）。",
            _ => string.Empty,
        };
        var message = $"无法判断该表{missing}。{found}请在文件名、工作表名、标题行或所在文件夹名中写明，例如“2024年6月改革任务总台账.xlsx”、"
            + "“2024年6月上级部署试点台账.csv”、“2024年6月自选试点台账.csv”，或工作表命名为“总台账”“上级部署试点”“自选试点”；"
            + "也可以在命令中用 --ledger（overall、assigned_pilot、local_pilot）和 --month（如2024-06）指定。";
        return new LedgerInputException(file, message, table.SourceSheet);
    }
}
