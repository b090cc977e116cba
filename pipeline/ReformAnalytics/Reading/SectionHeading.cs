using System.Text.RegularExpressions;

namespace ReformAnalytics.Reading;

/// <summary>
/// Section rows name the special group of the tasks below them: 一、经济体制改革专项小组, （二）生态文明体制改革,
/// 第三部分 …. This class recognises their ordinal prefixes and strips them from the group name.
/// </summary>
internal static partial class SectionHeading
{
    /// <summary>True when the text starts like a Chinese section heading (一、 / （一） / 第一部分).</summary>
    public static bool HasOrdinalPrefix(ReadOnlySpan<char> text) => OrdinalPrefix().IsMatch(text);

    /// <summary>True when a sequence-number cell holds a Chinese ordinal alone (一 / 一、 / （二）).</summary>
    public static bool IsChineseOrdinal(ReadOnlySpan<char> text) => ChineseOrdinal().IsMatch(text);

    /// <summary>True for a group's name standing alone: it ends with 专项小组 (文化体制改革专项小组), a remark in brackets aside.</summary>
    public static bool NamesAGroup(ReadOnlySpan<char> text) => GroupNameAlone().IsMatch(text);

    /// <summary>
    /// True for a heading that sorts the tasks by their progress, not by group: 二、已完成任务, 附：已完成任务清单,
    /// （一）正在推进的改革任务（12项）. Its name is no special group.
    /// </summary>
    public static bool NamesAProgressState(string heading) => ProgressStateHeading().IsMatch(GroupName(heading));

    /// <summary>
    /// True for a heading that names only a kind of task, not its domain: 一、重点改革任务, 二、改革试点任务, 上级部署改革试点,
    /// 自选改革试点, 重点工作, 2024年度改革要点（共12项）. Its name is no special group; 经济体制改革任务 (a domain's tasks) is not such a heading.
    /// </summary>
    public static bool NamesAKindOfTask(string heading) => KindOfTaskHeading().IsMatch(GroupName(heading));

    /// <summary>True when a heading's ordinal (or a 序号 cell's) is the first of its level: 一、, （一）, 第一部分, 一 alone.</summary>
    public static bool IsFirstOrdinal(ReadOnlySpan<char> text) => FirstOrdinal().IsMatch(text);

    /// <summary>
    /// How deep a heading's ordinal (or a 序号 cell's, 二) sits: 第一部分 0, 一、 1, （一） 2; -1 without an ordinal (附：…),
    /// which stands at the top.
    /// </summary>
    public static int OrdinalLevel(ReadOnlySpan<char> text)
    {
        var trimmed = text.Trim();
        if (!OrdinalPrefix().IsMatch(trimmed) && !ChineseOrdinal().IsMatch(trimmed))
        {
            return -1;
        }

        return trimmed[0] switch
        {
            '第' => 0,
            '（' or '(' => 2,
            _ => 1,
        };
    }

    /// <summary>True for a count of tasks beside a heading: 共2项, 3项, （共5项）.</summary>
    public static bool IsTaskCount(ReadOnlySpan<char> text) => TaskCount().IsMatch(text);

    /// <summary>
    /// The group name: the heading without its ordinal prefix (一、经济体制改革专项小组 → 经济体制改革专项小组), a label in
    /// front (专项小组：社会体制改革 → 社会体制改革), and a remark in brackets after 专项小组 (…专项小组（牵头领导：李四）).
    /// </summary>
    public static string GroupName(string heading)
    {
        var trimmed = heading.Trim();
        var match = OrdinalPrefix().Match(trimmed);
        var name = match.Success ? trimmed[match.Length..].Trim() : trimmed;
        name = GroupLabel().Replace(name, string.Empty);
        name = RemarkAfterGroup().Replace(name, "专项小组");
        return name.Length > 0 ? name : trimmed;
    }

    [GeneratedRegex(@"^\s*\S{2,30}专项小组\s*(?:[（(][^（()）]*[)）])?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex GroupNameAlone();

    [GeneratedRegex(@"^(?:附(?:件|表)?\s*[0-9一二三四五六七八九十]*\s*[:：]?\s*)?(?:已完成|已办结|已销号|已完结|未完成|正在推进|推进中|序时推进|正常推进|进展滞后|进度滞后|滞后|未启动|尚未启动|暂缓|中止)(?:的)?(?:改革)?(?:任务|事项|项目)?(?:清单|情况|一览表)?\s*(?:[（(][^（()）]*[)）])?$", RegexOptions.CultureInvariant)]
    private static partial Regex ProgressStateHeading();

    [GeneratedRegex(@"^(?:[0-9]{4}年度?)?(?:全县|全市|本年度|年度|全年)?(?:全面深化)?(?:重点|主要|其他|一般|常规|新增|续建|上级部署的?|上级交办的?|国家级|省级|市级|县级|自选|自主)?(?:改革)?(?:试点)?(?:任务|事项|工作|项目|试点|要点)(?:清单|台账|一览表)?\s*(?:[（(][^（()）]*[)）])?$", RegexOptions.CultureInvariant)]
    private static partial Regex KindOfTaskHeading();

    [GeneratedRegex(@"^\s*(?:[（(]\s*一\s*[)）]|一\s*(?:[、.．]|$)|第一(?:部分|类|章|项|篇))", RegexOptions.CultureInvariant)]
    private static partial Regex FirstOrdinal();

    [GeneratedRegex(@"^[（(]?\s*共?\s*[0-9]+\s*项(?:任务)?\s*[)）]?$", RegexOptions.CultureInvariant)]
    private static partial Regex TaskCount();

    [GeneratedRegex(@"^(?:所属)?(?:专项小组|领域|类别)\s*[:：]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex GroupLabel();

    [GeneratedRegex(@"专项小组\s*[（(][^（()）]*[)）]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex RemarkAfterGroup();

    [GeneratedRegex(@"^\s*(?:[（(]\s*[一二三四五六七八九十百零〇]+\s*[)）]|[一二三四五六七八九十百零〇]+\s*[、.．]|第[一二三四五六七八九十百零〇]+(?:部分|类|章|项|篇)\s*[、:：.．]?)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex OrdinalPrefix();

    [GeneratedRegex(@"^\s*[（(]?[一二三四五六七八九十百零〇]+[)）、.．]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseOrdinal();
}
