using System.Globalization;
using System.Text.RegularExpressions;
using ReformAnalytics.Model;

namespace ReformAnalytics.Reading;

/// <summary>
/// The one table of header texts the reader recognises. To teach the reader a new header, add a line here.
/// Headers are compared after <see cref="HeaderText.Normalize"/>: spaces and line breaks removed, full-width
/// letters and brackets made half-width, a trailing hint in brackets dropped (<c>完成进度（%）</c> reads as
/// <c>完成进度</c>), English lower-cased.
/// <para>
/// The responsibility-unit rule: 责任单位 and 责任部门 name the lead unit when the table has no other lead-unit
/// column (牵头单位, 牵头部门, 主办单位), and the co-units when it has one. Visible columns are resolved before
/// hidden ones and left before right, so with both 责任部门 and 责任单位 and no 牵头单位 the left one is the lead.
/// </para>
/// <para>
/// A second choice (时间节点, 完成情况) names its column only when no other header of the table does; 完成情况 beside
/// 状态 is then read as the progress narrative, unless a narrative column is there too.
/// </para>
/// </summary>
public static partial class ColumnAliases
{
    /// <summary>
    /// Headers that ledgers often carry and the analysis does not read (remarks, next steps): not mapped,
    /// and not reported as unrecognised either.
    /// </summary>
    public static readonly IReadOnlySet<string> KnownUnused = new HashSet<string>(StringComparer.Ordinal)
    {
        "备注", "说明", "存在问题", "存在的问题", "困难问题", "下步打算", "下一步打算", "下一步工作计划", "督办意见", "完成标志",
        "下步工作计划", "下步计划", "下一步计划", "下步工作打算", "下一步工作打算", "下步措施", "下一步措施", "存在困难", "存在的困难",
        "困难和问题", "存在问题和困难", "存在问题及困难", "存在问题及下步打算", "存在问题及下一步打算", "问题及建议",
    };

    public static bool IsKnownUnused(string written) => KnownUnused.Contains(HeaderText.Normalize(written));

