using ReformAnalytics.Reading;

namespace ReformAnalytics.Tests.Normalising;

/// <summary>Builds hand-made ledger rows and tables for the normaliser tests.</summary>
internal static class RawRows
{
    /// <summary>The headers of a typical ledger, as a file would write them.</summary>
    public static readonly IReadOnlyDictionary<CanonicalColumn, string> TypicalHeaders = new Dictionary<CanonicalColumn, string>
    {
        [CanonicalColumn.SeqNo] = "序号",
        [CanonicalColumn.Task] = "改革任务",
        [CanonicalColumn.SpecialGroup] = "专项小组",
        [CanonicalColumn.LeadUnit] = "牵头单位",
        [CanonicalColumn.CoUnits] = "责任单位",
        [CanonicalColumn.Leader] = "责任领导",
        [CanonicalColumn.TaskKind] = "任务类型",
        [CanonicalColumn.Deadline] = "时间节点",
        [CanonicalColumn.ProgressText] = "进展情况",
        [CanonicalColumn.ProgressPct] = "完成进度",
        [CanonicalColumn.Status] = "状态",
    };

    public static RawLedgerRow Row(int sourceRow, string? section, IReadOnlyDictionary<CanonicalColumn, CellValue> cells, IReadOnlyDictionary<CanonicalColumn, string>? headers = null)
    {
        headers ??= TypicalHeaders;
        var count = Enum.GetValues<CanonicalColumn>().Length;
        var values = new CellValue[count];
        var names = new string?[count];
        foreach (var (column, header) in headers)
        {
            names[(int)column] = header;
        }

        foreach (var (column, cell) in cells)
        {
            values[(int)column] = cell;
        }

        return new RawLedgerRow(sourceRow, section, values, names);
    }

    public static LedgerTable Table(params RawLedgerRow[] rows) =>
        new("2024年6月改革任务总台账.xlsx", "总台账", "2024年全面深化改革任务台账（6月）", rows, []);

    public static CellValue Text(string text) => CellValue.FromText(text);
}
