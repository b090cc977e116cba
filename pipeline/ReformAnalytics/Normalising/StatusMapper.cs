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
/// 顺利推进, 进展顺利, 按时序推进, 正在办理, and 持续推进/常态化推进/长期推进 (how open-ended tasks report being under
/// way); 进展缓慢, 推进缓慢, 进度落后; 暂停, 终止. Left unknown on purpose: 加快推进 (said of tasks on track and of
/// tasks behind alike), 部分完成, 已出台/已印发 (a document issued is not always the task done), and 逾期 (overdue
/// is computed from the deadline, never taken from the unit's word).
/// </summary>
public static partial class StatusMapper
{
    /// <summary>The phrase table: add a phrase here to teach the mapper a new one.</summary>
    private static readonly (ReportedStatus Status, string[] Phrases)[] Table =
    [
        (ReportedStatus.Completed, ["已完成", "完成", "任务完成", "已办结", "办结销号", "已销号", "全部完成", "提前完成", "全面完成", "已全部完成"]),
        (ReportedStatus.Ahead, ["超进度", "进展较快", "进度较快", "超前", "进度超前", "超序时", "超序时推进"]),
        (ReportedStatus.OnTrack,
        [
            "推进中", "序时推进", "按序时推进", "正常推进", "有序推进", "按计划推进", "达进度", "进行中", "正在推进",
            "稳步推进", "顺利推进", "进展顺利", "按时序推进", "按进度推进", "正在办理", "办理中", "持续推进", "常态化推进", "长期推进",
        ]),
        (ReportedStatus.Behind, ["滞后", "进度滞后", "进展滞后", "欠进度", "进度缓慢", "进展缓慢", "推进缓慢", "进度落后", "落后"]),
        (ReportedStatus.NotStarted, ["未启动", "尚未启动", "未开展"]),
        (ReportedStatus.Suspended, ["中止", "暂缓", "暂停", "暂停推进", "终止"]),
    ];

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
        if (Phrases.TryGetValue(Key(withoutRemarks), out var status) || Phrases.TryGetValue(Key(text), out status))
        {
            return status;
        }

        var parts = Separators().Split(withoutRemarks).Select(Key).Where(p => p.Length > 0).ToList();
        if (parts.Count < 2)
        {
            return ReportedStatus.Unknown;
        }

        var statuses = parts.Select(p => Phrases.TryGetValue(p, out var s) ? s : ReportedStatus.Unknown).Distinct().ToList();
        return statuses.Count == 1 ? statuses[0] : ReportedStatus.Unknown;
    }

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
