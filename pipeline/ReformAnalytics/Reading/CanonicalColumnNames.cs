namespace ReformAnalytics.Reading;

/// <summary>
/// English identifiers (<c>task</c>, <c>lead_unit</c>, used in column-map files and schemas) and Chinese labels of
/// <see cref="CanonicalColumn"/>, side by side.
/// </summary>
public static class CanonicalColumnNames
{
    /// <summary>Number of canonical columns: the length of <see cref="RawLedgerRow.Cells"/>.</summary>
    public static readonly int Count = Enum.GetValues<CanonicalColumn>().Length;

    public static string Id(CanonicalColumn column) => column switch
    {
        CanonicalColumn.SeqNo => "seq_no",
        CanonicalColumn.Task => "task",
        CanonicalColumn.SpecialGroup => "special_group",
        CanonicalColumn.LeadUnit => "lead_unit",
        CanonicalColumn.CoUnits => "co_units",
        CanonicalColumn.Leader => "leader",
        CanonicalColumn.PersonInCharge => "person_in_charge",
        CanonicalColumn.ResultForm => "result_form",
        CanonicalColumn.TaskKind => "task_kind",
        CanonicalColumn.Deadline => "deadline",
        CanonicalColumn.ProgressText => "progress_text",
        CanonicalColumn.ProgressPct => "progress_pct",
        CanonicalColumn.Status => "status",
        CanonicalColumn.StartDate => "start_date",
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };

    public static string Label(CanonicalColumn column) => column switch
    {
        CanonicalColumn.SeqNo => "序号",
        CanonicalColumn.Task => "改革任务",
        CanonicalColumn.SpecialGroup => "专项小组",
        CanonicalColumn.LeadUnit => "牵头单位",
        CanonicalColumn.CoUnits => "配合单位",
        CanonicalColumn.Leader => "责任领导",
        CanonicalColumn.PersonInCharge => "责任人",
        CanonicalColumn.ResultForm => "成果形式",
        CanonicalColumn.TaskKind => "任务类型",
        CanonicalColumn.Deadline => "完成时限",
        CanonicalColumn.ProgressText => "进展情况",
        CanonicalColumn.ProgressPct => "完成进度",
        CanonicalColumn.Status => "状态",
        CanonicalColumn.StartDate => "开始时间",
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };

    /// <summary>
    /// Reads a column name as a person writes it in a map file: the English identifier in any case, with or
    /// without <c>_</c>, <c>-</c> or spaces (<c>lead_unit</c>, <c>Lead Unit</c>, <c>LeadUnit</c>), or a Chinese
    /// header alias (<c>牵头单位</c>, see <see cref="ColumnAliases"/>).
    /// </summary>
    public static bool TryParse(string? text, out CanonicalColumn column)
    {
        column = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var key = HeaderText.Normalize(text).Replace("_", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        foreach (var candidate in Enum.GetValues<CanonicalColumn>())
        {
            if (string.Equals(key, Id(candidate).Replace("_", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal))
            {
                column = candidate;
                return true;
            }
        }

        if (ColumnAliases.TryMatch(text, out var alias))
        {
            column = alias.Column;
            return true;
        }

        return false;
    }
}
