using System.Collections;
using System.Collections.Frozen;
using System.Globalization;
using ReformAnalytics.Dashboard.Data;
using ReformAnalytics.Model;

namespace ReformAnalytics.Dashboard.Html;

/// <summary>
/// The text a person reads for a database value: codes as Chinese words (ledger, status, light), booleans as
/// 是/否 (a completed task's 按时完成 as 按期/逾期完成, the 成果清单's words), shares as percents, dates as 2024年6月30日 (<see cref="FigureText"/>). Used for pages and labelled downloads alike;
/// a CSV writes dates as yyyy-MM-dd and numbers in full.
/// </summary>
internal static class CellText
{
    /// <summary>The longest reason taken for a word rather than a clause (the negative list's 到期未完成 is 5 characters).</summary>
    private const int MaxWordLength = 6;

    private static readonly FrozenDictionary<string, string> Statuses =
        Enum.GetValues<ReportedStatus>().ToFrozenDictionary(ReportedStatusNames.Id, ReportedStatusNames.Label, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Ledgers =
        Enum.GetValues<Ledger>().ToFrozenDictionary(LedgerNames.Id, LedgerNames.Label, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Lights = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["green"] = "绿灯",
        ["amber"] = "黄灯",
        ["yellow"] = "黄灯",
        ["red"] = "红灯",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> DeadlineKinds = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["missing"] = "未填写",
        ["day"] = "具体日期",
        ["month"] = "月份",
        ["quarter"] = "季度",
        ["half_year"] = "半年",
        ["year"] = "年度",
        ["range"] = "时间段",
        ["milestones"] = "多个节点",
        ["open_ended"] = "长期",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Outcomes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ingested"] = "已入库",
        ["unchanged"] = "未变",
        ["superseded"] = "被替代（更正件或整本台账）",
        ["refused"] = "拒收",
        ["renamed"] = "按单位名称对照表改名重存",
        ["removed"] = "已撤回",
        ["error"] = "错误",
        ["warning"] = "提醒",
        // year_end_carry_over
        ["carried"] = "已列入新年度台账",
        ["similar"] = "名称相近，请核实",
        ["dropped"] = "未列入新年度台账",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Words = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // dimension of metric_summary / double_half
        ["all"] = "全部",
        ["group"] = "专项小组",
        ["unit"] = "牵头单位",
        // light_reason
        ["lag"] = "进度滞后",
        ["stalled"] = "进度停滞",
        ["no_progress"] = "未报进度",
        ["no_deadline"] = "无时限",
        ["on_plan"] = "按计划",
        // reasons of negative_list
        ["overdue"] = "逾期",
        ["due"] = "到期未完成",
        ["behind"] = "滞后",
        // board of unit_ranking
        ["black"] = "黑榜",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// A unit between the two boards (ViewQuery.ShowEveryPlace's <c>middle</c>): “—”, the word the 红黑榜 workbook and the
    /// report write where there is no rank; a unit not ranked: 未排名, as the workbook's 榜单 says.
    /// </summary>
    private static readonly FrozenDictionary<string, string> Places = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["middle"] = "—",
        ["unranked"] = "未排名",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string LedgerLabel(string id) => Ledgers.GetValueOrDefault(id, id);

    public static string StatusLabel(string id) => Statuses.GetValueOrDefault(id, id);

    /// <summary>The light code (green/amber/red) of a value, or null.</summary>
    public static string? LightCode(string column, object? value) =>
        column.Equals("light", StringComparison.OrdinalIgnoreCase) && value is string s && Lights.ContainsKey(s) ? (s == "yellow" ? "amber" : s) : null;

    public static string Plain(string column, object? value)
    {
        switch (value)
        {
            case null or DBNull:
                return string.Empty;
            case string s:
                return Code(column, s);
            case bool b when column.Equals("completed_on_time", StringComparison.OrdinalIgnoreCase):
                // A completed task's timeliness in the words of the 成果清单 workbook and the report's 是否按期 (NULL: not completed).
                return b ? "按期" : "逾期完成";
            case bool b:
                return b ? "是" : "否";
            case DateTime or DateOnly:
                var date = DbValues.AsDate(value)!.Value;
                return IsMonthColumn(column) ? Format.Month(ReportMonth.Of(date)) : Format.Date(date);
            case double or float or decimal:
                return Number(column, DbValues.AsDouble(value)!.Value);
            case long or int or short or byte or ulong or uint or System.Numerics.BigInteger:
                // An issue about a whole file or sheet (a file superseded, a sheet without a header) has row 0: no row.
                return column.Equals("row", StringComparison.OrdinalIgnoreCase) && Convert.ToInt64(value, CultureInfo.InvariantCulture) == 0
                    ? string.Empty
                    : Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
            case IEnumerable list:
                // Items join with 、, as Chinese lists words (逾期、滞后、到期未完成; 县委统战部、县科技局); clauses — items that
                // hold commas of their own, or reasons longer than a word (the risk model's: 距完成时限1个月，进度落后计划20个百分点;
                // 报告状态为“序时推进”) — join with ；, or they read as one run-on list.
                var items = list.Cast<object?>().Select(v => Plain(column, v)).Where(t => t.Length > 0).ToList();
                var clauses = items.Exists(t => t.AsSpan().IndexOfAny('，', '、') >= 0
                    || (column.Equals("reasons", StringComparison.OrdinalIgnoreCase) && t.Length > MaxWordLength));
                return string.Join(clauses ? "；" : "、", items);
            default:
                return Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
        }
    }

    public static bool IsMonthColumn(string column) =>
        column.EndsWith("month", StringComparison.OrdinalIgnoreCase) && !column.EndsWith("months", StringComparison.OrdinalIgnoreCase);

    private static string Code(string column, string text) => column.ToLowerInvariant() switch
    {
        "ledger" => Ledgers.GetValueOrDefault(text, text),
        "light" => Lights.GetValueOrDefault(text, text),
        "deadline_kind" => DeadlineKinds.GetValueOrDefault(text, text),
        "outcome" or "severity" => Outcomes.GetValueOrDefault(text, text),
        "status" or "last_status" => Statuses.GetValueOrDefault(text, text),
        "dimension" => text == "ledger" ? "台账" : text == "leader" ? "责任领导" : Words.GetValueOrDefault(text, text),
        "light_reason" => text == "completed" ? "已完成" : text == "overdue" ? "逾期" : Words.GetValueOrDefault(text, text),
        "reasons" => Words.GetValueOrDefault(text, text),
        "board" => text == "red" ? "红榜" : Places.GetValueOrDefault(text) ?? Words.GetValueOrDefault(text, text),
        "standing" => text == "red" ? "居前" : text == "black" ? "居后" : Places.GetValueOrDefault(text, text),
        "group_name" => Ledgers.GetValueOrDefault(text, text),
        "report_quarter" or "completed_quarter" => Quarter(text),
        _ => text,
    };

    /// <summary>A quarter as the views key it (2024Q4) in the office's words: 2024年第4季度; anything else as it is.</summary>
    private static string Quarter(string text) =>
        text.Length == 6 && text[4] == 'Q' && text[5] is >= '1' and <= '4' && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? string.Create(CultureInfo.InvariantCulture, $"{year}年第{text[5]}季度")
            : text;

    private static string Number(string column, double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return string.Empty;
        }

        var c = column.ToLowerInvariant();
        if (c.EndsWith("_pct", StringComparison.Ordinal))
        {
            return Format.Percent(value);
        }

        if (c == "probability")
        {
            // The risk model's estimate, a whole percent as the report and the risk list print it.
            return FigureText.Probability(value);
        }

        if (c.EndsWith("_rate", StringComparison.Ordinal) || c.EndsWith("_share", StringComparison.Ordinal))
        {
            return Format.Fraction(value);
        }

        if (c.EndsWith("_score", StringComparison.Ordinal) || c == "score")
        {
            // 红黑榜 and 考核 scores as every output prints them: two decimals, so two places never show one score.
            return ScoreText.Of(value);
        }

        if (c.EndsWith("_days", StringComparison.Ordinal))
        {
            // Days are whole, as the risk reasons (进度比计划晚约41天) and 逾期天数 write them: SV(t) −40.6 is −41, and a
            // fraction of a day either side of nought is 0, never −0.
            return Format.Number(Math.Round(value, MidpointRounding.AwayFromZero) + 0.0, 0);
        }

        if (c.EndsWith("_pp", StringComparison.Ordinal))
        {
            return Format.Number(value, 1);
        }

        if (c.StartsWith("spi", StringComparison.Ordinal))
        {
            return Format.Number(value, 2);
        }

        return Format.Number(value, value == Math.Floor(value) && Math.Abs(value) < 1e15 ? 0 : 1);
    }
}
