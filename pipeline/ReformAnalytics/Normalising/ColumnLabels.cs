using ReformAnalytics.Reading;

namespace ReformAnalytics.Normalising;

/// <summary>The usual Chinese header of each column, named in issues when the file's own header is not known.</summary>
internal static class ColumnLabels
{
    public static string Of(CanonicalColumn column) => column switch
    {
        CanonicalColumn.SeqNo => "序号",
        CanonicalColumn.Task => "改革任务",
        CanonicalColumn.SpecialGroup => "专项小组",
        CanonicalColumn.LeadUnit => "牵头单位",
        CanonicalColumn.CoUnits => "责任单位",
        CanonicalColumn.Leader => "责任领导",
        CanonicalColumn.PersonInCharge => "责任人",
        CanonicalColumn.ResultForm => "成果形式",
        CanonicalColumn.TaskKind => "任务类型",
        CanonicalColumn.Deadline => "完成时限",
        CanonicalColumn.ProgressText => "进展情况",
        CanonicalColumn.ProgressPct => "完成进度",
        CanonicalColumn.Status => "状态",
        _ => column.ToString(),
    };
}