    public static readonly IReadOnlyList<ColumnAlias> All =
    [
        new("序号", CanonicalColumn.SeqNo),
        new("编号", CanonicalColumn.SeqNo),

        new("改革任务", CanonicalColumn.Task),
        new("改革事项", CanonicalColumn.Task),
        new("任务名称", CanonicalColumn.Task),
        new("重点任务", CanonicalColumn.Task),
        new("重点工作", CanonicalColumn.Task),
        new("目标名称", CanonicalColumn.Task),
        new("工作任务", CanonicalColumn.Task),
        new("改革任务名称", CanonicalColumn.Task),
        new("重点改革任务", CanonicalColumn.Task),
        new("重点改革事项", CanonicalColumn.Task),
        new("改革举措", CanonicalColumn.Task),
        new("试点名称", CanonicalColumn.Task),
        new("试点任务", CanonicalColumn.Task),
        new("改革试点名称", CanonicalColumn.Task),

        new("专项小组", CanonicalColumn.SpecialGroup),
        new("所属专项小组", CanonicalColumn.SpecialGroup),
        new("领域", CanonicalColumn.SpecialGroup),
        new("类别", CanonicalColumn.SpecialGroup),
        new("工作类别", CanonicalColumn.SpecialGroup),

        new("牵头单位", CanonicalColumn.LeadUnit),
        new("牵头部门", CanonicalColumn.LeadUnit),
        new("主办单位", CanonicalColumn.LeadUnit),
        new("牵头", CanonicalColumn.LeadUnit),
        new("牵头责任单位", CanonicalColumn.LeadUnit),
        new("责任部门", CanonicalColumn.LeadUnit, IsResponsibilityUnit: true),

        new("责任单位", CanonicalColumn.CoUnits, IsResponsibilityUnit: true),
        new("配合单位", CanonicalColumn.CoUnits),
        new("协办单位", CanonicalColumn.CoUnits),
        new("参与单位", CanonicalColumn.CoUnits),
        new("配合", CanonicalColumn.CoUnits),
        new("配合部门", CanonicalColumn.CoUnits),
        new("协办部门", CanonicalColumn.CoUnits),
        new("参与部门", CanonicalColumn.CoUnits),

        new("责任领导", CanonicalColumn.Leader),
        new("牵头领导", CanonicalColumn.Leader),
        new("县级领导", CanonicalColumn.Leader),
        new("分管领导", CanonicalColumn.Leader),
        new("分管县领导", CanonicalColumn.Leader),
        new("牵头县领导", CanonicalColumn.Leader),
        new("县领导", CanonicalColumn.Leader),
        new("联系县领导", CanonicalColumn.Leader),

        new("责任人", CanonicalColumn.PersonInCharge),
        new("联系人", CanonicalColumn.PersonInCharge),

        new("成果形式", CanonicalColumn.ResultForm),
        new("改革成果形式", CanonicalColumn.ResultForm),
        new("成果", CanonicalColumn.ResultForm),

        new("任务类型", CanonicalColumn.TaskKind),
        new("类型", CanonicalColumn.TaskKind),

        new("完成时限", CanonicalColumn.Deadline),
        new("完成时间", CanonicalColumn.Deadline),
        new("时间节点", CanonicalColumn.Deadline, SecondChoice: true),
        new("办理时限", CanonicalColumn.Deadline),
        new("目标节点或完成时限", CanonicalColumn.Deadline),
        new("计划完成时间", CanonicalColumn.Deadline),
        new("完成时限要求", CanonicalColumn.Deadline),
        new("完成期限", CanonicalColumn.Deadline),
        new("时限要求", CanonicalColumn.Deadline),

        new("开始时间", CanonicalColumn.StartDate),
        new("启动时间", CanonicalColumn.StartDate),
        new("计划开始时间", CanonicalColumn.StartDate),
        new("计划启动时间", CanonicalColumn.StartDate),
        new("起始时间", CanonicalColumn.StartDate),
        new("开始日期", CanonicalColumn.StartDate),

        new("进展情况", CanonicalColumn.ProgressText),
        new("推进情况", CanonicalColumn.ProgressText),
        new("工作进展", CanonicalColumn.ProgressText),
        new("办理情况", CanonicalColumn.ProgressText),
        new("截至目前进展", CanonicalColumn.ProgressText),
        new("目前进展", CanonicalColumn.ProgressText),
        new("目前进展情况", CanonicalColumn.ProgressText),
        new("工作推进情况", CanonicalColumn.ProgressText),
        new("推进落实情况", CanonicalColumn.ProgressText),

        new("完成进度", CanonicalColumn.ProgressPct),
        new("进度", CanonicalColumn.ProgressPct),
        new("完成比例", CanonicalColumn.ProgressPct),
        new("完成率", CanonicalColumn.ProgressPct),
        new("进度百分比", CanonicalColumn.ProgressPct),
        new("总体进度", CanonicalColumn.ProgressPct),
        new("总体完成进度", CanonicalColumn.ProgressPct),
        new("整体进度", CanonicalColumn.ProgressPct),
        new("总进度", CanonicalColumn.ProgressPct),

        new("状态", CanonicalColumn.Status),
        new("完成情况", CanonicalColumn.Status, SecondChoice: true, Otherwise: CanonicalColumn.ProgressText),
        new("推进状态", CanonicalColumn.Status),
        new("是否完成", CanonicalColumn.Status),
        new("完成状态", CanonicalColumn.Status),
        new("进展状态", CanonicalColumn.Status),
        new("当前状态", CanonicalColumn.Status),
    ];

    private static readonly Dictionary<string, ColumnAlias> ByNormalizedHeader = All.ToDictionary(a => HeaderText.Normalize(a.Header), StringComparer.Ordinal);

    /// <summary>
    /// Finds the alias a header text names, after normalising it; false for an unknown header. A period written in front
    /// (1-6月完成进度, 截至6月底工作进展, 6月进展情况, 本月推进情况) is dropped when what is left is a header of the table. A
    /// header that is only a month's total so far (1-7月累计, 截至7月底累计) is the progress figure.
    /// </summary>
    public static bool TryMatch(string? header, out ColumnAlias alias)
    {
        alias = default;
        if (string.IsNullOrWhiteSpace(header))
        {
            return false;
        }

        var normalized = HeaderText.Normalize(header);
        if (ByNormalizedHeader.TryGetValue(normalized, out alias))
        {
            return true;
        }

        var period = PeriodPrefix().Match(normalized);
        if (period.Success && period.Length == normalized.Length && normalized.EndsWith("累计", StringComparison.Ordinal) && NamedMonth(normalized) is { Month: > 0 })
        {
            // A total so far and nothing else (1-7月累计, 截至7月底累计): the progress figure as of that month.
            alias = ByNormalizedHeader["完成进度"];
            return true;
        }

        return period.Success && period.Length < normalized.Length && ByNormalizedHeader.TryGetValue(normalized[period.Length..], out alias);
    }

    /// <summary>
    /// Whether a header text names a period and nothing else (本月, 当月, 累计, 1-7月累计, 截至7月底): under a merged group
    /// (完成进度, 进展情况) it says which period of the group's column it is.
    /// </summary>
    public static bool IsPeriodOnly(string? written)
    {
        if (string.IsNullOrWhiteSpace(written))
        {
            return false;
        }

        var normalized = HeaderText.Normalize(written);
        var period = PeriodPrefix().Match(normalized);
        return period.Success && period.Length == normalized.Length;
    }

