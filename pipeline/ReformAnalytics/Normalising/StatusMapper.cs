using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using ReformAnalytics.Model;

namespace ReformAnalytics.Normalising;

/// <summary>
/// Maps a reported status as written (状态/完成情况) to <see cref="ReportedStatus"/> through the one table
/// below; the caller keeps the original text beside it. Matching is exact after removing whitespace,
/// punctuation, symbols (√) and bracketed remarks, so 未完成 never reads as 完成. A cell holding several
/// phrases (已完成，已销号) maps when every phrase maps to the same status. Anything else is
/// <see cref="ReportedStatus.Unknown"/>, for the caller to surface, never guessed.
/// Decisions beyond the domain table: 基本完成 is left unknown (is it done or not? the office asks the unit rather than guess);
/// 进行中 and 正在推进 say the same as 推进中; 未完成 is left unmapped (it says neither on track nor behind). Phrases units
/// write that the domain table does not list, each a plain synonym of one there: 全面完成; 超前, 超序时; 稳步推进,
/// 顺利推进, 进展顺利, 按时序推进, 按期推进, 正常, 正在办理, and 持续推进/常态化推进/长期推进 (how open-ended tasks report being under
/// way); 进展缓慢, 推进缓慢, 进度落后; 暂停, 终止. Also: 序时, 实施中 and 有序推进中 (on track); 滞后于序时, 未达序时, 停滞,
/// 逾期未完成 and 未按期完成 (behind: not done, and the unit says it is late); 按期完成 and 逾期完成 (completed, late or not:
/// whether it was late is computed from the dates); 已暂停, 取消 (suspended: no longer due). "Under way" with a judgement of
/// the schedule beside it, in brackets or as a second phrase (推进中（滞后）, 推进中，进度滞后), is that judgement; so is
/// "speeding up" beside one (进度滞后，正在加快推进 is behind), though alone it says nothing. Left
/// unknown on purpose: 加快推进 (said of tasks on track and of tasks behind alike), 部分完成, 已启动 (says neither on
/// track nor behind), 已出台/已印发 (a document issued is not always the task done: <see cref="SaysDocumentIssued"/> lets
/// the row's task kind decide), and 逾期 alone (overdue is computed from the deadline, never taken from the unit's word).
/// </summary>
public static partial class StatusMapper
{
    /// <summary>The phrase table: add a phrase here to teach the mapper a new one.</summary>
    private static readonly (ReportedStatus Status, string[] Phrases)[] Table =
    [
        (ReportedStatus.Completed,
        [
            "已完成", "完成", "任务完成", "已办结", "办结销号", "已销号", "全部完成", "提前完成", "全面完成", "已全部完成",
            "按期完成", "按时完成", "已按期完成", "逾期完成", "已完结", "完结",
            "按计划完成", "已按计划完成", "超额完成", "已超额完成", "已完成年度目标", "完成年度目标", "已完成年度任务", "完成年度任务",
        ]),
        (ReportedStatus.Ahead, ["超进度", "进展较快", "进度较快", "超前", "进度超前", "超序时", "超序时推进", "超序时进度", "快于序时"]),
        (ReportedStatus.OnTrack,
        [
            "推进中", "序时推进", "按序时推进", "正常推进", "有序推进", "按计划推进", "达进度", "进行中", "正在推进",
            "稳步推进", "顺利推进", "进展顺利", "按时序推进", "按进度推进", "正在办理", "办理中", "持续推进", "常态化推进", "长期推进",
            "序时", "按序时", "正在推进中", "有序推进中", "稳步推进中", "正在实施", "实施中", "按序时推进中", "序时推进中",
            "按期推进", "按时推进", "正常", "进展正常", "进度正常", "推进正常",
            "按时间节点推进", "按节点推进", "按时间节点有序推进", "按计划实施",
        ]),
        (ReportedStatus.Behind,
        [
            "滞后", "进度滞后", "进展滞后", "欠进度", "进度缓慢", "进展缓慢", "推进缓慢", "进度落后", "落后",
            "滞后于序时", "滞后序时", "落后于序时", "未达序时", "未达进度", "停滞", "逾期未完成", "未按期完成", "未按时完成",
        ]),
        (ReportedStatus.NotStarted, ["未启动", "尚未启动", "未开展", "尚未开展", "暂未启动", "暂未开展", "未开始", "尚未开始", "待启动", "还未启动", "未实施", "尚未实施"]),
        (ReportedStatus.Suspended, ["中止", "暂缓", "暂停", "暂停推进", "终止", "已暂停", "已暂缓", "已中止", "已终止", "取消", "已取消"]),
    ];

    /// <summary>
    /// Phrases saying the task's document was issued (已出台, 已印发, …). Said of a task whose kind is 制定出台 (issue a
    /// policy document) they say the task is done; of any other task they say nothing of its schedule.
    /// </summary>
    private static readonly FrozenSet<string> IssuedPhrases = new[]
    {
        "已出台", "已印发", "已制定出台", "已出台实施", "已印发实施", "已正式印发", "已正式出台", "已发文", "已印发执行", "正式印发",
    }.Select(Key).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"Speeding up" (加快推进): said of tasks on track and behind alike, so it yields to the phrase beside it.</summary>
    private static readonly FrozenSet<string> Accelerating = new[] { "加快推进", "正在加快推进", "加紧推进", "抓紧推进", "正在抓紧推进", "加快推进中" }
        .Select(Key).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, ReportedStatus> Phrases =
        Table.SelectMany(row => row.Phrases.Select(phrase => (Key: Key(phrase), row.Status)))
            .ToFrozenDictionary(p => p.Key, p => p.Status, StringComparer.Ordinal);

    /// <summary>The canonical status of <paramref name="text"/>; <see cref="ReportedStatus.Unknown"/> when empty or not in the table.</summary>
    public static ReportedStatus Map(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ReportedStatus.Unknown;
        }

        var withoutRemarks = Remarks().Replace(text, string.Empty);
        if (Phrases.TryGetValue(Key(withoutRemarks), out var status))
        {
            // A remark judging the schedule says more than a plain "under way": 推进中（滞后） is behind.
            return status == ReportedStatus.OnTrack && Judgement(Remarks().Matches(text).Select(m => Lookup(Key(m.Value)))) is { } judged
                ? judged
                : status;
        }

        if (Phrases.TryGetValue(Key(text), out status))
        {
            return status;
        }

        var parts = Separators().Split(withoutRemarks).Select(Key).Where(p => p.Length > 0).ToList();
        if (parts.Count >= 2 && parts.Exists(p => !Accelerating.Contains(p)))
        {
            parts.RemoveAll(Accelerating.Contains);
            if (parts.Count == 1)
            {
                return Lookup(parts[0]);
            }
        }

        if (parts.Count < 2)
        {
            return ReportedStatus.Unknown;
        }

        var statuses = parts.Select(Lookup).Distinct().ToList();
        return statuses.Count == 1 ? statuses[0]
            : statuses.Count == 2 && statuses.Contains(ReportedStatus.OnTrack) && Judgement(statuses) is { } judgement ? judgement
            : ReportedStatus.Unknown;
    }

    private static ReportedStatus Lookup(string key) => Phrases.TryGetValue(key, out var s) ? s : ReportedStatus.Unknown;

    /// <summary>Ahead or behind, when the phrases say exactly one of them; null otherwise.</summary>
    private static ReportedStatus? Judgement(IEnumerable<ReportedStatus> statuses)
    {
        var judged = statuses.Where(s => s is ReportedStatus.Ahead or ReportedStatus.Behind).Distinct().ToList();
        return judged.Count == 1 ? judged[0] : null;
    }

    /// <summary>Whether <paramref name="text"/> says the task's document was issued (已出台, 已印发（县委办发〔2024〕12号）, …).</summary>
    public static bool SaysDocumentIssued(string? text) =>
        !string.IsNullOrWhiteSpace(text) && IssuedPhrases.Contains(Key(Remarks().Replace(text, string.Empty)));

    /// <summary>Whether <paramref name="text"/> holds something that could not be mapped (empty text does not).</summary>
    public static bool IsUnmapped(string? text) => !string.IsNullOrWhiteSpace(text) && Map(text) == ReportedStatus.Unknown;

    /// <summary>The lookup key: half-width, without whitespace, punctuation or symbols.</summary>
    internal static string Key(string text)
    {
        var halfWidth = ChineseText.ToHalfWidth(text);
        var builder = new StringBuilder(halfWidth.Length);
        foreach (var c in halfWidth)
        {
            if (!char.IsWhiteSpace(c) && !char.IsPunctuation(c) && !char.IsSymbol(c) && !char.IsControl(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex("[（(【\\[][^）)】\\]]*[）)】\\]]", RegexOptions.CultureInvariant)]
    private static partial Regex Remarks();

    [GeneratedRegex("[\\s,，;；、/／。]+", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();
}