    /// <summary>
    /// Which of two columns naming the same canonical column is read, when the headers say their periods (lower first;
    /// equal ranks keep the left one). For the progress figure: a cumulative one (累计完成进度, 1-8月完成进度, 截至8月底完成进度,
    /// 总体进度) before a plain one (完成进度), before one of a single month (本月完成进度, 8月完成进度: likely that month's
    /// increment when a cumulative one is beside it), before last month's (上月完成进度). For the narrative, only last month's
    /// gives way (本月进展情况 over 上月进展情况). Any other column keeps the left one.
    /// </summary>
    public static int Precedence(CanonicalColumn column, string written)
    {
        if (column is not (CanonicalColumn.ProgressPct or CanonicalColumn.ProgressText) || string.IsNullOrWhiteSpace(written))
        {
            return 0;
        }

        var normalized = HeaderText.Normalize(written);
        var lastMonth = normalized.StartsWith("上月", StringComparison.Ordinal) || normalized.StartsWith("上期", StringComparison.Ordinal);
        if (column == CanonicalColumn.ProgressText)
        {
            return lastMonth ? 1 : 0;
        }

        return lastMonth ? 3
            : Cumulative().IsMatch(normalized) ? 0
            : SingleMonth().IsMatch(normalized) ? 2
            : 1;
    }

    /// <summary>
    /// Whether a progress column's header names the report month <paramref name="month"/> as its period: one month
    /// (8月完成进度, 8月份进展情况, 2024年8月…), the end of a span or an as-of month (1-8月完成进度, 截至8月底…), or 本月/当月/本期,
    /// which is the report month whatever it is. A year written must be the month's. False for a header naming no month.
    /// </summary>
    public static bool NamesMonth(string written, ReportMonth month) =>
        NamedMonth(written) is { } named && (named.Month == 0 || (named.Month == month.Month && (named.Year is null || named.Year == month.Year)));

    /// <summary>Whether a header names a month of its own (8月…, 1-8月…, 截至8月底…, 本月…): the report month may then tell two such columns apart.</summary>
    public static bool NamesAMonth(string written) => NamedMonth(written) is not null;

    /// <summary>The month a header's period names (Month 0 for 本月/当月/本期), with the year when one is written; null for none.</summary>
    private static (int? Year, int Month)? NamedMonth(string written)
    {
        if (string.IsNullOrWhiteSpace(written))
        {
            return null;
        }

        var match = MonthOfPeriod().Match(HeaderText.Normalize(written));
        if (!match.Success)
        {
            return null;
        }

        if (match.Groups["this"].Success)
        {
            return (null, 0);
        }

        var month = int.Parse(match.Groups["m"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        int? year = match.Groups["y"].Success ? int.Parse(match.Groups["y"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture) : null;
        return month is >= 1 and <= 12 ? (year, month) : null;
    }

    /// <summary>The month a period in front of a header names: 8月, 2024年8月, 1-8月 (its last), 截至8月底; or 本月, 当月, 本期.</summary>
    [GeneratedRegex("^(?:(?<this>本月|当月|本期)|(?:截至|截止|至)?(?:(?<y>(?:19|20)[0-9]{2})年)?(?:[0-9]{1,2}(?:-|—|~|至|到))?(?<m>[0-9]{1,2})月)", RegexOptions.CultureInvariant)]
    private static partial Regex MonthOfPeriod();

    /// <summary>A reporting period in front of a header (normalised: no spaces, half-width).</summary>
    [GeneratedRegex("^(?:截至|截止|至)?(?:(?:19|20)[0-9]{2}年)?(?:(?:[0-9]{1,2}(?:-|—|~|至|到)[0-9]{1,2}月(?:份)?|[0-9]{1,2}月(?:份)?|本月|当月|上月|本期|一季度|二季度|三季度|四季度|第[一二三四1-4]季度|上半年|下半年|全年|年度|目前|当前)(?:底|末)?(?:前)?(?:的)?(?:累计)?|累计)", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPrefix();

    /// <summary>A header saying its figure is the total so far: 累计…, 截至…, a span of months (1-8月…), 总体/整体/总进度.</summary>
    [GeneratedRegex("累计|^(?:截至|截止)|^(?:(?:19|20)[0-9]{2}年)?[0-9]{1,2}(?:-|—|~|至|到)[0-9]{1,2}月|^(?:总体|整体|总进度)", RegexOptions.CultureInvariant)]
    private static partial Regex Cumulative();

    /// <summary>A header for one month's figure: 本月…, 当月…, 本期…, 8月… (a span of months is cumulative, above).</summary>
    [GeneratedRegex("^(?:本月|当月|本期|(?:(?:19|20)[0-9]{2}年)?[0-9]{1,2}月)", RegexOptions.CultureInvariant)]
    private static partial Regex SingleMonth();
}
